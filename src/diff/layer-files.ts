import { createHash } from 'node:crypto'
import { posix } from 'node:path'
import { gunzipSync } from 'node:zlib'
import tar from 'tar-stream'
import { ActionError } from '../errors.ts'

/** Compressed layers larger than this are not read (the registry client buffers at most 32 MiB). */
export const MAX_LAYER_BYTES = 32 << 20
/** Uncompressed tar bytes read at most: a gzip bomb stops here. */
export const MAX_TAR_BYTES = 256 << 20

/** One regular file of an artifact. */
export interface ArtifactFile {
  readonly content: Buffer
  readonly executable: boolean
}

/** What a layer holds, read in memory. */
export interface LayerContent {
  /** Regular files by their path in the layer (no leading ./ or /). */
  readonly files: ReadonlyMap<string, ArtifactFile>
  /** sha256 of the uncompressed tar: the image config's diff_id. */
  readonly diffId: string
  readonly tarSize: number
  /** Entries that are neither files nor directories (links, devices), skipped. */
  readonly skipped: readonly string[]
}

/**
 * Reads a tar or tar+gzip layer into memory. Bounded: the uncompressed tar
 * may not pass MAX_TAR_BYTES. Paths are normalised; one that leaves the
 * layer root is an error (a hostile tar), never written anywhere.
 */
export async function readLayerFiles(
  layer: Buffer,
  where: string,
  maxTarBytes = MAX_TAR_BYTES,
): Promise<LayerContent> {
  const tarBytes = isGzip(layer) ? gunzip(layer, where, maxTarBytes) : layer
  if (tarBytes.length > maxTarBytes)
    throw new ActionError(`${where}: the layer is ${tarBytes.length} bytes, over ${maxTarBytes}; not read`)
  const files = new Map<string, ArtifactFile>()
  const skipped: string[] = []
  const extractor = tar.extract()
  extractor.end(tarBytes)
  try {
    for await (const entry of extractor) {
      const chunks: Buffer[] = []
      for await (const chunk of entry) chunks.push(chunk as Buffer)
      const path = entryPath(entry.header.name, where)
      if (path === undefined || entry.header.type === 'directory') continue
      if (entry.header.type !== 'file' && entry.header.type !== 'contiguous-file') skipped.push(path)
      else files.set(path, { content: Buffer.concat(chunks), executable: (entry.header.mode & 0o111) !== 0 })
    }
  } catch (cause) {
    if (cause instanceof ActionError) throw cause
    throw new ActionError(`${where}: the layer is not a readable tar archive`, { cause })
  }
  return {
    files,
    diffId: `sha256:${createHash('sha256').update(tarBytes).digest('hex')}`,
    tarSize: tarBytes.length,
    skipped,
  }
}

function isGzip(bytes: Buffer): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b
}

function gunzip(bytes: Buffer, where: string, maxTarBytes: number): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxTarBytes })
  } catch (cause) {
    const tooLarge = (cause as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE'
    throw new ActionError(
      tooLarge
        ? `${where}: the layer unpacks to more than ${maxTarBytes} bytes; not read`
        : `${where}: the layer is not valid gzip`,
      { cause },
    )
  }
}

/** 'a/b.yaml' for './a/b.yaml' or '/a/b.yaml'; undefined for the root itself. */
function entryPath(name: string, where: string): string | undefined {
  const path = posix.normalize(name.replace(/^\/+/, '')).replace(/\/+$/, '')
  if (path === '.' || path === '') return undefined
  if (path === '..' || path.startsWith('../'))
    throw new ActionError(`${where}: the layer holds a path outside its root: ${name}`)
  return path
}
