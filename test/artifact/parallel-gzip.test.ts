import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'node:test'
import { promisify } from 'node:util'
import zlib, { gunzipSync } from 'node:zlib'
import { tableCrc32 } from '../../src/artifact/crc32.ts'
import { ParallelGzipFile } from '../../src/artifact/parallel-gzip.ts'
import { tempDirs } from '../harness/tmp.ts'

const run = promisify(execFile)
const dirs = tempDirs()
const BLOCK = 64 * 1024

/** Input that compresses (repeated text) with incompressible stretches, so that dictionaries matter. */
function input(bytes: number): Buffer {
  const text = Buffer.from(
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: example\n'.repeat(Math.ceil(bytes / 57)),
  )
  const noise = randomBytes(bytes)
  for (let i = 0; i < bytes; i += 4096) text.copy(noise, i, i, Math.min(i + 3000, bytes))
  return noise.subarray(0, bytes)
}

async function compress(data: Buffer, path: string): Promise<{ digest: string; size: number }> {
  const gzip = new ParallelGzipFile(path, 6, BLOCK)
  try {
    for (let offset = 0; offset < data.length || offset === 0; offset += BLOCK) {
      const block = gzip.acquireBlock()
      const length = data.copy(block, 0, offset, offset + BLOCK)
      await gzip.write(length === BLOCK ? block : block.subarray(0, length), offset + BLOCK >= data.length)
      if (data.length === 0) break
    }
    return await gzip.finish()
  } finally {
    gzip.close()
  }
}

test('blocks compressed in parallel make one gzip member that gunzip and GNU gzip read back exactly', async () => {
  const dir = await dirs.make('pgzip-')
  for (const size of [0, 1, BLOCK - 1, BLOCK, BLOCK + 1, 10 * BLOCK + 123]) {
    const data = input(size)
    const path = join(dir, `out-${size}.gz`)
    const result = await compress(data, path)
    const bytes = await readFile(path)
    assert.equal(result.size, bytes.length)
    assert.deepEqual(gunzipSync(bytes), data, `size ${size}`)
    assert.deepEqual(
      (await run('gzip', ['-dc', path], { encoding: 'buffer', maxBuffer: 1 << 24 })).stdout,
      data,
      `GNU gzip, size ${size}`,
    )
    assert.deepEqual(
      [...bytes.subarray(0, 10)],
      [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3],
      'fixed header: no mtime, no name, OS Unix',
    )
  }
})

test('the same input gives the same bytes, and the dictionary keeps the ratio close to one stream', async () => {
  const dir = await dirs.make('pgzip-same-')
  const data = input(20 * BLOCK)
  const a = await compress(data, join(dir, 'a.gz'))
  const b = await compress(data, join(dir, 'b.gz'))
  assert.equal(a.digest, b.digest)
  const single = zlib.gzipSync(data, { level: 6 }).length
  assert.ok(a.size < single * 1.02, `parallel ${a.size} bytes vs one stream ${single}`)
})

test('the CRC-32 fallback for Node before 20.15 agrees with zlib', () => {
  const data = randomBytes(100_003)
  assert.equal(tableCrc32(data), zlib.crc32(data))
  assert.equal(tableCrc32(data.subarray(50_000), tableCrc32(data.subarray(0, 50_000))), zlib.crc32(data))
  assert.equal(tableCrc32(Buffer.alloc(0)), 0)
})
