import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { ClusterError } from '../../errors.ts'
import { VERSION } from '../../version.ts'
import type { ClusterEndpoint } from './kubeconfig.ts'

/**
 * A few-line Kubernetes REST transport over node:http(s), signed by
 * client-node's KubeConfig.applyToHTTPSOptions (CA, client certificates,
 * bearer tokens from files, exec plugins or in-cluster service accounts,
 * proxies). We send the requests a rollout and a preview cleanup need
 * ourselves so that we choose the content type (server-side apply) and read
 * every Status answer. The one Kubernetes transport of the project.
 */

/** One request to the API server; `path` is relative to the server URL. */
export interface KubeRequest {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  readonly path: string
  readonly query?: Readonly<Record<string, string>>
  readonly body?: unknown
  readonly contentType?: string
}

/** The answer: status and text (JSON for every API answer). */
export interface KubeResponse {
  readonly status: number
  readonly text: string
}

/** Timeouts and retries. */
export interface KubeHttpOptions {
  readonly timeoutMs: number
  /** Attempts for network errors, 429 and 5xx (requests we send are idempotent or end in a handled 409). */
  readonly attempts: number
  readonly retryDelayMs: number
}

/** 30 s per request, 3 attempts, 250 ms then 500 ms apart. */
export const DEFAULT_HTTP: KubeHttpOptions = { timeoutMs: 30_000, attempts: 3, retryDelayMs: 250 }

/** Sends one request, retrying transient failures; network failures become ClusterErrors naming the server. */
export async function kubeRequest(
  endpoint: ClusterEndpoint,
  request: KubeRequest,
  options: KubeHttpOptions = DEFAULT_HTTP,
): Promise<KubeResponse> {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await sendOnce(endpoint, request, options)
      if (!isTransient(response.status) || attempt >= options.attempts) return response
    } catch (error: unknown) {
      if (!(error instanceof ClusterError) || error.status !== undefined || attempt >= options.attempts)
        throw error
    }
    await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs * 2 ** (attempt - 1)))
  }
}

function isTransient(status: number): boolean {
  return status === 429 || status >= 500
}

async function sendOnce(
  endpoint: ClusterEndpoint,
  request: KubeRequest,
  options: KubeHttpOptions,
): Promise<KubeResponse> {
  const url = new URL(endpoint.server.replace(/\/+$/, '') + request.path)
  for (const [name, value] of Object.entries(request.query ?? {})) url.searchParams.set(name, value)
  const body = request.body === undefined ? undefined : JSON.stringify(request.body)
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'User-Agent': `configsync-oci/${VERSION}`,
  }
  if (body !== undefined)
    Object.assign(headers, {
      'Content-Type': request.contentType ?? 'application/json',
      'Content-Length': String(Buffer.byteLength(body)),
    })
  const opts: RequestOptions & { headers: Record<string, string> } = {
    method: request.method,
    headers,
    timeout: options.timeoutMs,
  }
  try {
    await endpoint.config.applyToHTTPSOptions(opts)
  } catch (cause: unknown) {
    throw new ClusterError(
      `cluster ${endpoint.name}: the kubeconfig's credentials could not be obtained: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
        hint: 'for GKE, use google-github-actions/get-gke-credentials (a token) or install gke-gcloud-auth-plugin on the runner',
      },
    )
  }
  return exchange(url, opts, body, endpoint)
}

function exchange(
  url: URL,
  opts: RequestOptions,
  body: string | undefined,
  endpoint: ClusterEndpoint,
): Promise<KubeResponse> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'http:' ? httpRequest : httpsRequest
    const req = send(url, opts, (res: IncomingMessage) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
      )
      res.on('error', (error) => reject(unreachable(endpoint, error)))
    })
    req.on('timeout', () =>
      req.destroy(
        Object.assign(new Error(`no answer within ${opts.timeout ?? 0} ms`), { code: 'ETIMEDOUT' }),
      ),
    )
    req.on('error', (error) => reject(unreachable(endpoint, error)))
    req.end(body)
  })
}

function unreachable(endpoint: ClusterEndpoint, error: Error): ClusterError {
  const code = (error as NodeJS.ErrnoException).code ?? ''
  const certificate = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code)
  return new ClusterError(
    `cannot reach the API server ${endpoint.server} of cluster ${endpoint.name}: ${error.message}${code && !error.message.includes(code) ? ` (${code})` : ''}`,
    {
      cause: error,
      hint: certificate
        ? "the server's certificate does not chain to the kubeconfig's certificate-authority-data"
        : 'check that the cluster endpoint is reachable from the runner (private clusters need a self-hosted runner, Connect Gateway or DNS-based endpoint)',
    },
  )
}
