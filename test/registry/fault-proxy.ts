/**
 * A fault-injecting HTTP proxy (node:http) in front of a real registry on
 * 127.0.0.1. It forwards requests untouched (Host included, so the
 * registry's Locations point back at the proxy) unless a rule fires:
 * answer a status itself (500, 429 + Retry-After), cut the request body
 * midway (the registry sees a client that vanished), forward and then lose
 * the answer, or stall. It can also stand in for the token realm: the
 * registry's WWW-Authenticate realm is rewritten to the proxy's /token,
 * which forwards to a token server chosen per request, optionally dropping
 * scopes (a token server with per-repository rights).
 */
import { request as httpRequest, createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What to do to one request. */
export type Fault =
  | { readonly kind: 'status'; readonly status: number; readonly headers?: Readonly<Record<string, string>> }
  | { readonly kind: 'cut-body'; readonly afterBytes: number }
  | { readonly kind: 'lose-answer' }
  | { readonly kind: 'stall' }

/** The request line a rule looks at. */
export interface ProxiedRequest {
  readonly method: string
  readonly path: string
  readonly query: URLSearchParams
}

/** Fires `fault` on matching requests while `times` lasts. */
export interface FaultRule {
  readonly match: (req: ProxiedRequest) => boolean
  readonly fault: Fault
  times: number
}

/** Token routing: which token URL answers, and which scopes it may grant. */
export interface TokenRoute {
  /** The real token endpoint to forward the n-th (0-based) token request to. */
  readonly upstream: (index: number) => string
  /** Returns the scope to pass on, or undefined to drop it. */
  readonly filterScope?: (scope: string) => string | undefined
}

/** A running proxy. */
export interface FaultProxy {
  /** 127.0.0.1:PORT */
  readonly host: string
  readonly rules: FaultRule[]
  /** Every request as "METHOD path [fault]". */
  readonly log: string[]
  /** Token requests seen: the scopes asked for (after filtering). */
  readonly tokenScopes: string[][]
  close(): Promise<void>
}

/** Starts a proxy on a free port of 127.0.0.1 in front of `upstream` (host:port). */
export async function startFaultProxy(upstream: string, tokenRoute?: TokenRoute): Promise<FaultProxy> {
  const rules: FaultRule[] = []
  const log: string[] = []
  const tokenScopes: string[][] = []
  const stalled = new Set<ServerResponse>()
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://proxy')
    if (tokenRoute !== undefined && url.pathname === '/token') {
      return forwardToken(req, res, url, tokenRoute, tokenScopes)
    }
    const seen: ProxiedRequest = { method: req.method ?? '', path: url.pathname, query: url.searchParams }
    const rule = rules.find((r) => r.times > 0 && r.match(seen))
    if (rule !== undefined) rule.times--
    // Read once: a rule may pick its fault at random on each read.
    const fault = rule?.fault
    log.push(`${seen.method} ${seen.path}${fault === undefined ? '' : ` [${fault.kind}]`}`)
    if (fault?.kind === 'status') {
      req.resume()
      return void res
        .writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers })
        .end('{"errors":[{"code":"UNAVAILABLE","message":"injected by the fault proxy"}]}')
    }
    if (fault?.kind === 'stall') {
      // Never answer; the client's idle timeout must give up on us.
      stalled.add(res)
      return void res.on('close', () => stalled.delete(res))
    }
    forward(req, res, upstream, fault, tokenRoute === undefined ? undefined : `http://${host}/token`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    host,
    rules,
    log,
    tokenScopes,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of stalled) res.socket?.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function forward(
  req: IncomingMessage,
  res: ServerResponse,
  upstream: string,
  fault: Fault | undefined,
  realm: string | undefined,
): void {
  const [hostname = '127.0.0.1', port = '80'] = upstream.split(':')
  const out = httpRequest({
    hostname,
    port: Number(port),
    method: req.method,
    path: req.url,
    headers: req.headers,
    agent: false,
  })
  out.on('error', () => res.socket?.destroy())
  out.on('response', (answer) => {
    if (fault?.kind === 'lose-answer') {
      // The registry did the work; the client never hears of it.
      answer.resume()
      answer.on('end', () => res.socket?.destroy())
      return
    }
    const headers = { ...answer.headers }
    const challenge = headers['www-authenticate']
    if (realm !== undefined && typeof challenge === 'string')
      headers['www-authenticate'] = challenge.replace(/realm="[^"]*"/, `realm="${realm}"`)
    res.writeHead(answer.statusCode ?? 502, headers)
    answer.pipe(res)
  })
  if (fault?.kind !== 'cut-body') return void req.pipe(out)
  let sent = 0
  req.on('data', (chunk: Buffer) => {
    const room = fault.afterBytes - sent
    if (room > 0) out.write(chunk.subarray(0, room))
    sent += chunk.length
    if (sent >= fault.afterBytes) {
      // Both sides see a connection that died mid-body.
      out.destroy()
      req.socket.destroy()
    }
  })
  req.on('end', () => out.end())
}

function forwardToken(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  route: TokenRoute,
  seen: string[][],
): void {
  const index = seen.length
  const scopes = url.searchParams.getAll('scope').flatMap((s) => s.split(' '))
  const filter = route.filterScope ?? ((scope: string): string | undefined => scope)
  const kept = scopes.map(filter).filter((s) => s !== undefined)
  seen.push(kept)
  const target = new URL(route.upstream(index))
  for (const [name, value] of url.searchParams) if (name !== 'scope') target.searchParams.append(name, value)
  for (const scope of kept) target.searchParams.append('scope', scope)
  const out = httpRequest(target, {
    method: req.method,
    headers: { ...req.headers, host: target.host },
    agent: false,
  })
  out.on('error', () => res.socket?.destroy())
  out.on('response', (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers)
    answer.pipe(res)
  })
  req.pipe(out)
}
