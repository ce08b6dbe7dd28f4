/**
 * The bundled action (dist/index.js): mode verify and mode promote gated by
 * verify-key, against the real distribution 2.8.
 */
import assert from 'node:assert/strict'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { parseImageReference } from '../../src/registry/image-reference.ts'
import { RegistryClient } from '../../src/registry/registry-client.ts'
import { runAction } from '../harness/action-runner.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { makeTempDir, removeDir, writeTree } from '../harness/tmp.ts'
import { imageFromDirectory, smallImage } from '../registry/test-image.ts'
import { newKey, signKeyBundle } from './key-signing.ts'

let registry: TestRegistry
let client: RegistryClient
let workspace: string
let repo: string
let signed: string
let unsigned: string
let pem: string

before(async () => {
  registry = await startRegistry('plain')
  repo = `${registry.hostPort}/team/config`
  client = new RegistryClient(parseImageReference(repo), {
    logger: new RecordingLogger(),
    retry: { retries: 1 },
  })
  workspace = await makeTempDir('verify-action')
  const key = newKey()
  pem = key.publicPem
  await writeFile(join(workspace, 'cosign.pub'), pem)
  // A real artifact: promote reads its layer before tagging.
  await writeTree(join(workspace, 'src'), {
    'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team\n',
  })
  await mkdir(join(workspace, 'work'))
  const a = await imageFromDirectory(join(workspace, 'src'), join(workspace, 'work'))
  await client.push(a, ['candidate'])
  signed = a.manifestDigest
  await signKeyBundle(client, key, {
    mediaType: a.manifestMediaType,
    digest: signed,
    size: a.manifest.length,
  })
  const b = smallImage('action-unsigned').image
  await client.push(b, ['unsigned'])
  unsigned = b.manifestDigest
})

after(async () => {
  client.close()
  await registry.stop()
  await removeDir(workspace)
})

const sha = 'c'.repeat(40)

describe('action mode verify', () => {
  it('verified=true for a signed tag (key as a file path), false and a failed step for an unsigned digest', async () => {
    const ok = await runAction({
      workspace,
      sha,
      inputs: {
        dir: '.',
        mode: 'verify',
        image: `${repo}:candidate`,
        insecure: 'true',
        'verify-key': 'cosign.pub',
      },
    })
    assert.equal(ok.code, 0, ok.stdout)
    assert.equal(ok.outputs['verified'], 'true')
    assert.equal(ok.outputs['digest'], signed)
    const bad = await runAction({
      workspace,
      sha,
      inputs: { dir: '.', mode: 'verify', image: `${repo}@${unsigned}`, insecure: 'true', 'verify-key': pem },
    })
    assert.equal(bad.code, 1)
    assert.equal(bad.outputs['verified'], 'false')
    assert.match(bad.stdout, /::error::configsync-oci: verify refused: .*no signature found/)
  })

  it('mode verify without a policy is an input error', async () => {
    const run = await runAction({
      workspace,
      sha,
      inputs: { dir: '.', mode: 'verify', image: `${repo}:candidate`, insecure: 'true' },
    })
    assert.equal(run.code, 1)
    assert.match(run.stdout, /mode verify needs input "verify-key"/)
  })
})

describe('action mode promote gated by verify-key', () => {
  it('does not tag an unsigned digest; tags a signed one', async () => {
    const refused = await runAction({
      workspace,
      sha,
      inputs: {
        dir: '.',
        mode: 'promote',
        image: repo,
        from: unsigned,
        tags: 'prod',
        insecure: 'true',
        'verify-key': pem,
      },
    })
    assert.equal(refused.code, 1)
    assert.match(refused.stdout, /promote refused/)
    assert.equal(await client.headManifest('prod'), undefined)
    const accepted = await runAction({
      workspace,
      sha,
      inputs: {
        dir: '.',
        mode: 'promote',
        image: repo,
        from: 'candidate',
        tags: 'prod',
        insecure: 'true',
        'verify-key': pem,
      },
    })
    assert.equal(accepted.code, 0, accepted.stdout)
    assert.equal(accepted.outputs['verified'], 'true')
    assert.equal((await client.headManifest('prod'))?.digest, signed)
  })
})
