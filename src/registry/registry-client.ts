import { createHash } from 'node:crypto'
import { RegistryError } from '../errors.ts'
import type { Logger } from '../logger.ts'
import { MEDIA_TYPE } from '../artifact/media-types.ts'
import type { BlobData, BuiltImage, ImageTarget, PushOptions, PushedImage } from '../artifact/types.ts'
import {
  Authenticator,
  mergeScopes,
  parseChallenges,
  type Challenge,
  type CredentialSource,
  type Credentials,
} from './auth.ts'
import {
  DEFAULT_CHUNK_SIZE,
  uploadBlob,
  type BlobOutcome,
  type RequestSpec,
  type UploadPort,
  type UploadSettings,
} from './blob-upload.ts'
import { HttpTransport, type HttpRequest, type HttpResponse } from './http-transport.ts'
import {
  isDigest,
  registryApiHost,
  repositoryName,
  validateTag,
  type ImageReference,
} from './image-reference.ts'
import {
  checkDigest,
  contentType,
  foreignAnswer,
  header,
  mediaTypeOf,
  nextPage,
  notARegistry,
  provesBlob,
  readJson,
  readTags,
  responseError,
  type Step,
} from './registry-responses.ts'
import { DEFAULT_RETRY_POLICY, withRetries, type RetryPolicy } from './retry.ts'
import {
  checkDeadline,
  DEFAULT_RUN_TIMEOUT_MS,
  deadlineExceeded,
  DeadlineExceededError,
  runDeadline,
  type RunDeadline,
} from './deadline.ts'

/**
 * Push and read images over the OCI distribution API
 * (https://github.com/opencontainers/distribution-spec/blob/v1.1.0/spec.md).
 */

/** How to reach and authenticate to the registry. */
export interface RegistryClientOptions {
  /** Fixed credentials, or a source asked once when the registry first wants them. */
  readonly credentials?: Credentials | CredentialSource
  /** Skip TLS verification and allow plain http (test registries). */
  readonly insecure?: boolean
  /** PEM file trusted in addition to the default roots. */
  readonly caFile?: string
  readonly logger: Logger
  readonly userAgent?: string
  readonly connectTimeoutMs?: number
  readonly idleTimeoutMs?: number
  /** Retry count and timing; defaults to DEFAULT_RETRY_POLICY. */
  readonly retry?: Partial<RetryPolicy>
  /** Blobs above this size go up in PATCH chunks of this size (default 8 MiB). */
  readonly chunkSizeBytes?: number
  /** Repository paths on the same registry to mount blobs from before uploading them. */
  readonly mountFrom?: readonly string[]
  /** Runs before the first request of a push (e.g. create the repository). */
  readonly beforePush?: () => Promise<void>
  /** The run's deadline (the timeout input); default DEFAULT_RUN_TIMEOUT_MS from when the client is made. */
  readonly deadline?: RunDeadline
  /** Longest one request may take in all (default 5 minutes). */
  readonly requestTimeoutMs?: number
}

/** A manifest as stored: digest computed from the bytes received. */
export interface FetchedManifest {
  readonly mediaType: string
  readonly digest: string
  readonly body: Buffer
  /** The ETag the registry sent, for a conditional PUT (If-Match) of the same reference. */
  readonly etag?: string
}

/** How a manifest PUT went: stored (with the OCI-Subject the registry indexed, if any), or refused by If-Match. */
export type ManifestPutOutcome =
  { readonly outcome: 'stored'; readonly subject?: string } | { readonly outcome: 'precondition-failed' }

/** A referrers list as the registry's referrers API answered it; undefined from getReferrers when there is no such API. */
export interface ReferrersAnswer {
  readonly manifests: readonly ReferrerDescriptor[]
  /** True when the registry applied the artifactType filter itself (OCI-Filters-Applied). */
  readonly filtered: boolean
}

/** A descriptor in a referrers list: the referrer manifest, its artifactType and annotations. */
export interface ReferrerDescriptor {
  readonly mediaType: string
  readonly digest: string
  readonly size: number
  readonly artifactType?: string
  readonly annotations?: Readonly<Record<string, string>>
}

