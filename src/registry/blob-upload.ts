import type { Readable } from 'node:stream'
import type { BlobData } from '../artifact/types.ts'
import { RegistryError } from '../errors.ts'
import type { Logger } from '../logger.ts'
import type { HttpRequest, HttpResponse } from './http-transport.ts'
import { checkDigest, errorCodes, header, provesBlob, type Step } from './registry-responses.ts'
import {
  isRetryableError,
  isRetryableStatus,
  parseRetryAfter,
  retryDelay,
  sleepWithin,
  type RetryPolicy,
} from './retry.ts'

/**
 * Blob uploads that survive interruptions
 * (https://github.com/opencontainers/distribution-spec/blob/v1.1.0/spec.md#pushing-blobs):
 * a cross-repository mount when a source is known, else POST then either one
 * streamed PUT (small blobs) or PATCH chunks with Content-Range and a closing
 * PUT (large blobs). An interrupted upload first checks whether the blob
 * landed after all, then resumes from the Range the registry reports for the
 * session, else starts a new session; the manifest is never involved.
 */

/** A request without `operation` (the step names it). */
export type RequestSpec = Omit<HttpRequest, 'operation'>

/** What the uploader needs from the registry client. */
export interface UploadPort {
  /** One authenticated request; only auth renewals, no retries (upload bodies are not idempotent). */
  call(step: Step, request: RequestSpec): Promise<HttpResponse>
  /** Authenticated and retried on 429/5xx/network errors: for idempotent requests. */
  send(step: Step, request: RequestSpec): Promise<HttpResponse>
  /** A URL under /v2/<repository>/. */
  url(path: string): URL
  fail(step: Step, response: HttpResponse): RegistryError
  readonly logger?: Logger
}

/** Upload settings of one client. */
export interface UploadSettings {
  readonly policy: RetryPolicy
  /** Blobs larger than this go up in PATCH chunks of this size. */
  readonly chunkSize: number
  /** Repositories (paths on the same registry) to try a cross-repository mount from. */
  readonly mountFrom: readonly string[]
  readonly logger: Logger
}

/** Layers above 8 MiB go in 8 MiB chunks: small enough for proxies with body limits, few enough requests. */
export const DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024

/** How a blob came to be in the repository. */
export type BlobOutcome = 'present' | 'mounted' | 'uploaded'

/** An upload request failed in a way another attempt may fix. */
class UploadInterrupted extends Error {
  readonly location: URL
  readonly step: Step
  readonly response: HttpResponse | undefined
  constructor(
    step: Step,
    location: URL,
    reason: string,
    options: { response?: HttpResponse; cause?: unknown } = {},
  ) {
    super(reason, options.cause === undefined ? undefined : { cause: options.cause })
    this.step = step
    this.location = location
    this.response = options.response
  }
}

interface Resume {
  readonly location: URL
  readonly offset: number
}

/** Makes sure the repository has the blob: already there, mounted, or uploaded. */
export async function uploadBlob(
  port: UploadPort,
  settings: UploadSettings,
  blob: BlobData,
): Promise<BlobOutcome> {
  const { digest } = blob.descriptor
  if (await blobExists(port, blob.descriptor)) return 'present'
  let session: URL | undefined
  for (const [index, from] of settings.mountFrom.entries()) {
    const mount = await tryMount(port, settings, digest, from)
    if (mount === 'mounted') return 'mounted'
    if (mount === undefined) continue
    // The 202 opened an ordinary session: keep the last one for the upload, cancel the others.
    if (index === settings.mountFrom.length - 1) session = mount
    else
      await port
        .call({ operation: 'cancel upload', access: 'push' }, { method: 'DELETE', url: mount })
        .catch(() => undefined)
  }
  await uploadWithRecovery(port, settings, blob, session)
  return 'uploaded'
}

/**
 * Present only when the answer proves it (see provesBlob); a 200 that does
 * not (a proxy's page, a missing or other digest) means "upload it", and the
 * upload's own checks then meet whatever answers.
 */
async function blobExists(
  port: UploadPort,
  descriptor: { readonly digest: string; readonly size: number },
): Promise<boolean> {
  const { digest, size } = descriptor
  const step: Step = { operation: `check blob ${digest}`, access: 'push' }
  const head = await port.send(step, { method: 'HEAD', url: port.url(`blobs/${digest}`) })
  if (head.status === 404) return false
  if (head.status !== 200) throw port.fail(step, head)
  if (provesBlob(head, digest, size)) return true
  port.logger?.debug(
    `HEAD of blob ${digest} answered 200 without proof (digest ${header(head, 'docker-content-digest') ?? 'none'}, length ${header(head, 'content-length') ?? 'none'}); uploading it`,
  )
  return false
}

