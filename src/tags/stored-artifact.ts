import type { PushedImage } from '../artifact/types.ts'
import { loadStoredSide } from '../diff/artifact-loader.ts'
import { ActionError } from '../errors.ts'
import type { Logger } from '../logger.ts'
import { isManifestPath, parseManifestFile } from '../manifests/parse.ts'
import type { PublishResult } from '../pipeline/publish.ts'
import { parseImageManifest, type ImageManifest, type ImageStore } from '../registry/image-store.ts'

/**
 * Artifacts that already exist: finding one, comparing its content with a
 * freshly packed layer, and putting it under more tags without uploading.
 * Exact because packing is deterministic: the same files give the same
 * uncompressed tar, so equal diff_ids mean equal content.
 */

/** Image configs are small; anything larger is not one of ours. */
const MAX_CONFIG_BYTES = 1 << 20

/** A stored artifact: its manifest and the diff_id of its only layer (absent when it has several). */
export interface StoredArtifact {
  /** The tag or digest it was found under. */
  readonly reference: string
  readonly manifest: ImageManifest
  readonly diffId?: string
}

/** The artifact under a tag or digest, or undefined when the store has none. */
export async function findStoredArtifact(
  store: ImageStore,
  reference: string,
): Promise<StoredArtifact | undefined> {
  const fetched = await store.getManifest(reference)
  if (fetched === undefined) return undefined
  const where = `${store.describe()}:${reference}`
  const manifest = parseImageManifest(fetched, where)
  const config = await store.getBlob(manifest.config.digest, MAX_CONFIG_BYTES)
  if (config === undefined)
    throw new ActionError(`${where}: its config blob ${manifest.config.digest} is missing`)
  if (config.length !== manifest.config.size) {
    throw new ActionError(
      `${where}: its config blob ${manifest.config.digest} is ${config.length} bytes, but the manifest says ${manifest.config.size}`,
    )
  }
  // Promote, release retagging and compare-with never point a tag at an incomplete artifact.
  for (const layer of manifest.layers) await store.checkBlob(layer)
  const diffIds = readDiffIds(config)
  const diffId = manifest.layers.length === 1 && diffIds.length === 1 ? diffIds[0] : undefined
  return diffId === undefined ? { reference, manifest } : { reference, manifest, diffId }
}

function readDiffIds(config: Buffer): string[] {
  try {
    const parsed = JSON.parse(config.toString('utf8')) as { rootfs?: { diff_ids?: unknown } }
    const ids = parsed.rootfs?.diff_ids
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []
  } catch {
    return []
  }
}

/** True when the stored artifact holds exactly the content of a layer with this diff_id. */
export function hasSameContent(artifact: StoredArtifact, diffId: string): boolean {
  return artifact.diffId !== undefined && artifact.diffId === diffId
}

/** Puts the stored manifest under the tags: no blob is uploaded, the digest stays the stored one. */
export async function retagArtifact(
  store: ImageStore,
  artifact: StoredArtifact,
  tags: readonly string[],
  logger: Logger,
): Promise<PushedImage> {
  const pushed = await store.tag(artifact.manifest.fetched, tags)
  logger.info(
    `tagged ${artifact.manifest.digest} (from ${artifact.reference}) as ${tags.join(', ')}; no blob uploaded`,
  )
  return pushed
}

/**
 * What publish would have reported (all but `pushed`), for an artifact that
 * is tagged instead of pushed: sizes from the manifest, files and objects
 * from reading its layer (bounded; see MAX_LAYER_BYTES). Read before tagging,
 * so an artifact that is not one of ours fails before anything changes.
 */
export async function describeStoredArtifact(
  store: ImageStore,
  artifact: StoredArtifact,
): Promise<Omit<PublishResult, 'pushed'>> {
  const side = await loadStoredSide(
    store,
    artifact.manifest.digest,
    `${store.describe()}@${artifact.manifest.digest}`,
  )
  const manifestPaths = [...side.content.files.keys()].filter(isManifestPath)
  const objectCount = manifestPaths.reduce((sum, path) => {
    const file = side.content.files.get(path)
    return (
      sum + (file === undefined ? 0 : parseManifestFile(path, file.content.toString('utf8')).objects.length)
    )
  }, 0)
  return {
    target: store.describe(),
    layer: {
      digest: artifact.manifest.layers[0]?.digest ?? '',
      size: side.layerSize,
      diffId: side.content.diffId,
      uncompressedSize: side.content.tarSize,
      fileCount: side.content.files.size,
    },
    manifestFiles: manifestPaths.length,
    objectCount,
    findings: [],
  }
}
