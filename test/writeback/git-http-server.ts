/**
 * A smart-HTTP git remote: `git http-backend` (the CGI program from the git
 * package) behind node:http on 127.0.0.1, with Basic auth. It records every
 * request (method, URL, whether it was authenticated) so tests can prove how
 * the token travelled.
 */
import { spawn } from 'node:child_process'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { closeServer } from '../harness/http.ts'

const HTTP_BACKEND = '/usr/lib/git-core/git-http-backend'

/** One request the server saw. */
export interface SeenRequest {
  readonly method: string
  readonly url: string
  readonly authorized: boolean
  /** The raw Authorization header, if any. */
  readonly authorization: string | undefined
}

/** A running server; `stop()` it. */
export interface GitHttpServer {
  /** http://127.0.0.1:PORT */
  readonly url: string
  readonly requests: SeenRequest[]
  stop(): Promise<void>
}

/** Called before each push (receive-pack POST) reaches git: a test moves the branch here to lose the client a race. */
export type BeforePush = (path: string) => Promise<void>

/** Serves the repositories under `projectRoot` at /NAME.git, for `username`/`password` only. */
export async function startGitHttpServer(
  projectRoot: string,
  username: string,
  password: string,
  beforePush?: BeforePush,
): Promise<GitHttpServer> {
  const expected = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
  const requests: SeenRequest[] = []
  const server = createServer((req, res) => {
    const authorization = req.headers.authorization
    const authorized = authorization !== undefined && authorization.toLowerCase() === expected.toLowerCase()
    requests.push({ method: req.method ?? '', url: req.url ?? '', authorized, authorization })
    if (!authorized) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"', 'Content-Type': 'text/plain' })
      res.end('authentication required\n')
      return
    }
    if (beforePush !== undefined && req.method === 'POST' && (req.url ?? '').endsWith('/git-receive-pack')) {
      req.pause()
      void beforePush(req.url ?? '').then(() => serveCgi(req, res, projectRoot, username))
    } else {
      serveCgi(req, res, projectRoot, username)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () => closeServer(server),
  }
}

function serveCgi(req: IncomingMessage, res: ServerResponse, projectRoot: string, user: string): void {
  const url = new URL(req.url ?? '/', 'http://localhost')
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    GIT_PROJECT_ROOT: projectRoot,
    GIT_HTTP_EXPORT_ALL: '1',
    PATH_INFO: decodeURIComponent(url.pathname),
    QUERY_STRING: url.search.replace(/^\?/, ''),
    REQUEST_METHOD: req.method ?? 'GET',
    CONTENT_TYPE: req.headers['content-type'] ?? '',
    REMOTE_USER: user,
    REMOTE_ADDR: '127.0.0.1',
  }
  if (req.headers['content-length'] !== undefined) env['CONTENT_LENGTH'] = req.headers['content-length']
  if (req.headers['content-encoding'] !== undefined)
    env['HTTP_CONTENT_ENCODING'] = req.headers['content-encoding']
  if (typeof req.headers['git-protocol'] === 'string') env['GIT_PROTOCOL'] = req.headers['git-protocol']
  const child = spawn(HTTP_BACKEND, [], { env, stdio: ['pipe', 'pipe', 'ignore'] })
  req.pipe(child.stdin)
  child.stdin.on('error', () => undefined)
  let head = Buffer.alloc(0)
  let headersSent = false
  child.stdout.on('data', (chunk: Buffer) => {
    if (headersSent) {
      res.write(chunk)
      return
    }
    head = Buffer.concat([head, chunk])
    const end = head.indexOf('\r\n\r\n')
    if (end === -1) return
    headersSent = true
    writeCgiHead(res, head.subarray(0, end).toString('latin1'))
    res.write(head.subarray(end + 4))
  })
  child.on('close', () => {
    if (!headersSent) res.writeHead(502).end('http-backend sent no headers\n')
    else res.end()
  })
}

function writeCgiHead(res: ServerResponse, text: string): void {
  let status = 200
  const headers: Record<string, string> = {}
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon === -1) continue
    const name = line.slice(0, colon).trim()
    const value = line.slice(colon + 1).trim()
    if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10)
    else headers[name] = value
  }
  res.writeHead(status, headers)
}
