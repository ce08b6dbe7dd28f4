import type { Readable } from 'node:stream'

/**
 * OCI content descriptor.
 * https://github.com/opencontainers/image-spec/blob/v1.1.0/descriptor.md
 */
export interface Descriptor {
  readonly mediaType: string
  /** "sha256:<64 hex>" */
  readonly digest: string
  readonly size: number
  readonly annotations?: Readonly<Record<string, string>>
}

/** A blob ready to upload: its descriptor and a way to read its bytes. */
export interface BlobData {
  readonly descriptor: Descriptor
  /** Opens a fresh stream of the bytes; callable more than once (retries). */
  open(): Readable
}

/** A complete image: manifest bytes plus every blob the manifest names. */
export interface BuiltImage {
  /** The exact manifest bytes whose sha256 is manifestDigest. */
  readonly manifest: Buffer
  readonly manifestDigest: string
  readonly manifestMediaType: string
  /** Config first, then the layers, in manifest order. */
  readonly blobs: readonly BlobData[]
}

/** What a target reports after storing an image. */
export interface PushedImage {
  /** "sha256:<hex>" of the manifest. */
  readonly digest: string
  /** REPOSITORY@sha256:<hex>: the pinned reference to give a RootSync. */
  readonly reference: string
  readonly tags: readonly string[]
  /** Blobs sent over the wire (or written to disk). */
  readonly uploadedBlobs: number
  /** Blobs the target already had. */
  readonly skippedBlobs: number
}

/** Port: somewhere an image can be stored (a registry, an OCI layout). */
export interface ImageTarget {
  /** Human-readable name of the destination, without credentials. */
  describe(): string
  /**
   * Gets ready to push without writing anything (a registry: its scheme,
   * auth challenge and push token), so that this can overlap packing.
   * Never fails: push meets and reports any problem again.
   */
  prepare?(): Promise<void>
  push(image: BuiltImage, tags: readonly string[], options?: PushOptions): Promise<PushedImage>
}

/** Hooks of one push. */
export interface PushOptions {
  /** Runs after the manifest is stored by digest and before any tag is written (signing); a throw writes no tag. */
  readonly beforeTags?: () => Promise<void>
}
