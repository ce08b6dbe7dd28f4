/**
 * Pushes through a fault-injecting proxy in front of the real registry
 * (distribution 2.8.2): cut bodies, lost answers, 500/503, 429 with
 * Retry-After and stalls. Every push either succeeds with the right digest
 * (skopeo reads the manifest and copies every blob with its digest checked)
 * or fails with a RegistryError, and no tag ever points at an incomplete
 * artifact. Also: two runs pushing the same tag at once.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { MEDIA_TYPE } from '../../src/artifact/media-types.ts'
import type { BuiltImage } from '../../src/artifact/types.ts'
import { RegistryError } from '../../src/errors.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { parseImageReference } from '../../src/registry/image-reference.ts'
import { RegistryClient } from '../../src/registry/registry-client.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'
import { skopeoCopyToLayout, skopeoRawManifest } from '../harness/verify.ts'
import { startFaultProxy, type Fault, type FaultProxy, type ProxiedRequest } from './fault-proxy.ts'
import { blobOf, imageOf, sha256, smallImage } from './test-image.ts'

const CHUNK = 64 * 1024
let reg: TestRegistry
let proxy: FaultProxy
let work: string
const clients: RegistryClient[] = []

before(async () => {
  reg = await startRegistry('plain')
  proxy = await startFaultProxy(reg.hostPort)
  work = await makeTempDir('resilient')
})
after(async () => {
  for (const client of clients) client.close()
  await proxy?.close()
  await reg?.stop()
  await removeDir(work)
})

function client(
  repo: string,
  via: 'proxy' | 'direct' = 'proxy',
  retries = 3,
): { client: RegistryClient; logger: RecordingLogger } {
  const logger = new RecordingLogger()
  const host = via === 'proxy' ? proxy.host : reg.hostPort
  const created = new RegistryClient(parseImageReference(`${host}/${repo}`), {
    logger,
    chunkSizeBytes: CHUNK,
    idleTimeoutMs: 400,
    retry: { retries, baseDelayMs: 10, maxDelayMs: 40 },
  })
  clients.push(created)
  return { client: created, logger }
}

function rule(match: (r: ProxiedRequest) => boolean, fault: Fault, times = 1): void {
  proxy.rules.push({ match, fault, times })
}

const uploadPut = (r: ProxiedRequest): boolean => r.method === 'PUT' && r.path.includes('/blobs/uploads/')
const patch = (r: ProxiedRequest): boolean => r.method === 'PATCH'
const manifestPut =
  (ref: string) =>
  (r: ProxiedRequest): boolean =>
    r.method === 'PUT' && r.path.endsWith(`/manifests/${ref}`)

/** The tag serves exactly this manifest, and skopeo copies every blob with its digest verified. */
async function assertComplete(repo: string, tag: string, image: BuiltImage): Promise<void> {
  assert.deepEqual(await skopeoRawManifest(reg, `${repo}:${tag}`), image.manifest)
  const layout = join(work, `${repo.replace(/\//g, '-')}-${tag}-${randomBytes(3).toString('hex')}`)
  await skopeoCopyToLayout(reg, `${repo}:${tag}`, layout, tag)
  await removeDir(layout)
}

function bigImage(size: number, seed: string): BuiltImage {
  return imageOf(blobOf(Buffer.from(`{"seed":"${seed}"}`), MEDIA_TYPE.imageConfig), [
    blobOf(randomBytes(size), MEDIA_TYPE.layerTarGzip),
  ])
}

describe('pushes through faults', () => {
  it('survives a cut body, a lost answer, a 500 and a stall, and the tag is complete', async () => {
    rule(uploadPut, { kind: 'cut-body', afterBytes: 10 })
    rule((r) => r.method === 'HEAD' && r.path.includes('/blobs/'), { kind: 'status', status: 500 })
    rule((r) => r.method === 'POST', { kind: 'stall' })
    rule((r) => r.method === 'PUT' && r.path.includes('/manifests/sha256:'), { kind: 'lose-answer' })
    const { image } = smallImage('faults')
    const { client: c, logger } = client('faults/app')
    const pushed = await c.push(image, ['v1'])
    assert.equal(pushed.digest, image.manifestDigest)
    assert.deepEqual(
      proxy.rules.map((r) => r.times),
      [0, 0, 0, 0],
      `every fault fired: ${proxy.log.join(' | ')}`,
    )
    assert.match(logger.lines.join('\n'), /retry 1 of 3/)
    await assertComplete('faults/app', 'v1', image)
    proxy.rules.length = 0
  })

  it('survives cut and lost chunks of a chunked upload', async () => {
    rule(patch, { kind: 'cut-body', afterBytes: 1000 })
    rule(patch, { kind: 'lose-answer' })
    const image = bigImage(4 * CHUNK + 7, 'chunked')
    const pushed = await client('faults/chunked').client.push(image, ['v1'])
    assert.equal(pushed.digest, image.manifestDigest)
    assert.deepEqual(
      proxy.rules.map((r) => r.times),
      [0, 0],
    )
    assert.ok(
      proxy.log.filter((l) => l.startsWith('PATCH')).length > 5,
      'chunks went up as PATCHes, some twice',
    )
    await assertComplete('faults/chunked', 'v1', image)
    proxy.rules.length = 0
  })

  it('waits as long as a 429 Retry-After says', async () => {
    rule(manifestPut('v1'), { kind: 'status', status: 429, headers: { 'retry-after': '1' } })
    const { image } = smallImage('throttled')
    const started = Date.now()
    await client('faults/throttled').client.push(image, ['v1'])
    assert.ok(Date.now() - started >= 1000, 'waited at least the Retry-After second')
    await assertComplete('faults/throttled', 'v1', image)
    proxy.rules.length = 0
  })

  it('fails clearly when the manifest never goes in, and leaves no tag', async () => {
    rule((r) => r.method === 'PUT' && r.path.includes('/manifests/'), { kind: 'status', status: 503 }, 100)
    const { image } = smallImage('down')
    await assert.rejects(client('faults/down').client.push(image, ['v1']), (error: unknown) => {
      assert.ok(error instanceof RegistryError)
      assert.match(
        error.message,
        /^put manifest sha256:[0-9a-f]{64}: registry 127\.0\.0\.1:\d+ answered \(HTTP 503 UNAVAILABLE: injected by the fault proxy after 4 attempts\)$/,
      )
      return true
    })
    assert.deepEqual(await client('faults/down', 'direct').client.listTags(), [])
    proxy.rules.length = 0
  })
})

