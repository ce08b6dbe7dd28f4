import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { Readable } from 'node:stream'
import { ANNOTATION, MEDIA_TYPE } from './media-types.ts'
import type { BlobData, BuiltImage, Descriptor } from './types.ts'
import type { PackedLayer } from './tar-layer.ts'

/** Where the content came from, for the standard manifest annotations. */
export interface SourceInfo {
  /** Repository URL, e.g. https://github.com/acme/config. */
  readonly url?: string
  /** Commit SHA. */
  readonly revision?: string
  /** Commit time, RFC 3339; never the wall clock, so a rerun gives the same digest. */
  readonly created?: string
}

/**
 * Builds the OCI image around one packed layer: an image config that umoci
 * and skopeo accept (rootfs.type "layers" with the layer's diff_id) and a
 * plain image manifest, never an index (CONFIG-SYNC.md §1.3: Config Sync
 * would report a child's digest for an index).
 * https://github.com/opencontainers/image-spec/blob/v1.1.0/config.md
 */
export function buildImage(
  layer: PackedLayer,
  source: SourceInfo,
  userAnnotations: Readonly<Record<string, string>> = {},
): BuiltImage {
  const configBytes = Buffer.from(JSON.stringify(imageConfig(layer, source)))
  const configDescriptor: Descriptor = {
    mediaType: MEDIA_TYPE.imageConfig,
    digest: sha256(configBytes),
    size: configBytes.length,
  }
  const layerDescriptor: Descriptor = {
    mediaType: MEDIA_TYPE.layerTarGzip,
    digest: layer.digest,
    size: layer.size,
  }
  const annotations = manifestAnnotations(source, userAnnotations)
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE.imageManifest,
    config: configDescriptor,
    layers: [layerDescriptor],
    ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
  }
  const manifestBytes = Buffer.from(JSON.stringify(manifest))
  const blobs: BlobData[] = [
    { descriptor: configDescriptor, open: () => Readable.from([configBytes]) },
    { descriptor: layerDescriptor, open: () => createReadStream(layer.path) },
  ]
  return {
    manifest: manifestBytes,
    manifestDigest: sha256(manifestBytes),
    manifestMediaType: MEDIA_TYPE.imageManifest,
    blobs,
  }
}

function imageConfig(layer: PackedLayer, source: SourceInfo): object {
  return {
    ...(source.created === undefined ? {} : { created: source.created }),
    architecture: 'amd64',
    os: 'linux',
    config: {},
    rootfs: { type: 'layers', diff_ids: [layer.diffId] },
  }
}

/** Standard keys first, user keys may override them; sorted so the bytes are stable. */
function manifestAnnotations(
  source: SourceInfo,
  user: Readonly<Record<string, string>>,
): Record<string, string> {
  const merged: Record<string, string> = {}
  if (source.created !== undefined) merged[ANNOTATION.created] = source.created
  if (source.revision !== undefined) merged[ANNOTATION.revision] = source.revision
  if (source.url !== undefined) merged[ANNOTATION.source] = source.url
  Object.assign(merged, user)
  return Object.fromEntries(Object.entries(merged).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** "sha256:<hex>" of the bytes. */
export function sha256(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}
