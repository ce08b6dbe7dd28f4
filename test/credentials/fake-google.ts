/**
 * A local fake of Google's token endpoints, for Application Default
 * Credentials tests (Google's services cannot be reached from here):
 *   POST https://oauth2.googleapis.com/token       service-account JWT grant (RS256 checked against the key)
 *   POST https://sts.googleapis.com/v1/token       workload identity federation token exchange
 *   POST https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/SA:generateAccessToken
 *   GET  /computeMetadata/v1/instance/service-accounts/default/token   the metadata server
 *   GET  /oidc                                     GitHub's ID-token request URL
 * It listens on 127.0.0.1 over plain http and also answers CONNECT, so
 * with HTTPS_PROXY pointing at it the real hostnames reach it: it then
 * speaks TLS with a self-signed certificate for those names (trust it with
 * NODE_EXTRA_CA_CERTS, or tls.setDefaultCACertificates in-process).
 * service-account key flow uses the fixed https://oauth2.googleapis.com/token
 * (google-auth-library ignores token_uri), hence the proxy.
 */
import { execFile } from 'node:child_process'
import { createPublicKey, randomBytes, verify, type KeyObject } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)

/** The names the fake's certificate covers. */
export const GOOGLE_HOSTS = [
  'oauth2.googleapis.com',
  'sts.googleapis.com',
  'iamcredentials.googleapis.com',
  'artifactregistry.googleapis.com',
]

/** What the fake accepts and what it has seen. */
export interface FakeGoogle {
  /** http://127.0.0.1:PORT */
  readonly url: string
  /** 127.0.0.1:PORT, for GCE_METADATA_HOST and HTTPS_PROXY. */
  readonly host: string
  /** PEM file of the fake's TLS certificate (its own CA). */
  readonly caFile: string
  readonly caPem: string
  /** Requests as "METHOD host/path". */
  readonly requests: string[]
  /** Every access token handed out, for no-leak asserts. */
  readonly issued: string[]
  /** Public keys of service accounts by client_email. */
  readonly serviceAccounts: Map<string, KeyObject>
  /** The subject token STS accepts, the OIDC request token and the OIDC token it returns. */
  readonly oidc: { readonly requestToken: string; readonly idToken: string }
  close(): Promise<void>
}

