import { isPreviewComment, readState, type PreviewState } from './comment-marker.ts'

/**
 * One comment per pull request and image repository, found by its hidden
 * marker and edited in place on every push: never a new comment per push.
 */

/** A pull request (issue) comment as the API returns it. */
export interface IssueComment {
  readonly id: number
  readonly body: string
  readonly url: string
}

/** The pull request as the API returns it. */
export interface PullRequestInfo {
  readonly state: string
  readonly headSha: string
}

/** The GitHub API calls a preview makes (port; github-comments.ts implements it over Octokit). */
export interface PullRequestComments {
  /** The comments of an issue or pull request, a page at a time, oldest first. */
  listPages(issue: number): AsyncIterable<readonly IssueComment[]>
  create(issue: number, body: string): Promise<IssueComment>
  update(commentId: number, body: string): Promise<IssueComment>
  getPull(number: number): Promise<PullRequestInfo>
}

/** The preview comment found, with what it remembers. */
export interface FoundComment {
  readonly comment: IssueComment
  readonly state: PreviewState
}

/** The first comment that starts with this repository's marker, stopping at the page that holds it. */
export async function findPreviewComment(
  api: PullRequestComments,
  issue: number,
  id: string,
): Promise<FoundComment | undefined> {
  for await (const page of api.listPages(issue)) {
    const comment = page.find((c) => isPreviewComment(c.body, id))
    if (comment !== undefined)
      return { comment, state: readState(comment.body, id) ?? { name: '', tags: [] } }
  }
  return undefined
}

/** Edits the found comment, or creates the first one; says which. */
export async function writePreviewComment(
  api: PullRequestComments,
  issue: number,
  found: FoundComment | undefined,
  body: string,
): Promise<{ readonly comment: IssueComment; readonly created: boolean }> {
  if (found !== undefined) return { comment: await api.update(found.comment.id, body), created: false }
  return { comment: await api.create(issue, body), created: true }
}
