/**
 * A hydrated artifact (publish `render: true`): instead of the sources, the
 * image holds one file, `rendered.yaml`, byte for byte what kustomize printed
 * and validation checked. With no kustomization in it, Config Sync syncs the
 * file as it is and renders nothing.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { InputError } from '../../errors.ts'
import type { SourceTree } from '../collect.ts'
import { KUSTOMIZATION_FILE_NAMES } from './kustomization-files.ts'

/** The name of the one file a hydrated artifact holds. */
export const RENDERED_FILE = 'rendered.yaml'

/**
 * The tree to pack: the sources unchanged, or with render the rendered output
 * (written under workDir). render without a kustomization at the top of the
 * directory is an input error: there is nothing to render.
 */
export async function treeToPack(
  tree: SourceTree,
  rendered: string | undefined,
  render: boolean,
  workDir: string,
): Promise<SourceTree> {
  if (!render) return tree
  if (rendered === undefined) {
    throw new InputError(
      `render is on, but the top of the directory has no ${KUSTOMIZATION_FILE_NAMES.join(', ')} to render`,
      {
        hint: 'Point dir at the directory that holds the kustomization.yaml, or turn render off to pack the files as they are.',
      },
    )
  }
  const absPath = join(workDir, RENDERED_FILE)
  await writeFile(absPath, rendered, { mode: 0o644 })
  const size = Buffer.byteLength(rendered)
  return {
    root: workDir,
    entries: [{ kind: 'file', path: RENDERED_FILE, absPath, size, executable: false }],
    fileCount: 1,
    totalBytes: size,
  }
}
