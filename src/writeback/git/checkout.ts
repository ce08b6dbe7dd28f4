import { WriteBackError } from '../../errors.ts'
import type { Git } from './git-command.ts'

/** The outcome of a push: landed, or lost a race to another writer (try again on the new head). */
export type PushOutcome = 'pushed' | 'moved'

/** Refusals that mean "the branch moved under you", not "you may not push". */
const RACE =
  /\[rejected\]|cannot lock ref|failed to update ref|incorrect old value|stale info|reference already exists/

/**
 * A shallow clone of one branch of the config repo in a temp dir, with the
 * few git operations a write-back needs.
 */
export class Checkout {
  readonly git: Git
  readonly branch: string

  private constructor(git: Git, branch: string) {
    this.git = git
    this.branch = branch
  }

  /**
   * `git clone --depth 1 --single-branch [--branch BRANCH] URL DIR` (no tags,
   * no LFS blobs); an empty branch means the remote's default branch.
   */
  static async clone(git: Git, url: string, branch: string, dir: string): Promise<Checkout> {
    const which = branch === '' ? [] : ['--branch', branch]
    await git.run([
      'clone',
      '--quiet',
      '--depth',
      '1',
      '--single-branch',
      '--no-tags',
      ...which,
      '--',
      url,
      dir,
    ])
    const inDir = git.in(dir)
    const name = branch === '' ? (await inDir.run(['symbolic-ref', '--short', 'HEAD'])).stdout.trim() : branch
    return new Checkout(inDir, name)
  }

  /** The commit a ref points to. */
  async revParse(ref: string): Promise<string> {
    return (await this.git.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).stdout.trim()
  }

  /** Stages `files` and commits them with `message` as author/committer `identity`; returns the SHA. */
  async commit(
    files: readonly string[],
    message: string,
    identity: Readonly<Record<string, string>>,
  ): Promise<string> {
    await this.git.run(['add', '--', ...files])
    await this.git.run(['commit', '--quiet', '--no-verify', '--file=-'], { input: message, env: identity })
    return this.revParse('HEAD')
  }

  /**
   * Pushes HEAD to `refs/heads/BRANCH`: a plain fast-forward push, or with
   * `expect` a --force-with-lease that only replaces the commit we saw
   * ('' means the branch must not exist yet).
   */
  async push(branch: string, expect?: string): Promise<PushOutcome> {
    const lease = expect === undefined ? [] : [`--force-with-lease=refs/heads/${branch}:${expect}`]
    const result = await this.git.run(
      ['push', '--porcelain', ...lease, 'origin', `HEAD:refs/heads/${branch}`],
      { allowFailure: true },
    )
    if (result.code === 0) return 'pushed'
    const rejected = result.stdout.split('\n').filter((line) => line.startsWith('!'))
    if (rejected.length > 0 && rejected.every((line) => RACE.test(line))) return 'moved'
    const detail = [...rejected, ...result.stderr.split('\n')]
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('hint:'))
    throw new WriteBackError(
      `git push to ${branch} was refused: ${detail.slice(0, 4).join(' / ') || `exit ${result.code}`}`,
      {
        hint: /protected|declined/.test(detail.join(' '))
          ? 'the branch is protected: use write-back-mode: pull-request'
          : 'check that config-repo-token may push to the config repository',
      },
    )
  }

  /** Fetches the branch's current head (depth 1) and moves the work tree onto it. */
  async resetToRemote(): Promise<string> {
    await this.fetch(this.branch, 1)
    await this.git.run(['reset', '--quiet', '--hard', `refs/remotes/origin/${this.branch}`])
    return this.revParse('HEAD')
  }

  /** Fetches `branch` into refs/remotes/origin/BRANCH with `depth` commits. */
  async fetch(branch: string, depth: number): Promise<void> {
    await this.git.run([
      'fetch',
      '--quiet',
      '--no-tags',
      `--depth=${depth}`,
      'origin',
      `+refs/heads/${branch}:refs/remotes/origin/${branch}`,
    ])
  }

  /** The commit `branch` has on the remote, or undefined when it does not exist. */
  async remoteHead(branch: string): Promise<string | undefined> {
    const listed = await this.git.run(['ls-remote', '--heads', 'origin', `refs/heads/${branch}`])
    return listed.stdout.split(/\s+/)[0] || undefined
  }

  /** True when commits a and b have the same tree and the same first parent. */
  async sameChange(a: string, b: string): Promise<boolean> {
    const trees = await this.git.run(['rev-parse', `${a}^{tree}`, `${b}^{tree}`, `${a}^`, `${b}^`], {
      allowFailure: true,
    })
    const [treeA, treeB, parentA, parentB] = trees.stdout.trim().split('\n')
    return trees.code === 0 && treeA === treeB && parentA === parentB
  }
}
