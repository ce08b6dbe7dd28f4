import { MEDIA_TYPE } from '../artifact/media-types.ts'
import type { Descriptor, PushedImage } from '../artifact/types.ts'
import { ActionError, InputError } from '../errors.ts'
import { isDigest, parseImageReference, repositoryName, validateTag } from './image-reference.ts'
import { OCI_LAYOUT_PREFIX } from './oci-layout-target.ts'
import type { FetchedManifest } from './registry-client.ts'

/**
 * Reading what is already stored, and tagging it without uploading: the
 * port behind compare-with, release tagging, promote and diff. Two
 * adapters, a registry repository (registry-reader.ts) and an OCI image
 * layout on disk (oci-layout-reader.ts); open-image-store.ts picks one.
 */
export interface ImageStore {
  /** registry/repository or oci-layout:PATH, without credentials. */
  describe(): string
  /** The manifest under a tag or digest; undefined when there is none. */
  getManifest(reference: string): Promise<FetchedManifest | undefined>
  /** A blob's bytes, checked against the digest; undefined when absent. Throws when larger than maxBytes. */
  getBlob(digest: string, maxBytes: number): Promise<Buffer | undefined>
  /** Throws an error naming the digest when the blob is missing, or its size or content is not the descriptor's. */
  checkBlob(descriptor: Descriptor): Promise<void>
  /** Points tags at a manifest whose blobs the store already holds; uploads no blob. */
  tag(manifest: FetchedManifest, tags: readonly string[]): Promise<PushedImage>
  close(): void
}

/** A store and the tag or digest a reference named in it (absent for a bare repository). */
export interface StoreReference {
  readonly store: ImageStore
  readonly reference?: string
}

/** The parts of an image manifest that are read (https://github.com/opencontainers/image-spec/blob/v1.1.0/manifest.md). */
export interface ImageManifest {
  readonly digest: string
  readonly mediaType: string
  readonly config: Descriptor
  readonly layers: readonly Descriptor[]
  readonly annotations: Readonly<Record<string, string>>
  /** The bytes as stored, to put under more tags unchanged. */
  readonly fetched: FetchedManifest
}

/** The :TAG or @DIGEST at the end of an oci-layout: reference. */
export const LAYOUT_TAIL = /(?::([^:/@]+)|@(sha256:[0-9a-f]{64}))$/

/**
 * A tag or digest in the same repository as `image`: a bare TAG, sha256:…
 * or @sha256:…, or a full reference that names that repository.
 */
export function sameRepositoryReference(image: string, value: string, inputName: string): string {
  const text = value.trim()
  const bare = text.startsWith('@') ? text.slice(1) : text
  if (isDigest(bare)) return bare
  if (!text.includes('/') && !text.includes(':') && !text.startsWith(OCI_LAYOUT_PREFIX))
    return validateTag(text, inputName)
  const repo = repositoryOf(image, 'image')
  const given = repositoryOf(text, inputName)
  const reference = namedReference(text, inputName)
  if (given !== repo || reference === undefined) {
    throw new InputError(`${inputName} "${text}" must name a tag or digest in ${repo}`, {
      hint: `retagging works inside one repository: write a tag (e.g. ${inputName}: main) or a digest (sha256:…)`,
    })
  }
  return reference
}

function repositoryOf(value: string, inputName: string): string {
  const text = value.trim()
  if (text.startsWith(OCI_LAYOUT_PREFIX)) {
    const rest = text.slice(OCI_LAYOUT_PREFIX.length)
    const match = LAYOUT_TAIL.exec(rest)
    return `${OCI_LAYOUT_PREFIX}${match ? rest.slice(0, match.index) : rest}`
  }
  return repositoryName(parseImageReference(text, inputName))
}

/** The tag or digest written in a reference (oci-layout:PATH:TAG too); undefined for a bare repository. */
export function namedReference(value: string, inputName: string): string | undefined {
  if (value.startsWith(OCI_LAYOUT_PREFIX)) {
    const match = LAYOUT_TAIL.exec(value.slice(OCI_LAYOUT_PREFIX.length))
    return match?.[2] ?? match?.[1]
  }
  const ref = parseImageReference(value, inputName)
  return ref.digest ?? ref.tag
}

/** Parses fetched manifest bytes; an index or a non-image manifest is an error naming the reference. */
export function parseImageManifest(fetched: FetchedManifest, where: string): ImageManifest {
  let json: unknown
  try {
    json = JSON.parse(fetched.body.toString('utf8'))
  } catch (cause) {
    throw new ActionError(`${where}: the manifest is not JSON`, { cause })
  }
  const record = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>
  const mediaType = fetched.mediaType || (typeof record['mediaType'] === 'string' ? record['mediaType'] : '')
  if (
    mediaType === MEDIA_TYPE.imageIndex ||
    mediaType === MEDIA_TYPE.dockerManifestList ||
    Array.isArray(record['manifests'])
  ) {
    throw new ActionError(`${where} is an image index, not an image manifest`, {
      hint: 'configsync-oci artifacts are one image manifest with one layer (Config Sync rejects an index)',
    })
  }
  const config = descriptorOf(record['config'])
  const layers = Array.isArray(record['layers']) ? record['layers'].map(descriptorOf) : []
  if (config === undefined || layers.some((layer) => layer === undefined)) {
    throw new ActionError(`${where}: the manifest has no valid config or layer descriptors`)
  }
  const annotations = stringRecord(record['annotations'])
  return { digest: fetched.digest, mediaType, config, layers: layers as Descriptor[], annotations, fetched }
}

function descriptorOf(value: unknown): Descriptor | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { mediaType, digest, size } = value as Record<string, unknown>
  if (
    typeof mediaType !== 'string' ||
    typeof digest !== 'string' ||
    typeof size !== 'number' ||
    !isDigest(digest)
  )
    return undefined
  return { mediaType, digest, size }
}

function stringRecord(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {}
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  )
}
