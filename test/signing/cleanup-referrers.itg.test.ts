/**
 * Preview cleanup's tag removal, where it deletes a manifest by digest
 * (distribution 2.8), also deletes its bundle referrers, the `sha256-<hex>`
 * referrers index and the legacy `.sig`; a manifest another tag keeps keeps
 * its signatures too.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { NULL_LOGGER } from '../../src/logger.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { parseImageReference } from '../../src/registry/image-reference.ts'
import { RegistryClient } from '../../src/registry/registry-client.ts'
import { legacySignatureTag, referrersTag } from '../../src/signing/formats.ts'
import { openTagStore } from '../../src/tags/registry-tag-store.ts'
import { removeTags } from '../../src/tags/tag-removal.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { smallImage } from '../registry/test-image.ts'
import { newKey, signKeyBundle, signLegacy } from './key-signing.ts'

let registry: TestRegistry
let client: RegistryClient

before(async () => {
  registry = await startRegistry('plain')
  client = new RegistryClient(parseImageReference(`${registry.hostPort}/acme/preview`), {
    logger: new RecordingLogger(),
    retry: { retries: 1 },
  })
})

after(async () => {
  client.close()
  await registry.stop()
})

async function signedImage(seed: string, tags: string[]): Promise<{ digest: string; referrer: string }> {
  const { image } = smallImage(seed)
  await client.push(image, tags)
  const key = newKey()
  const referrer = await signKeyBundle(client, key, {
    mediaType: image.manifestMediaType,
    digest: image.manifestDigest,
    size: image.manifest.length,
  })
  await signLegacy(client, key, image.manifestDigest)
  return { digest: image.manifestDigest, referrer }
}

describe('preview cleanup removes referrers with the digest', () => {
  it('deletes the bundle referrer, the sha256-<hex> index and the .sig of a deleted preview manifest', async () => {
    const { digest, referrer } = await signedImage('preview-1', ['pr-1'])
    const sig = (await client.headManifest(legacySignatureTag(digest)))!.digest
    const index = (await client.headManifest(referrersTag(digest)))!.digest
    const opened = await openTagStore(`${registry.hostPort}/acme/preview`, { logger: NULL_LOGGER })
    try {
      const result = await removeTags(opened.store, ['pr-1'], NULL_LOGGER)
      assert.equal(result.method, 'manifest')
      assert.deepEqual(result.removed, [{ tag: 'pr-1', digest }])
      assert.deepEqual(new Set(result.referrers?.map((r) => r.digest)), new Set([referrer, sig, index]))
    } finally {
      await opened.close()
    }
    for (const gone of [digest, referrer, sig, index, referrersTag(digest), legacySignatureTag(digest)])
      assert.equal(await client.headManifest(gone), undefined, gone)
  })

  it('keeps the signatures of a manifest another tag still uses', async () => {
    const { digest, referrer } = await signedImage('preview-2', ['pr-2', 'main'])
    const opened = await openTagStore(`${registry.hostPort}/acme/preview`, { logger: NULL_LOGGER })
    try {
      const result = await removeTags(opened.store, ['pr-2'], NULL_LOGGER)
      assert.equal(result.kept.length, 1)
      assert.equal(result.referrers, undefined)
    } finally {
      await opened.close()
    }
    assert.equal((await client.headManifest(referrer))?.digest, referrer)
    assert.notEqual(await client.headManifest(legacySignatureTag(digest)), undefined)
  })
})
