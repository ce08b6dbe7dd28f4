import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, isAbsolute, join, normalize } from 'node:path'
import { after } from 'node:test'

/** One fixture file: its text, or its text and an exact mode (default 0o644). */
export type TreeEntry = string | { content: string; mode?: number }

/** Creates a fresh directory under the OS temp dir, named `<prefix>-XXXXXX`. */
export async function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `${prefix}-`))
}

/** Removes a directory tree; a missing directory is not an error. */
export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
}

/** A test file's temporary directories, all removed when the file's tests are done. */
export interface TempDirs {
  /** A fresh directory (see makeTempDir), removed with the others. */
  make(prefix: string): Promise<string>
  /** Removes `dir` with the others (a directory a fixture made); returns it. */
  adopt(dir: string): string
}

/** Call once at a test file's top level: registers the `after` hook that removes every directory it hands out. */
export function tempDirs(): TempDirs {
  const dirs: string[] = []
  after(async () => {
    for (const dir of dirs.splice(0)) await removeDir(dir)
  })
  const adopt = (dir: string): string => {
    dirs.push(dir)
    return dir
  }
  return { make: async (prefix) => adopt(await makeTempDir(prefix)), adopt }
}

/**
 * Writes a fixture tree under `dir`. Keys are `/`-separated relative paths;
 * a key ending in `/` creates an empty directory.
 */
export async function writeTree(dir: string, files: Record<string, TreeEntry>): Promise<void> {
  for (const [relPath, entry] of Object.entries(files)) {
    const target = resolveInside(dir, relPath)
    if (relPath.endsWith('/')) {
      await mkdir(target, { recursive: true })
      continue
    }
    const { content, mode = 0o644 } = typeof entry === 'string' ? { content: entry } : entry
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, content)
    // writeFile's `mode` is filtered by the umask; chmod sets the exact bits.
    await chmod(target, mode)
  }
}

function resolveInside(dir: string, relPath: string): string {
  const clean = normalize(relPath)
  if (relPath === '' || isAbsolute(relPath) || clean === '..' || clean.startsWith('../')) {
    throw new Error(`fixture path must stay inside the tree: ${JSON.stringify(relPath)}`)
  }
  return join(dir, clean)
}
