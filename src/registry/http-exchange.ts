import http from 'node:http'
import https from 'node:https'
import type { Readable } from 'node:stream'

/**
 * One HTTP exchange over node:http/https (no redirects, no retries), and how
 * its failures read: node:net / node:tls codes become short reasons
 * ("connection refused"), and TLS failures are classified, because a
 * certificate problem must never trigger the plain-http fallback while a
 * protocol mismatch may.
 */

/** How to send one request. */
export interface ExchangeOptions {
  readonly method: string
  readonly headers: Readonly<Record<string, string>>
  readonly body?: Buffer | (() => Readable)
  readonly agent: http.Agent
  readonly connectTimeoutMs: number
  /** Longest silence on an open connection (no bytes either way). */
  readonly idleTimeoutMs: number
  /** Longest the whole exchange may take, answer body included: a slow drip does not reset it. */
  readonly deadlineMs?: number
  /** Largest success body kept; error bodies are cut at 64 KiB instead. */
  readonly maxBodyBytes: number
}

/** The answer, body fully read. */
export interface ExchangeAnswer {
  readonly status: number
  readonly headers: http.IncomingHttpHeaders
  readonly body: Buffer
}

const ERROR_BODY_CAP = 64 * 1024

/** Sends one request and reads the answer; rejects with the socket/TLS error as is. */
export function exchange(url: URL, options: ExchangeOptions): Promise<ExchangeAnswer> {
  let deadlineTimer: NodeJS.Timeout | undefined
  const answer = new Promise<ExchangeAnswer>((resolve, reject) => {
    const send = url.protocol === 'https:' ? https.request : http.request
    const req = send(url, { method: options.method, agent: options.agent, headers: options.headers })
    if (options.deadlineMs !== undefined) {
      const expired = timeoutError('deadline')
      deadlineTimer = setTimeout(
        () => {
          // Reject first: destroying the socket makes the body reader report a reset instead.
          reject(expired)
          req.destroy(expired)
        },
        Math.max(0, options.deadlineMs),
      )
    }
    const connectTimer = setTimeout(() => req.destroy(timeoutError('connect')), options.connectTimeoutMs)
    req.on('socket', (socket) => {
      // A reused keep-alive socket is already connected and never emits 'connect' again.
      if (socket.connecting) socket.once('connect', () => clearTimeout(connectTimer))
      else clearTimeout(connectTimer)
    })
    req.setTimeout(options.idleTimeoutMs, () => req.destroy(timeoutError('idle')))
    let answered = false
    req.on('error', (error) => {
      clearTimeout(connectTimer)
      // A server may answer (e.g. 401) and close before reading the whole body: keep the answer.
      if (!answered) reject(error)
    })
    req.on('response', (res) => {
      answered = true
      clearTimeout(connectTimer)
      const isError = (res.statusCode ?? 0) >= 400
      readBody(res, isError ? ERROR_BODY_CAP : options.maxBodyBytes, !isError).then(
        (body) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }),
        reject,
      )
    })
    writeBody(req, options.body)
  })
  return deadlineTimer === undefined ? answer : answer.finally(() => clearTimeout(deadlineTimer))
}

function writeBody(req: http.ClientRequest, body: ExchangeOptions['body']): void {
  if (body === undefined) {
    req.end()
  } else if (Buffer.isBuffer(body)) {
    req.end(body)
  } else {
    const stream = body()
    // A read error aborts the request; the request's 'error' then rejects with it.
    stream.on('error', (error) => req.destroy(error))
    // An aborted request must not leave the source (often a file) open.
    req.on('close', () => stream.destroy())
    stream.pipe(req)
  }
}

function readBody(res: http.IncomingMessage, cap: number, failWhenOver: boolean): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    res.on('data', (chunk: Buffer) => {
      if (size >= cap) return
      if (size + chunk.length > cap && failWhenOver) {
        res.destroy(new Error(`response body larger than ${cap} bytes`))
        return
      }
      chunks.push(chunk.subarray(0, cap - size))
      size += Math.min(chunk.length, cap - size)
    })
    res.on('end', () => resolve(Buffer.concat(chunks)))
    res.on('error', reject)
    res.on('close', () => {
      if (!res.complete)
        reject(Object.assign(new Error('connection closed mid-response'), { code: 'ECONNRESET' }))
    })
  })
}

function timeoutError(kind: 'connect' | 'idle' | 'deadline'): Error {
  const code = kind === 'connect' ? 'CONNECT_TIMEOUT' : kind === 'idle' ? 'IDLE_TIMEOUT' : 'REQUEST_DEADLINE'
  return Object.assign(new Error(`${kind} timeout`), { code })
}

/** OpenSSL verification codes as Node reports them (X509_V_ERR_* without the prefix). */
const CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'INVALID_CA',
  'ERR_TLS_CERT_ALTNAME_INVALID',
])

/** Handshake failures seen when the server answered the ClientHello in plain HTTP. */
const PLAIN_HTTP_CODES = new Set([
  'EPROTO',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'ERR_SSL_PACKET_LENGTH_TOO_LONG',
  'ERR_SSL_HTTP_REQUEST',
])

const REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  EPIPE: 'connection closed by the server while sending',
  ENOTFOUND: 'host name not found (DNS)',
  EAI_AGAIN: 'host name lookup failed temporarily (DNS)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}

/** True when TLS verification of the server certificate failed. */
export function isCertificateError(error: unknown): boolean {
  const code = codeOf(error)
  return code !== undefined && (CERTIFICATE_CODES.has(code) || code.startsWith('ERR_TLS_CERT'))
}

/** True when a TLS handshake failed because the peer talks plain HTTP. */
export function isPlainHttpAnswer(error: unknown): boolean {
  const code = codeOf(error)
  if (code === undefined || isCertificateError(error)) return false
  if (!PLAIN_HTTP_CODES.has(code)) return false
  const message = error instanceof Error ? error.message : ''
  // EPROTO also covers real TLS alerts; only a non-TLS record means plain http.
  return code !== 'EPROTO' || /wrong version number|packet length too long|http request/i.test(message)
}

/** A one-phrase reason for a failed exchange, without a stack. */
export function describeNetworkError(
  error: unknown,
  timeouts: { connectMs: number; idleMs: number; deadlineMs?: number },
): string {
  const code = codeOf(error)
  const message = error instanceof Error ? error.message : String(error)
  if (code === 'CONNECT_TIMEOUT') return `connection not established within ${seconds(timeouts.connectMs)}`
  if (code === 'REQUEST_DEADLINE') return `no complete answer within ${seconds(timeouts.deadlineMs ?? 0)}`
  if (code === 'IDLE_TIMEOUT') return `no data received for ${seconds(timeouts.idleMs)}`
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return `TLS certificate does not name this host (${message})`
  if (isCertificateError(error)) return `TLS certificate not trusted (${code}: ${message})`
  if (code === 'EPROTO' || code?.startsWith('ERR_SSL_') === true) {
    return (
      `TLS handshake failed (${firstLine(message)}); is it a plain-http registry? ` +
      'Plain http is used only for loopback hosts or with insecure: true'
    )
  }
  const reason = code === undefined ? undefined : REASONS[code]
  return reason ?? firstLine(message)
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text
}
