/**
 * Retagging against the real registry (and an OCI layout): the stored
 * manifest goes under new tags byte for byte, and the registry's own access
 * log shows that no blob upload was even started.
 */
import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { NULL_LOGGER } from '../../src/logger.ts'
import { openImageStore } from '../../src/registry/open-image-store.ts'
import {
  describeStoredArtifact,
  findStoredArtifact,
  hasSameContent,
  retagArtifact,
} from '../../src/tags/stored-artifact.ts'
import { runCliCaptured } from '../harness/cli-io.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'
import { skopeoListTags, skopeoRawManifest } from '../harness/verify.ts'
import { SHOP_NEW, SHOP_OLD } from '../diff/diff-fixtures.ts'
import { pushDirectory } from '../diff/raw-publish.ts'
import { blobUploads, logWatch } from './registry-log.ts'

let reg: TestRegistry
let work: string
let oldDigest: string

before(async () => {
  reg = await startRegistry('plain')
  work = await makeTempDir('retag-itg')
  oldDigest = (await pushDirectory(SHOP_OLD, `${reg.hostPort}/acme/shop`, ['main'])).digest
  await pushDirectory(SHOP_NEW, `${reg.hostPort}/acme/shop`, ['next'])
})
after(async () => {
  await reg?.stop()
  await removeDir(work)
})

describe('registry', () => {
  test('findStoredArtifact reads the diff_id; the same directory packed again has the same content', async () => {
    const { store } = openImageStore(`${reg.hostPort}/acme/shop`, { logger: NULL_LOGGER }, 'image')
    try {
      const main = await findStoredArtifact(store, 'main')
      const again = await pushDirectory(SHOP_OLD, `oci-layout:${join(work, 'probe')}`, ['x'])
      assert.equal(main?.manifest.digest, oldDigest)
      assert.equal(again.digest, oldDigest, 'deterministic: the same directory gives the same digest')
      const next = await findStoredArtifact(store, 'next')
      assert.ok(main?.diffId !== undefined && next?.diffId !== undefined)
      assert.equal(hasSameContent(main, next.diffId), false)
      assert.equal(hasSameContent(main, main.diffId), true)
      assert.equal(await findStoredArtifact(store, 'missing'), undefined)
    } finally {
      store.close()
    }
  })

  test('retagArtifact: new tags on the same digest, byte-identical manifest, no blob upload started', async () => {
    const { store } = openImageStore(`${reg.hostPort}/acme/shop`, { logger: NULL_LOGGER }, 'image')
    const watch = logWatch(reg)
    try {
      const main = await findStoredArtifact(store, 'main')
      assert.ok(main)
      await watch.mark()
      const pushed = await retagArtifact(store, main, ['prod', 'v1.2.3'], NULL_LOGGER)
      assert.equal(pushed.digest, oldDigest)
      assert.equal(pushed.uploadedBlobs, 0)
      const requests = await watch.requests()
      assert.deepEqual(blobUploads(requests, 'acme/shop'), [])
      assert.ok(!requests.some((r) => /\/blobs\//.test(r)), `no blob request at all: ${requests.join(', ')}`)
      assert.deepEqual(
        requests.filter((r) => r.startsWith('PUT ')).sort(),
        [
          `PUT /v2/acme/shop/manifests/${oldDigest}`,
          'PUT /v2/acme/shop/manifests/prod',
          'PUT /v2/acme/shop/manifests/v1.2.3',
        ].sort(),
      )
      const original = await skopeoRawManifest(reg, 'acme/shop:main')
      assert.deepEqual(await skopeoRawManifest(reg, 'acme/shop:prod'), original)
      assert.deepEqual((await skopeoListTags(reg, 'acme/shop')).sort(), ['main', 'next', 'prod', 'v1.2.3'])
    } finally {
      store.close()
    }
  })

  test('describeStoredArtifact counts the files and objects of the layer', async () => {
    const { store } = openImageStore(`${reg.hostPort}/acme/shop`, { logger: NULL_LOGGER }, 'image')
    try {
      const next = await findStoredArtifact(store, 'next')
      assert.ok(next)
      const description = await describeStoredArtifact(store, next)
      assert.deepEqual(
        [description.layer.fileCount, description.manifestFiles, description.objectCount],
        [6, 5, 5],
      )
      assert.equal(description.layer.diffId, next.diffId)
    } finally {
      store.close()
    }
  })
})

describe('OCI layout', () => {
  test('retag adds index entries for the same manifest and writes no blob', async () => {
    const layout = join(work, 'layout')
    const pushed = await pushDirectory(SHOP_OLD, `oci-layout:${layout}`, ['main'])
    const blobsBefore = (await readdir(join(layout, 'blobs', 'sha256'))).sort()
    const { store } = openImageStore(`oci-layout:${layout}`, { logger: NULL_LOGGER }, 'image')
    const main = await findStoredArtifact(store, 'main')
    assert.ok(main)
    const retagged = await retagArtifact(store, main, ['prod'], NULL_LOGGER)
    assert.equal(retagged.digest, pushed.digest)
    assert.equal(retagged.uploadedBlobs, 0)
    assert.deepEqual((await readdir(join(layout, 'blobs', 'sha256'))).sort(), blobsBefore)
    const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as {
      manifests: { digest: string; annotations: Record<string, string> }[]
    }
    assert.deepEqual(
      index.manifests.map((m) => [m.annotations['org.opencontainers.image.ref.name'], m.digest]).sort(),
      [
        ['main', pushed.digest],
        ['prod', pushed.digest],
      ],
    )
  })
})

describe('configsync-oci promote', () => {
  test('FROM TAG…: tags the digest, prints the pinned image, uploads nothing', async () => {
    const watch = logWatch(reg)
    await watch.mark()
    const run = await runCliCaptured([
      'promote',
      `${reg.hostPort}/acme/shop@${oldDigest}`,
      'stable',
      'eu',
      '--format',
      'json',
      '-q',
    ])
    assert.equal(run.code, 0, run.stderr)
    assert.deepEqual(JSON.parse(run.stdout), {
      digest: oldDigest,
      image: `${reg.hostPort}/acme/shop@${oldDigest}`,
      tags: ['stable', 'eu'],
      uploadedBlobs: 0,
    })
    assert.deepEqual(blobUploads(await watch.requests(), 'acme/shop'), [])
    assert.deepEqual(
      await skopeoRawManifest(reg, 'acme/shop:stable'),
      await skopeoRawManifest(reg, 'acme/shop:main'),
    )
    const text = await runCliCaptured(['promote', `${reg.hostPort}/acme/shop:next`, 'canary', '-q'])
    assert.equal(text.code, 0, text.stderr)
    assert.match(
      text.stdout,
      new RegExp(`^image:  ${reg.hostPort}/acme/shop@sha256:[0-9a-f]{64}\\ntags:   canary\\n$`),
    )
  })
  test('a missing FROM fails (1); a missing TAG is a usage error (2)', async () => {
    const missing = await runCliCaptured(['promote', `${reg.hostPort}/acme/shop:nope`, 'prod'])
    assert.equal(missing.code, 1)
    assert.match(missing.stderr, /acme\/shop:nope does not exist in 127\.0\.0\.1:\d+\/acme\/shop/)
    const usage = await runCliCaptured(['promote', `${reg.hostPort}/acme/shop:main`])
    assert.equal(usage.code, 2)
    assert.match(usage.stderr, /promote takes FROM and at least one TAG/)
  })
})
