/**
 * Real git repositories for the write-back tests: a bare "remote" seeded
 * with files, and helpers to read what landed on a branch.
 */
import { execFile } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { makeTempDir, removeDir, writeTree } from '../harness/tmp.ts'

const run = promisify(execFile)

/** A git identity for commits the tests make themselves. */
export const TEST_IDENTITY = {
  GIT_AUTHOR_NAME: 'Test Seeder',
  GIT_AUTHOR_EMAIL: 'seeder@example.com',
  GIT_COMMITTER_NAME: 'Test Seeder',
  GIT_COMMITTER_EMAIL: 'seeder@example.com',
}

/** Runs git with a clean, prompt-free environment; returns stdout. */
export async function git(cwd: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await run('git', args, {
    cwd,
    env: {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: cwd,
      GIT_TERMINAL_PROMPT: '0',
      ...TEST_IDENTITY,
      ...env,
    },
    maxBuffer: 16 * 1024 * 1024,
  })
  return stdout
}

/** A bare repository with one commit holding `files` on `branch`. */
export interface SeededRepo {
  /** The parent temp dir (remove it when done). */
  readonly root: string
  /** The bare repository's path. */
  readonly bare: string
  readonly url: string
}

/** Creates `<root>/<name>.git` seeded with files on `branch` (its default branch). */
export async function seedBareRepo(
  files: Record<string, string>,
  options: { branch?: string; name?: string; root?: string } = {},
): Promise<SeededRepo> {
  const branch = options.branch ?? 'main'
  const root = options.root ?? (await makeTempDir('wb-remote'))
  const bare = join(root, `${options.name ?? 'config'}.git`)
  await mkdir(root, { recursive: true })
  await git(root, ['init', '--quiet', '--bare', `--initial-branch=${branch}`, bare])
  const seed = await makeTempDir('wb-seed')
  try {
    await git(seed, ['init', '--quiet', `--initial-branch=${branch}`, '.'])
    await writeTree(seed, files)
    await git(seed, ['add', '-A'])
    await git(seed, ['commit', '--quiet', '-m', 'seed'])
    await git(seed, ['push', '--quiet', bare, `HEAD:refs/heads/${branch}`])
  } finally {
    await removeDir(seed)
  }
  return { root, bare, url: `file://${bare}` }
}

/** A file's content on a branch of the bare repo. */
export async function showFile(bare: string, branch: string, path: string): Promise<string> {
  return git(bare, ['show', `${branch}:${path}`])
}

/** Subjects of the branch's commits, newest first. */
export async function subjects(bare: string, branch: string): Promise<string[]> {
  return (await git(bare, ['log', '--format=%s', branch])).trim().split('\n')
}

/** Pushes a commit that adds `file` to `branch`, from a throwaway clone (another writer). */
export async function pushOtherCommit(
  url: string,
  branch: string,
  file: string,
  content: string,
): Promise<void> {
  const dir = await makeTempDir('wb-other')
  try {
    await git(dir, ['clone', '--quiet', '--branch', branch, url, 'repo'])
    await writeTree(join(dir, 'repo'), { [file]: content })
    await git(join(dir, 'repo'), ['add', '-A'])
    await git(join(dir, 'repo'), ['commit', '--quiet', '-m', `other writer: ${file}`])
    await git(join(dir, 'repo'), ['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`])
  } finally {
    await removeDir(dir)
  }
}

/** A RootSync/RepoSync manifest in the style of the Config Sync docs. */
export function syncManifest(
  kind: 'RootSync' | 'RepoSync',
  namespace: string,
  name: string,
  image: string,
): string {
  return [
    '# managed by CI: spec.oci.image is written back by configsync-oci',
    'apiVersion: configsync.gke.io/v1beta1',
    `kind: ${kind}`,
    'metadata:',
    `  name: ${name}`,
    `  namespace: ${namespace}`,
    'spec:',
    '  sourceFormat: unstructured',
    '  sourceType: oci',
    '  oci:',
    `    image: "${image}"   # pinned by digest`,
    '    dir: .',
    '    auth: none',
    '',
  ].join('\n')
}

/** A digest reference whose digest is `hex` repeated to 64 characters. */
export function digestRef(hex: string, repo = '127.0.0.1:5000/acme/config'): string {
  return `${repo}@sha256:${hex.repeat(64).slice(0, 64)}`
}
