/**
 * A zero-dependency bearer-token server for distribution 2.8's `auth: token`,
 * following the rules measured in /work/shared/REGISTRY-TESTING.md §2:
 * ES256 with a raw r‖s signature, an `x5c` header holding the signing cert
 * (which is the registry's `rootcertbundle`), a string `aud`, and `exp`.
 * Spec: https://distribution.github.io/distribution/spec/auth/token/
 * and https://distribution.github.io/distribution/spec/auth/oauth/
 */
import { createPrivateKey, randomBytes, randomUUID, sign, X509Certificate } from 'node:crypto'
import type { KeyObject } from 'node:crypto'
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** How to sign and whom to trust. */
export interface TokenServerOptions {
  /** PKCS#8 PEM of a P-256 private key. */
  readonly keyPem: string
  /** PEM of the certificate for that key; the registry must trust it. */
  readonly certPem: string
  /** Must equal the registry's `auth.token.service`; becomes `aud`. */
  readonly service: string
  /** Must equal the registry's `auth.token.issuer`; becomes `iss`. */
  readonly issuer: string
  /** username → password; every action requested by these users is granted. */
  readonly users: Readonly<Record<string, string>>
  /** Anonymous requests get `pull` (else no actions at all). */
  readonly anonymousPull?: boolean
  /** Token lifetime, default 300 s. */
  readonly ttlSeconds?: number
}

/** A running token server on 127.0.0.1. */
export interface TokenServer {
  /** http://127.0.0.1:PORT */
  readonly url: string
  /** The token endpoint, `${url}/token`. */
  readonly realm: string
  /** Requests received so far (any method), to assert that clients cache tokens. */
  requests(): number
  /** One line per request: method, service, scopes, subject, status. Never secrets. */
  log(): string
  /** Closes the server and its connections; idempotent. */
  stop(): Promise<void>
}

interface Access {
  type: string
  name: string
  actions: string[]
}

interface Grant {
  subject: string | undefined
  scopes: string[]
  service: string | null
  offline: boolean
}

interface State {
  readonly options: TokenServerOptions
  readonly key: KeyObject
  readonly x5c: string
  readonly refreshTokens: Map<string, string>
  readonly lines: string[]
  count: number
}

