/**
 * Referrers: attach and list against the real distribution 2.8 (no
 * referrers API, so the sha256-<hex> tag schema runs for real, concurrent
 * writers included) and against a fake with the referrers API and If-Match.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Descriptor } from '../../src/artifact/types.ts'
import { MEDIA_TYPE } from '../../src/artifact/media-types.ts'
import { RegistryError } from '../../src/errors.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { parseImageReference } from '../../src/registry/image-reference.ts'
import { RegistryClient } from '../../src/registry/registry-client.ts'
import {
  EMPTY_DESCRIPTOR,
  SIGNING_ANNOTATION,
  SIGNING_MEDIA_TYPE,
  referrersTag,
} from '../../src/signing/formats.ts'
import {
  attachReferrer,
  attachReferrers,
  listReferrers,
  type ReferrerArtifact,
} from '../../src/signing/referrers.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { skopeoListTags, skopeoRawManifest } from '../harness/verify.ts'
import { smallImage } from '../registry/test-image.ts'
import { startOci11Registry, type Oci11Registry } from './fake-oci11-registry.ts'

const REPO = 'team/config'
let registry: TestRegistry
const fakes: Oci11Registry[] = []
const clients: RegistryClient[] = []

before(async () => {
  registry = await startRegistry('plain')
})

after(async () => {
  for (const client of clients) client.close()
  await registry.stop()
  await Promise.all(fakes.map((fake) => fake.server.close()))
})

function clientOn(host: string): RegistryClient {
  const client = new RegistryClient(parseImageReference(`${host}/${REPO}`), {
    logger: new RecordingLogger(),
    retry: { retries: 1 },
  })
  clients.push(client)
  return client
}

/** Pushes a fresh small image and returns its descriptor. */
async function pushSubject(client: RegistryClient, seed: string): Promise<Descriptor> {
  const { image } = smallImage(seed)
  await client.push(image, [])
  return { mediaType: image.manifestMediaType, digest: image.manifestDigest, size: image.manifest.length }
}

function artifact(label: string, predicateType = 'https://example.test/predicate/v1'): ReferrerArtifact {
  return {
    label,
    artifactType: SIGNING_MEDIA_TYPE.sigstoreBundle,
    layerMediaType: SIGNING_MEDIA_TYPE.sigstoreBundle,
    content: Buffer.from(JSON.stringify({ label })),
    annotations: {
      [SIGNING_ANNOTATION.bundleContent]: 'dsse-envelope',
      [SIGNING_ANNOTATION.bundlePredicateType]: predicateType,
    },
  }
}

const fast = { logger: new RecordingLogger(), settleMs: 40, created: '2026-12-08T05:00:00Z' }

describe('referrers on distribution 2.8 (tag schema)', () => {
  it('pushes the referrer manifest and lists it in the sha256-<hex> index', async () => {
    const client = clientOn(registry.hostPort)
    const subject = await pushSubject(client, 'one')
    const attached = await attachReferrer(client, subject, artifact('signature'), fast)
    assert.equal(attached.indexing, 'tag-schema')

    const raw = JSON.parse((await skopeoRawManifest(registry, `${REPO}@${attached.digest}`)).toString('utf8'))
    assert.equal(raw.artifactType, SIGNING_MEDIA_TYPE.sigstoreBundle)
    assert.deepEqual(raw.config, EMPTY_DESCRIPTOR)
    assert.equal(raw.layers.length, 1)
    assert.deepEqual(raw.subject, subject)
    assert.equal(raw.annotations[SIGNING_ANNOTATION.created], '2026-12-08T05:00:00Z')
    assert.equal((await client.getBlob(EMPTY_DESCRIPTOR.digest))?.toString(), '{}')

    const index = JSON.parse(
      (await skopeoRawManifest(registry, `${REPO}:${referrersTag(subject.digest)}`)).toString('utf8'),
    )
    assert.equal(index.mediaType, MEDIA_TYPE.imageIndex)
    assert.deepEqual(
      index.manifests.map((m: { digest: string }) => m.digest),
      [attached.digest],
    )
    assert.equal(index.manifests[0].artifactType, SIGNING_MEDIA_TYPE.sigstoreBundle)
    assert.ok((await skopeoListTags(registry, REPO)).includes(referrersTag(subject.digest)))

    const listed = await listReferrers(client, subject.digest, SIGNING_MEDIA_TYPE.sigstoreBundle)
    assert.equal(listed.indexing, 'tag-schema')
    assert.deepEqual(
      listed.manifests.map((m) => m.digest),
      [attached.digest],
    )
    assert.deepEqual((await listReferrers(client, subject.digest, 'application/x-other')).manifests, [])
  })

  it('keeps every entry when several signers attach to one digest at once', async () => {
    const client = clientOn(registry.hostPort)
    const subject = await pushSubject(client, 'concurrent')
    // Separate clients: separate connections, as separate publishes would have.
    const attached = await Promise.all(
      ['a', 'b', 'c', 'd'].map((name) =>
        attachReferrer(clientOn(registry.hostPort), subject, artifact(name), fast),
      ),
    )
    const listed = await listReferrers(client, subject.digest)
    assert.deepEqual(new Set(listed.manifests.map((m) => m.digest)), new Set(attached.map((a) => a.digest)))
    assert.equal(listed.manifests.length, 4)
  })

  it('adds several artifacts in one index update and keeps earlier entries', async () => {
    const client = clientOn(registry.hostPort)
    const subject = await pushSubject(client, 'batch')
    const first = await attachReferrer(client, subject, artifact('first'), fast)
    const more = await attachReferrers(
      client,
      subject,
      [artifact('provenance'), artifact('validation')],
      fast,
    )
    const listed = await listReferrers(client, subject.digest)
    assert.deepEqual(
      listed.manifests.map((m) => m.digest),
      [first.digest, ...more.map((a) => a.digest)],
    )
    // Attaching the same artifact again adds no duplicate.
    await attachReferrer(client, subject, artifact('first'), fast)
    assert.equal((await listReferrers(client, subject.digest)).manifests.length, 3)
  })

  it('refuses to overwrite a sha256-<hex> tag that is not an index', async () => {
    const client = clientOn(registry.hostPort)
    const subject = await pushSubject(client, 'squatted')
    const { image } = smallImage('squatter')
    await client.push(image, [referrersTag(subject.digest)])
    await assert.rejects(attachReferrer(client, subject, artifact('signature'), fast), (error: unknown) => {
      assert.ok(error instanceof RegistryError)
      assert.match(
        error.message,
        /attaching the signature to .*@sha256:[0-9a-f]{64} failed: .*not the OCI image index of the referrers tag schema/,
      )
      return true
    })
    const still = await client.getManifest(referrersTag(subject.digest))
    assert.equal(still?.digest, image.manifestDigest)
  })
})