/** Starts the fake; `dir` receives the certificate files. */
export async function startFakeGoogle(dir: string): Promise<FakeGoogle> {
  const keyFile = join(dir, 'google-tls.key')
  const caFile = join(dir, 'google-tls.crt')
  const san = `subjectAltName=${GOOGLE_HOSTS.map((h) => `DNS:${h}`).join(',')},IP:127.0.0.1`
  await execFileAsync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '2',
    '-keyout',
    keyFile,
    '-out',
    caFile,
    '-subj',
    '/CN=fake-google',
    '-addext',
    san,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
  ])
  const caPem = await readFile(caFile, 'utf8')
  const state = {
    requests: [] as string[],
    issued: [] as string[],
    serviceAccounts: new Map<string, KeyObject>(),
    oidc: {
      requestToken: `gh-request-${randomBytes(8).toString('hex')}`,
      idToken: `gh-oidc-${randomBytes(8).toString('hex')}`,
    },
    stsTokens: new Set<string>(),
  }
  const handler = (req: IncomingMessage, res: ServerResponse): void => void handle(state, req, res)
  const tlsServer = createHttpsServer({ key: await readFile(keyFile), cert: caPem }, handler)
  const server = createHttpServer(handler)
  server.on('connect', (req, socket) => {
    // Every CONNECT target is us: hand the tunnel to the TLS server.
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
    tlsServer.emit('connection', socket)
    void req
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: `http://${host}`,
    host,
    caFile,
    caPem,
    requests: state.requests,
    issued: state.issued,
    serviceAccounts: state.serviceAccounts,
    oidc: state.oidc,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        tlsServer.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

type State = {
  requests: string[]
  issued: string[]
  serviceAccounts: Map<string, KeyObject>
  oidc: { requestToken: string; idToken: string }
  stsTokens: Set<string>
}

async function handle(state: State, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'fake'}`)
  state.requests.push(`${req.method} ${url.host}${url.pathname}`)
  const body = await readBody(req)
  const json = (status: number, value: unknown): void =>
    void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value))
  const issue = (prefix: string): string => {
    const token = `ya29.${prefix}-${randomBytes(12).toString('hex')}`
    state.issued.push(token)
    return token
  }
  if (url.pathname === '/token' && req.method === 'POST')
    return serviceAccountGrant(state, new URLSearchParams(body), json, issue)
  if (url.pathname === '/v1/token' && req.method === 'POST')
    return stsExchange(state, new URLSearchParams(body), json, issue)
  if (url.pathname.endsWith(':generateAccessToken')) {
    const bearer = (req.headers.authorization ?? '').replace(/^Bearer /, '')
    if (!state.stsTokens.has(bearer))
      return json(401, { error: { code: 401, message: 'bad federated token', status: 'UNAUTHENTICATED' } })
    return json(200, {
      accessToken: issue('impersonated'),
      expireTime: new Date(Date.now() + 3600_000).toISOString(),
    })
  }
  if (url.pathname === '/oidc') {
    if (req.headers.authorization !== `Bearer ${state.oidc.requestToken}`)
      return json(401, { message: 'bad request token' })
    return json(200, { value: state.oidc.idToken })
  }
  if (url.pathname.startsWith('/computeMetadata/v1/')) return metadata(url, req, res, issue)
  json(404, { error: { code: 404, message: `no ${url.pathname}`, status: 'NOT_FOUND' } })
}

type Reply = (status: number, value: unknown) => void

function serviceAccountGrant(
  state: State,
  form: URLSearchParams,
  json: Reply,
  issue: (p: string) => string,
): void {
  const [header = '', claims = '', signature = ''] = (form.get('assertion') ?? '').split('.')
  const payload = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8') || '{}') as Record<
    string,
    unknown
  >
  const key = state.serviceAccounts.get(String(payload['iss']))
  const signed =
    key !== undefined &&
    verify('sha256', Buffer.from(`${header}.${claims}`), key, Buffer.from(signature, 'base64url'))
  const valid =
    signed &&
    payload['aud'] === 'https://oauth2.googleapis.com/token' &&
    String(payload['scope']).includes('cloud-platform')
  if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer' || !valid) {
    return json(400, { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' })
  }
  json(200, { access_token: issue('sa'), expires_in: 3599, token_type: 'Bearer' })
}

function stsExchange(state: State, form: URLSearchParams, json: Reply, issue: (p: string) => string): void {
  const ok =
    form.get('grant_type') === 'urn:ietf:params:oauth:grant-type:token-exchange' &&
    form.get('subject_token') === state.oidc.idToken &&
    (form.get('audience') ?? '').startsWith('//iam.googleapis.com/')
  if (!ok)
    return json(400, {
      error: 'invalid_grant',
      error_description: 'The audience or subject token is invalid.',
    })
  const token = issue('sts')
  state.stsTokens.add(token)
  json(200, {
    access_token: token,
    issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
    token_type: 'Bearer',
    expires_in: 3600,
  })
}

function metadata(url: URL, req: IncomingMessage, res: ServerResponse, issue: (p: string) => string): void {
  const headers = { 'metadata-flavor': 'Google', 'content-type': 'application/json' }
  if (req.headers['metadata-flavor'] !== 'Google') return void res.writeHead(403, headers).end('{}')
  if (url.pathname.endsWith('/service-accounts/default/token')) {
    return void res
      .writeHead(200, headers)
      .end(JSON.stringify({ access_token: issue('metadata'), expires_in: 3599, token_type: 'Bearer' }))
  }
  if (url.pathname.endsWith('/universe/universe-domain'))
    return void res.writeHead(200, { ...headers, 'content-type': 'text/plain' }).end('googleapis.com')
  if (url.pathname.endsWith('/project/project-id'))
    return void res.writeHead(200, { ...headers, 'content-type': 'text/plain' }).end('fake-project')
  res.writeHead(404, headers).end('{}')
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk)
  return Buffer.concat(chunks).toString('utf8')
}

/** Registers a public key for `email` with the fake; returns the key file JSON google-auth-library reads. */
export function serviceAccountKey(
  fake: FakeGoogle,
  email: string,
  privateKeyPem: string,
): Record<string, string> {
  fake.serviceAccounts.set(email, createPublicKey(privateKeyPem))
  return {
    type: 'service_account',
    project_id: 'fake-project',
    private_key_id: randomBytes(8).toString('hex'),
    private_key: privateKeyPem,
    client_email: email,
    client_id: '1234567890',
    token_uri: 'https://oauth2.googleapis.com/token',
  }
}

/** The external_account file google-github-actions/auth writes for workload identity federation. */
export function externalAccountFile(
  fake: FakeGoogle,
  options: { serviceAccount?: string; realHosts: boolean },
): Record<string, unknown> {
  const sts = options.realHosts ? 'https://sts.googleapis.com/v1' : `${fake.url}/v1`
  const iam = options.realHosts ? 'https://iamcredentials.googleapis.com/v1' : `${fake.url}/v1`
  return {
    type: 'external_account',
    audience:
      '//iam.googleapis.com/projects/123456/locations/global/workloadIdentityPools/github/providers/acme',
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    token_url: `${sts}/token`,
    credential_source: {
      url: `${fake.url}/oidc?audience=https%3A%2F%2Fiam.googleapis.com%2Fprojects%2F123456`,
      headers: { Authorization: `Bearer ${fake.oidc.requestToken}` },
      format: { type: 'json', subject_token_field_name: 'value' },
    },
    ...(options.serviceAccount === undefined
      ? {}
      : {
          service_account_impersonation_url: `${iam}/projects/-/serviceAccounts/${options.serviceAccount}:generateAccessToken`,
        }),
  }
}
