import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { ANNOTATION, MEDIA_TYPE } from '../artifact/media-types.ts'
import type { Descriptor, PushedImage } from '../artifact/types.ts'
import { ActionError } from '../errors.ts'
import { isDigest } from './image-reference.ts'
import type { ImageStore } from './image-store.ts'
import { OCI_LAYOUT_PREFIX, OciLayoutTarget } from './oci-layout-target.ts'
import type { FetchedManifest } from './registry-client.ts'

/** Manifests are small; the distribution spec lets registries refuse over 4 MiB. */
const MAX_MANIFEST_BYTES = 4 << 20

interface IndexEntry {
  readonly mediaType?: string
  readonly digest?: string
  readonly annotations?: Readonly<Record<string, string>>
}

/**
 * The ImageStore adapter for an OCI image layout on disk
 * (https://github.com/opencontainers/image-spec/blob/v1.1.0/image-layout.md):
 * tags are index.json entries named by org.opencontainers.image.ref.name.
 */
export class OciLayoutStore implements ImageStore {
  readonly #path: string
  readonly #root: string

  constructor(path: string) {
    this.#path = path
    this.#root = resolve(path)
  }

  /** The layout's directory as given. */
  get path(): string {
    return this.#path
  }

  describe(): string {
    return `${OCI_LAYOUT_PREFIX}${this.#path}`
  }

  /** By digest, or by tag through index.json; '' picks the only entry of a one-image layout. */
  async getManifest(reference: string): Promise<FetchedManifest | undefined> {
    const entries = await this.#readIndex()
    if (entries === undefined) return undefined
    const entry = isDigest(reference)
      ? (entries.find((e) => e.digest === reference) ?? { digest: reference })
      : reference === ''
        ? this.#onlyEntry(entries)
        : entries.find((e) => e.annotations?.[ANNOTATION.refName] === reference)
    if (entry?.digest === undefined) return undefined
    const body = await this.getBlob(entry.digest, MAX_MANIFEST_BYTES)
    if (body === undefined) return undefined
    const declared = (JSON.parse(body.toString('utf8')) as { mediaType?: unknown }).mediaType
    const mediaType = entry.mediaType ?? (typeof declared === 'string' ? declared : MEDIA_TYPE.imageManifest)
    return { mediaType, digest: entry.digest, body }
  }

  async getBlob(digest: string, maxBytes: number): Promise<Buffer | undefined> {
    if (!isDigest(digest)) throw new ActionError(`${this.describe()}: "${digest}" is not a sha256 digest`)
    const path = join(this.#root, 'blobs', 'sha256', digest.slice('sha256:'.length))
    const info = await stat(path).catch(() => undefined)
    if (info === undefined) return undefined
    if (info.size > maxBytes) {
      throw new ActionError(
        `blob ${digest} in ${this.describe()} is ${info.size} bytes, over the ${maxBytes}-byte limit for reading artifacts`,
      )
    }
    const bytes = await readFile(path)
    const actual = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
    if (actual !== digest)
      throw new ActionError(`${this.describe()}: blob ${digest} holds content with digest ${actual}`)
    return bytes
  }

  /** Size from stat, content hashed as a stream (layers can be large). */
  async checkBlob(descriptor: Descriptor): Promise<void> {
    const { digest, size } = descriptor
    if (!isDigest(digest)) throw new ActionError(`${this.describe()}: "${digest}" is not a sha256 digest`)
    const path = join(this.#root, 'blobs', 'sha256', digest.slice('sha256:'.length))
    const info = await stat(path).catch(() => undefined)
    if (info === undefined)
      throw new ActionError(`${this.describe()}: blob ${digest} is missing (${path})`, {
        hint: 'the layout is incomplete; publish to it again, or copy it whole',
      })
    if (info.size !== size)
      throw new ActionError(
        `${this.describe()}: blob ${digest} is ${info.size} bytes, but the manifest says ${size}`,
      )
    const hash = createHash('sha256')
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
    const actual = `sha256:${hash.digest('hex')}`
    if (actual !== digest)
      throw new ActionError(`${this.describe()}: blob ${digest} holds content with digest ${actual}`, {
        hint: 'the layout is corrupt; publish to it again',
      })
  }

  /** Adds index entries for the tags; the blobs are already in the layout. */
  tag(manifest: FetchedManifest, tags: readonly string[]): Promise<PushedImage> {
    const image = {
      manifest: manifest.body,
      manifestDigest: manifest.digest,
      manifestMediaType: manifest.mediaType,
      blobs: [],
    }
    return new OciLayoutTarget(this.#path).push(image, tags)
  }

  close(): void {}

  #onlyEntry(entries: readonly IndexEntry[]): IndexEntry | undefined {
    const digests = new Set(entries.map((e) => e.digest))
    if (digests.size <= 1) return entries[0]
    const tags = entries.map((e) => e.annotations?.[ANNOTATION.refName]).filter((t) => t !== undefined)
    throw new ActionError(`${this.describe()} holds ${digests.size} images: name one`, {
      hint: `write ${this.describe()}:TAG (tags: ${tags.join(', ') || 'none'}) or ${this.describe()}@sha256:…`,
    })
  }

  async #readIndex(): Promise<IndexEntry[] | undefined> {
    let text: string
    try {
      text = await readFile(join(this.#root, 'index.json'), 'utf8')
    } catch {
      return undefined
    }
    try {
      const parsed = JSON.parse(text) as { manifests?: unknown }
      return Array.isArray(parsed.manifests) ? (parsed.manifests as IndexEntry[]) : []
    } catch (cause) {
      throw new ActionError(`${this.describe()}/index.json is not valid JSON`, { cause })
    }
  }
}
