/**
 * RegistryClient against the real CNCF distribution 2.8.2 (Debian's
 * docker-registry) in each auth/transport mode, checked with skopeo/umoci.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { BuiltImage } from '../../src/artifact/types.ts'
import { RegistryError } from '../../src/errors.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { parseImageReference } from '../../src/registry/image-reference.ts'
import { RegistryClient, type RegistryClientOptions } from '../../src/registry/registry-client.ts'
import { startRegistry, type RegistryMode, type TestRegistry } from '../harness/registry.ts'
import { makeTempDir, removeDir, writeTree } from '../harness/tmp.ts'
import { skopeoListTags, skopeoRawManifest, verifyPushedArtifact } from '../harness/verify.ts'
import { imageFromDirectory } from './test-image.ts'

const REPO = 'test/app'
let work: string
let sourceDir: string
let image: BuiltImage
const registries: TestRegistry[] = []
const clients: RegistryClient[] = []

before(async () => {
  work = await makeTempDir('registry-itg')
  sourceDir = join(work, 'src')
  await writeTree(sourceDir, {
    'namespace.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: demo\n',
    'apps/config.yaml':
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n  namespace: demo\ndata:\n  a: "1"\n',
  })
  image = await imageFromDirectory(sourceDir, work)
})

after(async () => {
  for (const client of clients) client.close()
  await Promise.all(registries.map((reg) => reg.stop()))
  for (const reg of registries) assert.throws(() => process.kill(reg.pid, 0), 'registry process left running')
  await removeDir(work)
})

async function start(mode: RegistryMode): Promise<TestRegistry> {
  const reg = await startRegistry(mode)
  registries.push(reg)
  return reg
}

function clientFor(
  reg: TestRegistry,
  options: Partial<RegistryClientOptions> = {},
  trustCa = true,
): { client: RegistryClient; logger: RecordingLogger } {
  const logger = new RecordingLogger()
  const credentials =
    reg.username === undefined || reg.password === undefined
      ? {}
      : { credentials: { username: reg.username, password: reg.password, source: 'the test registry login' } }
  const client = new RegistryClient(parseImageReference(`${reg.hostPort}/${REPO}`), {
    logger,
    ...credentials,
    ...(reg.caFile === undefined || !trustCa ? {} : { caFile: reg.caFile }),
    ...options,
  })
  clients.push(client)
  return { client, logger }
}

/** Pushes, then checks every tag with skopeo and our reads, and that no secret was logged. */
async function pushAndCheck(reg: TestRegistry, tags: string[]): Promise<void> {
  const { client, logger } = clientFor(reg)
  const pushed = await client.push(image, tags)
  assert.equal(pushed.digest, image.manifestDigest)
  assert.equal(pushed.reference, `${reg.hostPort}/${REPO}@${image.manifestDigest}`)
  assert.equal(pushed.uploadedBlobs + pushed.skippedBlobs, 2)
  for (const tag of tags) assert.deepEqual(await skopeoRawManifest(reg, `${REPO}:${tag}`), image.manifest)
  assert.deepEqual((await skopeoListTags(reg, REPO)).sort(), [...tags].sort())
  assert.deepEqual((await client.getManifest(tags[0] ?? ''))?.body, image.manifest)
  assert.equal((await client.headManifest(image.manifestDigest))?.digest, image.manifestDigest)
  await assertNoSecret(reg, logger)
}

async function assertNoSecret(reg: TestRegistry, logger: RecordingLogger): Promise<void> {
  if (reg.password === undefined) return
  assert.equal((await reg.log()).includes(reg.password), false, 'registry log holds the password')
  assert.equal(logger.lines.join('\n').includes(reg.password), false, 'our log holds the password')
  assert.doesNotMatch(logger.lines.join('\n'), /authorization|Basic |Bearer /i)
}

function registryError(pattern: RegExp, check: (e: RegistryError) => void = () => {}) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof RegistryError, String(error))
    assert.match(error.message, pattern)
    check(error)
    return true
  }
}

describe('RegistryClient against docker-registry 2.8.2', () => {
  it('plain: pushes, republishes without uploads, and the artifact unpacks', async () => {
    const reg = await start('plain')
    await pushAndCheck(reg, ['v1', 'latest'])
    const { client } = clientFor(reg)
    const again = await client.push(image, ['v2'])
    assert.deepEqual([again.uploadedBlobs, again.skippedBlobs], [0, 2])
    assert.deepEqual((await client.listTags()).sort(), ['latest', 'v1', 'v2'])
    const verified = await verifyPushedArtifact(reg, `${REPO}:v2`, sourceDir)
    assert.equal(verified.unpackedWithUmoci, true)
    await removeDir(verified.layoutDir)
  })

  it('basic: pushes with the right password; a wrong one fails clearly and tags nothing', async () => {
    const reg = await start('basic')
    const wrongPassword = `${reg.password ?? ''}-wrong`
    const { client: wrong, logger } = clientFor(reg, {
      credentials: {
        username: reg.username ?? '',
        password: wrongPassword,
        source: 'the username/password inputs',
      },
    })
    await assert.rejects(
      wrong.push(image, ['v1']),
      registryError(
        /registry 127\.0\.0\.1:\d+ rejected the username\/password inputs \(user "testuser"\) \(HTTP 401/,
        (e) => {
          assert.equal(e.status, 401)
          assert.equal(`${e.message}${e.hint}`.includes(wrongPassword), false)
        },
      ),
    )
    assert.equal(logger.lines.join('\n').includes(wrongPassword), false)
    assert.deepEqual(await clientFor(reg).client.listTags(), [], 'nothing was tagged')
    await pushAndCheck(reg, ['v1'])
    assert.equal((await reg.log()).includes(wrongPassword), false)
  })

  it('tls: trusts the registry with caFile; without it, a certificate error with a hint', async () => {
    const reg = await start('tls-basic')
    const { client: untrusted } = clientFor(reg, {}, false)
    await assert.rejects(
      untrusted.push(image, ['v1']),
      registryError(
        /cannot reach registry 127\.0\.0\.1:\d+: TLS certificate not trusted \((DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)/,
        (e) => {
          assert.match(e.hint ?? '', /ca-file.*NODE_EXTRA_CA_CERTS/)
        },
      ),
    )
    await pushAndCheck(reg, ['v1'])
  })

  it('tls: insecure skips verification', async () => {
    const reg = await start('tls')
    const { client } = clientFor(reg, { insecure: true }, false)
    assert.equal((await client.push(image, ['v1'])).uploadedBlobs, 2)
  })

  it('token: pushes with one token request per client (cached), also over TLS', async () => {
    const reg = await start('token')
    const tokens = (): number => reg.tokenServer?.requests() ?? Number.NaN
    const { client, logger } = clientFor(reg)
    await client.push(image, ['v1', 'v2', 'v3'])
    // Counted before skopeo, which asks the same token server.
    assert.equal(tokens(), 1, 'one token for 2 blobs + 4 manifest PUTs')
    await client.push(image, ['v4'])
    assert.equal(tokens(), 1, 'the second push reuses the token')
    await assertNoSecret(reg, logger)
    await pushAndCheck(reg, ['v1', 'v2', 'v3', 'v4'])
    const tlsToken = await start('tls-token')
    await pushAndCheck(tlsToken, ['v1'])
  })
})
