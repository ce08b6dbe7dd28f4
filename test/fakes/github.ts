/**
 * A local fake of the GitHub API endpoints the preview and the write-back use,
 * on 127.0.0.1: issue comments (list with Link pagination, create, update),
 * pull requests (get, list, create, update), labels, and the GraphQL
 * enablePullRequestAutoMerge mutation. Shapes follow docs.github.com/rest
 * (issues/comments, pulls/pulls, issues/labels) closely enough for Octokit
 * (@actions/github getOctokit with baseUrl). Every request is logged; a wrong
 * token gets 401; `failures` injects refusals by "METHOD path".
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { closeServer, listenLocal, readBody } from '../harness/http.ts'

/** A pull request the fake holds. */
export interface FakePull {
  number: number
  node_id: string
  html_url: string
  state: 'open' | 'closed'
  title: string
  body: string
  head: { ref: string; label: string; sha: string }
  base: { ref: string }
  labels: { name: string }[]
  autoMerge?: string
}

/** A comment the fake holds. */
export interface FakeComment {
  id: number
  issue: number
  body: string
  html_url: string
  user: { login: string; type: string }
}

/** One request the fake received. */
export interface FakeRequest {
  readonly method: string
  readonly path: string
  readonly authorization: string | undefined
  readonly body: unknown
}

/** Knobs: the token to accept, what to refuse, how many comments per page at most, pull-request checks. */
export interface FakeGitHubOptions {
  readonly token: string
  /** Answer requests whose "METHOD path" matches with this status. */
  readonly failures?: { readonly match: RegExp; readonly status: number }[]
  readonly maxPerPage?: number
  /** How to check a new pull request's head branch exists (default: it does). */
  readonly branchExists?: (owner: string, repo: string, branch: string) => Promise<boolean>
  readonly autoMergeAllowed?: boolean
}

/** The running fake. */
export interface FakeGitHub {
  /** http://127.0.0.1:PORT, the Octokit baseUrl (GITHUB_API_URL; GraphQL at /graphql). */
  readonly url: string
  readonly pulls: FakePull[]
  readonly comments: FakeComment[]
  readonly requests: FakeRequest[]
  /** Puts pull request `number` of acme/config (or `repository`) in `state` at `headSha`, as a push or a close would. */
  setPull(number: number, state: { state: 'open' | 'closed'; headSha: string; repository?: string }): FakePull
  stop(): Promise<void>
}

const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' }

