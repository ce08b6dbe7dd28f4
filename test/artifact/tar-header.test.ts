import assert from 'node:assert/strict'
import { test } from 'node:test'
import tar from 'tar-stream'
import { TarHeaderWriter, TAR_BLOCK } from '../../src/artifact/tar-header.ts'

/**
 * Our header writer must give the bytes tar-stream 3 gave for the same
 * entries: layers packed by earlier releases keep their digests.
 */
const NAMES: [string, 'file' | 'directory'][] = [
  ['README.md', 'file'],
  ['cluster/', 'directory'],
  ['a/b/c/role.yaml', 'file'],
  ['x'.repeat(100), 'file'],
  [`${'x'.repeat(99)}/`, 'directory'],
  [`${'d'.repeat(120)}/`, 'directory'],
  [`deep/${'x'.repeat(120)}/file.yaml`, 'file'],
  [`${'p'.repeat(150)}/${'n'.repeat(99)}`, 'file'],
  [`${'p'.repeat(156)}/n.yaml`, 'file'],
  ['y'.repeat(101), 'file'],
  ['ünïcode/', 'directory'],
  ['ünïcode/名前.yaml', 'file'],
  [`${'é'.repeat(40)}/${'z'.repeat(200)}.yaml`, 'file'],
]

function tarStreamHeaders(
  name: string,
  type: 'file' | 'directory',
  mode: number,
  size: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pack = tar.pack()
    const chunks: Buffer[] = []
    pack.on('data', (chunk: unknown) => chunks.push(chunk as Buffer))
    pack.on('end', () => {
      const all = Buffer.concat(chunks)
      // Everything before the content: the headers (and a pax header's records).
      resolve(all.subarray(0, all.length - 2 * TAR_BLOCK - Math.ceil(size / TAR_BLOCK) * TAR_BLOCK))
    })
    pack.on('error', reject)
    const header = {
      name,
      type,
      mode,
      size,
      uid: 0,
      gid: 0,
      uname: '',
      gname: '',
      mtime: new Date(0),
      linkname: '',
      devmajor: 0,
      devminor: 0,
    }
    const done = (error?: Error | null): void => (error ? reject(error) : pack.finalize())
    if (type === 'file') pack.entry(header, Buffer.alloc(size, 'a'), done)
    else pack.entry(header, done)
  })
}

for (const [name, type] of NAMES) {
  test(`header bytes match tar-stream 3: ${name.length > 40 ? `${name.slice(0, 20)}…(${name.length} chars)` : name}`, async () => {
    const mode = type === 'directory' ? 0o755 : 0o644
    for (const size of type === 'file' ? [0, 1, 511, 512, 70_000] : [0]) {
      const ours = Buffer.concat(new TarHeaderWriter().encode(name, type, mode, size))
      assert.deepEqual(ours, await tarStreamHeaders(name, type, mode, size), `${name} size ${size}`)
    }
  })
}

test('executable mode and sizes past 8 GiB are encoded as tar readers expect', () => {
  const writer = new TarHeaderWriter()
  const [block] = writer.encode('run.sh', 'file', 0o755, 12)
  assert.equal(block!.toString('latin1', 100, 108), '000755 \0')
  assert.equal(block!.toString('latin1', 124, 136), '00000000014 ')
  const [big] = writer.encode('huge.bin', 'file', 0o644, 2 ** 33 + 5)
  assert.equal(big![124], 0x80, 'base-256 marker')
  assert.equal(big!.readUIntBE(130, 6), 2 ** 33 + 5)
})

test('encodeInto writes the same single block as encode, at any offset, and declines names that need pax', () => {
  const writer = new TarHeaderWriter()
  const target = Buffer.alloc(3 * TAR_BLOCK, 0xaa)
  for (const [name, type] of NAMES) {
    const mode = type === 'directory' ? 0o755 : 0o644
    const blocks = new TarHeaderWriter().encode(name, type, mode, 70_000)
    const wrote = writer.encodeInto(target, TAR_BLOCK, name, type, mode, 70_000)
    assert.equal(wrote, blocks.length === 1, name)
    if (wrote) assert.deepEqual(target.subarray(TAR_BLOCK, 2 * TAR_BLOCK), blocks[0])
  }
  assert.equal(
    writer.encodeInto(target, 0, 'huge.bin', 'file', 0o644, 2 ** 33),
    false,
    'base-256 sizes go through encode',
  )
})
