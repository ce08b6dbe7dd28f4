import type { EditTarget } from '../edit/target.ts'
import type { MessageValues } from './commit-message.ts'
import type { ConfigRepo } from './config-repo.ts'
import type { Person } from './git-command.ts'
import type { FileEdit } from './worktree-edit.ts'

/** How the change reaches the branch. */
export const WRITE_BACK_MODE = { commit: 'commit', pullRequest: 'pull-request' } as const
/** commit | pull-request */
export type WriteBackMode = (typeof WRITE_BACK_MODE)[keyof typeof WRITE_BACK_MODE]

/** GitHub's merge methods for auto-merge, or off. */
export const AUTO_MERGE = ['off', 'merge', 'squash', 'rebase'] as const
/** off | merge | squash | rebase */
export type AutoMerge = (typeof AUTO_MERGE)[number]

/** The pull-request half of the settings. */
export interface PullRequestSettings {
  /** The branch the change is pushed to: configsync-oci/<target> unless set. */
  readonly branch: string
  readonly labels: readonly string[]
  readonly autoMerge: AutoMerge
  /** REST base URL, https://api.github.com or https://HOST/api/v3. */
  readonly apiUrl: string
}

/** Everything one write-back needs, read and checked by the action or the CLI. */
export interface WriteBackSettings {
  readonly repo: ConfigRepo
  /** The branch to commit to, or the pull request's base; '' for the remote's default branch. */
  readonly branch: string
  /** A file or directory in the config repo ('.' for all of it). */
  readonly path: string
  readonly target: EditTarget
  /** The digest reference to write. */
  readonly image: string
  /** '' for none (file:// and SSH remotes need none). */
  readonly token: string
  readonly mode: WriteBackMode
  /** The commit-message template. */
  readonly message: string
  /** Source repository, SHA and links for the message. */
  readonly source: Omit<MessageValues, 'target' | 'image' | 'digest'>
  readonly author: Person
  readonly committer: Person
  readonly pullRequest: PullRequestSettings
  /** Pushes tried before giving up when other writers keep moving the branch. */
  readonly maxAttempts: number
  /** Where the temporary clone goes (RUNNER_TEMP in the action). */
  readonly tempDir: string
}

/** What happened. */
export type WriteBackStatus = 'committed' | 'pull-request' | 'unchanged'

/** The pull request a run opened or updated. */
export interface PullRequestInfo {
  readonly number: number
  readonly url: string
  readonly created: boolean
  /** Whether auto-merge was asked for and what came of it. */
  readonly autoMerge: 'off' | 'enabled' | 'failed'
}

/** The outcome of one write-back. */
export interface WriteBackResult {
  readonly status: WriteBackStatus
  /**
   * The commit that carries the image: the new commit (direct mode), the
   * pull-request branch head, or the branch head that already had it.
   */
  readonly commitSha: string
  /** The branch that holds commitSha. */
  readonly branch: string
  readonly files: readonly FileEdit[]
  readonly warnings: readonly string[]
  /** Pushes made, including those that lost a race. */
  readonly attempts: number
  readonly pullRequest?: PullRequestInfo
  /** An open pull request left alone because the base already has the image. */
  readonly stalePullRequest?: { readonly number: number; readonly url: string }
}
