/**
 * Which paths of the source directory are left out of the artifact: a fixed
 * list nobody can re-include, then `.configsyncignore` and the `ignore` input
 * (gitignore syntax, via the `ignore` package).
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import ignore from 'ignore'
import { SourceError } from '../errors.ts'

/** The ignore file read from the root of the source directory. */
export const IGNORE_FILE = '.configsyncignore'

/**
 * Always left out, at any depth, whatever the other patterns say (gitignore
 * syntax). Git metadata and CI config are not configuration; Config Sync skips
 * `.git`, `.github`, `.gitlab` and `.gitlab-ci.yml` itself (CONFIG-SYNC.md §5).
 * `gha-creds-*.json` is the credentials file google-github-actions/auth writes
 * into the workspace, `gha-kubeconfig-*` the kubeconfig that
 * google-github-actions/get-gke-credentials writes: packing either would
 * publish a secret.
 */
export const DEFAULT_EXCLUDES: readonly string[] = [
  '.git',
  '.github',
  '.gitlab',
  '.gitlab-ci.yml',
  'gha-creds-*.json',
  'gha-kubeconfig-*',
  IGNORE_FILE,
]

/** Answers whether a relative path (forward slashes; directories tested with a trailing slash) is left out. */
export interface IgnoreRules {
  isIgnored(path: string, isDirectory: boolean): boolean
}

/** Builds the rules for root: the defaults, then root/.configsyncignore, then the extra patterns. */
export async function loadIgnoreRules(root: string, extra: readonly string[] = []): Promise<IgnoreRules> {
  // Case-sensitive as git is on Linux, so the result does not depend on the runner's OS.
  const always = ignore({ ignorecase: false }).add(DEFAULT_EXCLUDES)
  const user = ignore({ ignorecase: false })
    .add(await readIgnoreFile(root))
    .add(extra)
  return {
    isIgnored(path, isDirectory) {
      // The `ignore` package tells a directory by its trailing slash (for patterns like `tmp/`).
      const subject = isDirectory ? `${path}/` : path
      return always.ignores(subject) || user.ignores(subject)
    },
  }
}

async function readIgnoreFile(root: string): Promise<string> {
  try {
    return await readFile(join(root, IGNORE_FILE), 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return ''
    throw new SourceError(`cannot read ${IGNORE_FILE} in ${root}: ${(error as Error).message}`, {
      cause: error,
    })
  }
}