/** What HEAD tells about a manifest. */
export interface ManifestHead {
  readonly mediaType: string
  readonly digest: string
  readonly size: number
}

/** Without these the registry 404s an OCI manifest ("accept header does not support OCI manifests"). */
const MANIFEST_ACCEPT = [
  MEDIA_TYPE.imageManifest,
  MEDIA_TYPE.imageIndex,
  MEDIA_TYPE.dockerManifest,
  MEDIA_TYPE.dockerManifestList,
].join(', ')

const MAX_TAG_PAGES = 100
const MAX_REFERRER_PAGES = 20

/** An OCI distribution client for one repository; implements the ImageTarget port. */
export class RegistryClient implements ImageTarget {
  readonly #name: string
  readonly #repository: string
  readonly #base: URL
  readonly #http: HttpTransport
  readonly #auth: Authenticator
  readonly #logger: Logger
  readonly #policy: RetryPolicy
  readonly #uploads: UploadSettings
  readonly #beforePush: (() => Promise<void>) | undefined
  readonly #deadline: RunDeadline
  /** The /v2/ challenge, learned once; null when the registry needs no auth. */
  #challenge: Promise<Challenge | null> | undefined

  constructor(ref: ImageReference, options: RegistryClientOptions) {
    this.#name = repositoryName(ref)
    this.#repository = ref.repository
    this.#base = new URL(`https://${registryApiHost(ref)}/v2/`)
    this.#logger = options.logger
    const {
      credentials,
      logger,
      retry,
      chunkSizeBytes,
      mountFrom,
      beforePush,
      deadline,
      ...transportOptions
    } = options
    this.#deadline = deadline ?? runDeadline(DEFAULT_RUN_TIMEOUT_MS)
    this.#http = new HttpTransport({ ...transportOptions, logger, deadline: this.#deadline })
    const login = credentials === undefined ? {} : { credentials }
    this.#auth = new Authenticator({ http: this.#http, logger, ...login })
    this.#policy = { ...DEFAULT_RETRY_POLICY, ...definedOnly(retry ?? {}), deadline: this.#deadline }
    const chunkSize = chunkSizeBytes ?? DEFAULT_CHUNK_SIZE
    this.#uploads = { policy: this.#policy, chunkSize, mountFrom: mountFrom ?? [], logger }
    this.#beforePush = beforePush
  }

  /** 'registry/repository', without credentials. */
  describe(): string {
    return this.#name
  }

  /** GET /v2/ and the push token, while the layer is still being packed; failures are left for push to meet. */
  async prepare(): Promise<void> {
    const step: Step = { operation: 'prepare to push', access: 'push' }
    try {
      const challenge = (await this.#learnChallenge(step)) ?? undefined
      await this.#auth.authorization(challenge, [`repository:${this.#repository}:pull,push`])
    } catch (error) {
      this.#logger.debug(
        `getting ready to push did not work yet (${error instanceof Error ? error.message : String(error)}); the push will try again`,
      )
    }
  }

  /** Uploads missing blobs, puts the manifest by digest, then each tag. */
  async push(image: BuiltImage, tags: readonly string[], options: PushOptions = {}): Promise<PushedImage> {
    const checkedTags = tags.map((tag) => validateTag(tag, 'tag'))
    const progress: PushProgress = {
      blobsLeft: new Set(image.blobs.map((blob) => blob.descriptor.digest)),
      manifest: false,
      tagsSet: [],
    }
    try {
      return await this.#push(image, checkedTags, progress, options)
    } catch (error) {
      if (!(error instanceof DeadlineExceededError)) throw error
      throw deadlineExceeded(
        this.#deadline,
        `${error.operation} in ${this.#name}`,
        undone(image, checkedTags, progress),
        error,
      )
    }
  }

