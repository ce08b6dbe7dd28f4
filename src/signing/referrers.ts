import { Readable } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'
import { MEDIA_TYPE } from '../artifact/media-types.ts'
import { sha256 } from '../artifact/oci-image.ts'
import type { BlobData, Descriptor } from '../artifact/types.ts'
import { ActionError, RegistryError } from '../errors.ts'
import type { Logger } from '../logger.ts'
import type { BlobOutcome } from '../registry/blob-upload.ts'
import {
  referrerDescriptor,
  type FetchedManifest,
  type ManifestPutOutcome,
  type ReferrerDescriptor,
  type ReferrersAnswer,
} from '../registry/registry-client.ts'
import { EMPTY_BLOB, EMPTY_DESCRIPTOR, SIGNING_ANNOTATION, referrersTag } from './formats.ts'

/**
 * OCI 1.1 referrers (image-spec 1.1 `subject`, distribution-spec 1.1
 * "Listing Referrers"): artifact manifests that point at a subject manifest,
 * found through the registry's referrers API where it has one, else through
 * the referrers tag schema, an image index tagged `sha256-<hex>` that writers
 * maintain by read, merge, write back.
 */

/** What attaching and listing need from a registry: RegistryClient provides it. */
export interface ReferrerPort {
  describe(): string
  uploadBlobs(blobs: readonly BlobData[]): Promise<BlobOutcome[]>
  putManifest(
    reference: string,
    body: Buffer,
    mediaType: string,
    options?: { ifMatch?: string },
  ): Promise<ManifestPutOutcome>
  getManifest(reference: string): Promise<FetchedManifest | undefined>
  getReferrers(digest: string, artifactType?: string): Promise<ReferrersAnswer | undefined>
}

/** One artifact to attach: a single layer of content, described by its artifactType and annotations. */
export interface ReferrerArtifact {
  /** The manifest's artifactType, e.g. the Sigstore bundle media type. */
  readonly artifactType: string
  /** Media type of the one layer. */
  readonly layerMediaType: string
  readonly content: Buffer
  /** Manifest annotations (created is added when missing). */
  readonly annotations?: Readonly<Record<string, string>>
  /** What it is, for messages: 'signature', 'SLSA provenance' … */
  readonly label: string
}

/** A referrer manifest ready to push. */
export interface ReferrerManifest {
  readonly manifest: Buffer
  readonly digest: string
  /** The descriptor that lists it in a referrers index. */
  readonly descriptor: ReferrerDescriptor
  readonly blobs: readonly BlobData[]
}

/** How a referrer is now findable. */
export type ReferrerIndexing = 'referrers-api' | 'tag-schema'

/** What was attached. */
export interface AttachedReferrer {
  readonly label: string
  readonly digest: string
  readonly artifactType: string
  readonly indexing: ReferrerIndexing
}

/** Knobs of attach; the defaults suit real registries. */
export interface AttachOptions {
  readonly logger: Logger
  /** org.opencontainers.image.created when an artifact has none; default the wall clock. */
  readonly created?: string
  /** Tag-schema writes: attempts before giving up (default 8). */
  readonly maxAttempts?: number
  /** Tag-schema writes: wait before re-reading what was written, in ms (default 300, plus up to as much jitter). */
  readonly settleMs?: number
}

/** The referrers of a subject and where they were read from. */
export interface ReferrerList {
  readonly indexing: ReferrerIndexing
  readonly manifests: readonly ReferrerDescriptor[]
}

/**
 * The referrer manifest of an artifact: artifactType, the empty config
 * blob `{}`, one layer, `subject`, annotations.
 */
