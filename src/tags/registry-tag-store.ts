import { parseImageReference, repositoryName, type ImageReference } from '../registry/image-reference.ts'
import { RegistryClient, type RegistryClientOptions } from '../registry/registry-client.ts'
import { registryClientOptions, type TargetOptions } from '../registry/target-factory.ts'
import { legacySignatureTag, referrersTag } from '../signing/formats.ts'
import { listReferrers } from '../signing/referrers.ts'
import type { TagDeleter, TagStore } from './tag-removal.ts'

/**
 * TagStore over the OCI distribution API (RegistryClient: the same
 * credential chain and retries as the push). Artifact Registry images get
 * the per-tag API instead (artifact-registry-tags.ts), chosen here.
 */

/** A TagStore and what it holds open. */
export interface OpenTagStore {
  readonly store: TagStore
  close(): Promise<void>
}

/** Opens the store for `image` (a registry repository); Artifact Registry hosts delete tags through their API. */
export async function openTagStore(image: string, options: TargetOptions): Promise<OpenTagStore> {
  const ref = parseImageReference(image, 'image')
  const clientOptions = registryClientOptions(ref, options)
  const client = new RegistryClient(ref, clientOptions)
  const deleter = isArtifactRegistry(ref)
    ? await openArtifactRegistryDeleter(ref, clientOptions.credentials, options)
    : undefined
  const store: TagStore = {
    describe: () => repositoryName(ref),
    tagApi: deleter !== undefined,
    digestOf: async (tag) => (await client.headManifest(tag))?.digest,
    listTags: () => client.listTags(),
    deleteTag: (tag) => (deleter === undefined ? client.deleteManifest(tag) : deleter.deleteTag(tag)),
    deleteManifest: (digest) => client.deleteManifest(digest),
    removeReferrers: (digest) => removeReferrers(client, digest),
  }
  return {
    store,
    close: async () => {
      client.close()
      await deleter?.close()
    },
  }
}

/** LOCATION-docker.pkg.dev: Artifact Registry, whose API deletes single tags. */
export function isArtifactRegistry(ref: ImageReference): boolean {
  return /^[a-z0-9-]+-docker\.pkg\.dev$/i.test(ref.registry)
}

/** The same credential chain as the registry requests: its Google access token calls the API. */
async function openArtifactRegistryDeleter(
  ref: ImageReference,
  credentials: RegistryClientOptions['credentials'],
  options: TargetOptions,
): Promise<TagDeleter> {
  const { artifactRegistryTagDeleter, googleAccessToken } =
    await import('../google/artifact-registry-tags.ts')
  const env = options.registry?.env ?? process.env
  return artifactRegistryTagDeleter(ref, {
    accessToken: () => googleAccessToken(credentials, ref),
    logger: options.logger,
    env,
  })
}

/**
 * The referrers of a deleted manifest (listed through the referrers API or
 * the `sha256-<hex>` index), then the index and the legacy `.sig` manifest,
 * each deleted by digest; returns the digests deleted.
 */
async function removeReferrers(client: RegistryClient, digest: string): Promise<string[]> {
  const { manifests } = await listReferrers(client, digest)
  const tagged = await Promise.all(
    [referrersTag(digest), legacySignatureTag(digest)].map(
      async (tag) => (await client.headManifest(tag))?.digest,
    ),
  )
  const targets = [
    ...new Set([...manifests.map((m) => m.digest), ...tagged.filter((d): d is string => d !== undefined)]),
  ]
  const removed: string[] = []
  for (const target of targets) if ((await client.deleteManifest(target)) === 'deleted') removed.push(target)
  return removed
}
