import zlib from 'node:zlib'

/**
 * CRC-32 (ISO-HDLC, the gzip trailer's), continuing from `initial`. zlib's
 * own from Node 20.15 and 22.2 on; a table-driven one for older Node 20.
 */
export const crc32: (data: Uint8Array, initial?: number) => number =
  typeof zlib.crc32 === 'function' ? (data, initial = 0) => zlib.crc32(data, initial) : tableCrc32

let table: Uint32Array | undefined

/** @internal The fallback, exported for its test. */
export function tableCrc32(data: Uint8Array, initial = 0): number {
  table ??= makeTable()
  let crc = ~initial >>> 0
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8)
  return ~crc >>> 0
}

function makeTable(): Uint32Array {
  const result = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    result[n] = c >>> 0
  }
  return result
}