  async #push(
    image: BuiltImage,
    checkedTags: readonly string[],
    progress: PushProgress,
    options: PushOptions,
  ): Promise<PushedImage> {
    checkDeadline(this.#deadline, `push to ${this.#name}`)
    await this.#beforePush?.()
    // Independent blobs go up in parallel; the manifest only after every one is confirmed.
    const outcomes = await this.uploadBlobs(image.blobs, (digest) => progress.blobsLeft.delete(digest))
    const count = (outcome: BlobOutcome): number => outcomes.filter((o) => o === outcome).length
    const uploadedBlobs = count('uploaded')
    const mounted =
      count('mounted') === 0 ? '' : `, ${count('mounted')} mounted from ${this.#uploads.mountFrom.join(', ')}`
    this.#logger.info(
      `Blobs: ${uploadedBlobs} uploaded${mounted}, ${count('present')} already in ${this.#name}`,
    )
    // By digest first: a tag must never point at bytes the registry stored differently.
    await this.#putManifest(image, image.manifestDigest)
    progress.manifest = true
    await options.beforeTags?.()
    await this.#putTags(image, checkedTags, progress.tagsSet)
    const reference = `${this.#name}@${image.manifestDigest}`
    this.#logger.info(`Pushed ${reference}`)
    return {
      digest: image.manifestDigest,
      reference,
      tags: checkedTags,
      uploadedBlobs,
      skippedBlobs: outcomes.length - uploadedBlobs,
    }
  }

  /** Makes sure the repository holds each blob (present, mounted or uploaded), in parallel. */
  async uploadBlobs(blobs: readonly BlobData[], onStored?: (digest: string) => void): Promise<BlobOutcome[]> {
    const unique = [...new Map(blobs.map((blob) => [blob.descriptor.digest, blob])).values()]
    return Promise.all(
      unique.map(async (blob) => {
        const outcome = await uploadBlob(this.#uploadPort(), this.#uploads, blob)
        onStored?.(blob.descriptor.digest)
        return outcome
      }),
    )
  }

  /**
   * PUTs manifest bytes under a digest or tag. With ifMatch, a 412 is the
   * answer 'precondition-failed' (someone else wrote the tag since it was read).
   * 'stored' carries the OCI-Subject header: a registry with the referrers API
   * names the subject it indexed.
   */
  async putManifest(
    reference: string,
    body: Buffer,
    mediaType: string,
    options: { ifMatch?: string } = {},
  ): Promise<ManifestPutOutcome> {
    const step: Step = { operation: `put manifest ${reference}`, access: 'push' }
    const headers: Record<string, string> = { 'content-type': mediaType }
    if (options.ifMatch !== undefined) headers['if-match'] = options.ifMatch
    const response = await this.#send(step, {
      method: 'PUT',
      url: this.#url(`manifests/${checkReference(reference)}`),
      headers,
      body,
    })
    if (response.status === 412 && options.ifMatch !== undefined) return { outcome: 'precondition-failed' }
    if (response.status !== 201 && response.status !== 200) throw this.#fail(step, response)
    const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`
    checkDigest(step, response, digest, `manifest ${reference}`)
    const subject = header(response, 'oci-subject')
    return subject === undefined ? { outcome: 'stored' } : { outcome: 'stored', subject }
  }

  /**
   * The referrers API (distribution-spec 1.1 `GET /v2/<name>/referrers/<digest>`):
   * every page of the OCI index it answers, or undefined when the registry
   * has no such API (404/400/405, or an answer that is not an image index),
   * so the caller falls back to the referrers tag schema.
   */
  async getReferrers(digest: string, artifactType?: string): Promise<ReferrersAnswer | undefined> {
    const step: Step = { operation: `list referrers of ${digest}`, access: 'pull' }
    if (!isDigest(digest)) throw new RegistryError(step.operation, `${step.operation}: not a sha256 digest`)
    const manifests: ReferrerDescriptor[] = []
    let filtered = artifactType !== undefined
    let url: URL | undefined = this.#url(`referrers/${digest}`)
    if (artifactType !== undefined) url.searchParams.set('artifactType', artifactType)
    for (let page = 0; url !== undefined && page < MAX_REFERRER_PAGES; page++) {
      const response = await this.#send(step, {
        method: 'GET',
        url,
        headers: { accept: MEDIA_TYPE.imageIndex },
      })
      if (response.status === 404 || response.status === 400 || response.status === 405) return undefined
      if (response.status !== 200) throw this.#fail(step, response)
      const index = readReferrersIndex(response.body, mediaTypeOf(response))
      if (index === undefined) return undefined
      manifests.push(...index)
      if (
        header(response, 'oci-filters-applied')
          ?.split(',')
          .map((f) => f.trim())
          .includes('artifactType') !== true
      )
        filtered = false
      url = nextPage(response)
    }
    return { manifests, filtered }
  }

  /** The manifest under a tag or digest, or undefined when the registry has none. */
  getManifest(reference: string): Promise<FetchedManifest | undefined> {
    return this.#getManifest({ operation: `get manifest ${reference}`, access: 'pull' }, reference)
  }

  async #getManifest(step: Step, reference: string): Promise<FetchedManifest | undefined> {
    const response = await this.#send(step, {
      method: 'GET',
      url: this.#url(`manifests/${checkReference(reference)}`),
      headers: { accept: MANIFEST_ACCEPT },
    })
    if (response.status === 404) return undefined
    if (response.status !== 200) throw this.#fail(step, response)
    this.#expectManifestType(step, response)
    // A manifest is JSON: truncated or foreign bodies end here, naming the host.
    readJson(step, response, this.#base.host)
    const digest = `sha256:${createHash('sha256').update(response.body).digest('hex')}`
    if (isDigest(reference) && digest !== reference) {
      const message = `registry returned content with digest ${digest} for manifest ${reference}`
      throw new RegistryError(step.operation, message)
    }
    const etag = header(response, 'etag')
    return {
      mediaType: mediaTypeOf(response),
      digest,
      body: response.body,
      ...(etag === undefined ? {} : { etag }),
    }
  }

  /** Media type, digest and size of a manifest, or undefined when absent. */
  headManifest(reference: string): Promise<ManifestHead | undefined> {
    return this.#headManifest({ operation: `check manifest ${reference}`, access: 'pull' }, reference)
  }

  async #headManifest(step: Step, reference: string): Promise<ManifestHead | undefined> {
    const response = await this.#send(step, {
      method: 'HEAD',
      url: this.#url(`manifests/${checkReference(reference)}`),
      headers: { accept: MANIFEST_ACCEPT },
    })
    if (response.status === 404) return undefined
    if (response.status !== 200) throw this.#fail(step, response)
    this.#expectManifestType(step, response)
    const digest = header(response, 'docker-content-digest')
    if (digest === undefined || !isDigest(digest)) {
      // Some registries omit the digest on HEAD; the bytes settle it.
      const fetched = await this.#getManifest(step, reference)
      return fetched && { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.body.length }
    }
    const size = Number(header(response, 'content-length') ?? Number.NaN)
    return { mediaType: mediaTypeOf(response), digest, size }
  }

  /**
   * DELETE a manifest by digest, or a tag by name (distribution-spec 1.1):
   * 'deleted' (202), 'absent' (404), 'unsupported' (400/405: distribution
   * 2.8 refuses tags with 400, and both when deletes are switched off).
   * Token registries want the `delete` action in the scope.
   */
  async deleteManifest(reference: string): Promise<'deleted' | 'absent' | 'unsupported'> {
    const step: Step = {
      operation: `delete manifest ${reference}`,
      access: 'push',
      extraScopes: [`repository:${this.#repository}:delete`],
    }
    const response = await this.#send(step, {
      method: 'DELETE',
      url: this.#url(`manifests/${checkReference(reference)}`),
    })
    if (response.status === 202 || response.status === 200 || response.status === 204) return 'deleted'
    if (response.status === 404) return 'absent'
    if (response.status === 400 || response.status === 405) return 'unsupported'
    throw this.#fail(step, response)
  }

  /** Every tag of the repository (empty when the repository does not exist). */
  async listTags(): Promise<string[]> {
    const step: Step = { operation: 'list tags', access: 'pull' }
    const tags: string[] = []
    let url: URL | undefined = this.#url('tags/list')
    for (let page = 0; url !== undefined && page < MAX_TAG_PAGES; page++) {
      const response = await this.#send(step, { method: 'GET', url, headers: { accept: 'application/json' } })
      if (response.status === 404) return tags
      if (response.status !== 200) throw this.#fail(step, response)
      tags.push(...readTags(readJson(step, response, this.#base.host)))
      url = nextPage(response)
    }
    return tags
  }

  /**
   * A blob's bytes, checked against its digest, or undefined when absent.
   * Buffered whole: the transport caps bodies (32 MiB), which bounds what
   * a diff or an inspection will read.
   */
  async getBlob(digest: string): Promise<Buffer | undefined> {
    const step: Step = { operation: `get blob ${digest}`, access: 'pull' }
    if (!isDigest(digest)) throw new RegistryError(step.operation, `${step.operation}: not a sha256 digest`)
    const response = await this.#send(step, { method: 'GET', url: this.#url(`blobs/${digest}`) })
    if (response.status === 404) return undefined
    if (response.status !== 200) throw this.#fail(step, response)
    const actual = `sha256:${createHash('sha256').update(response.body).digest('hex')}`
    if (actual !== digest)
      throw new RegistryError(
        step.operation,
        `registry returned content with digest ${actual} for blob ${digest}`,
      )
    return response.body
  }

  /** HEAD of a blob: 'present' when the answer proves digest or size, 'absent' on 404, else 'unproven'. */
  async headBlob(digest: string, size: number): Promise<'present' | 'absent' | 'unproven'> {
    const step: Step = { operation: `check blob ${digest}`, access: 'pull' }
    if (!isDigest(digest)) throw new RegistryError(step.operation, `${step.operation}: not a sha256 digest`)
    const response = await this.#send(step, { method: 'HEAD', url: this.#url(`blobs/${digest}`) })
    if (response.status === 404) return 'absent'
    if (response.status !== 200) throw this.#fail(step, response)
    return provesBlob(response, digest, size) ? 'present' : 'unproven'
  }

  /** Releases keep-alive connections. */
  close(): void {
    this.#http.close()
  }

  /** Tags in parallel; when some fail, the error says which tags were set (each points at the complete image). */
  async #putTags(image: BuiltImage, tags: readonly string[], set: string[]): Promise<void> {
    const results = await Promise.allSettled(tags.map((tag) => this.#putManifest(image, tag)))
    set.push(...tags.filter((_, i) => results[i]?.status === 'fulfilled'))
    for (const tag of set) this.#logger.info(`Tagged ${this.#name}:${tag}`)
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failed === undefined) return
    const error: unknown = failed.reason
    // push() says which tags were set when the deadline passed.
    if (set.length === 0 || !(error instanceof RegistryError) || error instanceof DeadlineExceededError)
      throw error
    throw new RegistryError(
      error.operation,
      `${error.message}; tags already set to ${image.manifestDigest}: ${set.join(', ')}`,
      {
        cause: error,
        ...(error.status === undefined ? {} : { status: error.status }),
        ...(error.hint === undefined ? {} : { hint: error.hint }),
      },
    )
  }

  /**
   * PUT, acknowledged as the distribution spec says: 201 Created, with our
   * digest when the registry names one (a 200 counts only with our digest).
   * Then HEAD confirms that the reference resolves to our digest.
   */
  async #putManifest(image: BuiltImage, reference: string): Promise<void> {
    const step: Step = { operation: `put manifest ${reference}`, access: 'push' }
    const response = await this.#send(step, {
      method: 'PUT',
      url: this.#url(`manifests/${reference}`),
      headers: { 'content-type': image.manifestMediaType },
      body: image.manifest,
    })
    const foreign = foreignAnswer(response)
    if (foreign !== undefined) throw notARegistry(step, response, this.#base.host, foreign)
    const tagged = reference === image.manifestDigest ? '' : ` (tag ${reference})`
    const returned = header(response, 'docker-content-digest')
    if (response.status === 200 && returned === undefined) {
      throw new RegistryError(
        step.operation,
        `${step.operation}: ${this.#base.host} answered HTTP 200 without a Docker-Content-Digest; ` +
          'a registry acknowledges a stored manifest with 201 Created',
        { status: 200, hint: 'is a proxy in the way, or is this not an OCI registry?' },
      )
    }
    if (response.status !== 201 && response.status !== 200) throw this.#fail(step, response)
    checkDigest(step, response, image.manifestDigest, `manifest ${image.manifestDigest}${tagged}`)
    await this.#confirmManifest(image.manifestDigest, reference)
  }

  /** HEAD (or GET when HEAD names no digest) must resolve `reference` to `digest`, else nothing more is tagged. */
  async #confirmManifest(digest: string, reference: string): Promise<void> {
    const operation = `confirm manifest ${reference}`
    // With the push scope: the token that pushed serves the check too.
    const head = await this.#headManifest({ operation, access: 'push' }, reference)
    const what = reference === digest ? `manifest ${digest}` : `tag ${reference}`
    if (head === undefined) {
      throw new RegistryError(
        operation,
        `${operation}: ${this.#base.host} acknowledged ${what} but does not have it (HEAD answered 404)`,
        {
          hint: 'the registry (or a proxy) did not store what it acknowledged; nothing further was tagged',
        },
      )
    }
    if (head.digest === digest) return
    if (reference === digest) {
      throw new RegistryError(
        operation,
        `${operation}: ${this.#base.host} answers ${head.digest} for manifest ${digest}`,
        {
          hint: 'the registry (or a proxy) did not store what was sent; no tag was written',
        },
      )
    }
    // Our PUT was acknowledged with our digest: a different digest now means another push moved the tag since.
    this.#logger.warning(
      `${this.#name}:${reference} already points at ${head.digest}, not ${digest}: another push moved the tag after ours`,
    )
  }

  /** #call, retried on 429, 5xx and transient network errors (for idempotent requests). */
  #send(step: Step, request: RequestSpec): Promise<HttpResponse> {
    return withRetries(this.#policy, this.#logger, step.operation, () => this.#call(step, request))
  }

  #uploadPort(): UploadPort {
    return {
      call: (step, request) => this.#call(step, request),
      send: (step, request) => this.#send(step, request),
      url: (path) => this.#url(path),
      fail: (step, response) => this.#fail(step, response),
      logger: this.#logger,
    }
  }

  /** Sends with the right Authorization; on a 401 that names a new challenge or scope, retries once. */
  async #call(step: Step, request: RequestSpec): Promise<HttpResponse> {
    const own = `repository:${this.#repository}:${step.access === 'push' ? 'pull,push' : 'pull'}`
    const scopes = mergeScopes([own, ...(step.extraScopes ?? [])])
    const challenge = (await this.#learnChallenge(step)) ?? undefined
    const authorization = await this.#auth.authorization(challenge, scopes)
    const response = await this.#http.request(this.#withAuth(step, request, authorization))
    if (response.status !== 401) return response
    const next = preferredChallenge(parseChallenges(response.headers['www-authenticate']))
    // Basic credentials that were sent and refused will not improve by resending.
    if (next === undefined || (next.scheme === 'basic' && authorization !== undefined)) return response
    if (next.scheme === 'bearer') this.#auth.invalidate(authorization) // invalid_token, or a wider scope asked for
    this.#challenge = Promise.resolve(next)
    const retryScopes = mergeScopes([...scopes, next.params['scope'] ?? ''])
    const retryAuthorization = await this.#auth.authorization(next, retryScopes)
    if (retryAuthorization === undefined) return response
    return this.#http.request(this.#withAuth(step, request, retryAuthorization))
  }

  #withAuth(step: Step, request: RequestSpec, authorization: string | undefined): HttpRequest {
    const url = new URL(request.url)
    // Credentials go to the registry host only, never to a storage host named by a Location.
    if (authorization === undefined || url.host !== this.#base.host)
      return { ...request, operation: step.operation }
    return { ...request, operation: step.operation, headers: { ...request.headers, authorization } }
  }

  /** GET /v2/ once: its 401 names the auth scheme (and token realm) for every later request. */
  #learnChallenge(step: Step): Promise<Challenge | null> {
    if (this.#challenge !== undefined) return this.#challenge
    const check: Step = { operation: 'check the registry API (GET /v2/)', access: step.access }
    const probe = this.#http.request({ method: 'GET', url: this.#base, operation: check.operation })
    const learning = probe.then((response) => {
      const challenges = parseChallenges(response.headers['www-authenticate'])
      if (response.status === 401) return preferredChallenge(challenges) ?? null
      if (response.status >= 200 && response.status < 300) {
        // A registry answers {} (or nothing); a login page or proxy answers HTML.
        const foreign = foreignAnswer(response)
        if (foreign !== undefined) throw notARegistry(check, response, this.#base.host, foreign)
        if (contentType(response) === 'application/json' && response.body.length > 0)
          readJson(check, response, this.#base.host)
        return null
      }
      throw this.#fail(check, response)
    })
    // A failed check is not remembered: the next call asks again.
    learning.catch(() => {
      if (this.#challenge === learning) this.#challenge = undefined
    })
    this.#challenge = learning
    return learning
  }

  /** A manifest answer has a manifest media type (or none, with JSON a later check parses). */
  #expectManifestType(step: Step, response: HttpResponse): void {
    const type = contentType(response)
    const foreign = foreignAnswer(response)
    if (foreign !== undefined || type.startsWith('text/'))
      throw notARegistry(step, response, this.#base.host, foreign ?? type)
  }

  #url(path: string): URL {
    return new URL(`${this.#repository}/${path}`, this.#base)
  }

  #fail(step: Step, response: HttpResponse): RegistryError {
    const context = { name: this.#name, host: this.#base.host, credentials: this.#auth.credentials }
    return responseError(step, response, context)
  }
}

/** What a push has done so far, for the message when the deadline passes. */
interface PushProgress {
  readonly blobsLeft: Set<string>
  manifest: boolean
  readonly tagsSet: string[]
}

/** 'upload of 1 of 2 blobs, the manifest sha256:…, tags v1, v2 (no tag was written)' */
function undone(image: BuiltImage, tags: readonly string[], progress: PushProgress): string {
  const parts: string[] = []
  const total = new Set(image.blobs.map((blob) => blob.descriptor.digest)).size
  if (progress.blobsLeft.size > 0) parts.push(`${progress.blobsLeft.size} of ${total} blobs`)
  if (!progress.manifest) parts.push(`the manifest ${image.manifestDigest}`)
  const left = tags.filter((tag) => !progress.tagsSet.includes(tag))
  if (left.length > 0) parts.push(`tag${left.length === 1 ? '' : 's'} ${left.join(', ')}`)
  const written =
    progress.tagsSet.length === 0
      ? 'no tag was written'
      : `tags ${progress.tagsSet.join(', ')} were set and point at the complete image ${image.manifestDigest}`
  return `${parts.join(', ')} (${written})`
}

/** Bearer when offered (scoped tokens), else Basic. */
function preferredChallenge(challenges: readonly Challenge[]): Challenge | undefined {
  return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic')
}

/** Drops undefined fields so they do not override defaults. */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}

/** The descriptors of a referrers answer; undefined when the body is not an OCI image index. */
function readReferrersIndex(body: Buffer, mediaType: string): ReferrerDescriptor[] | undefined {
  let json: unknown
  try {
    json = JSON.parse(body.toString('utf8'))
  } catch {
    return undefined
  }
  if (typeof json !== 'object' || json === null) return undefined
  const record = json as Record<string, unknown>
  const type = mediaType || record['mediaType']
  if (type !== MEDIA_TYPE.imageIndex || !Array.isArray(record['manifests'])) return undefined
  return record['manifests'].flatMap((entry: unknown) => {
    const descriptor = referrerDescriptor(entry)
    return descriptor === undefined ? [] : [descriptor]
  })
}

/** A well-formed descriptor of a referrers list, else undefined (skipped). */
export function referrerDescriptor(value: unknown): ReferrerDescriptor | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { mediaType, digest, size, artifactType, annotations } = value as Record<string, unknown>
  if (
    typeof mediaType !== 'string' ||
    typeof digest !== 'string' ||
    !isDigest(digest) ||
    typeof size !== 'number'
  )
    return undefined
  const notes =
    typeof annotations === 'object' && annotations !== null
      ? Object.fromEntries(
          Object.entries(annotations).filter(
            (entry): entry is [string, string] => typeof entry[1] === 'string',
          ),
        )
      : undefined
  return {
    mediaType,
    digest,
    size,
    ...(typeof artifactType === 'string' ? { artifactType } : {}),
    ...(notes === undefined ? {} : { annotations: notes }),
  }
}

function checkReference(reference: string): string {
  return isDigest(reference) ? reference : validateTag(reference, 'manifest reference')
}
