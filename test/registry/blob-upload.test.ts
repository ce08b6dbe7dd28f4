/**
 * Chunked and monolithic uploads, resume and restart after interruptions,
 * retries with Retry-After: RegistryClient against the in-memory fake, whose
 * fault hook drops connections, loses answers and returns 429/5xx on demand.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { Readable } from 'node:stream'
import { after, describe, it } from 'node:test'
import { MEDIA_TYPE } from '../../src/artifact/media-types.ts'
import { RegistryError } from '../../src/errors.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { rangeEnd, readChunks } from '../../src/registry/blob-upload.ts'
import { parseImageReference } from '../../src/registry/image-reference.ts'
import { RegistryClient } from '../../src/registry/registry-client.ts'
import { startFakeRegistry, type FakeRegistry, type Fault, type SeenRequest } from './fake-registry.ts'
import { blobOf, imageOf } from './test-image.ts'

const CHUNK = 64 * 1024
const cleanups: (() => unknown)[] = []
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

interface Setup {
  fake: FakeRegistry
  client: RegistryClient
  logger: RecordingLogger
  waits: number[]
}

/** A fake whose fault hook answers the n-th request matching `match` (1-based) with `fault`. */
async function setup(
  faults: { match: (r: SeenRequest) => boolean; nth: number[]; fault: Fault }[] = [],
  retries = 2,
): Promise<Setup> {
  const counts = faults.map(() => 0)
  const fake = await startFakeRegistry({
    fault: (req) => {
      for (const [i, rule] of faults.entries()) {
        if (!rule.match(req)) continue
        counts[i] = (counts[i] ?? 0) + 1
        if (rule.nth.includes(counts[i] ?? 0)) return rule.fault
      }
      return undefined
    },
  })
  const logger = new RecordingLogger()
  const waits: number[] = []
  const client = new RegistryClient(parseImageReference(`${fake.server.host}/team/app`), {
    logger,
    chunkSizeBytes: CHUNK,
    retry: { retries, random: () => 0.5, sleep: async (ms) => void waits.push(ms) },
  })
  cleanups.push(
    () => fake.server.close(),
    () => client.close(),
  )
  return { fake, client, logger, waits }
}

function bigImage(size: number) {
  const layer = blobOf(randomBytes(size), MEDIA_TYPE.layerTarGzip)
  const config = blobOf(Buffer.from('{"big":true}'), MEDIA_TYPE.imageConfig)
  return { image: imageOf(config, [layer]), layer }
}

const isPatch = (r: SeenRequest): boolean => r.method === 'PATCH'
const isUploadPut = (r: SeenRequest): boolean => r.method === 'PUT' && r.path.includes('/blobs/uploads/')
const ranges = (fake: FakeRegistry): string[] =>
  fake.server.requests.filter(isPatch).map((r) => r.headers['content-range'] ?? '')
const posts = (fake: FakeRegistry): number => fake.server.requests.filter((r) => r.method === 'POST').length