export function buildReferrerManifest(
  subject: Descriptor,
  artifact: ReferrerArtifact,
  created: string,
): ReferrerManifest {
  const layer: Descriptor = {
    mediaType: artifact.layerMediaType,
    digest: sha256(artifact.content),
    size: artifact.content.length,
  }
  const annotations = { [SIGNING_ANNOTATION.created]: created, ...(artifact.annotations ?? {}) }
  const manifestJson = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE.imageManifest,
    artifactType: artifact.artifactType,
    config: { ...EMPTY_DESCRIPTOR },
    layers: [layer],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations,
  }
  const manifest = Buffer.from(JSON.stringify(manifestJson))
  const digest = sha256(manifest)
  const content = artifact.content
  return {
    manifest,
    digest,
    descriptor: {
      mediaType: MEDIA_TYPE.imageManifest,
      digest,
      size: manifest.length,
      artifactType: artifact.artifactType,
      annotations,
    },
    blobs: [
      { descriptor: { ...EMPTY_DESCRIPTOR }, open: () => Readable.from([EMPTY_BLOB]) },
      { descriptor: layer, open: () => Readable.from([content]) },
    ],
  }
}

/**
 * Pushes each artifact as a referrer of `subject` (blobs, then the manifest
 * by digest), then makes them findable: a registry that answered the PUT with
 * OCI-Subject indexes them itself; for the others, one update of the
 * `sha256-<hex>` index adds them all (see mergeIntoReferrersTag).
 */
export async function attachReferrers(
  port: ReferrerPort,
  subject: Descriptor,
  artifacts: readonly ReferrerArtifact[],
  options: AttachOptions,
): Promise<AttachedReferrer[]> {
  const created = options.created ?? new Date().toISOString()
  const built = artifacts.map((artifact) => ({
    artifact,
    referrer: buildReferrerManifest(subject, artifact, created),
  }))
  const indexed = await Promise.all(
    built.map(async ({ artifact, referrer }) => {
      try {
        await port.uploadBlobs(referrer.blobs)
        const put = await port.putManifest(referrer.digest, referrer.manifest, MEDIA_TYPE.imageManifest)
        return put.outcome === 'stored' && put.subject === subject.digest
      } catch (error) {
        throw refused(port, artifact.label, subject.digest, error)
      }
    }),
  )
  const needTag = built.filter((_, i) => indexed[i] !== true)
  if (needTag.length > 0) {
    try {
      await mergeIntoReferrersTag(
        port,
        subject.digest,
        needTag.map((b) => b.referrer.descriptor),
        options,
      )
    } catch (error) {
      throw refused(port, needTag.map((b) => b.artifact.label).join(', '), subject.digest, error)
    }
  }
  return built.map(({ artifact, referrer }, i) => ({
    label: artifact.label,
    digest: referrer.digest,
    artifactType: artifact.artifactType,
    indexing: indexed[i] === true ? 'referrers-api' : 'tag-schema',
  }))
}

/** One artifact; see attachReferrers. */
export async function attachReferrer(
  port: ReferrerPort,
  subject: Descriptor,
  artifact: ReferrerArtifact,
  options: AttachOptions,
): Promise<AttachedReferrer> {
  const [attached] = await attachReferrers(port, subject, [artifact], options)
  return attached!
}

/**
 * The referrers of a digest, optionally of one artifactType: from the
 * referrers API when the registry has it, else from the `sha256-<hex>` index.
 */
export async function listReferrers(
  port: ReferrerPort,
  subjectDigest: string,
  artifactType?: string,
): Promise<ReferrerList> {
  const answer = await port.getReferrers(subjectDigest, artifactType)
  if (answer !== undefined) {
    const manifests =
      answer.filtered || artifactType === undefined
        ? answer.manifests
        : answer.manifests.filter((m) => m.artifactType === artifactType)
    return { indexing: 'referrers-api', manifests }
  }
  const { entries } = await readReferrersTag(port, subjectDigest)
  return {
    indexing: 'tag-schema',
    manifests: artifactType === undefined ? entries : entries.filter((m) => m.artifactType === artifactType),
  }
}

/**
 * Adds descriptors to the `sha256-<hex>` index without losing what other
 * writers add at the same time: read (with its ETag), merge, write back with
 * If-Match where the registry sent an ETag (a 412 means someone wrote in
 * between: read again); then, after a short settle, read again and merge
 * again if a writer that read before our write overwrote it. Registries
 * without conditional PUTs (distribution 2.8) are covered by the re-read;
 * the remaining window is a writer whose read-to-write takes longer than the
 * settle time.
 */
