import { createHash } from 'node:crypto'
import { closeSync, openSync, writeSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import zlib from 'node:zlib'
import { crc32 } from './crc32.ts'

/**
 * A gzip member compressed in independent blocks on the thread pool, the
 * way pigz does it: each block of input is raw-deflated with the last 32 KiB
 * of the block before as its preset dictionary and ends with a sync flush
 * (the last block finishes the stream), so the blocks' outputs concatenate
 * into one deflate stream. One gzip header and the CRC-32 and length of the
 * whole input frame it. Block boundaries depend only on the input, so the
 * same input gives the same bytes whatever the timing; blocks are
 * compressed in parallel, written in order. See ADR 0007.
 */

/** zlib's gzip header with mtime 0, no name, XFL 0 (levels 2–8) and OS 3 (Unix), pinned whatever zlib's build says. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03])
/** The window deflate can refer back into: the next block's dictionary. */
const WINDOW_BYTES = 32 * 1024
/**
 * Blocks in flight at once: one per core keeps every core busy while the main thread reads the next;
 * no more than libuv's default four pool threads, which would only queue them (and hold their memory).
 */
const IN_FLIGHT = Math.min(4, Math.max(2, availableParallelism()))

/** A finished gzip file: sha256 and size of the compressed bytes. */
export interface GzipResult {
  readonly digest: string
  readonly size: number
}

/** Compresses blocks handed in order and writes the gzip file; nothing is held beyond the blocks in flight. */
export class ParallelGzipFile {
  readonly #level: number
  readonly #fd: number
  readonly #hash = createHash('sha256')
  readonly #blockBytes: number
  readonly #inFlight: { input: Buffer; output: Promise<Buffer> }[] = []
  /** Blocks compressed and no longer anyone's dictionary, for acquireBlock() to hand out again. */
  readonly #free: Buffer[] = []
  #size = 0
  #crc = 0
  #inputBytes = 0
  #previous: Buffer | undefined
  #closed = false

  constructor(path: string, level: number, blockBytes: number) {
    this.#level = level
    this.#blockBytes = blockBytes
    this.#fd = openSync(path, 'w')
    this.#output(GZIP_HEADER)
  }

  /**
   * A buffer for the next block: one whose compression is done, else a new
   * one (allocating 1 MiB per block cost more in GC than the packing itself).
   */
  acquireBlock(): Buffer {
    return this.#free.pop() ?? Buffer.allocUnsafe(this.#blockBytes)
  }

  /**
   * Adds the next block of input (from acquireBlock(), not touched again by
   * the caller); waits only when every core already has a block.
   */
  async write(block: Buffer, last: boolean): Promise<void> {
    this.#crc = crc32(block, this.#crc)
    this.#inputBytes += block.length
    const dictionary = this.#previous?.subarray(Math.max(0, this.#previous.length - WINDOW_BYTES))
    this.#previous = block
    const options: zlib.ZlibOptions = {
      level: this.#level,
      ...(dictionary === undefined ? {} : { dictionary }),
      ...(last ? {} : { finishFlush: zlib.constants.Z_SYNC_FLUSH }),
    }
    this.#inFlight.push({ input: block, output: deflateRaw(block, options) })
    while (this.#inFlight.length >= IN_FLIGHT) await this.#writeOldest()
  }

  /** Writes the blocks still in flight and the trailer; the last write() must have said last. */
  async finish(): Promise<GzipResult> {
    while (this.#inFlight.length > 0) await this.#writeOldest()
    const trailer = Buffer.alloc(8)
    trailer.writeUInt32LE(this.#crc >>> 0, 0)
    trailer.writeUInt32LE(this.#inputBytes % 2 ** 32, 4)
    this.#output(trailer)
    this.close()
    return { digest: `sha256:${this.#hash.digest('hex')}`, size: this.#size }
  }

  /** Closes the file; blocks still compressing are dropped. */
  close(): void {
    if (this.#closed) return
    this.#closed = true
    for (const pending of this.#inFlight) pending.output.catch(() => {})
    this.#inFlight.length = 0
    closeSync(this.#fd)
  }

  async #writeOldest(): Promise<void> {
    const oldest = this.#inFlight.shift()!
    this.#output(await oldest.output)
    // The dictionary of the block after it was copied when that block's compression was set up.
    if (oldest.input !== this.#previous && oldest.input.length === this.#blockBytes)
      this.#free.push(oldest.input)
  }

  #output(bytes: Buffer): void {
    this.#hash.update(bytes)
    this.#size += bytes.length
    for (let written = 0; written < bytes.length;) written += writeSync(this.#fd, bytes, written)
  }
}

function deflateRaw(block: Buffer, options: zlib.ZlibOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    zlib.deflateRaw(block, options, (error, result) => (error ? reject(error) : resolve(result))),
  )
}