describe('chunked uploads', () => {
  it('sends a blob over the chunk size as PATCHes with Content-Range, then an empty PUT ?digest=', async () => {
    const { fake, client } = await setup()
    const { image, layer } = bigImage(3 * CHUNK + 100)
    await client.push(image, ['v1'])
    assert.deepEqual(ranges(fake), ['0-65535', '65536-131071', '131072-196607', '196608-196707'])
    const puts = fake.server.requests.filter(isUploadPut)
    const layerPut = puts.find((r) => r.query.get('digest') === layer.descriptor.digest)
    assert.equal(layerPut?.body.length, 0, 'the closing PUT has no body')
    assert.equal(fake.server.requests.find(isPatch)?.headers['content-type'], 'application/octet-stream')
    assert.equal(fake.blobs.get(layer.descriptor.digest)?.length, layer.descriptor.size)
    assert.equal(layer.opened(), 1, 'one stream, read once')
  })

  it('sends a blob up to the chunk size in one streamed PUT', async () => {
    const { fake, client } = await setup()
    const { image } = bigImage(CHUNK)
    await client.push(image, ['v1'])
    assert.deepEqual(ranges(fake), [])
    assert.deepEqual(
      fake.server.requests
        .filter(isUploadPut)
        .map((r) => r.body.length)
        .sort((a, b) => a - b),
      [12, CHUNK],
    )
  })

  it('resumes from the Range the registry reports when a PATCH answer is lost', async () => {
    const { fake, client, logger } = await setup([{ match: isPatch, nth: [2], fault: 'handle-then-drop' }])
    const { image, layer } = bigImage(3 * CHUNK + 100)
    await client.push(image, ['v1'])
    assert.deepEqual(
      ranges(fake),
      ['0-65535', '65536-131071', '131072-196607', '196608-196707'],
      'no byte sent twice',
    )
    assert.equal(posts(fake), 2, 'one session per blob: no restart')
    assert.match(
      logger.lines.join('\n'),
      /resuming the upload of blob sha256:[0-9a-f]{64} at byte 131072 of 196708/,
    )
    assert.deepEqual(fake.blobs.get(layer.descriptor.digest), await bytesOf(layer.open()))
  })

  it('starts a new session when the registry lost the old one', async () => {
    const { fake, client } = await setup([
      { match: isPatch, nth: [2], fault: 'drop' },
      {
        match: (r) => r.method === 'GET' && r.path.includes('/blobs/uploads/'),
        nth: [1],
        fault: { status: 404 },
      },
    ])
    const { image, layer } = bigImage(2 * CHUNK + 1)
    await client.push(image, ['v1'])
    assert.equal(posts(fake), 3, 'config, layer, layer again')
    assert.deepEqual(ranges(fake), ['0-65535', '65536-131071', '0-65535', '65536-131071', '131072-131072'])
    assert.deepEqual(fake.blobs.get(layer.descriptor.digest), await bytesOf(layer.open()))
  })

  it('counts failures in a row only: progress between faults starts the count afresh', async () => {
    const { fake, client } = await setup([{ match: isPatch, nth: [2, 4, 6], fault: 'drop' }], 1)
    const { image, layer } = bigImage(3 * CHUNK + 100)
    await client.push(image, ['v1'])
    assert.equal(posts(fake), 2, 'three faults, one retry each, and never a new session')
    assert.deepEqual(fake.blobs.get(layer.descriptor.digest), await bytesOf(layer.open()))
  })

  it('takes a blob that landed although the answer was lost, without uploading again', async () => {
    const { fake, client } = await setup([{ match: isUploadPut, nth: [1], fault: 'handle-then-drop' }])
    const { image } = bigImage(100)
    const pushed = await client.push(image, ['v1'])
    assert.equal(pushed.uploadedBlobs, 2)
    assert.equal(posts(fake), 2, 'the HEAD after the reset found the blob')
  })
})

describe('credentials stay on the registry host', () => {
  it('sends no Authorization with PATCH chunks and PUTs to an upload host elsewhere', async () => {
    const storage = await startFakeRegistry()
    const fake = await startFakeRegistry({
      basic: { username: 'alice', password: 'pw-upload-secret' },
      uploadsOn: storage,
    })
    const client = new RegistryClient(parseImageReference(`${fake.server.host}/team/app`), {
      logger: new RecordingLogger(),
      chunkSizeBytes: CHUNK,
      credentials: { username: 'alice', password: 'pw-upload-secret', source: 'the test login' },
    })
    cleanups.push(
      () => storage.server.close(),
      () => fake.server.close(),
      () => client.close(),
    )
    const { image, layer } = bigImage(2 * CHUNK + 5)
    await client.push(image, ['v1'])
    assert.equal(storage.blobs.get(layer.descriptor.digest)?.length, layer.descriptor.size)
    assert.deepEqual(ranges(storage), ['0-65535', '65536-131071', '131072-131076'])
    assert.ok(
      storage.server.requests.length >= 5 &&
        storage.server.requests.every((r) => r.headers.authorization === undefined),
    )
    assert.ok(
      fake.server.requests
        .filter((r) => r.method === 'POST')
        .every((r) => r.headers.authorization?.startsWith('Basic ')),
    )
  })
})