export async function mergeIntoReferrersTag(
  port: ReferrerPort,
  subjectDigest: string,
  additions: readonly ReferrerDescriptor[],
  options: AttachOptions,
): Promise<void> {
  const tag = referrersTag(subjectDigest)
  const maxAttempts = options.maxAttempts ?? 8
  const settleMs = options.settleMs ?? 300
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const current = await readReferrersTag(port, subjectDigest)
    const missing = additions.filter((a) => !current.entries.some((e) => e.digest === a.digest))
    if (missing.length > 0) {
      const index = referrersIndex([...current.entries, ...missing])
      const put = await port.putManifest(
        tag,
        index,
        MEDIA_TYPE.imageIndex,
        current.etag === undefined ? {} : { ifMatch: current.etag },
      )
      if (put.outcome === 'precondition-failed') {
        options.logger.debug(`${port.describe()}:${tag} changed while it was merged (412); reading it again`)
        await sleep(jitter(settleMs / 3))
        continue
      }
    }
    await sleep(settleMs + jitter(settleMs))
    const check = await readReferrersTag(port, subjectDigest)
    const lost = additions.filter((a) => !check.entries.some((e) => e.digest === a.digest))
    if (lost.length === 0) {
      options.logger.debug(`${port.describe()}:${tag} lists ${additions.map((a) => a.digest).join(', ')}`)
      return
    }
    options.logger.debug(
      `${port.describe()}:${tag} was overwritten by another writer (attempt ${attempt}); merging again`,
    )
  }
  throw new RegistryError(
    `update referrers index ${tag}`,
    `update referrers index ${tag}: other writers kept replacing it; gave up after ${maxAttempts} attempts`,
    {
      hint: 'too many publishes are signing this digest at once; sign again (the referrer manifests are already pushed)',
    },
  )
}

/** The entries of the `sha256-<hex>` index (none when the tag does not exist) and its ETag. */
export async function readReferrersTag(
  port: ReferrerPort,
  subjectDigest: string,
): Promise<{ entries: ReferrerDescriptor[]; etag?: string }> {
  const tag = referrersTag(subjectDigest)
  const fetched = await port.getManifest(tag)
  if (fetched === undefined) return { entries: [] }
  let json: unknown
  try {
    json = JSON.parse(fetched.body.toString('utf8'))
  } catch (cause) {
    throw new ActionError(`${port.describe()}:${tag} is not JSON, so it is not a referrers index`, { cause })
  }
  const record = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>
  if (
    (fetched.mediaType || record['mediaType']) !== MEDIA_TYPE.imageIndex ||
    !Array.isArray(record['manifests'])
  ) {
    throw new ActionError(
      `${port.describe()}:${tag} is a ${fetched.mediaType || 'manifest'}, not the OCI image index of the referrers tag schema`,
      {
        hint: `something else uses the tag ${tag}; remove it so referrers can be listed there`,
      },
    )
  }
  const entries = record['manifests'].flatMap((entry: unknown) => {
    const descriptor = referrerDescriptor(entry)
    return descriptor === undefined ? [] : [descriptor]
  })
  return fetched.etag === undefined ? { entries } : { entries, etag: fetched.etag }
}

function referrersIndex(entries: readonly ReferrerDescriptor[]): Buffer {
  return Buffer.from(
    JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPE.imageIndex, manifests: entries }),
  )
}

function refused(port: ReferrerPort, label: string, subjectDigest: string, error: unknown): unknown {
  if (!(error instanceof ActionError)) return error
  const operation = error instanceof RegistryError ? error.operation : `attach ${label}`
  return new RegistryError(
    operation,
    `attaching the ${label} to ${port.describe()}@${subjectDigest} failed: ${error.message}`,
    {
      cause: error,
      ...(error instanceof RegistryError && error.status !== undefined ? { status: error.status } : {}),
      hint:
        error.hint ??
        'the registry must accept OCI 1.1 artifact manifests (artifactType, subject); no tag was written',
    },
  )
}

function jitter(ms: number): number {
  return Math.floor(Math.random() * ms)
}
