/**
 * A local fake of the GitHub REST endpoints a preview uses, on 127.0.0.1:
 * issue comments (list with Link pagination, create, update) and pulls.get.
 * Shapes follow docs.github.com/rest/issues/comments and /rest/pulls/pulls
 * closely enough for Octokit (@actions/github getOctokit with baseUrl).
 * Same conventions as test/writeback/fake-github.ts (token check, request log,
 * injected failures).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

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

/** Knobs: the token to accept, what to refuse, how many comments per page at most. */
export interface FakeGitHubOptions {
  readonly token: string
  readonly failures?: { readonly match: RegExp; readonly status: number }[]
  readonly maxPerPage?: number
}

/** The running fake. */
export interface FakeGitHub {
  /** http://127.0.0.1:PORT, the Octokit baseUrl (GITHUB_API_URL). */
  readonly url: string
  readonly comments: FakeComment[]
  /** Pull requests by number: state and head SHA. */
  readonly pulls: Map<number, { state: string; head: { sha: string } }>
  readonly requests: FakeRequest[]
  stop(): Promise<void>
}

/** Starts the fake on a free port. */
export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const comments: FakeComment[] = []
  const pulls = new Map<number, { state: string; head: { sha: string } }>()
  const requests: FakeRequest[] = []
  let nextId = 1000
  let base = ''
  const route = (method: string, path: string, body: unknown, auth: string | undefined, res: ServerResponse): void => {
    if (!/^(token|bearer) /i.test(auth ?? '') || auth?.slice(auth.indexOf(' ') + 1) !== options.token) return send(res, 401, { message: 'Bad credentials' })
    const failure = options.failures?.find((f) => f.match.test(`${method} ${path}`))
    if (failure) return send(res, failure.status, { message: failure.status === 403 ? 'Resource not accessible by integration' : `refused (${failure.status})` })
    const url = new URL(path, 'http://fake')
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname)
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname)
    const pull = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(url.pathname)
    if (list && method === 'GET') return page(res, url, Number(list[3]))
    if (list && method === 'POST') {
      const [, owner, repo, issue] = list
      const comment: FakeComment = { id: nextId++, issue: Number(issue), body: (body as { body: string }).body, html_url: '', user: { login: 'github-actions[bot]', type: 'Bot' } }
      comment.html_url = `https://github.test/${owner}/${repo}/pull/${issue}#issuecomment-${comment.id}`
      comments.push(comment)
      return send(res, 201, comment)
    }
    const existing = one ? comments.find((c) => c.id === Number(one[3])) : undefined
    if (one && method === 'PATCH' && existing) return send(res, 200, Object.assign(existing, { body: (body as { body: string }).body }))
    const found = pull ? pulls.get(Number(pull[3])) : undefined
    if (pull && method === 'GET' && found) return send(res, 200, { number: Number(pull[3]), ...found })
    send(res, 404, { message: 'Not Found' })
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
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', ...link }).end(JSON.stringify(slice))
  }
  const server = createServer((req, res) => {
    void readJson(req).then((body) => {
      const path = req.url ?? '/'
      requests.push({ method: req.method ?? '', path, authorization: req.headers.authorization, body })
      route(req.method ?? '', path, body, req.headers.authorization, res)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: base,
    comments,
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
