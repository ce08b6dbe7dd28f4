import assert from 'node:assert/strict'
import { describe, it, test } from 'node:test'
import { parseAnnotations } from '../../src/artifact/annotations.ts'
import { buildImage, sha256 } from '../../src/artifact/oci-image.ts'
import type { PackedLayer } from '../../src/artifact/tar-layer.ts'
import { InputError } from '../../src/errors.ts'
import { resolveTags } from '../../src/tags/resolve-tags.ts'
import { createImageTarget } from '../../src/registry/target-factory.ts'
import { OciLayoutTarget } from '../../src/registry/oci-layout-target.ts'
import { NULL_LOGGER } from '../../src/logger.ts'

const LAYER: PackedLayer = {
  path: '/nonexistent',
  digest: `sha256:${'a'.repeat(64)}`,
  size: 123,
  diffId: `sha256:${'b'.repeat(64)}`,
  uncompressedSize: 2048,
  fileCount: 1,
}

test('the manifest is a plain OCI image manifest with one gzip layer and an image config', () => {
  const image = buildImage(
    LAYER,
    { url: 'https://github.com/acme/cfg', revision: 'abc', created: '2026-01-02T03:04:05Z' },
    { 'org.example.z': '1' },
  )
  const manifest = JSON.parse(image.manifest.toString()) as Record<string, unknown> & {
    config: { mediaType: string; digest: string; size: number }
    layers: { mediaType: string; digest: string; size: number }[]
    annotations: Record<string, string>
  }
  assert.equal(manifest['schemaVersion'], 2)
  assert.equal(manifest['mediaType'], 'application/vnd.oci.image.manifest.v1+json')
  assert.deepEqual(manifest.layers, [
    { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: LAYER.digest, size: 123 },
  ])
  assert.equal(manifest.config.mediaType, 'application/vnd.oci.image.config.v1+json')
  assert.deepEqual(Object.keys(manifest.annotations), [
    'org.example.z',
    'org.opencontainers.image.created',
    'org.opencontainers.image.revision',
    'org.opencontainers.image.source',
  ])
  assert.equal(image.manifestDigest, sha256(image.manifest))
  const configBlob = image.blobs[0]!
  assert.equal(configBlob.descriptor.digest, manifest.config.digest)
})

test('the config names the diff_id (umoci needs rootfs.type layers)', async () => {
  const image = buildImage(LAYER, {})
  const chunks: Buffer[] = []
  for await (const chunk of image.blobs[0]!.open()) chunks.push(chunk as Buffer)
  const config = JSON.parse(Buffer.concat(chunks).toString()) as {
    rootfs: unknown
    architecture: string
    os: string
  }
  assert.deepEqual(config.rootfs, { type: 'layers', diff_ids: [LAYER.diffId] })
  assert.equal(config.os, 'linux')
  assert.equal(JSON.parse(image.manifest.toString()).annotations, undefined)
})

test('the same inputs give the same manifest digest; the commit time changes it', () => {
  const a = buildImage(LAYER, { revision: 'r', created: '2026-01-01T00:00:00Z' })
  const b = buildImage(LAYER, { revision: 'r', created: '2026-01-01T00:00:00Z' })
  const c = buildImage(LAYER, { revision: 'r', created: '2026-01-01T00:00:01Z' })
  assert.equal(a.manifestDigest, b.manifestDigest)
  assert.notEqual(a.manifestDigest, c.manifestDigest)
})

test('annotations parse key=value lines and reject junk', () => {
  assert.deepEqual(parseAnnotations(['a.b/c=x=y', '', ' k = v ']), { 'a.b/c': 'x=y', k: 'v' })
  assert.throws(() => parseAnnotations(['=v']), InputError)
  assert.throws(() => parseAnnotations(['-a=v']), InputError)
})

test('tags: SHA first, then the image tag, then extras; deduplicated and validated', () => {
  assert.deepEqual(resolveTags({ revision: 'abc', imageTag: 'v1', extra: ['latest', 'abc', ' '] }), [
    'abc',
    'v1',
    'latest',
  ])
  assert.deepEqual(resolveTags({ extra: ['x'] }), ['x'])
  assert.throws(() => resolveTags({ extra: [] }), /no tag to push/)
  assert.throws(() => resolveTags({ extra: ['-bad'] }), InputError)
  assert.throws(() => resolveTags({ extra: ['a'.repeat(129)] }), InputError)
  assert.deepEqual(resolveTags({ extra: ['a'.repeat(128)] }), ['a'.repeat(128)])
})

test('image values: oci-layout with and without a tag, registry references, digests refused', () => {
  const withTag = createImageTarget('oci-layout:out/dir:v2', { logger: NULL_LOGGER })
  assert.ok(withTag.target instanceof OciLayoutTarget)
  assert.equal(withTag.tag, 'v2')
  assert.equal(withTag.target.describe(), 'oci-layout:out/dir')
  const noTag = createImageTarget('oci-layout:out/dir', { logger: NULL_LOGGER })
  assert.equal(noTag.tag, undefined)
  const registry = createImageTarget('127.0.0.1:5000/cfg/app:main', { logger: NULL_LOGGER })
  assert.equal(registry.tag, 'main')
  assert.throws(() => createImageTarget('oci-layout:', { logger: NULL_LOGGER }), /names no directory/)
  assert.throws(() => createImageTarget('', { logger: NULL_LOGGER }), /image is empty/)
  assert.throws(
    () => createImageTarget(`reg.io/app@sha256:${'c'.repeat(64)}`, { logger: NULL_LOGGER }),
    /contains a digest/,
  )
})

describe('reserved annotations (issue 15)', () => {
  it('refuses a user revision or created annotation with an input error naming it', () => {
    for (const key of ['org.opencontainers.image.revision', 'org.opencontainers.image.created']) {
      assert.throws(
        () => parseAnnotations([`${key}=x`], 'annotations'),
        (e: unknown) => e instanceof InputError && e.message.includes(`"${key}" is set by configsync-oci`),
      )
    }
    assert.deepEqual(parseAnnotations(['org.opencontainers.image.vendor=Acme']), {
      'org.opencontainers.image.vendor': 'Acme',
    })
  })
})
