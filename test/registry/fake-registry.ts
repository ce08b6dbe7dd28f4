/**
 * A small in-memory OCI registry on 127.0.0.1 for the answers a real
 * registry will not give on demand (wrong digests, 403, redirects to a
 * storage host, relative Locations, revoked tokens). Not a conformance fake:
 * just enough of the distribution API for the client's push and reads.
 */
import { createHash, randomUUID } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { closeServer } from '../harness/http.ts'

/** A request as the fake saw it. */
export interface SeenRequest {
  readonly method: string
  readonly path: string
  readonly query: URLSearchParams
  readonly headers: IncomingHttpHeaders
  readonly body: Buffer
}

/** A listening server and what it received. */
export interface FakeServer {
  /** http://127.0.0.1:PORT */
  readonly url: string
  /** 127.0.0.1:PORT */
  readonly host: string
  readonly requests: SeenRequest[]
  close(): Promise<void>
}

type Handler = (req: SeenRequest, res: ServerResponse) => void

/** Starts an HTTP server on a free port of 127.0.0.1 that buffers each request body. */
export async function startServer(handler: Handler): Promise<FakeServer> {
  const requests: SeenRequest[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake')
      const seen = {
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks),
      }
      requests.push(seen)
      handler(seen, res)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    close: () => closeServer(server),
  }
}

/** Behaviours to switch on. */
export interface FakeRegistryOptions {
  readonly basic?: { readonly username: string; readonly password: string }
  /** Require bearer tokens issued by GET /token (Basic-authenticated with `basic` when set). */
  readonly bearer?: boolean
  /** Docker-Content-Digest to send back for every manifest PUT. */
  readonly manifestDigest?: string
  /** 403 DENIED on upload POSTs. */
  readonly denyUpload?: boolean
  /** 404 NAME_UNKNOWN on upload POSTs. */
  readonly nameUnknown?: boolean
  /** Send upload Locations without scheme and host. */
  readonly relativeLocation?: boolean
  /** Open upload sessions on this other fake (a storage host), with Locations pointing there. */
  readonly uploadsOn?: FakeRegistry
  /** Answer upload PUTs with a 307 to this origin (a storage host), keeping the path and query. */
  readonly redirectUploadsTo?: string
  /**
   * Called before each request is handled: return 'drop' to close the
   * connection without an answer, 'handle-then-drop' to do the work and then
   * close without an answer (a lost response), a status to answer with, or
   * undefined to carry on.
   */
  readonly fault?: (req: SeenRequest) => Fault | undefined
}

/** What the fault hook can do to one request. */
export type Fault =
  | 'drop'
  | 'handle-then-drop'
  | { readonly status: number; readonly headers?: Readonly<Record<string, string>> }

const ERROR = (code: string, message: string): string =>
  JSON.stringify({ errors: [{ code, message, detail: null }] })

/** The registry logic; `server` is set by startFakeRegistry. */
export class FakeRegistry {
  readonly blobs = new Map<string, Buffer>()
  readonly manifests = new Map<string, { type: string; body: Buffer }>()
  readonly tokens = new Set<string>()
  /** Upload sessions: uuid → bytes received so far. */
  readonly sessions = new Map<string, Buffer>()
  tokenRequests = 0
  readonly options: FakeRegistryOptions
  server!: FakeServer

  constructor(options: FakeRegistryOptions) {
    this.options = options
  }

  /** Every issued token becomes invalid (the next use gets invalid_token). */
  revokeTokens(): void {
    this.tokens.clear()
  }

