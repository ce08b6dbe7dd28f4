import assert from 'node:assert/strict'
import { cp, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { runAction } from '../harness/action-runner.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { removeDir, tempDirs } from '../harness/tmp.ts'
import { skopeoListTags, skopeoRawManifest, verifyPushedArtifact } from '../harness/verify.ts'

const EXAMPLES = join(import.meta.dirname, '../../examples/namespace')
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const PUSH_EVENT = { head_commit: { id: SHA, timestamp: '2026-11-20T10:00:00Z' }, ref: 'refs/heads/main' }
const temps = tempDirs()
let plain: TestRegistry
let basic: TestRegistry

before(async () => {
  plain = await startRegistry('plain')
  basic = await startRegistry('basic')
})
after(async () => {
  await plain?.stop()
  await basic?.stop()
})

async function workspaceWith(files: Record<string, string> = {}): Promise<string> {
  const ws = await temps.make('ws')
  await cp(EXAMPLES, join(ws, 'config'), { recursive: true })
  for (const [rel, content] of Object.entries(files)) await writeFile(join(ws, 'config', rel), content)
  return ws
}

test('push event: outputs, job summary and tags in the registry; skopeo and umoci read it back', async () => {
  const ws = await workspaceWith()
  const repo = `${plain.hostPort}/acme/config`
  const run = await runAction({
    workspace: ws,
    sha: SHA,
    event: PUSH_EVENT,
    inputs: { dir: 'config', image: repo, tags: 'main\nlatest' },
  })
  assert.equal(run.code, 0, run.stdout + run.stderr)
  assert.match(run.outputs['digest'] ?? '', /^sha256:[0-9a-f]{64}$/)
  assert.equal(run.outputs['image'], `${repo}@${run.outputs['digest']}`)
  assert.deepEqual(run.outputs['tags']?.split('\n'), [SHA, 'main', 'latest'])
  assert.ok(run.summary.includes(run.outputs['digest']!), 'summary names the digest')
  assert.match(run.summary, /Files<\/td><td>1</)
  assert.match(run.stdout, /::group::Validate manifests/)
  assert.match(run.stdout, /::group::Push to /)
  assert.deepEqual((await skopeoListTags(plain, 'acme/config')).sort(), [SHA, 'latest', 'main'].sort())
  const verified = await verifyPushedArtifact(plain, `acme/config:${SHA}`, join(ws, 'config'))
  assert.equal(verified.unpackedWithUmoci, true)
  await removeDir(verified.layoutDir)
  const manifest = JSON.parse((await skopeoRawManifest(plain, 'acme/config:main')).toString()) as {
    annotations: Record<string, string>
  }
  assert.deepEqual(manifest.annotations, {
    'org.opencontainers.image.created': '2026-11-20T10:00:00Z',
    'org.opencontainers.image.revision': SHA,
    'org.opencontainers.image.source': 'https://github.com/acme/config',
  })

  const again = await runAction({
    workspace: ws,
    sha: SHA,
    event: PUSH_EVENT,
    inputs: { dir: 'config', image: repo },
  })
  assert.equal(again.code, 0, again.stdout)
  assert.equal(
    again.outputs['digest'],
    run.outputs['digest'],
    'a rerun of the same commit gives the same digest',
  )
  assert.match(again.stdout, /0 blobs uploaded, 2 already present/)
})

test('pull_request event: the tag is the PR head SHA, not the merge commit', async () => {
  const ws = await workspaceWith()
  const head = 'feedfacefeedfacefeedfacefeedfacefeedface'
  const run = await runAction({
    workspace: ws,
    sha: 'ffffffffffffffffffffffffffffffffffffffff',
    eventName: 'pull_request',
    event: { pull_request: { number: 7, head: { sha: head } } },
    inputs: { dir: 'config', image: `${plain.hostPort}/acme/pr` },
  })
  assert.equal(run.code, 0, run.stdout)
  assert.equal(run.outputs['tags'], head)
  assert.deepEqual(await skopeoListTags(plain, 'acme/pr'), [head])
})

test('a bad manifest fails the step with an annotation at file and line, and nothing is pushed', async () => {
  const ws = await workspaceWith({
    'broken.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels:\n    a: b\n',
  })
  const run = await runAction({
    workspace: ws,
    sha: SHA,
    event: PUSH_EVENT,
    inputs: { dir: 'config', image: `${plain.hostPort}/acme/bad` },
  })
  assert.equal(run.code, 1)
  assert.match(
    run.stdout,
    /::error title=KNV2010,file=config\/broken\.yaml,line=3::KNV2010 config\/broken\.yaml:3 error: /,
  )
  assert.match(run.stdout, /::error::configsync-oci: 1 validation error; nothing was pushed/)
  assert.match(run.summary, /KNV2010/)
  assert.deepEqual(run.outputs, {})
  await assert.rejects(skopeoListTags(plain, 'acme/bad'))
})

test('basic auth: the right password pushes; a wrong one fails naming the credential, never its value', async () => {
  const ws = await workspaceWith()
  const image = `${basic.hostPort}/acme/private`
  const ok = await runAction({
    workspace: ws,
    sha: SHA,
    event: PUSH_EVENT,
    inputs: { dir: 'config', image, username: basic.username!, password: basic.password! },
  })
  assert.equal(ok.code, 0, ok.stdout)
  assert.ok(
    ok.stdout.includes(`::add-mask::${basic.password}`),
    'the password is masked as soon as it is read',
  )
  const wrongPassword = 'not-the-password-42'
  const bad = await runAction({
    workspace: ws,
    sha: SHA,
    event: PUSH_EVENT,
    inputs: {
      dir: 'config',
      image: `${basic.hostPort}/acme/other`,
      username: basic.username!,
      password: wrongPassword,
    },
  })
  assert.equal(bad.code, 1)
  assert.match(bad.stdout, /username\/password inputs/)
  assert.ok(bad.stdout.includes(basic.username!), 'names the user')
  const withoutMask = bad.stdout.replace(`::add-mask::${wrongPassword}`, '')
  assert.ok(
    !withoutMask.includes(wrongPassword) && !bad.stderr.includes(wrongPassword),
    'the password never appears',
  )
  assert.ok(!(await basic.log()).includes(wrongPassword))
})

test('input errors name the input; an unreachable registry names the host', async () => {
  const ws = await workspaceWith()
  const badRef = await runAction({ workspace: ws, sha: SHA, inputs: { dir: 'config', image: 'UPPER/Case' } })
  assert.equal(badRef.code, 1)
  assert.match(badRef.stdout, /::error::configsync-oci: .*image/)
  const badTag = await runAction({
    workspace: ws,
    sha: SHA,
    inputs: { dir: 'config', image: 'oci-layout:out', tags: 'bad tag!' },
  })
  assert.match(badTag.stdout, /::error::configsync-oci: .*bad tag!/)
  const missingDir = await runAction({
    workspace: ws,
    sha: SHA,
    inputs: { dir: 'nope', image: 'oci-layout:out' },
  })
  assert.match(missingDir.stdout, /::error::configsync-oci: .*nope/)
  const unreachable = await runAction({
    workspace: ws,
    sha: SHA,
    inputs: { dir: 'config', image: '127.0.0.1:9/acme/x' },
  })
  assert.equal(unreachable.code, 1)
  assert.match(unreachable.stdout, /::error::configsync-oci: .*127\.0\.0\.1:9/)
})

test('the embedded default: an oci-layout image writes a layout in the workspace', async () => {
  const ws = await workspaceWith()
  const run = await runAction({
    workspace: ws,
    sha: SHA,
    event: PUSH_EVENT,
    inputs: { dir: 'config', image: 'oci-layout:out:demo' },
  })
  assert.equal(run.code, 0, run.stdout)
  assert.equal(run.outputs['image'], `oci-layout:out@${run.outputs['digest']}`)
  assert.deepEqual(run.outputs['tags']?.split('\n'), [SHA, 'demo'])
})
