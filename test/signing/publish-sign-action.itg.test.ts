/**
 * The bundled action (dist/index.js; run `npm run build` first) in key mode
 * against the real distribution 2.8: publish signs before tagging, sets
 * signature-digest, attestation-digest and public-key, never prints the
 * private key; mode verify accepts the digest with the public-key output.
 */
import assert from 'node:assert/strict'
import { generateKeyPairSync } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import { parseImageReference } from '../../src/registry/image-reference.ts'
import { RegistryClient } from '../../src/registry/registry-client.ts'
import { legacySignatureTag } from '../../src/signing/formats.ts'
import { runAction } from '../harness/action-runner.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { makeTempDir, removeDir, writeTree } from '../harness/tmp.ts'

let registry: TestRegistry
let workspace: string
const clients: RegistryClient[] = []
const sha = 'd'.repeat(40)
const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' })
const PRIVATE = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
const PUBLIC = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString()
const KEY_LINES = PRIVATE.split('\n').filter((l) => l !== '' && !l.startsWith('-----'))

function tagsOf(repo: string): Promise<string[]> {
  const client = new RegistryClient(parseImageReference(repo), { logger: new RecordingLogger() })
  clients.push(client)
  return client.listTags()
}

before(async () => {
  registry = await startRegistry('plain')
  workspace = await makeTempDir('sign-action')
  await writeTree(workspace, {
    'config/ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team\n',
  })
})

after(async () => {
  for (const client of clients) client.close()
  await registry.stop()
  await removeDir(workspace)
})

describe('action publish with sign: key', () => {
  it('sets signature-digest, attestation-digest and public-key, never prints the private key, and verify accepts it', async () => {
    const repo = `${registry.hostPort}/team/action-signed`
    const run = await runAction({
      workspace,
      sha,
      inputs: {
        dir: 'config',
        image: repo,
        insecure: 'true',
        sign: 'key',
        'signing-key': PRIVATE,
        'signature-format': 'both',
      },
    })
    assert.equal(run.code, 0, run.stdout + run.stderr)
    const digest = run.outputs['digest'] ?? ''
    assert.match(run.outputs['signature-digest'] ?? '', /^sha256:[0-9a-f]{64}$/)
    assert.match(run.outputs['attestation-digest'] ?? '', /^sha256:[0-9a-f]{64}$/)
    assert.equal(run.outputs['public-key'], PUBLIC)
    // ::add-mask:: commands are consumed by the runner, which then hides those values everywhere.
    const printed = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n')
    for (const line of KEY_LINES) {
      assert.ok(!printed.includes(line) && !run.stderr.includes(line), 'a private key line was printed')
      assert.ok(!run.summary.includes(line))
    }
    assert.match(run.stdout, /::add-mask::/)
    assert.ok(
      run.summary.includes(`cosign verify --key cosign.pub --insecure-ignore-tlog=true ${repo}@${digest}`),
    )
    assert.match(run.summary, /provider: cosign/)
    assert.match(run.summary, /verifyImages:/)
    assert.ok(run.summary.includes(legacySignatureTag(digest)))
    assert.ok(run.summary.includes(PUBLIC.split('\n')[1] ?? 'x'))
    const tags = await tagsOf(repo)
    assert.ok(tags.includes(sha), tags.join(','))
    assert.ok(tags.includes(legacySignatureTag(digest)), tags.join(','))

    const verified = await runAction({
      workspace,
      sha,
      inputs: {
        dir: '.',
        mode: 'verify',
        image: `${repo}:${sha}`,
        insecure: 'true',
        'verify-key': run.outputs['public-key'] ?? '',
      },
    })
    assert.equal(verified.code, 0, verified.stdout)
    assert.equal(verified.outputs['verified'], 'true')
  })

  it('a bad signing-key fails the step naming the input, before anything is pushed', async () => {
    const repo = `${registry.hostPort}/team/action-badkey`
    const run = await runAction({
      workspace,
      sha,
      inputs: { dir: 'config', image: repo, insecure: 'true', sign: 'key', 'signing-key': 'key.pem' },
    })
    assert.equal(run.code, 1)
    assert.match(run.stdout, /::error::.*input "signing-key" is neither PEM text nor a readable file/)
    assert.deepEqual(await tagsOf(repo), [])
  })
})