  handle(req: SeenRequest, res: ServerResponse): void {
    const fault = this.options.fault?.(req)
    if (fault === 'drop') return void res.socket?.destroy()
    if (fault === 'handle-then-drop') {
      // Do the work, then lose the answer: the client sees a reset after the registry changed state.
      res.writeHead = (() => res) as unknown as ServerResponse['writeHead']
      res.end = (() => (res.socket?.destroy(), res)) as unknown as ServerResponse['end']
    } else if (fault !== undefined) {
      return void res
        .writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers })
        .end(ERROR('UNAVAILABLE', 'injected'))
    }
    if (req.path === '/token') return this.#token(req, res)
    const denied = this.#checkAuth(req)
    if (denied !== undefined) {
      res.writeHead(401, { 'www-authenticate': denied, 'content-type': 'application/json' })
      return void res.end(ERROR('UNAUTHORIZED', 'authentication required'))
    }
    if (req.path === '/v2/') return void res.writeHead(200).end('{}')
    const match = /^\/v2\/(.+)\/(blobs\/uploads\/[^/]*|blobs|manifests|tags)\/?([^/]*)$/.exec(req.path)
    const [, name = '', kind = '', ref = ''] = match ?? []
    if (kind.startsWith('blobs/uploads')) return this.#upload(req, res, name)
    if (kind === 'blobs' && this.blobs.has(ref))
      return void res.writeHead(200, { 'docker-content-digest': ref }).end()
    if (kind === 'manifests') return this.#manifest(req, res, ref)
    if (kind === 'tags') {
      const tags = [...this.manifests.keys()].filter((k) => !k.startsWith('sha256:'))
      return void res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ name, tags }))
    }
    res
      .writeHead(404, { 'content-type': 'application/json' })
      .end(ERROR('BLOB_UNKNOWN', 'blob unknown to registry'))
  }

  /** undefined when allowed, else the WWW-Authenticate value. */
  #checkAuth(req: SeenRequest): string | undefined {
    const given = req.headers.authorization ?? ''
    if (this.options.bearer === true) {
      const challenge = `Bearer realm="${this.server.url}/token",service="fake",scope="repository:team/app:pull,push"`
      if (given === '') return challenge
      return this.tokens.has(given.replace(/^Bearer /, '')) ? undefined : `${challenge},error="invalid_token"`
    }
    if (this.options.basic === undefined) return undefined
    const { username, password } = this.options.basic
    const expected = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
    return given === expected ? undefined : 'Basic realm="fake-realm"'
  }

  #token(req: SeenRequest, res: ServerResponse): void {
    this.tokenRequests++
    const basic = this.options.basic
    const expected = basic && `Basic ${Buffer.from(`${basic.username}:${basic.password}`).toString('base64')}`
    if (expected !== undefined && req.headers.authorization !== expected) return void res.writeHead(401).end()
    const token = `tok-${randomUUID()}`
    this.tokens.add(token)
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token, expires_in: 300 }))
  }

  #upload(req: SeenRequest, res: ServerResponse, name: string): void {
    const mount = req.query.get('mount')
    if (req.method === 'POST' && mount !== null && this.blobs.has(mount)) {
      return void res
        .writeHead(201, { location: `/v2/${name}/blobs/${mount}`, 'docker-content-digest': mount })
        .end()
    }
    const uuid = /\/blobs\/uploads\/([^/]+)$/.exec(req.path)?.[1]
    if (req.method !== 'POST' && (uuid === undefined || !this.sessions.has(uuid))) {
      return void res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(ERROR('BLOB_UPLOAD_UNKNOWN', 'blob upload unknown to registry'))
    }
    if (req.method === 'PATCH' || req.method === 'GET') return this.#session(req, res, name, uuid ?? '')
    if (req.method === 'POST') {
      const json = { 'content-type': 'application/json' }
      if (this.options.denyUpload === true) {
        return void res
          .writeHead(403, json)
          .end(ERROR('DENIED', 'requested access to the resource is denied'))
      }
      if (this.options.nameUnknown === true) {
        return void res
          .writeHead(404, json)
          .end(ERROR('NAME_UNKNOWN', 'repository name not known to registry'))
      }
      const uuid = randomUUID()
      const host = this.options.uploadsOn ?? this
      host.sessions.set(uuid, Buffer.alloc(0))
      const path = `/v2/${name}/blobs/uploads/${uuid}?_state=abc%2Bdef%3D`
      const location = this.options.relativeLocation === true ? path : `${host.server.url}${path}`
      return void res.writeHead(202, { location, 'content-length': '0' }).end()
    }
    if (this.options.redirectUploadsTo !== undefined) {
      const target = `${this.options.redirectUploadsTo}${req.path}?${req.query.toString()}`
      return void res.writeHead(307, { location: target }).end()
    }
    const received = this.sessions.get(uuid ?? '') ?? Buffer.alloc(0)
    this.sessions.delete(uuid ?? '')
    this.storeBlob({ ...req, body: Buffer.concat([received, req.body]) }, res)
  }

  /** PATCH appends a chunk (its Content-Range must start where the session ends); GET reports the Range. */
  #session(req: SeenRequest, res: ServerResponse, name: string, uuid: string): void {
    let received = this.sessions.get(uuid) ?? Buffer.alloc(0)
    if (req.method === 'PATCH') {
      const start = Number(/^(\d+)-\d+$/.exec(req.headers['content-range'] ?? '')?.[1] ?? received.length)
      if (start !== received.length)
        return void res.writeHead(416, { range: `0-${received.length - 1}` }).end()
      received = Buffer.concat([received, req.body])
      this.sessions.set(uuid, received)
    }
    const headers = {
      location: `${this.server.url}/v2/${name}/blobs/uploads/${uuid}?_state=n${received.length}`,
      range: `0-${Math.max(0, received.length - 1)}`,
    }
    res.writeHead(req.method === 'GET' ? 204 : 202, { ...headers, 'content-length': '0' }).end()
  }

  /** Verifies and stores an upload PUT body (also used by a fake storage host). */
  storeBlob(req: SeenRequest, res: ServerResponse): void {
    const digest = req.query.get('digest') ?? ''
    const actual = `sha256:${createHash('sha256').update(req.body).digest('hex')}`
    if (digest !== actual)
      return void res
        .writeHead(400)
        .end(ERROR('DIGEST_INVALID', 'provided digest did not match uploaded content'))
    this.blobs.set(digest, req.body)
    res.writeHead(201, { 'docker-content-digest': digest, location: `/v2/x/blobs/${digest}` }).end()
  }

  #manifest(req: SeenRequest, res: ServerResponse, ref: string): void {
    if (req.method === 'PUT') {
      const digest = `sha256:${createHash('sha256').update(req.body).digest('hex')}`
      const stored = { type: req.headers['content-type'] ?? '', body: req.body }
      this.manifests.set(ref, stored)
      this.manifests.set(digest, stored)
      return void res.writeHead(201, { 'docker-content-digest': this.options.manifestDigest ?? digest }).end()
    }
    const found = this.manifests.get(ref)
    const accepts = (req.headers.accept ?? '').includes(found?.type ?? '')
    if (found === undefined || !accepts) {
      return void res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(ERROR('MANIFEST_UNKNOWN', 'manifest unknown'))
    }
    const digest = `sha256:${createHash('sha256').update(found.body).digest('hex')}`
    res.writeHead(200, {
      'content-type': found.type,
      'docker-content-digest': digest,
      'content-length': found.body.length,
    })
    res.end(req.method === 'HEAD' ? undefined : found.body)
  }
}

/** A FakeRegistry listening on 127.0.0.1. */
export async function startFakeRegistry(options: FakeRegistryOptions = {}): Promise<FakeRegistry> {
  const registry = new FakeRegistry(options)
  registry.server = await startServer((req, res) => registry.handle(req, res))
  return registry
}
