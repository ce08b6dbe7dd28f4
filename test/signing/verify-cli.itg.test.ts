/**
 * `configsync-oci verify` exit codes and output, and `promote` gated by the
 * same policy flags, against the real distribution 2.8.
 */
import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { parseImageReference } from '../../src/registry/image-reference.ts'
import { RegistryClient } from '../../src/registry/registry-client.ts'
import { runCliCaptured } from '../harness/cli-io.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'
import { smallImage } from '../registry/test-image.ts'
import { newKey, signKeyBundle, signLegacy } from './key-signing.ts'

let registry: TestRegistry
let client: RegistryClient
let dir: string
let keyFile: string
let repo: string
let signed: string
let unsigned: string

before(async () => {
  registry = await startRegistry('plain')
  repo = `${registry.hostPort}/team/config`
  client = new RegistryClient(parseImageReference(repo), {
    logger: new RecordingLogger(),
    retry: { retries: 1 },
  })
  dir = await makeTempDir('verify-cli')
  const key = newKey()
  keyFile = join(dir, 'cosign.pub')
  await writeFile(keyFile, key.publicPem)
  const a = smallImage('cli-signed').image
  await client.push(a, ['candidate'])
  signed = a.manifestDigest
  await signKeyBundle(client, key, {
    mediaType: a.manifestMediaType,
    digest: signed,
    size: a.manifest.length,
  })
  await signLegacy(client, key, signed)
  const b = smallImage('cli-unsigned').image
  await client.push(b, ['unsigned'])
  unsigned = b.manifestDigest
})

after(async () => {
  client.close()
  await registry.stop()
  await removeDir(dir)
})

describe('configsync-oci verify', () => {
  it('exits 0 for a signed tag (resolved to its digest), with JSON naming the digest', async () => {
    const run = await runCliCaptured([
      'verify',
      `${repo}:candidate`,
      '--key',
      keyFile,
      '--insecure',
      '--format',
      'json',
      '-q',
    ])
    assert.equal(run.code, 0, run.stderr)
    const json = JSON.parse(run.stdout) as {
      verified: boolean
      digest: string
      items: { format: string; ok: boolean }[]
    }
    assert.equal(json.verified, true)
    assert.equal(json.digest, signed)
    assert.equal(json.items.filter((i) => i.ok).length, 2)
  })

  it('exits 1 with the reason for an unsigned digest', async () => {
    const run = await runCliCaptured(['verify', `${repo}@${unsigned}`, '--key', keyFile, '--insecure'])
    assert.equal(run.code, 1)
    assert.match(run.stdout, /^NOT verified \(missing\): .*no signature found/)
    const json = JSON.parse(
      (
        await runCliCaptured([
          'verify',
          `${repo}@${unsigned}`,
          '--key',
          keyFile,
          '--insecure',
          '--format',
          'json',
        ])
      ).stdout,
    ) as { verified: boolean; reason: string }
    assert.deepEqual([json.verified, json.reason], [false, 'missing'])
  })

  it('exits 2 without a policy, with an unreadable key, or with a half keyless policy', async () => {
    const none = await runCliCaptured(['verify', `${repo}:candidate`, '--insecure'])
    assert.equal(none.code, 2)
    assert.match(none.stderr, /verify needs a policy/)
    const missing = await runCliCaptured(['verify', `${repo}:candidate`, '--key', join(dir, 'nope.pub')])
    assert.equal(missing.code, 2)
    assert.match(missing.stderr, /--key .*nope\.pub cannot be read: ENOENT/)
    const half = await runCliCaptured([
      'verify',
      `${repo}:candidate`,
      '--certificate-identity',
      'https://github.com/a/b/.github/workflows/p.yml@refs/heads/main',
    ])
    assert.equal(half.code, 2)
    assert.match(half.stderr, /needs the certificate OIDC issuer/)
  })
})

describe('promote gated by a policy', () => {
  it('refuses an unsigned digest and tags nothing; tags a signed one', async () => {
    const refused = await runCliCaptured([
      'promote',
      `${repo}@${unsigned}`,
      'prod',
      '--key',
      keyFile,
      '--insecure',
      '-q',
    ])
    assert.equal(refused.code, 1)
    assert.match(refused.stderr, /promote refused: .*not verified|promote refused: .*no signature found/)
    assert.equal(await client.headManifest('prod'), undefined)
    const accepted = await runCliCaptured([
      'promote',
      `${repo}:candidate`,
      'prod',
      '--key',
      keyFile,
      '--insecure',
      '-q',
    ])
    assert.equal(accepted.code, 0, accepted.stderr)
    assert.equal((await client.headManifest('prod'))?.digest, signed)
  })
})

describe('rollout gated by a policy', () => {
  it('refuses an unsigned digest before any cluster is contacted', async () => {
    const run = await runCliCaptured([
      'rollout',
      '--image',
      `${repo}@${unsigned}`,
      '--key',
      keyFile,
      '--insecure',
      '--kubeconfig',
      join(dir, 'no-such-kubeconfig'),
      '-q',
    ])
    assert.equal(run.code, 1)
    assert.match(run.stderr, /rollout refused: .*no signature found/)
  })
})