/** 'mounted', a session URL when the registry opened an upload instead (202), or undefined to upload normally. */
async function tryMount(
  port: UploadPort,
  settings: UploadSettings,
  digest: string,
  from: string,
): Promise<'mounted' | URL | undefined> {
  // Token registries need pull on the source too, else 401 insufficient_scope (no fallback to 202).
  const step: Step = {
    operation: `mount blob ${digest} from ${from}`,
    access: 'push',
    extraScopes: [`repository:${from}:pull`],
  }
  const url = port.url('blobs/uploads/')
  url.searchParams.set('mount', digest)
  url.searchParams.set('from', from)
  const response = await port.send(step, { method: 'POST', url })
  if (response.status === 201) {
    settings.logger.debug(`mounted blob ${digest} from ${from}`)
    return 'mounted'
  }
  const location = header(response, 'location')
  if (response.status === 202 && location !== undefined) return new URL(location, response.url)
  settings.logger.debug(`cannot mount blob ${digest} from ${from} (HTTP ${response.status}); uploading it`)
  return undefined
}

/**
 * Uploads with recovery. `retries` bounds the failures in a row without
 * progress: a chunked upload that got further than ever before starts
 * counting afresh, so a long upload is not lost to faults spread over it.
 */
async function uploadWithRecovery(
  port: UploadPort,
  settings: UploadSettings,
  blob: BlobData,
  session?: URL,
): Promise<void> {
  const { digest, size } = blob.descriptor
  const { policy, logger } = settings
  const chunked = size > settings.chunkSize
  let resume: Resume | undefined = session === undefined ? undefined : { location: session, offset: 0 }
  let failures = 0
  let furthest = 0
  for (;;) {
    const progress = { offset: resume?.offset ?? 0 }
    try {
      resume ??= { location: await startSession(port, digest), offset: 0 }
      if (chunked) await putChunks(port, settings, blob, resume, progress)
      else await putWhole(port, blob, resume.location)
      return
    } catch (error) {
      failures = progress.offset > furthest ? 1 : failures + 1
      furthest = Math.max(furthest, progress.offset)
      const retry = failures - 1
      if (!(error instanceof UploadInterrupted) || retry >= policy.retries)
        throw finalError(port, error, failures)
      const retryAfter = error.response && parseRetryAfter(header(error.response, 'retry-after'))
      const wait = retryDelay(policy, retry, retryAfter)
      logger.info(
        `${error.step.operation}: ${error.message}; retry ${retry + 1} of ${policy.retries} in ${(wait / 1000).toFixed(1)} s`,
      )
      await sleepWithin(policy, wait, error.step.operation, error.message)
      // The interrupted request may have completed on the registry's side.
      if (await blobExists(port, blob.descriptor)) return
      resume = chunked ? await uploadStatus(port, error.location) : undefined
      if (resume !== undefined)
        logger.info(`resuming the upload of blob ${digest} at byte ${resume.offset} of ${size}`)
    }
  }
}

async function startSession(port: UploadPort, digest: string): Promise<URL> {
  const step: Step = { operation: `start upload of blob ${digest}`, access: 'push' }
  const session = await port.send(step, { method: 'POST', url: port.url('blobs/uploads/') })
  if (session.status !== 202) throw port.fail(step, session)
  const location = header(session, 'location')
  if (location === undefined)
    throw new RegistryError(step.operation, `${step.operation}: registry sent no Location for the upload`)
  return new URL(location, session.url)
}

/** One streamed PUT with ?digest=: for blobs up to the chunk size. */
async function putWhole(port: UploadPort, blob: BlobData, location: URL): Promise<void> {
  const { digest, size } = blob.descriptor
  const step: Step = { operation: `upload blob ${digest}`, access: 'push' }
  const request: RequestSpec = {
    method: 'PUT',
    url: withDigest(location, digest),
    headers: { 'content-type': 'application/octet-stream' },
    body: () => blob.open(),
    bodyLength: size,
  }
  const done = await interruptible(step, location, () => port.call(step, request))
  expectStatus(port, step, location, done, 201)
  checkDigest(step, done, digest, `blob ${digest}`)
}

/**
 * PATCH chunks read one at a time from one stream (never the whole blob in
 * memory), then PUT ?digest=. `progress.offset` follows what the registry acknowledged.
 */
