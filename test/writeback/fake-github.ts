/**
 * A local fake of the GitHub API endpoints a write-back uses, on
 * 127.0.0.1: list/create/update pull requests, add labels, and the GraphQL
 * enablePullRequestAutoMerge mutation. Shapes follow the REST docs
 * (docs.github.com/rest/pulls/pulls) closely enough for Octokit.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A pull request the fake holds. */
export interface FakePull {
  number: number
  node_id: string
  html_url: string
  state: 'open' | 'closed'
  title: string
  body: string
  head: { ref: string; label: string }
  base: { ref: string }
  labels: { name: string }[]
  autoMerge?: string
}

/** One request the fake received. */
export interface FakeRequest {
  readonly method: string
  readonly path: string
  readonly authorization: string | undefined
  readonly body: unknown
}

/** Knobs: which token to accept, how to check a head branch exists, what to refuse. */
export interface FakeGitHubOptions {
  readonly token: string
  readonly branchExists?: (owner: string, repo: string, branch: string) => Promise<boolean>
  readonly autoMergeAllowed?: boolean
  /** Answer requests whose "METHOD path" matches with this status. */
  readonly failures?: { readonly match: RegExp; readonly status: number }[]
}

/** The running fake. */
export interface FakeGitHub {
  /** http://127.0.0.1:PORT, the Octokit baseUrl (GraphQL at /graphql). */
  readonly url: string
  readonly pulls: FakePull[]
  readonly requests: FakeRequest[]
  stop(): Promise<void>
}

/** Starts the fake on a free port. */
export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const pulls: FakePull[] = []
  const requests: FakeRequest[] = []
  const server = createServer((req, res) => {
    void readJson(req).then((body) => {
      const path = req.url ?? '/'
      requests.push({ method: req.method ?? '', path, authorization: req.headers.authorization, body })
      return route(req.method ?? '', path, body, req.headers.authorization, res)
    })
  })
  const route = async (method: string, path: string, body: unknown, auth: string | undefined, res: ServerResponse): Promise<void> => {
    if (!/^(token|bearer) /i.test(auth ?? '') || auth?.slice(auth.indexOf(' ') + 1) !== options.token) return send(res, 401, { message: 'Bad credentials' })
    const failure = options.failures?.find((f) => f.match.test(`${method} ${path}`))
    if (failure) return send(res, failure.status, { message: `refused by the fake (${failure.status})` })
    const url = new URL(path, 'http://fake')
    const m = /^\/repos\/([^/]+)\/([^/]+)\/(pulls|issues)(?:\/(\d+))?(\/labels)?$/.exec(url.pathname)
    if (method === 'POST' && url.pathname === '/graphql') return graphql(res, body as { query: string; variables: Record<string, string> })
    if (!m) return send(res, 404, { message: 'Not Found' })
    const [, owner = '', repo = '', kind, number, labels] = m
    const pull = number === undefined ? undefined : pulls.find((p) => p.number === Number(number))
    if (kind === 'pulls' && method === 'GET' && number === undefined) return send(res, 200, list(url))
    if (kind === 'pulls' && method === 'POST' && number === undefined) return create(res, owner, repo, body as Record<string, string>)
    if (pull === undefined) return send(res, 404, { message: 'Not Found' })
    if (kind === 'pulls' && method === 'PATCH') return send(res, 200, Object.assign(pull, pick(body as Record<string, string>, ['title', 'body'])))
    if (kind === 'issues' && labels && method === 'POST') {
      for (const name of (body as { labels: string[] }).labels) if (!pull.labels.some((l) => l.name === name)) pull.labels.push({ name })
      return send(res, 200, pull.labels)
    }
    return send(res, 404, { message: 'Not Found' })
  }
  const list = (url: URL): FakePull[] => {
    const head = url.searchParams.get('head')
    const base = url.searchParams.get('base')
    return pulls.filter((p) => p.state === (url.searchParams.get('state') ?? 'open') && (head === null || p.head.label === head) && (base === null || p.base.ref === base))
  }
  const create = async (res: ServerResponse, owner: string, repo: string, body: Record<string, string>): Promise<void> => {
    const head = body['head'] ?? ''
    const base = body['base'] ?? ''
    if (options.branchExists && !(await options.branchExists(owner, repo, head))) return send(res, 422, { message: 'Validation Failed', errors: [{ field: 'head', code: 'invalid' }] })
    if (pulls.some((p) => p.state === 'open' && p.head.ref === head && p.base.ref === base)) return send(res, 422, { message: `A pull request already exists for ${owner}:${head}.` })
    const number = pulls.length + 1
    const pull: FakePull = { number, node_id: `PR_node${number}`, html_url: `https://github.test/${owner}/${repo}/pull/${number}`, state: 'open', title: body['title'] ?? '', body: body['body'] ?? '', head: { ref: head, label: `${owner}:${head}` }, base: { ref: base }, labels: [] }
    pulls.push(pull)
    send(res, 201, pull)
  }
  const graphql = (res: ServerResponse, body: { query: string; variables: Record<string, string> }): void => {
    if (!body.query.includes('enablePullRequestAutoMerge')) return send(res, 200, { errors: [{ message: 'the fake only knows enablePullRequestAutoMerge' }] })
    const pull = pulls.find((p) => p.node_id === body.variables['pullRequestId'])
    if (pull === undefined) return send(res, 200, { errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a node' }] })
    if (options.autoMergeAllowed === false) return send(res, 200, { errors: [{ type: 'UNPROCESSABLE', message: 'Auto merge is not allowed for this repository' }] })
    pull.autoMerge = body.variables['mergeMethod'] ?? ''
    send(res, 200, { data: { enablePullRequestAutoMerge: { pullRequest: { number: pull.number, autoMergeRequest: { enabledAt: '2026-11-26T00:00:00Z', mergeMethod: pull.autoMerge } } } } })
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    pulls,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body))
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  return text === '' ? undefined : (JSON.parse(text) as unknown)
}

function pick(body: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((k) => body[k] !== undefined).map((k) => [k, body[k]!]))
}
