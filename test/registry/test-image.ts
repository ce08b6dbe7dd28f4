/**
 * Builds BuiltImage values for the registry tests: from raw buffers (unit
 * tests), or from a directory packed by GNU tar + gzip with an image config
 * umoci accepts (integration tests; see REGISTRY-TESTING.md §3).
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { promisify } from 'node:util'
import { gunzipSync } from 'node:zlib'
import { MEDIA_TYPE } from '../../src/artifact/media-types.ts'
import type { BlobData, BuiltImage } from '../../src/artifact/types.ts'

const execFileAsync = promisify(execFile)

/** 'sha256:<hex>' of the bytes. */
export function sha256(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

/** A blob whose open() counts how often it was read. */
export interface CountingBlob extends BlobData {
  readonly opened: () => number
}

/** A blob over a buffer. */
export function blobOf(bytes: Buffer, mediaType: string): CountingBlob {
  let opened = 0
  return {
    descriptor: { mediaType, digest: sha256(bytes), size: bytes.length },
    open: () => {
      opened++
      // Two chunks, so the body really is streamed.
      const half = Math.floor(bytes.length / 2)
      return Readable.from([bytes.subarray(0, half), bytes.subarray(half)])
    },
    opened: () => opened,
  }
}

/** An OCI image manifest over a config and layers; `extra` changes the digest. */
export function imageOf(
  config: BlobData,
  layers: readonly BlobData[],
  extra: Record<string, string> = {},
): BuiltImage {
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPE.imageManifest,
      config: config.descriptor,
      layers: layers.map((l) => l.descriptor),
      ...(Object.keys(extra).length === 0 ? {} : { annotations: extra }),
    }),
  )
  return {
    manifest,
    manifestDigest: sha256(manifest),
    manifestMediaType: MEDIA_TYPE.imageManifest,
    blobs: [config, ...layers],
  }
}

/** A two-blob image from small buffers. */
export function smallImage(seed = 'a'): { image: BuiltImage; blobs: CountingBlob[] } {
  const config = blobOf(Buffer.from(`{"seed":"${seed}"}`), MEDIA_TYPE.imageConfig)
  const layer = blobOf(Buffer.from(`layer bytes ${seed} `.repeat(100)), MEDIA_TYPE.layerTarGzip)
  return { image: imageOf(config, [layer]), blobs: [config, layer] }
}

/** Packs `sourceDir` reproducibly with tar | gzip and wraps it in a runnable-image manifest. */
export async function imageFromDirectory(sourceDir: string, workDir: string): Promise<BuiltImage> {
  const tarGz = join(workDir, 'layer.tar.gz')
  await execFileAsync('sh', [
    '-c',
    'tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 --format=posix ' +
      '--pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime -C "$1" -cf - . | gzip -n -6 > "$2"',
    'pack',
    sourceDir,
    tarGz,
  ])
  const layerBytes = await readFile(tarGz)
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: {},
      rootfs: { type: 'layers', diff_ids: [sha256(gunzipSync(layerBytes))] },
    }),
  )
  return imageOf(blobOf(config, MEDIA_TYPE.imageConfig), [blobOf(layerBytes, MEDIA_TYPE.layerTarGzip)])
}