async function putChunks(
  port: UploadPort,
  settings: UploadSettings,
  blob: BlobData,
  resume: Resume,
  progress: { offset: number },
): Promise<void> {
  const { digest, size } = blob.descriptor
  let { location, offset } = resume
  const stream = blob.open()
  try {
    for await (const chunk of readChunks(stream, offset, settings.chunkSize)) {
      const end = offset + chunk.length - 1
      const step: Step = {
        operation: `upload blob ${digest} (bytes ${offset}-${end} of ${size})`,
        access: 'push',
      }
      const headers = { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${end}` }
      const from = location
      const response = await interruptible(step, from, () =>
        port.call(step, { method: 'PATCH', url: from, headers, body: chunk }),
      )
      expectStatus(port, step, from, response, 202)
      const next = header(response, 'location')
      location = next === undefined ? from : new URL(next, response.url)
      const stored = rangeEnd(header(response, 'range'))
      if (stored !== undefined && stored !== end) {
        throw new UploadInterrupted(step, location, `the registry stored bytes up to ${stored}, not ${end}`)
      }
      offset = end + 1
      progress.offset = offset
    }
  } finally {
    stream.destroy()
  }
  if (offset !== size) {
    throw new RegistryError(
      `upload blob ${digest}`,
      `blob ${digest} has ${offset} bytes on disk, not the ${size} its descriptor says`,
    )
  }
  const step: Step = { operation: `finish upload of blob ${digest}`, access: 'push' }
  const last = location
  const done = await interruptible(step, last, () =>
    port.call(step, { method: 'PUT', url: withDigest(last, digest) }),
  )
  expectStatus(port, step, last, done, 201)
  checkDigest(step, done, digest, `blob ${digest}`)
}

/** Yields `size`-byte chunks (the last one shorter) after skipping `skip` bytes. */
export async function* readChunks(stream: Readable, skip: number, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = []
  let pendingBytes = 0
  let toSkip = skip
  for await (const piece of stream as AsyncIterable<Buffer>) {
    const cut = Math.min(toSkip, piece.length)
    toSkip -= cut
    if (cut === piece.length) continue
    pending.push(cut === 0 ? piece : piece.subarray(cut))
    pendingBytes += piece.length - cut
    while (pendingBytes >= size) {
      const all = Buffer.concat(pending)
      yield all.subarray(0, size)
      pending = [all.subarray(size)]
      pendingBytes -= size
    }
  }
  if (pendingBytes > 0) yield Buffer.concat(pending)
}

/** GET on the session: where the registry's copy ends (Range) and where to continue, or undefined for a new session. */
async function uploadStatus(port: UploadPort, location: URL): Promise<Resume | undefined> {
  const step: Step = { operation: 'check upload progress', access: 'push' }
  const response = await port.call(step, { method: 'GET', url: location }).catch(() => undefined)
  if (response?.status !== 204) return undefined
  const stored = rangeEnd(header(response, 'range'))
  const next = header(response, 'location')
  // "0-0" is what distribution reports for an empty session as well as for one byte: start over.
  if (stored === undefined || stored === 0) return undefined
  return { location: next === undefined ? location : new URL(next, response.url), offset: stored + 1 }
}

/** The last byte the registry holds, from `Range: 0-N` (or `bytes=0-N`). */
export function rangeEnd(range: string | undefined): number | undefined {
  const match = range === undefined ? null : /^(?:bytes=)?0-(\d+)$/.exec(range.trim())
  return match?.[1] === undefined ? undefined : Number(match[1])
}

/** Runs one upload request; a transient network failure becomes an UploadInterrupted. */
async function interruptible(
  step: Step,
  location: URL,
  send: () => Promise<HttpResponse>,
): Promise<HttpResponse> {
  try {
    return await send()
  } catch (error) {
    if (!isRetryableError(error)) throw error
    throw new UploadInterrupted(step, location, error instanceof Error ? error.message : String(error), {
      cause: error,
    })
  }
}

/** A session the registry lost or invalidated (e.g. after a partial write): a new one fixes it. */
const SESSION_ERRORS = new Set(['BLOB_UPLOAD_UNKNOWN', 'BLOB_UPLOAD_INVALID'])

function expectStatus(
  port: UploadPort,
  step: Step,
  location: URL,
  response: HttpResponse,
  expected: number,
): void {
  if (response.status === expected) return
  if (isRetryableStatus(response.status) || errorCodes(response).some((code) => SESSION_ERRORS.has(code))) {
    throw new UploadInterrupted(step, location, `HTTP ${response.status}`, { response })
  }
  throw port.fail(step, response)
}

function finalError(port: UploadPort, error: unknown, attempts: number): unknown {
  if (!(error instanceof UploadInterrupted)) return error
  if (error.response !== undefined)
    return port.fail(error.step, { ...error.response, attempts } as HttpResponse)
  const said = error.cause instanceof RegistryError ? error.cause.message : error.message
  const hint =
    error.cause instanceof RegistryError && error.cause.hint !== undefined ? { hint: error.cause.hint } : {}
  return new RegistryError(
    error.step.operation,
    `${error.step.operation}: ${said}${attempts > 1 ? ` (gave up after ${attempts} attempts)` : ''}`,
    {
      cause: error.cause ?? error,
      ...hint,
    },
  )
}

/** Appends digest= by hand: re-encoding the query could break a signed upload URL. */
function withDigest(location: URL, digest: string): URL {
  const target = new URL(location)
  target.search = `${target.search === '' ? '?' : `${target.search}&`}digest=${encodeURIComponent(digest)}`
  return target
}
