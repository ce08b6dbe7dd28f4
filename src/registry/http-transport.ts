import { readFileSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import type { Readable } from 'node:stream'
import tls from 'node:tls'
import { InputError, RegistryError } from '../errors.ts'
import { NULL_LOGGER, type Logger } from '../logger.ts'
import { deadlineExceeded, remainingMs, type RunDeadline } from './deadline.ts'
import { isLoopbackHost } from './image-reference.ts'
import { describeNetworkError, exchange, isCertificateError, isPlainHttpAnswer } from './http-exchange.ts'

/**
 * A small HTTP/1.1 client over node:http/https. Not global fetch: we need a
 * per-client CA, streamed request bodies with a Content-Length, and manual
 * redirects that drop Authorization when they leave the origin.
 */

/** One request; body is a Buffer or a factory so redirects and retries can resend it. */
export interface HttpRequest {
  readonly method: string
  readonly url: string | URL
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: Buffer | (() => Readable)
  /** Required with a stream body: sent as Content-Length. */
  readonly bodyLength?: number
  /** What the caller is doing, e.g. 'upload blob', for RegistryError.operation. */
  readonly operation?: string
  /** Who answers, for messages: 'registry' (default) or e.g. 'token server'. */
  readonly peer?: string
}

/** A buffered response; `url` is the final URL after redirects. */
export interface HttpResponse {
  readonly status: number
  readonly headers: http.IncomingHttpHeaders
  readonly body: Buffer
  readonly url: URL
}

/** The port the registry client and the authenticator talk through. */
export interface HttpClient {
  request(request: HttpRequest): Promise<HttpResponse>
}

/** Transport settings; every field is optional. */
export interface HttpTransportOptions {
  /** PEM file whose certificates are trusted in addition to the default roots. */
  readonly caFile?: string
  /** Skip TLS verification and allow plain http to any host. */
  readonly insecure?: boolean
  readonly logger?: Logger
  readonly userAgent?: string
  readonly connectTimeoutMs?: number
  /** Longest silence on an open connection (no bytes either way). */
  readonly idleTimeoutMs?: number
  /** Longest one exchange may take in all (a slow drip does not reset it). */
  readonly requestTimeoutMs?: number
  /** The run's deadline: no request outlives it. */
  readonly deadline?: RunDeadline
  readonly maxRedirects?: number
  /** Largest success body kept in memory (manifests are at most 4 MiB). */
  readonly maxBodyBytes?: number
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const DEFAULTS = {
  insecure: false,
  userAgent: 'configsync-oci',
  connectTimeoutMs: 30_000,
  idleTimeoutMs: 120_000,
  requestTimeoutMs: 300_000,
  maxRedirects: 5,
  maxBodyBytes: 32 * 1024 * 1024,
}

/** HTTP client with per-host scheme memory (https first, plain http only where allowed). */
export class HttpTransport implements HttpClient {
  readonly #settings: typeof DEFAULTS
  readonly #deadline: RunDeadline | undefined
  readonly #logger: Logger
  readonly #httpAgent = new http.Agent({ keepAlive: true, maxSockets: 8 })
  readonly #httpsAgent: https.Agent
  /** Hosts (host[:port]) where an https attempt met a plain-http server. */
  readonly #plainHosts = new Set<string>()

  constructor(options: HttpTransportOptions = {}) {
    const { caFile, logger, deadline, ...settings } = options
    this.#deadline = deadline
    // Explicit undefined from JavaScript callers must not override a default (setTimeout(fn, undefined) fires at once).
    const given = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined))
    this.#settings = { ...DEFAULTS, ...(given as Partial<typeof DEFAULTS>) }
    this.#logger = logger ?? NULL_LOGGER
    const ca = caFile === undefined ? undefined : readTrustedCertificates(caFile)
    this.#httpsAgent = new https.Agent({
      keepAlive: true,
      maxSockets: 8,
      rejectUnauthorized: !this.#settings.insecure,
      ...(ca === undefined ? {} : { ca }),
    })
  }

  /** Sends the request, following up to maxRedirects redirects. */
  async request(request: HttpRequest): Promise<HttpResponse> {
    let current = request
    let url = this.#schemeFor(new URL(request.url))
    for (let hop = 0; ; hop++) {
      const response = await this.#sendWithFallback(current, url)
      const location = response.headers.location
      if (!REDIRECTS.has(response.status) || location === undefined) return response
      if (hop >= this.#settings.maxRedirects) {
        const message = `too many redirects (more than ${this.#settings.maxRedirects}) from ${redactUrl(url)}`
        throw new RegistryError(operationOf(request), message, { status: response.status })
      }
      const next = this.#schemeFor(new URL(location, response.url))
      current = redirected(current, response.status, url, next)
      url = next
    }
  }

  /** Closes idle keep-alive sockets. */
  close(): void {
    this.#httpAgent.destroy()
    this.#httpsAgent.destroy()
  }

  #schemeFor(url: URL): URL {
    return url.protocol === 'https:' && this.#plainHosts.has(url.host) ? asPlainHttp(url) : url
  }

  #plainAllowed(url: URL): boolean {
    return this.#settings.insecure || isLoopbackHost(url.host)
  }

  async #sendWithFallback(request: HttpRequest, url: URL): Promise<HttpResponse> {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new RegistryError(operationOf(request), `unsupported URL scheme ${url.protocol} in ${url.origin}`)
    }
    if (url.protocol === 'http:' && !this.#plainAllowed(url)) {
      const message = `refusing plain http to ${url.host}: only https is used for non-loopback hosts`
      throw new RegistryError(operationOf(request), message, {
        hint: 'set insecure: true only for a test registry that does not speak TLS',
      })
    }
    try {
      return await this.#send(request, url)
    } catch (error) {
      if (url.protocol !== 'https:' || !this.#plainAllowed(url) || !isPlainHttpAnswer(error)) {
        throw this.#networkError(request, url, error)
      }
      // The TLS handshake read an HTTP answer: the server speaks plain http.
      this.#logger.debug(`${url.host} does not speak TLS; using plain http`)
      this.#plainHosts.add(url.host)
      const plain = asPlainHttp(url)
      try {
        return await this.#send(request, plain)
      } catch (plainError) {
        throw this.#networkError(request, plain, plainError)
      }
    }
  }

  #networkError(request: HttpRequest, url: URL, error: unknown): unknown {
    if (error instanceof RegistryError) return error
    const peer = request.peer ?? 'registry'
    if (this.#deadline !== undefined && remainingMs(this.#deadline) <= 0) {
      return deadlineExceeded(
        this.#deadline,
        `${operationOf(request)} (${peer} ${url.host})`,
        undefined,
        error,
      )
    }
    const {
      connectTimeoutMs: connectMs,
      idleTimeoutMs: idleMs,
      requestTimeoutMs: deadlineMs,
    } = this.#settings
    const reason = describeNetworkError(error, { connectMs, idleMs, deadlineMs })
    const hint = isCertificateError(error)
      ? `trust the registry's CA with the ca-file input (or NODE_EXTRA_CA_CERTS=/path/ca.pem); ` +
        `insecure: true skips verification (test registries only)`
      : undefined
    return new RegistryError(operationOf(request), `cannot reach ${peer} ${url.host}: ${reason}`, {
      cause: error,
      ...(hint === undefined ? {} : { hint }),
    })
  }

  /** One HTTP exchange, no redirects, no fallback. */
  async #send(request: HttpRequest, url: URL): Promise<HttpResponse> {
    const left = this.#deadline === undefined ? Number.POSITIVE_INFINITY : remainingMs(this.#deadline)
    if (left <= 0 && this.#deadline !== undefined) {
      throw deadlineExceeded(
        this.#deadline,
        `${operationOf(request)} (${request.peer ?? 'registry'} ${url.host})`,
      )
    }
    this.#logger.debug(`> ${request.method} ${redactUrl(url)}`)
    const answer = await exchange(url, {
      deadlineMs: Math.min(this.#settings.requestTimeoutMs, left),
      method: request.method,
      headers: this.#headersFor(request),
      ...(request.body === undefined ? {} : { body: request.body }),
      agent: url.protocol === 'https:' ? this.#httpsAgent : this.#httpAgent,
      connectTimeoutMs: this.#settings.connectTimeoutMs,
      idleTimeoutMs: this.#settings.idleTimeoutMs,
      maxBodyBytes: this.#settings.maxBodyBytes,
    })
    this.#logger.debug(`< ${answer.status} ${request.method} ${redactUrl(url)}`)
    return { ...answer, url }
  }

  #headersFor(request: HttpRequest): Record<string, string> {
    const headers: Record<string, string> = { 'user-agent': this.#settings.userAgent, ...request.headers }
    if (Buffer.isBuffer(request.body)) headers['content-length'] = String(request.body.length)
    else if (request.body !== undefined) headers['content-length'] = String(request.bodyLength ?? 0)
    else if (['PUT', 'POST', 'PATCH'].includes(request.method)) headers['content-length'] = '0'
    return headers
  }
}

