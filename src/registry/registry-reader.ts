import type { Descriptor, PushedImage } from '../artifact/types.ts'
import { ActionError } from '../errors.ts'
import type { ImageReference } from './image-reference.ts'
import type { ImageStore } from './image-store.ts'
import { RegistryClient, type FetchedManifest } from './registry-client.ts'
import { registryClientOptions, type TargetOptions } from './target-factory.ts'

/**
 * The ImageStore adapter for a registry repository, over RegistryClient:
 * reads manifests and blobs, and tags by putting an existing manifest under
 * new tags, so the registry copies nothing and the digest stays the same.
 */
export class RegistryStore implements ImageStore {
  readonly #client: RegistryClient

  constructor(ref: ImageReference, options: TargetOptions) {
    // The same options as a push target: credential chain, retries.
    this.#client = new RegistryClient(ref, registryClientOptions(ref, options))
  }

  describe(): string {
    return this.#client.describe()
  }

  getManifest(reference: string): Promise<FetchedManifest | undefined> {
    return this.#client.getManifest(reference)
  }

  async getBlob(digest: string, maxBytes: number): Promise<Buffer | undefined> {
    const bytes = await this.#client.getBlob(digest)
    if (bytes !== undefined && bytes.length > maxBytes) {
      throw new ActionError(
        `blob ${digest} in ${this.describe()} is ${bytes.length} bytes, over the ${maxBytes}-byte limit for reading artifacts`,
      )
    }
    return bytes
  }

  /** HEAD: the registry must prove the blob (its digest, or its size; see provesBlob). */
  async checkBlob(descriptor: Descriptor): Promise<void> {
    const proof = await this.#client.headBlob(descriptor.digest, descriptor.size)
    if (proof === 'absent')
      throw new ActionError(`${this.describe()}: blob ${descriptor.digest} is missing`, {
        hint: 'the artifact is incomplete in this repository; publish it again',
      })
    if (proof === 'unproven')
      throw new ActionError(
        `${this.describe()}: the registry does not confirm blob ${descriptor.digest} (${descriptor.size} bytes): its answer names another digest or size`,
      )
  }

  /** A push with no blobs: the manifest by digest (its blobs are there), then each tag. */
  tag(manifest: FetchedManifest, tags: readonly string[]): Promise<PushedImage> {
    const image = {
      manifest: manifest.body,
      manifestDigest: manifest.digest,
      manifestMediaType: manifest.mediaType,
      blobs: [],
    }
    return this.#client.push(image, tags)
  }

  close(): void {
    this.#client.close()
  }
}
