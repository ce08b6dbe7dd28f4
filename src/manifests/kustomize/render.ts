/**
 * Renders a source whose top holds a kustomization, as Config Sync's
 * hydration-controller will, and returns the rendered objects placed at
 * their source files (so findings point at what the author wrote).
 *
 * Two builds run side by side: the plain one is what Config Sync syncs (and
 * what `render: true` packs); a second one, through a wrapper kustomization
 * with `buildMetadata: [originAnnotations]`, only tells where each object
 * came from, so the validated and packed objects never carry annotations
 * the author did not ask for.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import type { SourceEntry, SourceTree } from '../collect.ts'
import { errorFinding, type Finding } from '../finding.ts'
import { parseManifestFile, type ManifestObject } from '../parse.ts'
import { KNV1068, outsideFinding, outsideReferences } from './kustomization-files.ts'
import { runKustomize, type KustomizeEnvironment } from './kustomize-runner.ts'
import { identityOf, originOf, SourceMapper, type Origin } from './origins.ts'

/** How to render. */
export interface RenderOptions {
  /**
   * Render the directory itself, so kustomize may read files outside it (a
   * hydrated artifact, publish `render: true`). Otherwise render a copy of
   * exactly what the artifact will hold, as Config Sync will see it.
   */
  readonly fromSources?: boolean
  readonly environment?: KustomizeEnvironment
}

/** The rendered output and its objects, or KNV1068 when kustomize failed. */
export interface RenderedSource {
  /** The top kustomization file, relative to the source directory. */
  readonly kustomization: string
  /** kustomize's output, byte for byte; undefined when the build failed. */
  readonly output?: string
  readonly objects: ManifestObject[]
  readonly findings: Finding[]
}

/** Renders tree (whose top holds kustomization) and places each object at its source. */
export async function renderSource(
  tree: SourceTree,
  kustomization: string,
  options: RenderOptions = {},
): Promise<RenderedSource> {
  const environment = options.environment ?? { env: process.env }
  const work = await mkdtemp(join(tmpdir(), 'configsync-oci-render-'))
  try {
    const sourceDir =
      options.fromSources === true ? tree.root : await copyArtifactFiles(tree.entries, join(work, 'artifact'))
    const tracer = join(work, 'origin')
    await writeTracer(tracer, sourceDir)
    const [plain, traced] = await Promise.all([
      runKustomize(sourceDir, environment),
      runKustomize(tracer, environment),
    ])
    if (!plain.ok) {
      if (options.fromSources !== true) {
        const text = await readFile(join(tree.root, kustomization), 'utf8').catch(() => '')
        const outside = outsideReferences(text)
        if (outside.length > 0)
          return { kustomization, objects: [], findings: [outsideFinding(kustomization, outside)] }
      }
      // Never show a temporary path: the copy's own paths become relative, the rest of the work dir '…'.
      const message = plain.message
        .replaceAll(`${sourceDir}${sep}`, '')
        .replaceAll(sourceDir, '.')
        .replaceAll(work, '…')
      return {
        kustomization,
        objects: [],
        findings: [errorFinding(KNV1068, kustomization, 0, `kustomize build failed: ${message}`)],
      }
    }
    const rendered = parseRendered(plain.output, kustomization)
    const origins = traced.ok
      ? originsByIdentity(parseRendered(traced.output, kustomization).objects)
      : new Map<string, Origin[]>()
    const mapper = new SourceMapper(tracer, sourceDir, kustomization)
    const objects = rendered.objects.map((o) =>
      mapper.place(o.object, origins.get(identityOf(o.object))?.shift()),
    )
    return { kustomization, output: plain.output, objects, findings: rendered.findings }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/** Copies the files the artifact will hold (the collected tree) to dir. */
async function copyArtifactFiles(entries: readonly SourceEntry[], dir: string): Promise<string> {
  await mkdir(dir)
  for (const entry of entries) {
    if (entry.kind === 'dir') await mkdir(join(dir, entry.path))
    else await copyFile(entry.absPath, join(dir, entry.path))
  }
  return dir
}

/** A kustomization that renders sourceDir unchanged but records every object's origin. */
async function writeTracer(dir: string, sourceDir: string): Promise<void> {
  await mkdir(dir)
  const base = relative(dir, sourceDir).split(sep).join('/')
  await writeFile(
    join(dir, 'kustomization.yaml'),
    `resources:\n- ${JSON.stringify(base)}\nbuildMetadata:\n- originAnnotations\n`,
  )
}

/**
 * Parses kustomize's output one document at a time, so a large render is
 * never refused by the per-file size limit meant for source files.
 */
function parseRendered(output: string, file: string): { objects: ManifestObject[]; findings: Finding[] } {
  const objects: ManifestObject[] = []
  const findings: Finding[] = []
  for (const document of output.split(/^---$/m)) {
    const parsed = parseManifestFile(file, document)
    objects.push(...parsed.objects)
    findings.push(...parsed.findings.map((f) => ({ ...f, line: 0 })))
  }
  return { objects, findings }
}

function originsByIdentity(objects: readonly ManifestObject[]): Map<string, Origin[]> {
  const origins = new Map<string, Origin[]>()
  for (const o of objects) {
    const origin = originOf(o.object)
    if (origin === undefined) continue
    const key = identityOf(o.object)
    origins.set(key, [...(origins.get(key) ?? []), origin])
  }
  return origins
}