/** Builds the request for the next hop; drops Authorization when the origin changes. */
function redirected(request: HttpRequest, status: number, from: URL, to: URL): HttpRequest {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    if (name.toLowerCase() === 'authorization' && from.origin !== to.origin) continue
    headers[name] = value
  }
  // Fetch semantics: 303 always, and 301/302 after POST, become a GET without body.
  const toGet =
    (status === 303 && request.method !== 'HEAD') ||
    ((status === 301 || status === 302) && request.method === 'POST')
  if (!toGet) return { ...request, url: to, headers }
  for (const name of Object.keys(headers)) {
    if (/^content-(type|length)$/i.test(name)) delete headers[name]
  }
  const { body: _body, bodyLength: _length, ...rest } = request
  return { ...rest, method: 'GET', url: to, headers }
}

/** The default roots plus the file's certificates (and NODE_EXTRA_CA_CERTS, which an explicit ca would drop). */
function readTrustedCertificates(caFile: string): string[] {
  let pem: string
  try {
    pem = readFileSync(caFile, 'utf8')
  } catch (error) {
    throw new InputError(`ca-file ${JSON.stringify(caFile)} cannot be read`, { cause: error })
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
    throw new InputError(`ca-file ${JSON.stringify(caFile)} holds no PEM certificate`, {
      hint: 'expected a file with -----BEGIN CERTIFICATE----- blocks',
    })
  }
  const extra = process.env['NODE_EXTRA_CA_CERTS']
  let extraPem: string[] = []
  try {
    if (extra !== undefined && extra !== '') extraPem = [readFileSync(extra, 'utf8')]
  } catch {
    // Node itself already warned at startup that this file cannot be read.
  }
  return [...tls.rootCertificates, ...extraPem, pem]
}

function asPlainHttp(url: URL): URL {
  const plain = new URL(url)
  plain.protocol = 'http:'
  return plain
}

function operationOf(request: HttpRequest): string {
  return request.operation ?? `${request.method} request`
}

/** The URL for logs: the query can hold signed storage URLs or upload state, so only its presence shows. */
export function redactUrl(url: URL): string {
  return `${url.origin}${url.pathname}${url.search === '' ? '' : '?…'}`
}
