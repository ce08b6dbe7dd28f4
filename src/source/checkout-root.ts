import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

// Far more than any real path is deep; only guards against a loop.
const MAX_LEVELS = 256

/**
 * The root of the git checkout that holds dir (the nearest directory with a
 * `.git` entry, a directory or a worktree's file), or dir itself outside a
 * checkout. Report paths relative to it match what GitHub shows for the repo.
 */
export function findCheckoutRoot(dir: string): string {
  const start = resolve(dir)
  let current = start
  for (let level = 0; level < MAX_LEVELS; level++) {
    if (existsSync(join(current, '.git'))) return current
    const parent = dirname(current)
    if (parent === current) break
    current = parent
  }
  return start
}
