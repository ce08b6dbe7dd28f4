import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import { RegistryError } from '../../src/errors.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import type { Credentials } from '../../src/registry/auth.ts'
import { HttpTransport } from '../../src/registry/http-transport.ts'
import { parseImageReference } from '../../src/registry/image-reference.ts'
import { RegistryClient, type RegistryClientOptions } from '../../src/registry/registry-client.ts'
import {
  startFakeRegistry,
  startServer,
  type FakeRegistry,
  type FakeRegistryOptions,
} from './fake-registry.ts'
import { smallImage } from './test-image.ts'

const PASSWORD = 'pw-Very-Secret-42'
const CREDS: Credentials = { username: 'alice', password: PASSWORD, source: 'the username/password inputs' }
const OTHER_DIGEST = `sha256:${'b'.repeat(64)}`

const cleanups: (() => unknown)[] = []
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

async function setup(
  fakeOptions: FakeRegistryOptions = {},
  clientOptions: Partial<RegistryClientOptions> = {},
): Promise<{ fake: FakeRegistry; client: RegistryClient; logger: RecordingLogger }> {
  const fake = await startFakeRegistry(fakeOptions)
  const logger = new RecordingLogger()
  const client = new RegistryClient(parseImageReference(`${fake.server.host}/team/app`), {
    logger,
    ...clientOptions,
  })
  cleanups.push(
    () => fake.server.close(),
    () => client.close(),
  )
  return { fake, client, logger }
}

function manifestPuts(fake: FakeRegistry): string[] {
  return fake.server.requests
    .filter((r) => r.method === 'PUT' && r.path.includes('/manifests/'))
    .map((r) => r.path.split('/').at(-1) ?? '')
}

function assertRegistryError(pattern: RegExp, check: (error: RegistryError) => void = () => {}) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof RegistryError, `expected a RegistryError, got ${String(error)}`)
    assert.match(error.message, pattern)
    check(error)
    return true
  }
}

