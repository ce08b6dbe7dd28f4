/**
 * The registry half of tag removal against Debian's docker-registry 2.8:
 * RegistryClient.deleteManifest (DELETE by tag 400 → unsupported, by digest
 * 202 → every tag of it gone, absent 404; deletes switched off 405) and
 * removeTags over openTagStore, reading the result back with skopeo.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { NULL_LOGGER } from '../../src/logger.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { openTagStore } from '../../src/tags/registry-tag-store.ts'
import { removeTags } from '../../src/tags/tag-removal.ts'
import { parseImageReference } from '../../src/registry/image-reference.ts'
import { RegistryClient } from '../../src/registry/registry-client.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { skopeoListTags } from '../harness/verify.ts'
import { smallImage } from '../registry/test-image.ts'

let reg: TestRegistry
let locked: TestRegistry

before(async () => {
  ;[reg, locked] = await Promise.all([
    startRegistry('plain'),
    startRegistry('plain', { deleteEnabled: false }),
  ])
})
after(async () => {
  await Promise.all([reg?.stop(), locked?.stop()])
})

function client(registry: TestRegistry, repository: string): RegistryClient {
  return new RegistryClient(parseImageReference(`${registry.hostPort}/${repository}`), {
    logger: NULL_LOGGER,
  })
}

describe('RegistryClient.deleteManifest on distribution 2.8', () => {
  it('by tag: unsupported (400); by digest: every tag of the manifest goes; then absent', async () => {
    const repo = client(reg, 'acme/delete')
    const { image } = smallImage('d')
    await repo.push(image, ['one', 'two'])
    assert.equal(await repo.deleteManifest('one'), 'unsupported')
    assert.deepEqual((await skopeoListTags(reg, 'acme/delete')).sort(), ['one', 'two'])
    assert.equal(await repo.deleteManifest(image.manifestDigest), 'deleted')
    assert.deepEqual(await skopeoListTags(reg, 'acme/delete'), [])
    assert.equal(await repo.deleteManifest(image.manifestDigest), 'absent')
    repo.close()
  })

  it('deletes switched off: unsupported (405), nothing changes', async () => {
    const repo = client(locked, 'acme/locked')
    const { image } = smallImage('e')
    await repo.push(image, ['keep'])
    assert.equal(await repo.deleteManifest(image.manifestDigest), 'unsupported')
    assert.deepEqual(await skopeoListTags(locked, 'acme/locked'), ['keep'])
    repo.close()
  })
})

describe('removeTags over openTagStore', () => {
  it('removes the manifests only the pull request tags use and keeps the one main shares', async () => {
    const repo = client(reg, 'acme/cleanup')
    const shared = smallImage('m').image
    const own = smallImage('p').image
    await repo.push(shared, ['main', 'pr-9'])
    await repo.push(own, ['a'.repeat(40)])
    repo.close()
    const opened = await openTagStore(`${reg.hostPort}/acme/cleanup`, { logger: NULL_LOGGER })
    try {
      const result = await removeTags(opened.store, ['pr-9', 'a'.repeat(40)], new RecordingLogger())
      assert.equal(opened.store.tagApi, false)
      assert.equal(result.method, 'manifest')
      assert.deepEqual(result.removed, [{ tag: 'a'.repeat(40), digest: own.manifestDigest }])
      assert.deepEqual(
        result.kept.map((k) => [k.tag, k.digest, k.failed]),
        [['pr-9', shared.manifestDigest, false]],
      )
    } finally {
      await opened.close()
    }
    assert.deepEqual((await skopeoListTags(reg, 'acme/cleanup')).sort(), ['main', 'pr-9'])
  })
})