describe('referrers on a registry with the referrers API', () => {
  it('lets the registry index the referrer (OCI-Subject) and writes no tag', async () => {
    const fake = await startOci11Registry()
    fakes.push(fake)
    const client = clientOn(fake.host)
    const subject = await pushSubject(client, 'api')
    const attached = await attachReferrers(
      client,
      subject,
      [artifact('signature'), artifact('provenance', 'https://slsa.dev/provenance/v1')],
      fast,
    )
    assert.deepEqual(
      attached.map((a) => a.indexing),
      ['referrers-api', 'referrers-api'],
    )
    assert.equal(fake.manifests.has(referrersTag(subject.digest)), false)
    const listed = await listReferrers(client, subject.digest, SIGNING_MEDIA_TYPE.sigstoreBundle)
    assert.equal(listed.indexing, 'referrers-api')
    assert.deepEqual(new Set(listed.manifests.map((m) => m.digest)), new Set(attached.map((a) => a.digest)))
    const provenance = listed.manifests.find(
      (m) => m.annotations?.[SIGNING_ANNOTATION.bundlePredicateType] === 'https://slsa.dev/provenance/v1',
    )
    assert.equal(provenance?.digest, attached[1]?.digest)
    assert.ok(
      fake.server.requests.some(
        (r) => r.path === `/v2/${REPO}/referrers/${subject.digest}` && r.query.get('artifactType') !== null,
      ),
    )
  })

  it('uses If-Match on the tag schema index and re-merges after a 412', async () => {
    const fake = await startOci11Registry({ referrersApi: false })
    fakes.push(fake)
    const client = clientOn(fake.host)
    const subject = await pushSubject(client, 'etag')
    const attached = await Promise.all(
      ['a', 'b', 'c'].map((name) => attachReferrer(clientOn(fake.host), subject, artifact(name), fast)),
    )
    assert.ok(attached.every((a) => a.indexing === 'tag-schema'))
    const listed = await listReferrers(client, subject.digest)
    assert.equal(listed.indexing, 'tag-schema')
    assert.deepEqual(new Set(listed.manifests.map((m) => m.digest)), new Set(attached.map((a) => a.digest)))
    const conditional = fake.server.requests.filter(
      (r) => r.method === 'PUT' && r.path.endsWith(`/manifests/${referrersTag(subject.digest)}`),
    )
    assert.ok(
      conditional.some((r) => r.headers['if-match'] !== undefined),
      'a write over an existing index must be conditional',
    )
    assert.ok(fake.preconditionFailures > 0, 'three writers at once: at least one If-Match must have failed')
  })

  it('says which artifact the registry refused, and writes no tag', async () => {
    const fake = await startOci11Registry({ refuseSubject: true })
    fakes.push(fake)
    const client = clientOn(fake.host)
    const subject = await pushSubject(client, 'refused')
    await assert.rejects(attachReferrer(client, subject, artifact('signature'), fast), (error: unknown) => {
      assert.ok(error instanceof RegistryError)
      assert.equal(error.status, 400)
      assert.match(
        error.message,
        /attaching the signature to .*team\/config@sha256:[0-9a-f]{64} failed: put manifest sha256:[0-9a-f]{64}: .*MANIFEST_INVALID/,
      )
      return true
    })
    assert.deepEqual(
      [...fake.manifests.keys()].filter((k) => !k.startsWith('sha256:')),
      [],
    )
  })
})
