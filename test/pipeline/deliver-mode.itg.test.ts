/**
 * The rollout and write-back sub-actions (mode rollout / mode write-back) deliver an artifact that is
 * already in the registry: the bundled dist/ run as the runner does, against the real registry, a fake
 * API server through KUBECONFIG, and a real bare git repository.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { runCliCaptured } from '../harness/cli-io.ts'
import { runSubAction } from '../harness/action-runner.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { tempDirs } from '../harness/tmp.ts'
import { writeKubeconfig } from '../fakes/kube-apiserver/kubeconfig.ts'
import { digestRef, imageIn, seedSync } from '../fakes/kube-apiserver/seed.ts'
import { startFakeApiServer, type FakeApiServer } from '../fakes/kube-apiserver/server.ts'
import { git, seedBareRepo, showFile, syncManifest } from '../writeback/git-repos.ts'

const EXAMPLES = join(import.meta.dirname, '../../examples/namespace')
const SHA = 'd1e2f3a4b5c60718293a4b5c6d7e8f9012345678'
const KEY = { resource: 'rootsyncs', namespace: 'config-management-system', name: 'root-sync' }
const TOKEN = 'gke-token-deliver-do-not-print'
const temps = tempDirs()
let registry: TestRegistry
let server: FakeApiServer
let image = ''

before(async () => {
  registry = await startRegistry('plain')
  server = await startFakeApiServer({ tokens: { [TOKEN]: 'ci' } })
  seedSync(server, { image: digestRef('a') })
  const run = await runCliCaptured([
    'publish',
    '--dir',
    EXAMPLES,
    '--image',
    `${registry.hostPort}/acme/config:main`,
    '--revision',
    SHA,
    '--format',
    'json',
    '-q',
  ])
  assert.equal(run.code, 0, run.stderr)
  image = (JSON.parse(run.stdout) as { image: string }).image
})
after(async () => {
  await server?.stop()
  await registry?.stop()
})

test('rollout: points the RootSync at the digest image names, waits until synced, uploads nothing', async () => {
  const workspace = await temps.make('deliver-rollout')
  const kubeconfig = await writeKubeconfig(join(workspace, 'gha-kubeconfig-1'), [
    { context: 'prod', server: server.url, caPem: server.caPem, token: TOKEN },
  ])
  const run = await runSubAction('rollout', {
    workspace,
    sha: SHA,
    inputs: { image, 'wait-timeout': '45s' },
    env: { KUBECONFIG: kubeconfig },
  })
  assert.equal(run.code, 0, run.stdout + run.stderr)
  assert.equal(imageIn(server, KEY), image)
  assert.equal(run.outputs['image'], image)
  assert.equal(run.outputs['sync-status'], 'SYNCED')
  assert.ok(![run.stdout, run.stderr, run.summary].some((text) => text.includes(TOKEN)))
})

test('rollout: a tag is resolved to its digest; a bare repository or a missing tag is refused before any cluster write', async () => {
  const workspace = await temps.make('deliver-tag')
  const kubeconfig = await writeKubeconfig(join(workspace, 'gha-kubeconfig-1'), [
    { context: 'prod', server: server.url, caPem: server.caPem, token: TOKEN },
  ])
  const byTag = await runSubAction('rollout', {
    workspace,
    sha: SHA,
    inputs: { image: `${registry.hostPort}/acme/config:main`, 'wait-timeout': '45s' },
    env: { KUBECONFIG: kubeconfig },
  })
  assert.equal(byTag.code, 0, byTag.stdout + byTag.stderr)
  assert.equal(byTag.outputs['image'], image)
  const before = server.requests.length
  const bare = await runSubAction('rollout', {
    workspace,
    sha: SHA,
    inputs: { image: `${registry.hostPort}/acme/config` },
    env: { KUBECONFIG: kubeconfig },
  })
  assert.equal(bare.code, 1)
  assert.match(bare.stdout, /mode "rollout" needs input "image" to name the artifact by digest or tag/)
  const missing = await runSubAction('rollout', {
    workspace,
    sha: SHA,
    inputs: { image: `${registry.hostPort}/acme/config:nosuch` },
    env: { KUBECONFIG: kubeconfig },
  })
  assert.equal(missing.code, 1)
  assert.match(missing.stdout, /nosuch does not exist/)
  assert.equal(server.requests.length, before)
  assert.equal(imageIn(server, KEY), image)
})

test('write-back: commits the digest image names to the config repo', async () => {
  const workspace = await temps.make('deliver-wb')
  const manifest = (ref: string): string =>
    syncManifest('RootSync', 'config-management-system', 'root-sync', ref)
  const repo = await seedBareRepo(
    { 'clusters/prod/root-sync.yaml': manifest(digestRef('1')) },
    { root: workspace, name: 'config' },
  )
  const run = await runSubAction('write-back', {
    workspace,
    sha: SHA,
    inputs: {
      image,
      'config-repo': repo.url,
      'config-repo-branch': 'main',
      'config-repo-path': 'clusters/prod',
    },
  })
  assert.equal(run.code, 0, run.stdout + run.stderr)
  assert.equal(run.outputs['write-back-status'], 'committed')
  assert.equal(await showFile(repo.bare, 'main', 'clusters/prod/root-sync.yaml'), manifest(image))
  assert.equal(run.outputs['commit-sha'], (await git(repo.bare, ['rev-parse', 'main'])).trim())
  const none = await runSubAction('write-back', { workspace, sha: SHA, inputs: { image } })
  assert.equal(none.code, 1)
  assert.match(none.stdout, /mode "write-back" needs input "config-repo"/)
})

test('promote sub-action: tags the artifact from names without a dir, as the runner gives it only its own inputs', async () => {
  const workspace = await temps.make('deliver-promote')
  const run = await runSubAction('promote', {
    workspace,
    sha: SHA,
    inputs: { image: `${registry.hostPort}/acme/config`, from: 'main', tags: 'prod' },
  })
  assert.equal(run.code, 0, run.stdout + run.stderr)
  assert.equal(run.outputs['image'], image)
  const list = (await (await fetch(`${registry.url}/v2/acme/config/tags/list`)).json()) as { tags: string[] }
  assert.ok(list.tags.includes('prod'), list.tags.join(','))
})