/** Starts the token server on a free port of 127.0.0.1. */
export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const key = createPrivateKey(options.keyPem)
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new Error('token signing key must be an EC P-256 key (ES256)')
  }
  const x5c = new X509Certificate(options.certPem).raw.toString('base64')
  const state: State = { options, key, x5c, refreshTokens: new Map(), lines: [], count: 0 }
  const server = createServer((req, res) => {
    state.count += 1
    handle(state, req, res).catch((error: unknown) => {
      reply(state, req, res, 500, { errors: [{ code: 'UNKNOWN', message: String(error) }] })
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  // A forgotten server must not keep the test process alive.
  server.unref()
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  let closing: Promise<void> | undefined
  return {
    url,
    realm: `${url}/token`,
    requests: () => state.count,
    log: () => state.lines.join('\n'),
    stop: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      return closing
    },
  }
}

async function handle(state: State, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://token.invalid')
  if (url.pathname !== '/token') {
    return reply(state, req, res, 404, { errors: [{ code: 'NOT_FOUND', message: 'use /token' }] })
  }
  const grant =
    req.method === 'GET'
      ? grantFromGet(state, req, url)
      : req.method === 'POST'
        ? grantFromForm(state, new URLSearchParams(await readBody(req)))
        : 'method'
  if (grant === 'method') {
    return reply(state, req, res, 405, { errors: [{ code: 'UNSUPPORTED', message: 'GET or POST' }] })
  }
  if (grant === 'unauthorized') {
    res.setHeader('WWW-Authenticate', 'Basic realm="test-token-server"')
    return reply(state, req, res, 401, { errors: [{ code: 'UNAUTHORIZED', message: 'bad credentials' }] })
  }
  if (grant.service !== null && grant.service !== state.options.service) {
    return reply(state, req, res, 400, { error: 'invalid_request', error_description: 'unknown service' })
  }
  reply(state, req, res, 200, issue(state, grant, req.method === 'POST'), grant)
}

/** Docker token spec: Basic credentials, `service`, repeated `scope`, `offline_token`. */
function grantFromGet(state: State, req: IncomingMessage, url: URL): Grant | 'unauthorized' {
  const header = req.headers.authorization
  let subject: string | undefined
  if (header !== undefined) {
    const match = /^Basic\s+(\S+)$/i.exec(header)
    const decoded = match?.[1] === undefined ? '' : Buffer.from(match[1], 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    subject = colon < 0 ? undefined : checkPassword(state, decoded.slice(0, colon), decoded.slice(colon + 1))
    if (subject === undefined) return 'unauthorized'
  }
  return {
    subject,
    scopes: url.searchParams.getAll('scope'),
    service: url.searchParams.get('service'),
    offline: url.searchParams.get('offline_token') === 'true',
  }
}

/** OAuth2 form: `grant_type=password` or `grant_type=refresh_token`. */
function grantFromForm(state: State, form: URLSearchParams): Grant | 'unauthorized' {
  const type = form.get('grant_type')
  const subject =
    type === 'password'
      ? checkPassword(state, form.get('username') ?? '', form.get('password') ?? '')
      : type === 'refresh_token'
        ? state.refreshTokens.get(form.get('refresh_token') ?? '')
        : undefined
  if (subject === undefined) return 'unauthorized'
  return {
    subject,
    scopes: form.getAll('scope'),
    service: form.get('service'),
    offline: form.get('access_type') === 'offline',
  }
}

function checkPassword(state: State, user: string, password: string): string | undefined {
  const users = state.options.users
  return Object.hasOwn(users, user) && users[user] === password ? user : undefined
}

function issue(state: State, grant: Grant, oauth: boolean): Record<string, unknown> {
  const ttl = state.options.ttlSeconds ?? 300
  const now = Math.floor(Date.now() / 1000)
  const scopes = grant.scopes.flatMap((s) => s.split(' ')).filter((s) => s !== '')
  const access = scopes.map((s) => grantScope(state, s, grant.subject)).filter((a) => a !== undefined)
  const claims = {
    iss: state.options.issuer,
    sub: grant.subject ?? '',
    // distribution 2.8 unmarshals `aud` into a Go string: an array is rejected.
    aud: state.options.service,
    exp: now + ttl,
    nbf: now - 1,
    iat: now,
    jti: randomUUID(),
    access,
  }
  const token = signJwt(state, claims)
  const body: Record<string, unknown> = oauth
    ? { access_token: token, scope: scopes.join(' ') }
    : { token, access_token: token }
  Object.assign(body, { expires_in: ttl, issued_at: new Date(now * 1000).toISOString() })
  if (grant.offline && grant.subject !== undefined) {
    const refresh = randomBytes(24).toString('base64url')
    state.refreshTokens.set(refresh, grant.subject)
    body.refresh_token = refresh
  }
  return body
}

/** `type:name:actions`; the name may contain `:` (e.g. a port), so split at the ends. */
function grantScope(state: State, scope: string, subject: string | undefined): Access | undefined {
  const first = scope.indexOf(':')
  const last = scope.lastIndexOf(':')
  if (first <= 0 || last === first) return undefined
  const requested = scope
    .slice(last + 1)
    .split(',')
    .filter((a) => a !== '')
  const actions =
    subject !== undefined
      ? requested
      : state.options.anonymousPull === true
        ? requested.filter((a) => a === 'pull')
        : []
  return { type: scope.slice(0, first), name: scope.slice(first + 1, last), actions }
}

function signJwt(state: State, claims: object): string {
  const header = { typ: 'JWT', alg: 'ES256', x5c: [state.x5c] }
  const input = `${base64url(header)}.${base64url(claims)}`
  // JWS wants the raw r‖s form; node's default DER encoding is rejected as invalid_token.
  const signature = sign('sha256', Buffer.from(input), { key: state.key, dsaEncoding: 'ieee-p1363' })
  return `${input}.${signature.toString('base64url')}`
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > 64 * 1024) throw new Error('token request body too large')
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function reply(
  state: State,
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: object,
  grant?: Grant,
): void {
  const scopes = grant?.scopes.join(' ') ?? ''
  const who = grant === undefined ? '-' : (grant.subject ?? '(anonymous)')
  state.lines.push(`${req.method ?? '?'} /token scope="${scopes}" subject=${who} -> ${status}`)
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
  res.end(JSON.stringify(body))
}
