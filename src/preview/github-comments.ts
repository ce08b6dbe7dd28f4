import { getOctokit } from '@actions/github'
import { ActionError } from '../errors.ts'
import type { IssueComment, PullRequestComments } from './sticky-comment.ts'

/**
 * PullRequestComments over GitHub's REST API through @actions/github's
 * Octokit: issue comments (list, create, update) and pulls.get. `apiUrl` is
 * GITHUB_API_URL: https://api.github.com, a GHES https://HOST/api/v3, or a
 * test fake.
 */

/** A GitHub API call that failed, with its HTTP status (403: the token lacks pull-requests: write). */
export class GitHubApiError extends ActionError {
  readonly status: number | undefined

  constructor(message: string, options: { status?: number; hint?: string; cause?: unknown }) {
    super(message, options)
    this.status = options.status
  }
}

const PAGE_SIZE = 100
/** Pages read at most while looking for the comment (10,000 comments). */
const MAX_PAGES = 100

/** The adapter for `repository` (owner/name). */
export function githubComments(token: string, apiUrl: string, repository: string): PullRequestComments {
  const octokit = getOctokit(token, { baseUrl: apiUrl.replace(/\/+$/, '') })
  const [owner = '', repo = ''] = repository.split('/')
  const toComment = (c: { id: number; body?: string | undefined; html_url: string }): IssueComment => ({
    id: c.id,
    body: c.body ?? '',
    url: c.html_url,
  })
  return {
    async *listPages(issue) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: PAGE_SIZE,
      })
      let count = 0
      const iterator = pages[Symbol.asyncIterator]()
      for (;;) {
        const next = await call(`list the comments of #${issue}`, () => iterator.next())
        if (next.done === true || ++count > MAX_PAGES) return
        yield next.value.data.map(toComment)
      }
    },
    create: (issue, body) =>
      call(`comment on #${issue}`, async () =>
        toComment((await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })).data),
      ),
    update: (id, body) =>
      call(`update comment ${id}`, async () =>
        toComment((await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })).data),
      ),
    getPull: (number) =>
      call(`read pull request #${number}`, async () => {
        const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: number })
        return { state: data.state, headSha: data.head.sha }
      }),
  }
}

async function call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (cause: unknown) {
    const status =
      typeof cause === 'object' && cause !== null && 'status' in cause && typeof cause.status === 'number'
        ? cause.status
        : undefined
    const detail = cause instanceof Error ? (cause.message.split('\n')[0] ?? '') : String(cause)
    throw new GitHubApiError(
      `GitHub API: cannot ${operation}${status === undefined ? '' : ` (HTTP ${status})`}: ${detail}`,
      {
        cause,
        ...(status === undefined ? {} : { status }),
        hint: hintFor(status),
      },
    )
  }
}

function hintFor(status: number | undefined): string {
  if (status === 401) return 'github-token is not a valid token for GITHUB_API_URL'
  if (status === 403 || status === 404)
    return 'the job needs permissions: pull-requests: write (a pull request from a fork gets a read-only token)'
  return 'check GITHUB_API_URL and the network to it'
}