describe('RegistryClient against a fake registry', () => {
  it('pushes blobs, the manifest by digest, then each tag; reads them back', async () => {
    const { fake, client } = await setup()
    const { image, blobs } = smallImage()
    const pushed = await client.push(image, ['v1', 'latest'])
    assert.deepEqual(pushed, {
      digest: image.manifestDigest,
      reference: `${fake.server.host}/team/app@${image.manifestDigest}`,
      tags: ['v1', 'latest'],
      uploadedBlobs: 2,
      skippedBlobs: 0,
    })
    assert.deepEqual(manifestPuts(fake), [image.manifestDigest, 'v1', 'latest'])
    const upload = fake.server.requests.find((r) => r.method === 'PUT' && r.path.includes('/blobs/uploads/'))
    assert.equal(upload?.headers['content-type'], 'application/octet-stream')
    assert.equal(upload?.headers['content-length'], String(blobs[0]?.descriptor.size))
    assert.equal(upload?.query.get('_state'), 'abc+def=', 'the upload state survives the digest parameter')
    for (const blob of blobs) assert.ok(fake.blobs.has(blob.descriptor.digest))

    const fetched = await client.getManifest('v1')
    assert.deepEqual(fetched, {
      mediaType: image.manifestMediaType,
      digest: image.manifestDigest,
      body: image.manifest,
    })
    assert.deepEqual(await client.headManifest('latest'), {
      mediaType: image.manifestMediaType,
      digest: image.manifestDigest,
      size: image.manifest.length,
    })
    assert.equal(await client.getManifest('nope'), undefined)
    assert.deepEqual((await client.listTags()).sort(), ['latest', 'v1'])
    const get = fake.server.requests.find((r) => r.method === 'GET' && r.path.endsWith('/manifests/v1'))
    assert.match(get?.headers.accept ?? '', /application\/vnd\.oci\.image\.manifest\.v1\+json/)
    assert.match(get?.headers.accept ?? '', /application\/vnd\.docker\.distribution\.manifest\.v2\+json/)
  })

  it('skips blobs the registry already has', async () => {
    const { fake, client } = await setup()
    const { image, blobs } = smallImage()
    await client.push(image, ['v1'])
    const again = await client.push(image, ['v2'])
    assert.equal(again.uploadedBlobs, 0)
    assert.equal(again.skippedBlobs, 2)
    assert.deepEqual(
      blobs.map((b) => b.opened()),
      [1, 1],
      'existing blobs are not read again',
    )
    assert.equal(fake.server.requests.filter((r) => r.method === 'POST').length, 2)
  })

  it('refuses to tag when the registry reports another manifest digest', async () => {
    const { fake, client } = await setup({ manifestDigest: OTHER_DIGEST })
    const { image } = smallImage()
    await assert.rejects(
      client.push(image, ['v1']),
      assertRegistryError(
        new RegExp(`registry returned digest ${OTHER_DIGEST} for manifest ${image.manifestDigest}`),
      ),
    )
    assert.deepEqual(manifestPuts(fake), [image.manifestDigest], 'no tag PUT after the mismatch')
  })

  it('names the credential source and user on a 401, never the password', async () => {
    const { fake, client, logger } = await setup(
      { basic: { username: 'alice', password: 'right' } },
      { credentials: CREDS },
    )
    await assert.rejects(
      client.push(smallImage().image, ['v1']),
      assertRegistryError(
        /^check blob sha256:[0-9a-f]{64}: registry 127\.0\.0\.1:\d+ rejected the username\/password inputs \(user "alice"\) \(HTTP 401\)$/,
        (error) => {
          assert.equal(error.status, 401)
          assert.match(error.hint ?? '', /push to 127\.0\.0\.1:\d+\/team\/app/)
          assert.doesNotMatch(`${error.message}${error.hint}`, new RegExp(PASSWORD))
        },
      ),
    )
    assert.deepEqual(manifestPuts(fake), [])
    assert.doesNotMatch(logger.lines.join('\n'), new RegExp(`${PASSWORD}|Basic |authorization`, 'i'))
  })

  it('says that credentials are missing when none were given', async () => {
    const { client } = await setup({ basic: { username: 'alice', password: 'right' } })
    await assert.rejects(
      client.push(smallImage().image, ['v1']),
      assertRegistryError(/requires credentials to push to 127\.0\.0\.1:\d+\/team\/app and none were given/),
    )
  })

  it('reports a 403 as a missing permission, with the registry error', async () => {
    const { client } = await setup(
      { basic: { username: 'alice', password: PASSWORD }, denyUpload: true },
      { credentials: CREDS },
    )
    await assert.rejects(
      client.push(smallImage().image, ['v1']),
      assertRegistryError(
        /the username\/password inputs \(user "alice"\) may not push to 127\.0\.0\.1:\d+\/team\/app \(HTTP 403 DENIED: requested access/,
        (error) => {
          assert.equal(error.status, 403)
          assert.match(error.hint ?? '', /grant that account permission to push/)
        },
      ),
    )
  })

  it('includes the registry error code and message on other failures', async () => {
    const { client } = await setup({ nameUnknown: true })
    await assert.rejects(
      client.push(smallImage().image, ['v1']),
      assertRegistryError(
        /start upload of blob sha256:[0-9a-f]{64}: registry 127\.0\.0\.1:\d+ answered \(HTTP 404 NAME_UNKNOWN: repository name not known to registry\)$/,
      ),
    )
  })

  it('follows an upload redirect to another host without the Authorization header', async () => {
    let registry: FakeRegistry | undefined
    // The storage host verifies and stores into the registry's blob map, as a shared bucket would.
    const storage = await startServer((req, res) => registry?.storeBlob(req, res))
    cleanups.push(() => storage.close())
    const { fake, client } = await setup(
      { basic: { username: 'alice', password: PASSWORD }, redirectUploadsTo: storage.url },
      { credentials: CREDS },
    )
    registry = fake
    const { image, blobs } = smallImage()
    const pushed = await client.push(image, ['v1'])
    assert.equal(pushed.uploadedBlobs, 2)
    assert.equal(storage.requests.length, 2)
    for (const req of storage.requests) {
      assert.equal(req.headers.authorization, undefined, 'credentials must not reach the storage host')
      assert.equal(req.method, 'PUT')
    }
    assert.ok(
      fake.server.requests
        .filter((r) => r.path.includes('/blobs/uploads/'))
        .every((r) => r.headers.authorization !== undefined),
    )
    assert.deepEqual(
      blobs.map((b) => b.opened()),
      [2, 2],
      'the body is streamed again after the 307',
    )
  })

  it('resolves a relative upload Location against the request URL', async () => {
    const { fake, client } = await setup({ relativeLocation: true })
    const pushed = await client.push(smallImage().image, ['v1'])
    assert.equal(pushed.uploadedBlobs, 2)
    assert.equal(
      fake.server.requests.filter((r) => r.method === 'PUT' && r.path.includes('/uploads/')).length,
      2,
    )
  })

  it('gets a bearer token once, and once more after invalid_token', async () => {
    const { fake, client, logger } = await setup(
      { bearer: true, basic: { username: 'alice', password: PASSWORD } },
      { credentials: CREDS },
    )
    await client.push(smallImage('a').image, ['v1'])
    assert.equal(fake.tokenRequests, 1)
    fake.revokeTokens()
    await client.push(smallImage('b').image, ['v2'])
    assert.equal(fake.tokenRequests, 2)
    const tokenRequest = fake.server.requests.find((r) => r.path === '/token')
    assert.deepEqual(tokenRequest?.query.getAll('scope'), ['repository:team/app:pull,push'])
    assert.equal(tokenRequest?.query.get('service'), 'fake')
    assert.doesNotMatch(logger.lines.join('\n'), /tok-|Bearer|pw-Very/)
  })

  it('reports wrong credentials at the token server', async () => {
    const { client } = await setup(
      { bearer: true, basic: { username: 'alice', password: 'other' } },
      { credentials: CREDS },
    )
    await assert.rejects(
      client.push(smallImage().image, ['v1']),
      assertRegistryError(
        /token server 127\.0\.0\.1:\d+ rejected the username\/password inputs \(user "alice"\)/,
        (error) => {
          assert.doesNotMatch(error.message, new RegExp(PASSWORD))
        },
      ),
    )
  })

  it('validates tags before sending anything', async () => {
    const { fake, client } = await setup()
    await assert.rejects(
      client.push(smallImage().image, ['ok', 'bad tag']),
      /tag "bad tag" is not a valid tag/,
    )
    assert.equal(fake.server.requests.length, 0)
  })
})

describe('HttpTransport network errors', () => {
  it('reports a refused connection with the host and no stack', async () => {
    const closed = await startServer(() => {})
    await closed.close()
    const client = new RegistryClient(parseImageReference(`${closed.host}/team/app`), {
      logger: new RecordingLogger(),
    })
    cleanups.push(() => client.close())
    await assert.rejects(
      client.push(smallImage().image, ['v1']),
      assertRegistryError(
        new RegExp(`^cannot reach registry ${closed.host.replace(/\./g, '\\.')}: connection refused$`),
      ),
    )
  })

  it('times out a silent server with a clear message', async () => {
    const silent = await startServer(() => {}) // never answers
    cleanups.push(() => silent.close())
    const transport = new HttpTransport({ idleTimeoutMs: 300 })
    cleanups.push(() => transport.close())
    await assert.rejects(
      transport.request({ method: 'GET', url: `http://${silent.host}/v2/`, operation: 'connect' }),
      assertRegistryError(/cannot reach registry 127\.0\.0\.1:\d+: no data received for 300 ms/),
    )
  })

  it('refuses plain http to a non-loopback host unless insecure', async () => {
    const transport = new HttpTransport()
    await assert.rejects(
      transport.request({ method: 'GET', url: 'http://registry.example.com/v2/' }),
      assertRegistryError(/refusing plain http to registry\.example\.com/),
    )
  })

  it('logs method, URL without query and status only', async () => {
    const { client, logger } = await setup(
      { basic: { username: 'alice', password: PASSWORD } },
      { credentials: CREDS },
    )
    await client.push(smallImage().image, ['v1'])
    const debug = logger.lines.filter((l) => l.startsWith('debug: '))
    assert.ok(
      debug.some((l) =>
        /^debug: > PUT http:\/\/127\.0\.0\.1:\d+\/v2\/team\/app\/blobs\/uploads\/[^?]+\?…$/.test(l),
      ),
      debug.join('\n'),
    )
    assert.ok(debug.some((l) => /^debug: < 201 PUT /.test(l)))
    assert.doesNotMatch(logger.lines.join('\n'), /_state|digest=|Basic |pw-Very/)
  })
})