describe('retries', () => {
  it('retries 503 on the upload with a new session each time, and 429 honouring Retry-After', async () => {
    const { fake, client, waits } = await setup([
      { match: isUploadPut, nth: [1, 2], fault: { status: 503 } },
      {
        match: (r) => r.method === 'PUT' && r.path.endsWith('/manifests/v1'),
        nth: [1],
        fault: { status: 429, headers: { 'retry-after': '3' } },
      },
    ])
    const { image } = bigImage(100)
    await client.push(image, ['v1'])
    assert.equal(posts(fake), 4, 'two blobs, two restarts')
    assert.ok(waits.includes(3000), `waited Retry-After: ${waits.join(',')}`)
    assert.ok(fake.manifests.has('v1'))
  })

  it('gives up after the retries with the status, the attempts and no tag', async () => {
    const { fake, client } = await setup([
      {
        match: (r) => r.method === 'PUT' && r.path.includes('/manifests/sha256:'),
        nth: [1, 2, 3],
        fault: { status: 500 },
      },
    ])
    const { image } = bigImage(100)
    await assert.rejects(client.push(image, ['v1']), (error: unknown) => {
      assert.ok(error instanceof RegistryError)
      assert.match(
        error.message,
        /^put manifest sha256:[0-9a-f]{64}: registry 127\.0\.0\.1:\d+ answered \(HTTP 500 UNAVAILABLE: injected after 3 attempts\)$/,
      )
      return true
    })
    assert.equal(fake.manifests.has('v1'), false, 'no tag points anywhere')
  })

  it('gives up on an upload that keeps being cut, naming the attempts', async () => {
    const { client } = await setup([{ match: isUploadPut, nth: [1, 2, 3, 4], fault: 'drop' }], 1)
    const { image } = bigImage(100)
    await assert.rejects(
      client.push(image, ['v1']),
      /upload blob sha256:[0-9a-f]{64}.*\(gave up after 2 attempts\)/,
    )
  })

  it('reports which tags were set when a later tag fails', async () => {
    const { client } = await setup([
      {
        match: (r) => r.method === 'PUT' && r.path.endsWith('/manifests/b'),
        nth: [1, 2, 3],
        fault: { status: 500 },
      },
    ])
    const { image } = bigImage(100)
    await assert.rejects(
      client.push(image, ['a', 'b']),
      /put manifest b: .*HTTP 500.*; tags already set to sha256:[0-9a-f]{64}: a$/,
    )
  })
})

describe('readChunks and rangeEnd', () => {
  it('cuts a stream into fixed chunks after skipping bytes, whatever the pieces', async () => {
    const bytes = Buffer.from('abcdefghijklmnopqrstuvwxyz')
    const pieces = (): Readable =>
      Readable.from([bytes.subarray(0, 3), bytes.subarray(3, 4), bytes.subarray(4, 20), bytes.subarray(20)])
    const collect = async (skip: number, size: number): Promise<string[]> => {
      const out: string[] = []
      for await (const chunk of readChunks(pieces(), skip, size)) out.push(chunk.toString())
      return out
    }
    assert.deepEqual(await collect(0, 10), ['abcdefghij', 'klmnopqrst', 'uvwxyz'])
    assert.deepEqual(await collect(5, 7), ['fghijkl', 'mnopqrs', 'tuvwxyz'])
    assert.deepEqual(await collect(26, 4), [])
  })

  it('reads Range headers with and without the bytes= prefix', () => {
    assert.equal(rangeEnd('0-1023'), 1023)
    assert.equal(rangeEnd('bytes=0-9'), 9)
    assert.equal(rangeEnd('5-9'), undefined)
    assert.equal(rangeEnd(undefined), undefined)
  })
})

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk)
  return Buffer.concat(chunks)
}
