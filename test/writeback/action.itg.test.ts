import assert from 'node:assert/strict'
import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { runAction } from '../harness/action-runner.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { tempDirs } from '../harness/tmp.ts'
import { startFakeGitHub, type FakeGitHub } from '../fakes/github.ts'
import { digestRef, git, seedBareRepo, showFile, subjects, syncManifest } from './git-repos.ts'

const EXAMPLES = join(import.meta.dirname, '../../examples/namespace')
const SHA = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00'
const EVENT = { head_commit: { id: SHA, timestamp: '2026-11-26T10:00:00Z' }, ref: 'refs/heads/main' }
const TOKEN = 'ghs_ActionWriteBackToken_0123456789'
const OLD = digestRef('1')
const temps = tempDirs()
let registry: TestRegistry
let github: FakeGitHub
let root: string

before(async () => {
  registry = await startRegistry('plain')
  github = await startFakeGitHub({ token: TOKEN })
  root = await temps.make('wb-e2e')
})
after(async () => {
  await github?.stop()
  await registry?.stop()
})

async function workspace(): Promise<string> {
  const ws = await temps.make('wb-ws')
  await cp(EXAMPLES, join(ws, 'config'), { recursive: true })
  return ws
}

/** Everything a run printed or produced, minus the ::add-mask:: commands that register the secrets. */
function unmasked(run: {
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}): string {
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  return `${stdout}${run.stderr}${JSON.stringify(run.outputs)}${run.summary}`
}

function manifest(image: string): string {
  return syncManifest('RootSync', 'config-management-system', 'root-sync', image)
}

test('publish, then commit the pinned image to a config repo (file://); a rerun of the same commit makes no commit', async () => {
  const repo = await seedBareRepo(
    { 'clusters/prod/root-sync.yaml': manifest(OLD), 'clusters/dev/root-sync.yaml': manifest(OLD) },
    { root, name: 'direct' },
  )
  const ws = await workspace()
  const inputs = {
    dir: 'config',
    image: `${registry.hostPort}/acme/config`,
    'config-repo': repo.url,
    'config-repo-branch': 'main',
    'config-repo-path': 'clusters/prod',
    'config-repo-token': TOKEN,
  }
  const first = await runAction({
    workspace: ws,
    sha: SHA,
    event: EVENT,
    inputs,
    env: { GITHUB_RUN_ID: '77' },
  })
  assert.equal(first.code, 0, first.stdout + first.stderr)
  const image = first.outputs['image']!
  assert.match(image, /@sha256:[0-9a-f]{64}$/)
  assert.equal(first.outputs['write-back-status'], 'committed')
  assert.equal(first.outputs['commit-sha'], (await git(repo.bare, ['rev-parse', 'main'])).trim())
  assert.equal(first.outputs['pull-request-number'], '')
  assert.equal(await showFile(repo.bare, 'main', 'clusters/prod/root-sync.yaml'), manifest(image))
  assert.equal(
    await showFile(repo.bare, 'main', 'clusters/dev/root-sync.yaml'),
    manifest(OLD),
    'outside config-repo-path',
  )
  const body = await git(repo.bare, ['log', '-1', '--format=%B', 'main'])
  assert.match(
    body,
    new RegExp(`Source: acme/config@${SHA.slice(0, 7)} https://github.com/acme/config/commit/${SHA}`),
  )
  assert.match(body, /Run: https:\/\/github\.com\/acme\/config\/actions\/runs\/77/)
  assert.match(first.stdout, /::group::Write back RootSync config-management-system\/root-sync/)
  assert.match(first.summary, /configsync-oci: write-back/)
  assert.ok(first.summary.includes(`+    image: "${image}"   # pinned by digest`), first.summary)

  const again = await runAction({ workspace: ws, sha: SHA, event: EVENT, inputs })
  assert.equal(again.code, 0, again.stdout + again.stderr)
  assert.equal(again.outputs['write-back-status'], 'unchanged')
  assert.equal(again.outputs['commit-sha'], first.outputs['commit-sha'])
  assert.match(again.stdout, /already has .* no commit/)
  assert.equal((await subjects(repo.bare, 'main')).length, 2)
  for (const run of [first, again]) {
    assert.ok(run.stdout.includes(`::add-mask::${TOKEN}`), 'the token is masked as soon as it is read')
    assert.equal(unmasked(run).includes(TOKEN), false)
  }
})

test('publish, then open a pull request (owner/name on a file:// server, API on the fake) with labels and auto-merge', async () => {
  const repo = await seedBareRepo(
    { 'clusters/prod/root-sync.yaml': manifest(OLD) },
    { root: join(root, 'acme'), name: 'platform-config' },
  )
  const ws = await workspace()
  const run = await runAction({
    workspace: ws,
    sha: SHA,
    event: EVENT,
    inputs: {
      dir: 'config',
      image: `${registry.hostPort}/acme/config`,
      'config-repo': 'acme/platform-config',
      'github-server-url': `file://${root}`,
      'github-api-url': github.url,
      'config-repo-token': TOKEN,
      'write-back-mode': 'pull-request',
      'pr-labels': 'configsync, automated',
      'pr-auto-merge': 'squash',
    },
  })
  assert.equal(run.code, 0, run.stdout + run.stderr)
  assert.equal(run.outputs['write-back-status'], 'pull-request')
  assert.equal(run.outputs['pull-request-number'], '1')
  assert.equal(run.outputs['pull-request-url'], 'https://github.test/acme/platform-config/pull/1')
  const branch = 'configsync-oci/rootsync-config-management-system-root-sync'
  assert.equal(run.outputs['commit-sha'], (await git(repo.bare, ['rev-parse', branch])).trim())
  assert.equal(
    await showFile(repo.bare, branch, 'clusters/prod/root-sync.yaml'),
    manifest(run.outputs['image']!),
  )
  assert.deepEqual(await subjects(repo.bare, 'main'), ['seed'])
  const pull = github.pulls.find((p) => p.html_url === run.outputs['pull-request-url'])
  assert.deepEqual(
    pull?.labels.map((l) => l.name),
    ['configsync', 'automated'],
  )
  assert.equal(pull?.autoMerge, 'SQUASH')
  assert.equal(unmasked(run).includes(TOKEN), false)
})

test('write-back inputs are checked before anything is pushed', async () => {
  const ws = await workspace()
  const run = await runAction({
    workspace: ws,
    sha: SHA,
    event: EVENT,
    inputs: {
      dir: 'config',
      image: `${registry.hostPort}/acme/unpushed`,
      'config-repo': 'acme/x',
      'write-back-target': 'Deployment/x',
    },
  })
  assert.equal(run.code, 1)
  assert.match(run.stdout, /::error::configsync-oci: input "write-back-target" "Deployment\/x" is neither/)
  assert.doesNotMatch(run.stdout, /::group::Push to/)
})