describe('storms of random faults', () => {
  const faults: Fault[] = [
    { kind: 'status', status: 500 },
    { kind: 'status', status: 503 },
    { kind: 'status', status: 429, headers: { 'retry-after': '0' } },
    { kind: 'cut-body', afterBytes: 5 },
    { kind: 'lose-answer' },
    { kind: 'stall' },
  ]
  const storms = [
    {
      name: 'a quarter of all requests, 3 retries',
      seed: 0x5eed,
      rate: 0.25,
      retries: 3,
      pushes: 8,
      minOk: 6,
    },
    {
      name: 'almost half of all requests, 1 retry',
      seed: 0xbad,
      rate: 0.45,
      retries: 1,
      pushes: 6,
      minOk: 0,
    },
  ]
  for (const storm of storms) {
    it(`${storm.name}: every push succeeds with the right digest or fails with a RegistryError; every tag is complete`, async (t) => {
      const random = mulberry32(storm.seed)
      const repo = `storm/r${storm.seed}`
      // One rule that fires on a share of all requests, picking a fault at random.
      proxy.rules.push({
        match: () => random() < storm.rate,
        get fault(): Fault {
          return faults[Math.floor(random() * faults.length)] ?? faults[0]!
        },
        times: 10_000,
      })
      const firstRequest = proxy.log.length
      const outcomes: { tag: string; image: BuiltImage; ok: boolean }[] = []
      for (let i = 0; i < storm.pushes; i++) {
        const image =
          i % 2 === 0
            ? smallImage(`storm-${storm.seed}-${i}`).image
            : bigImage(2 * CHUNK + i, `storm-${storm.seed}-${i}`)
        const tag = `run-${i}`
        const ok = await client(repo, 'proxy', storm.retries)
          .client.push(image, [tag])
          .then(
            (pushed) => (assert.equal(pushed.digest, image.manifestDigest), true),
            (error: unknown) => (
              assert.ok(error instanceof RegistryError, String(error)),
              t.diagnostic(`${tag}: ${error.message}`),
              false
            ),
          )
        outcomes.push({ tag, image, ok })
      }
      proxy.rules.length = 0
      const stormLog = proxy.log.slice(firstRequest)
      const injected = stormLog.filter((l) => l.includes('[')).length
      t.diagnostic(
        `${injected} faults in ${stormLog.length} requests; pushes ok: ${outcomes.map((o) => o.ok).join(',')}`,
      )
      assert.ok(injected >= 10, `the storm injected ${injected} faults`)
      assert.ok(outcomes.filter((o) => o.ok).length >= storm.minOk, 'enough pushes got through')
      const tags = await client(repo, 'direct').client.listTags()
      for (const { tag, image, ok } of outcomes) {
        if (ok) assert.ok(tags.includes(tag), `${tag} was pushed`)
        // A tag exists only for a complete artifact: the one its run built.
        if (tags.includes(tag)) await assertComplete(repo, tag, image)
      }
    })
  }
})

describe('concurrency', () => {
  it('two runs pushing the same tag at once both succeed, and the tag is one of them, complete', async () => {
    for (let round = 0; round < 3; round++) {
      const a = smallImage(`race-a-${round}`).image
      const b = smallImage(`race-b-${round}`).image
      const [pa, pb] = await Promise.all([
        client('race/app', 'direct').client.push(a, ['live']),
        client('race/app', 'direct').client.push(b, ['live']),
      ])
      assert.deepEqual([pa.digest, pb.digest], [a.manifestDigest, b.manifestDigest])
      const served = await skopeoRawManifest(reg, 'race/app:live')
      const winner = sha256(served) === a.manifestDigest ? a : b
      assert.ok(
        [a.manifestDigest, b.manifestDigest].includes(sha256(served)),
        'the tag is one of the two manifests',
      )
      await assertComplete('race/app', 'live', winner)
    }
  })
})

/** A small seeded PRNG, so a failing storm can be replayed. */
function mulberry32(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
