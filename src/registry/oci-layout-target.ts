import { createWriteStream } from 'node:fs'
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { ANNOTATION, MEDIA_TYPE } from '../artifact/media-types.ts'
import type { BlobData, BuiltImage, ImageTarget, PushedImage } from '../artifact/types.ts'
import { ActionError } from '../errors.ts'

/** The `image` prefix that selects an OCI image layout on disk instead of a registry. */
export const OCI_LAYOUT_PREFIX = 'oci-layout:'

interface IndexEntry {
  mediaType: string
  digest: string
  size: number
  annotations?: Record<string, string>
}

/**
 * Writes an OCI image layout (`oci-layout`, `index.json`, `blobs/sha256/…`)
 * that `skopeo copy oci:PATH:TAG …` and `umoci` read. An existing layout is
 * updated: blobs are added, and index entries with the same tag replaced.
 * https://github.com/opencontainers/image-spec/blob/v1.1.0/image-layout.md
 */
export class OciLayoutTarget implements ImageTarget {
  private readonly root: string
  private readonly displayPath: string

  constructor(path: string) {
    this.displayPath = path
    this.root = resolve(path)
  }

  describe(): string {
    return `${OCI_LAYOUT_PREFIX}${this.displayPath}`
  }

  async push(image: BuiltImage, tags: readonly string[]): Promise<PushedImage> {
    try {
      return await this.write(image, tags)
    } catch (error) {
      throw this.diskError(error, image)
    }
  }

  /** ENOSPC/EDQUOT/EROFS/EACCES as an error naming the path (and the space a full write needs), not an internal error. */
  private diskError(error: unknown, image: BuiltImage): unknown {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
    const path =
      typeof error === 'object' && error !== null && 'path' in error ? String(error.path) : this.root
    const needed = image.blobs.reduce((sum, blob) => sum + blob.descriptor.size, image.manifest.length)
    if (code === 'ENOSPC' || code === 'EDQUOT') {
      return new ActionError(
        `no space left on the device while writing ${path} (the OCI layout ${this.displayPath} needs up to ${needed} bytes)`,
        {
          cause: error,
          hint: `free at least ${needed} bytes there, or point the image at another directory`,
        },
      )
    }
    if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
      return new ActionError(`cannot write ${path} for the OCI layout ${this.displayPath} (${code})`, {
        cause: error,
        hint: 'point the image at a writable directory',
      })
    }
    return error
  }

  private async write(image: BuiltImage, tags: readonly string[]): Promise<PushedImage> {
    await mkdir(join(this.root, 'blobs', 'sha256'), { recursive: true })
    await writeFile(join(this.root, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
    let uploaded = 0
    for (const blob of image.blobs) {
      if (await this.writeBlob(blob)) uploaded++
    }
    await this.writeBytes(image.manifestDigest, image.manifest)
    await this.updateIndex(image, tags)
    return {
      digest: image.manifestDigest,
      reference: `${this.describe()}@${image.manifestDigest}`,
      tags: [...tags],
      uploadedBlobs: uploaded,
      skippedBlobs: image.blobs.length - uploaded,
    }
  }

  private blobPath(digest: string): string {
    return join(this.root, 'blobs', 'sha256', digest.slice('sha256:'.length))
  }

  /** Returns false when the layout already holds the blob. */
  private async writeBlob(blob: BlobData): Promise<boolean> {
    const path = this.blobPath(blob.descriptor.digest)
    const existing = await stat(path).catch(() => undefined)
    if (existing?.size === blob.descriptor.size) return false
    const partial = `${path}.partial`
    await pipeline(blob.open(), createWriteStream(partial)).catch((error: unknown) => {
      // A failed write() carries no path; the message must name the file.
      throw typeof error === 'object' && error !== null && !('path' in error)
        ? Object.assign(error, { path: partial })
        : error
    })
    await rename(partial, path)
    return true
  }

  private async writeBytes(digest: string, bytes: Buffer): Promise<void> {
    const path = this.blobPath(digest)
    await writeFile(`${path}.partial`, bytes)
    await rename(`${path}.partial`, path)
  }

  private async updateIndex(image: BuiltImage, tags: readonly string[]): Promise<void> {
    const indexPath = join(this.root, 'index.json')
    const entries = (await this.readIndex(indexPath)).filter((entry) => {
      const name = entry.annotations?.[ANNOTATION.refName]
      return name === undefined ? entry.digest !== image.manifestDigest : !tags.includes(name)
    })
    const base = {
      mediaType: image.manifestMediaType,
      digest: image.manifestDigest,
      size: image.manifest.length,
    }
    if (tags.length === 0) entries.push(base)
    for (const tag of tags) entries.push({ ...base, annotations: { [ANNOTATION.refName]: tag } })
    const index = { schemaVersion: 2, mediaType: MEDIA_TYPE.imageIndex, manifests: entries }
    await writeFile(`${indexPath}.partial`, `${JSON.stringify(index, null, 2)}\n`)
    await rename(`${indexPath}.partial`, indexPath)
  }

  private async readIndex(indexPath: string): Promise<IndexEntry[]> {
    let text: string
    try {
      text = await readFile(indexPath, 'utf8')
    } catch {
      return []
    }
    try {
      const parsed = JSON.parse(text) as { manifests?: IndexEntry[] }
      return Array.isArray(parsed.manifests) ? parsed.manifests : []
    } catch (cause) {
      throw new ActionError(`${indexPath} exists but is not a valid OCI index (JSON)`, {
        cause,
        hint: 'point the image at an empty directory or an existing OCI layout',
      })
    }
  }
}
