import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { test } from 'node:test'
import { NULL_LOGGER } from '../../src/logger.ts'
import { openImageStore } from '../../src/registry/open-image-store.ts'
import { startServer } from '../registry/fake-registry.ts'

const GOOD = Buffer.from('layer bytes')
const GOOD_DIGEST = `sha256:${createHash('sha256').update(GOOD).digest('hex')}`
const LIE_DIGEST = `sha256:${'0'.repeat(64)}`

test('RegistryStore.getBlob checks the digest, honours the size limit and reads 404 as absent', async () => {
  const server = await startServer((req, res) => {
    if (req.path === '/v2/') return void res.writeHead(200).end()
    if (req.path === `/v2/acme/x/blobs/${GOOD_DIGEST}`) return void res.writeHead(200).end(GOOD)
    if (req.path === `/v2/acme/x/blobs/${LIE_DIGEST}`)
      return void res.writeHead(200).end(Buffer.from('other bytes'))
    res.writeHead(404).end()
  })
  const { store } = openImageStore(
    `${server.host}/acme/x`,
    { logger: NULL_LOGGER, registry: { retries: 0, env: {} } },
    'image',
  )
  try {
    assert.deepEqual(await store.getBlob(GOOD_DIGEST, 1024), GOOD)
    await assert.rejects(store.getBlob(GOOD_DIGEST, 4), /is 11 bytes, over the 4-byte limit/)
    await assert.rejects(
      store.getBlob(LIE_DIGEST, 1024),
      /registry returned content with digest sha256:[0-9a-f]{64} for blob sha256:0{64}/,
    )
    assert.equal(await store.getBlob(`sha256:${'1'.repeat(64)}`, 1024), undefined)
  } finally {
    store.close()
    await server.close()
  }
})
