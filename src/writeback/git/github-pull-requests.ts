import { getOctokit } from '@actions/github'
import { WriteBackError } from '../../errors.ts'
import type { PullRequestHost, PullRequestRef } from './pull-request-host.ts'

const ENABLE_AUTO_MERGE = `mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }) {
    pullRequest { number autoMergeRequest { enabledAt mergeMethod } }
  }
}`

type Octokit = ReturnType<typeof getOctokit>

/**
 * The PullRequestHost on GitHub's REST API (pulls, issue labels) and GraphQL
 * (auto-merge), through @actions/github's Octokit. `apiUrl` is
 * https://api.github.com, a GHES https://HOST/api/v3, or a test fake.
 */
export function githubPullRequests(
  token: string,
  apiUrl: string,
  owner: string,
  repo: string,
): PullRequestHost {
  const octokit: Octokit = getOctokit(token, { baseUrl: apiUrl.replace(/\/+$/, '') })
  const ref = (pull: { number: number; html_url: string; node_id: string }): PullRequestRef => ({
    number: pull.number,
    url: pull.html_url,
    nodeId: pull.node_id,
  })
  return {
    findOpen: (head, base) =>
      call('list pull requests', async () => {
        const { data } = await octokit.rest.pulls.list({
          owner,
          repo,
          state: 'open',
          head: `${owner}:${head}`,
          base,
          per_page: 10,
        })
        return data[0] === undefined ? undefined : ref(data[0])
      }),
    create: (request) =>
      call('create a pull request', async () =>
        ref(
          (await octokit.rest.pulls.create({ owner, repo, ...request, maintainer_can_modify: false })).data,
        ),
      ),
    update: (number, content) =>
      call(`update pull request #${number}`, async () =>
        ref((await octokit.rest.pulls.update({ owner, repo, pull_number: number, ...content })).data),
      ),
    addLabels: (number, labels) =>
      call(`label pull request #${number}`, async () => {
        await octokit.rest.issues.addLabels({ owner, repo, issue_number: number, labels: [...labels] })
      }),
    enableAutoMerge: (pull, method) =>
      call(`enable auto-merge on #${pull.number}`, async () => {
        await octokit.graphql(ENABLE_AUTO_MERGE, {
          pullRequestId: pull.nodeId,
          mergeMethod: method.toUpperCase(),
        })
      }),
  }
}

async function call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (cause) {
    const status =
      typeof cause === 'object' && cause !== null && 'status' in cause ? Number(cause.status) : undefined
    const detail =
      graphqlErrors(cause) ?? (cause instanceof Error ? cause.message.split('\n')[0] : String(cause))
    throw new WriteBackError(
      `GitHub API: cannot ${operation}${status ? ` (HTTP ${status})` : ''}: ${detail}`,
      { hint: hintFor(status), cause },
    )
  }
}

function hintFor(status: number | undefined): string {
  if (status === 401) return 'config-repo-token is not valid for github-api-url'
  if (status === 403 || status === 404)
    return 'config-repo-token needs pull-requests: write (and contents: write) on the config repository'
  if (status === 422) return 'GitHub refused the request; check config-repo-branch and pr-labels'
  return 'check github-api-url and the network to it'
}

/** The messages of a GraphQL error response (a 200 with `errors`), which Octokit puts on the error. */
function graphqlErrors(cause: unknown): string | undefined {
  if (typeof cause !== 'object' || cause === null || !('errors' in cause) || !Array.isArray(cause.errors))
    return undefined
  const messages = cause.errors.map((e: unknown) =>
    typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e),
  )
  return messages.length === 0 ? undefined : messages.join('; ')
}