/** Starts the fake on a free port. */
export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const pulls: FakePull[] = []
  const comments: FakeComment[] = []
  const requests: FakeRequest[] = []
  let nextCommentId = 1000
  let base = ''

  const newPull = (
    owner: string,
    repo: string,
    number: number,
    fields: Partial<FakePull> = {},
  ): FakePull => ({
    number,
    node_id: `PR_node${number}`,
    html_url: `https://github.test/${owner}/${repo}/pull/${number}`,
    state: 'open',
    title: '',
    body: '',
    head: { ref: '', label: `${owner}:`, sha: '' },
    base: { ref: 'main' },
    labels: [],
    ...fields,
  })

  const route = async (
    method: string,
    path: string,
    body: unknown,
    auth: string | undefined,
    res: ServerResponse,
  ): Promise<void> => {
    if (!/^(token|bearer) /i.test(auth ?? '') || auth?.slice(auth.indexOf(' ') + 1) !== options.token)
      return send(res, 401, { message: 'Bad credentials' })
    const failure = options.failures?.find((f) => f.match.test(`${method} ${path}`))
    if (failure)
      return send(res, failure.status, {
        message:
          failure.status === 403
            ? 'Resource not accessible by integration'
            : `refused by the fake (${failure.status})`,
      })
    const url = new URL(path, 'http://fake')
    if (method === 'POST' && url.pathname === '/graphql')
      return graphql(res, body as { query: string; variables: Record<string, string> })
    const comment = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname)
    if (comment) {
      const existing = comments.find((c) => c.id === Number(comment[3]))
      if (method === 'PATCH' && existing)
        return send(res, 200, Object.assign(existing, { body: (body as { body: string }).body }))
      return send(res, 404, { message: 'Not Found' })
    }
    const m = /^\/repos\/([^/]+)\/([^/]+)\/(pulls|issues)(?:\/(\d+))?(\/labels|\/comments)?$/.exec(
      url.pathname,
    )
    if (!m) return send(res, 404, { message: 'Not Found' })
    const [, owner = '', repo = '', kind, number, sub] = m
    if (kind === 'issues' && sub === '/comments' && number !== undefined) {
      if (method === 'GET') return page(res, url, Number(number))
      if (method === 'POST')
        return send(res, 201, addComment(owner, repo, Number(number), (body as { body: string }).body))
    }
    if (kind === 'pulls' && method === 'GET' && number === undefined) return send(res, 200, list(url))
    if (kind === 'pulls' && method === 'POST' && number === undefined)
      return create(res, owner, repo, body as Record<string, string>)
    const pull = number === undefined ? undefined : pulls.find((p) => p.number === Number(number))
    if (pull === undefined) return send(res, 404, { message: 'Not Found' })
    if (kind === 'pulls' && method === 'GET' && sub === undefined) return send(res, 200, pull)
    if (kind === 'pulls' && method === 'PATCH' && sub === undefined)
      return send(res, 200, Object.assign(pull, pick(body as Record<string, string>, ['title', 'body'])))
    if (kind === 'issues' && sub === '/labels' && method === 'POST') {
      for (const name of (body as { labels: string[] }).labels)
        if (!pull.labels.some((l) => l.name === name)) pull.labels.push({ name })
      return send(res, 200, pull.labels)
    }
    return send(res, 404, { message: 'Not Found' })
  }

  const addComment = (owner: string, repo: string, issue: number, text: string): FakeComment => {
    const id = nextCommentId++
    const comment: FakeComment = {
      id,
      issue,
      body: text,
      html_url: `https://github.test/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
      user: { login: 'github-actions[bot]', type: 'Bot' },
    }
    comments.push(comment)
    return comment
  }
  const page = (res: ServerResponse, url: URL, issue: number): void => {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), options.maxPerPage ?? 100)
    const number = Number(url.searchParams.get('page') ?? 1)
    const all = comments.filter((c) => c.issue === issue)
    const slice = all.slice((number - 1) * perPage, number * perPage)
    const next = new URL(url.pathname, base)
    next.searchParams.set('per_page', String(perPage))
    next.searchParams.set('page', String(number + 1))
    const link = number * perPage < all.length ? { link: `<${next.toString()}>; rel="next"` } : {}
    res.writeHead(200, { ...JSON_TYPE, ...link }).end(JSON.stringify(slice))
  }
  const list = (url: URL): FakePull[] => {
    const head = url.searchParams.get('head')
    const baseRef = url.searchParams.get('base')
    return pulls.filter(
      (p) =>
        p.state === (url.searchParams.get('state') ?? 'open') &&
        (head === null || p.head.label === head) &&
        (baseRef === null || p.base.ref === baseRef),
    )
  }
  const create = async (
    res: ServerResponse,
    owner: string,
    repo: string,
    body: Record<string, string>,
  ): Promise<void> => {
    const head = body['head'] ?? ''
    const baseRef = body['base'] ?? ''
    if (options.branchExists && !(await options.branchExists(owner, repo, head)))
      return send(res, 422, { message: 'Validation Failed', errors: [{ field: 'head', code: 'invalid' }] })
    if (pulls.some((p) => p.state === 'open' && p.head.ref === head && p.base.ref === baseRef))
      return send(res, 422, { message: `A pull request already exists for ${owner}:${head}.` })
    const number = Math.max(0, ...pulls.map((p) => p.number)) + 1
    const pull = newPull(owner, repo, number, {
      title: body['title'] ?? '',
      body: body['body'] ?? '',
      head: { ref: head, label: `${owner}:${head}`, sha: '' },
      base: { ref: baseRef },
    })
    pulls.push(pull)
    send(res, 201, pull)
  }
  const graphql = (res: ServerResponse, body: { query: string; variables: Record<string, string> }): void => {
    if (!body.query.includes('enablePullRequestAutoMerge'))
      return send(res, 200, { errors: [{ message: 'the fake only knows enablePullRequestAutoMerge' }] })
    const pull = pulls.find((p) => p.node_id === body.variables['pullRequestId'])
    if (pull === undefined)
      return send(res, 200, { errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a node' }] })
    if (options.autoMergeAllowed === false)
      return send(res, 200, {
        errors: [{ type: 'UNPROCESSABLE', message: 'Auto merge is not allowed for this repository' }],
      })
    pull.autoMerge = body.variables['mergeMethod'] ?? ''
    send(res, 200, {
      data: {
        enablePullRequestAutoMerge: {
          pullRequest: {
            number: pull.number,
            autoMergeRequest: { enabledAt: '2026-11-26T00:00:00Z', mergeMethod: pull.autoMerge },
          },
        },
      },
    })
  }

  const server = createServer((req, res) => {
    void readJson(req).then((body) => {
      const path = req.url ?? '/'
      requests.push({ method: req.method ?? '', path, authorization: req.headers.authorization, body })
      return route(req.method ?? '', path, body, req.headers.authorization, res)
    })
  })
  base = `http://127.0.0.1:${await listenLocal(server)}`
  return {
    url: base,
    pulls,
    comments,
    requests,
    setPull: (number, { state, headSha, repository = 'acme/config' }) => {
      const [owner = '', repo = ''] = repository.split('/')
      let pull = pulls.find((p) => p.number === number)
      if (pull === undefined) {
        pull = newPull(owner, repo, number, {
          head: { ref: `pr-${number}`, label: `${owner}:pr-${number}`, sha: headSha },
        })
        pulls.push(pull)
      }
      pull.state = state
      pull.head.sha = headSha
      return pull
    },
    stop: () => closeServer(server),
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, JSON_TYPE).end(JSON.stringify(body))
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req)
  return text === '' ? undefined : (JSON.parse(text) as unknown)
}

function pick(body: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((k) => body[k] !== undefined).map((k) => [k, body[k]!]))
}
