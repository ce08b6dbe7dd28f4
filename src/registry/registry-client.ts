import { createHash } from 'node:crypto'
import { RegistryError } from '../errors.ts'
import type { Logger } from '../logger.ts'
import { MEDIA_TYPE } from '../artifact/media-types.ts'
import type { BlobData, BuiltImage, ImageTarget, PushedImage } from '../artifact/types.ts'
import { Authenticator, mergeScopes, parseChallenges, type Challenge, type Credentials } from './auth.ts'
import { HttpTransport, type HttpRequest, type HttpResponse } from './http-transport.ts'
import { isDigest, registryApiHost, repositoryName, validateTag, type ImageReference } from './image-reference.ts'
import { checkDigest, header, mediaTypeOf, nextPage, readTags, responseError, type Step } from './registry-responses.ts'

/**
 * Push and read images over the OCI distribution API
 * (https://github.com/opencontainers/distribution-spec/blob/v1.1.0/spec.md).
 */

/** How to reach and authenticate to the registry. */
export interface RegistryClientOptions {
  readonly credentials?: Credentials
  /** Skip TLS verification and allow plain http (test registries). */
  readonly insecure?: boolean
  /** PEM file trusted in addition to the default roots. */
  readonly caFile?: string
  readonly logger: Logger
  readonly userAgent?: string
  readonly connectTimeoutMs?: number
  readonly idleTimeoutMs?: number
}

/** A manifest as stored: digest computed from the bytes received. */
export interface FetchedManifest {
  readonly mediaType: string
  readonly digest: string
  readonly body: Buffer
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

/** An OCI distribution client for one repository; implements the ImageTarget port. */
export class RegistryClient implements ImageTarget {
  readonly #name: string
  readonly #repository: string
  readonly #base: URL
  readonly #http: HttpTransport
  readonly #auth: Authenticator
  readonly #logger: Logger
  /** The /v2/ challenge, learned once; null when the registry needs no auth. */
  #challenge: Promise<Challenge | null> | undefined

  constructor(ref: ImageReference, options: RegistryClientOptions) {
    this.#name = repositoryName(ref)
    this.#repository = ref.repository
    this.#base = new URL(`https://${registryApiHost(ref)}/v2/`)
    this.#logger = options.logger
    const { credentials, logger, ...transportOptions } = options
    this.#http = new HttpTransport({ ...transportOptions, logger })
    const login = credentials === undefined ? {} : { credentials }
    this.#auth = new Authenticator({ http: this.#http, logger, ...login })
  }

  /** 'registry/repository', without credentials. */
  describe(): string {
    return this.#name
  }

  /** Uploads missing blobs, puts the manifest by digest, then each tag. */
  async push(image: BuiltImage, tags: readonly string[]): Promise<PushedImage> {
    const checkedTags = tags.map((tag) => validateTag(tag, 'tag'))
    const unique = [...new Map(image.blobs.map((blob) => [blob.descriptor.digest, blob])).values()]
    // Independent blobs go up in parallel; the manifest only after all are confirmed.
    const uploaded = await Promise.all(unique.map((blob) => this.#uploadBlob(blob)))
    const uploadedBlobs = uploaded.filter(Boolean).length
    const skippedBlobs = uploaded.length - uploadedBlobs
    this.#logger.info(`Blobs: ${uploadedBlobs} uploaded, ${skippedBlobs} already in ${this.#name}`)
    // By digest first: a tag must never point at bytes the registry stored differently.
    await this.#putManifest(image, image.manifestDigest)
    await Promise.all(checkedTags.map((tag) => this.#putManifest(image, tag)))
    for (const tag of checkedTags) this.#logger.info(`Tagged ${this.#name}:${tag}`)
    const reference = `${this.#name}@${image.manifestDigest}`
    this.#logger.info(`Pushed ${reference}`)
    return { digest: image.manifestDigest, reference, tags: checkedTags, uploadedBlobs, skippedBlobs }
  }

  /** The manifest under a tag or digest, or undefined when the registry has none. */
  async getManifest(reference: string): Promise<FetchedManifest | undefined> {
    const step: Step = { operation: `get manifest ${reference}`, access: 'pull' }
    const response = await this.#call(step, {
      method: 'GET', url: this.#url(`manifests/${checkReference(reference)}`), headers: { accept: MANIFEST_ACCEPT },
    })
    if (response.status === 404) return undefined
    if (response.status !== 200) throw this.#fail(step, response)
    const digest = `sha256:${createHash('sha256').update(response.body).digest('hex')}`
    if (isDigest(reference) && digest !== reference) {
      const message = `registry returned content with digest ${digest} for manifest ${reference}`
      throw new RegistryError(step.operation, message)
    }
    return { mediaType: mediaTypeOf(response), digest, body: response.body }
  }

  /** Media type, digest and size of a manifest, or undefined when absent. */
  async headManifest(reference: string): Promise<ManifestHead | undefined> {
    const step: Step = { operation: `check manifest ${reference}`, access: 'pull' }
    const response = await this.#call(step, {
      method: 'HEAD', url: this.#url(`manifests/${checkReference(reference)}`), headers: { accept: MANIFEST_ACCEPT },
    })
    if (response.status === 404) return undefined
    if (response.status !== 200) throw this.#fail(step, response)
    const digest = header(response, 'docker-content-digest')
    if (digest === undefined || !isDigest(digest)) {
      // Some registries omit the digest on HEAD; the bytes settle it.
      const fetched = await this.getManifest(reference)
      return fetched && { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.body.length }
    }
    const size = Number(header(response, 'content-length') ?? Number.NaN)
    return { mediaType: mediaTypeOf(response), digest, size }
  }

