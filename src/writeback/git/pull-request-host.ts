import type { FileEdit } from './worktree-edit.ts'

/** A pull request as the write-back needs it. */
export interface PullRequestRef {
  readonly number: number
  readonly url: string
  /** GraphQL node id (for auto-merge). */
  readonly nodeId: string
}

/**
 * The port to the pull-request API: the few calls a write-back makes.
 * `github-pull-requests.ts` implements it with Octokit; tests point that
 * at a local fake of the same endpoints.
 */
export interface PullRequestHost {
  /** The open pull request from `head` (a branch of the same repo) into `base`, if any. */
  findOpen(head: string, base: string): Promise<PullRequestRef | undefined>
  create(request: { title: string; body: string; head: string; base: string }): Promise<PullRequestRef>
  update(number: number, content: { title: string; body: string }): Promise<PullRequestRef>
  addLabels(number: number, labels: readonly string[]): Promise<void>
  /** GraphQL enablePullRequestAutoMerge with MERGE, SQUASH or REBASE. */
  enableAutoMerge(pullRequest: PullRequestRef, method: 'merge' | 'squash' | 'rebase'): Promise<void>
}

/** Hidden line that marks our pull requests' bodies. */
export const BODY_MARKER = '<!-- configsync-oci:write-back -->'
const MAX_FILES_IN_BODY = 20

/** Title and body: the commit message's first line, its other lines, then the diff of every changed line. */
export function pullRequestContent(
  message: string,
  files: readonly FileEdit[],
): { title: string; body: string } {
  const [title = '', ...rest] = message.trim().split('\n')
  const changed = files.filter((file) => file.changes.length > 0)
  const diff = changed
    .slice(0, MAX_FILES_IN_BODY)
    .flatMap((file) => [
      '',
      `\`${file.file}\`:`,
      '```diff',
      ...file.changes.flatMap((change) => [
        `@@ line ${change.line} @@`,
        ...(change.before === '' ? [] : [`-${change.before}`]),
        `+${change.after}`,
      ]),
      '```',
    ])
  const more =
    changed.length > MAX_FILES_IN_BODY ? ['', `… and ${changed.length - MAX_FILES_IN_BODY} more files`] : []
  const body = [
    rest.join('\n').trim(),
    '',
    `### Changes (${changed.length} ${changed.length === 1 ? 'file' : 'files'})`,
    ...diff,
    ...more,
    '',
    BODY_MARKER,
  ]
  return { title: title.trim(), body: body.join('\n').trim() }
}