  /** Every tag of the repository (empty when the repository does not exist). */
  async listTags(): Promise<string[]> {
    const step: Step = { operation: 'list tags', access: 'pull' }
    const tags: string[] = []
    let url: URL | undefined = this.#url('tags/list')
    for (let page = 0; url !== undefined && page < MAX_TAG_PAGES; page++) {
      const response = await this.#call(step, { method: 'GET', url, headers: { accept: 'application/json' } })
      if (response.status === 404) return tags
      if (response.status !== 200) throw this.#fail(step, response)
      tags.push(...readTags(response, step))
      url = nextPage(response)
    }
    return tags
  }

  /** Releases keep-alive connections. */
  close(): void {
    this.#http.close()
  }

  /** True when the blob was uploaded, false when the registry already had it. */
  async #uploadBlob(blob: BlobData): Promise<boolean> {
    const { digest, size } = blob.descriptor
    const check: Step = { operation: `check blob ${digest}`, access: 'push' }
    const head = await this.#call(check, { method: 'HEAD', url: this.#url(`blobs/${digest}`) })
    if (head.status === 200) {
      this.#logger.debug(`blob ${digest} already present`)
      return false
    }
    if (head.status !== 404) throw this.#fail(check, head)
    const start: Step = { operation: `start upload of blob ${digest}`, access: 'push' }
    const session = await this.#call(start, { method: 'POST', url: this.#url('blobs/uploads/') })
    const location = header(session, 'location')
    if (session.status !== 202) throw this.#fail(start, session)
    if (location === undefined) {
      throw new RegistryError(start.operation, `${start.operation}: registry sent no Location for the upload`)
    }
    const target = new URL(location, session.url)
    // Appended by hand: re-encoding the query could break a signed upload URL.
    target.search = `${target.search === '' ? '?' : `${target.search}&`}digest=${encodeURIComponent(digest)}`
    const put: Step = { operation: `upload blob ${digest}`, access: 'push' }
    const done = await this.#call(put, {
      method: 'PUT', url: target, headers: { 'content-type': 'application/octet-stream' },
      body: () => blob.open(), bodyLength: size,
    })
    if (done.status !== 201) throw this.#fail(put, done)
    checkDigest(put, done, digest, `blob ${digest}`)
    this.#logger.debug(`uploaded blob ${digest} (${size} bytes)`)
    return true
  }

  async #putManifest(image: BuiltImage, reference: string): Promise<void> {
    const step: Step = { operation: `put manifest ${reference}`, access: 'push' }
    const response = await this.#call(step, {
      method: 'PUT', url: this.#url(`manifests/${reference}`),
      headers: { 'content-type': image.manifestMediaType }, body: image.manifest,
    })
    if (response.status !== 201 && response.status !== 200) throw this.#fail(step, response)
    const tagged = reference === image.manifestDigest ? '' : ` (tag ${reference})`
    checkDigest(step, response, image.manifestDigest, `manifest ${image.manifestDigest}${tagged}`)
  }

  /** Sends with the right Authorization; on a 401 that names a new challenge or scope, retries once. */
  async #call(step: Step, request: Omit<HttpRequest, 'operation'>): Promise<HttpResponse> {
    const scopes = [`repository:${this.#repository}:${step.access === 'push' ? 'pull,push' : 'pull'}`]
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

  #withAuth(step: Step, request: Omit<HttpRequest, 'operation'>, authorization: string | undefined): HttpRequest {
    const url = new URL(request.url)
    // Credentials go to the registry host only, never to a storage host named by a Location.
    if (authorization === undefined || url.host !== this.#base.host) return { ...request, operation: step.operation }
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
      if (response.status >= 200 && response.status < 300) return null
      throw this.#fail(check, response)
    })
    // A failed check is not remembered: the next call asks again.
    learning.catch(() => {
      if (this.#challenge === learning) this.#challenge = undefined
    })
    this.#challenge = learning
    return learning
  }

  #url(path: string): URL {
    return new URL(`${this.#repository}/${path}`, this.#base)
  }

  #fail(step: Step, response: HttpResponse): RegistryError {
    const context = { name: this.#name, host: this.#base.host, credentials: this.#auth.credentials }
    return responseError(step, response, context)
  }
}

/** Bearer when offered (scoped tokens), else Basic. */
function preferredChallenge(challenges: readonly Challenge[]): Challenge | undefined {
  return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic')
}

function checkReference(reference: string): string {
  return isDigest(reference) ? reference : validateTag(reference, 'manifest reference')
}
