/**
 * A GHCR-style setup end to end through the BUNDLED action (mode setup):
 * the real local registry with basic auth stands in for GHCR (push with
 * username/password), the fake API server for the cluster. One step
 * publishes, writes the pull Secret (keys username, password) in
 * config-management-system, creates the RootSync with auth token and
 * secretRef pinned to the digest, and waits. A second run writes nothing;
 * an older Config Sync is refused before anything is pushed or written;
 * no value of either token appears in any output or in any request to the
 * fake but the Secret's own.
 */
import assert from 'node:assert/strict'
import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { runAction, type ActionRun } from '../harness/action-runner.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'
import { OCI_AUTH_VALUES_BEFORE_1_24 } from '../fakes/kube-apiserver/crd-rules.ts'
import { writeKubeconfig } from '../fakes/kube-apiserver/kubeconfig.ts'
import { startFakeApiServer, type FakeApiServer } from '../fakes/kube-apiserver/server.ts'

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const EVENT = { head_commit: { id: SHA, timestamp: '2026-11-20T10:00:00Z' }, ref: 'refs/heads/main' }
const PULL_TOKEN = 'ghp_readOnlyPullTokenNeverPrinted42'
let registry: TestRegistry
let workspace: string
const servers: FakeApiServer[] = []

before(async () => {
  registry = await startRegistry('basic')
  workspace = await makeTempDir('ghcr-ws')
  await cp(join(import.meta.dirname, '../../examples/namespace'), join(workspace, 'config'), {
    recursive: true,
  })
})
after(async () => {
  for (const server of servers) await server.stop()
  await registry?.stop()
  if (workspace) await removeDir(workspace)
})

async function cluster(
  name: string,
  ociAuthValues?: readonly string[],
): Promise<{ server: FakeApiServer; kubeconfig: string }> {
  const server = await startFakeApiServer(ociAuthValues === undefined ? {} : { ociAuthValues })
  servers.push(server)
  const kubeconfig = await writeKubeconfig(join(workspace, `kubeconfig-${name}`), [
    { context: name, server: server.url, caPem: server.caPem },
  ])
  return { server, kubeconfig }
}

function inputs(): Record<string, string> {
  return {
    mode: 'setup',
    dir: 'config',
    image: `${registry.hostPort}/acme/config`,
    username: registry.username!,
    password: registry.password!,
    'sync-username': 'acme-bot',
    'sync-token': PULL_TOKEN,
    'wait-timeout': '45s',
  }
}

function assertNoLeak(run: ActionRun, server: FakeApiServer): void {
  const forms = [PULL_TOKEN, Buffer.from(PULL_TOKEN).toString('base64'), registry.password!]
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  for (const [where, text] of [
    ['stdout', stdout],
    ['stderr', run.stderr],
    ['summary', run.summary],
    ['outputs', JSON.stringify(run.outputs)],
  ] as const) {
    for (const form of forms) assert.ok(!text.includes(form), `a secret in ${where}`)
  }
  for (const r of server.requests) {
    if (/\/secrets(\/|$)/.test(r.path)) continue
    for (const form of forms) assert.ok(!r.body.includes(form), `a secret in ${r.method} ${r.path}`)
  }
}

test('mode setup on a GHCR-like registry: publish, Secret, RootSync with auth token pinned to the digest, wait; the second run writes nothing', async () => {
  const { server, kubeconfig } = await cluster('ghcr')
  const first = await runAction({
    workspace,
    sha: SHA,
    event: EVENT,
    inputs: inputs(),
    env: { KUBECONFIG: kubeconfig },
  })
  assert.equal(first.code, 0, first.stdout + first.stderr)
  assert.ok(
    first.stdout.includes(`::add-mask::${PULL_TOKEN}`),
    'the pull token is masked as soon as it is read',
  )
  const image = first.outputs['image']!
  assert.match(image, new RegExp(`^${registry.hostPort}/acme/config@sha256:[0-9a-f]{64}$`))
  const steps = JSON.parse(first.outputs['setup-steps']!) as { id: string; outcome: string }[]
  assert.deepEqual(
    steps.map((s) => `${s.id}:${s.outcome}`),
    [
      'repository:skipped',
      'reader-binding:skipped',
      'artifact:created',
      'secret:created',
      'sync:created',
      'wait:synced',
    ],
  )
  assert.deepEqual(server.core.secretValues('config-management-system', 'root-sync-oci-token'), {
    username: 'acme-bot',
    password: PULL_TOKEN,
  })
  const stored = server.store.get({
    resource: 'rootsyncs',
    namespace: 'config-management-system',
    name: 'root-sync',
  }) as { spec: unknown }
  assert.deepEqual(stored.spec, {
    sourceType: 'oci',
    sourceFormat: 'unstructured',
    oci: { image, dir: '.', auth: 'token', secretRef: { name: 'root-sync-oci-token' } },
  })
  assert.equal(first.outputs['sync-status'], 'SYNCED')
  assertNoLeak(first, server)

  const writes = server.requests.filter((r) => r.method !== 'GET').length
  const second = await runAction({
    workspace,
    sha: SHA,
    event: EVENT,
    inputs: inputs(),
    env: { KUBECONFIG: kubeconfig },
  })
  assert.equal(second.code, 0, second.stdout)
  assert.deepEqual(
    (JSON.parse(second.outputs['setup-steps']!) as { outcome: string }[]).map((s) => s.outcome),
    ['skipped', 'skipped', 'unchanged', 'unchanged', 'unchanged', 'synced'],
  )
  assert.equal(
    server.requests.filter((r) => r.method !== 'GET').length,
    writes,
    'the second run wrote nothing to the cluster',
  )
  assertNoLeak(second, server)
})

test('mode setup with auth token on a Config Sync older than 1.24.0 fails naming the version, before anything is pushed or written', async () => {
  const { server, kubeconfig } = await cluster('old', OCI_AUTH_VALUES_BEFORE_1_24)
  const run = await runAction({
    workspace,
    sha: SHA,
    event: EVENT,
    inputs: { ...inputs(), image: `${registry.hostPort}/acme/never` },
    env: { KUBECONFIG: kubeconfig },
  })
  assert.equal(run.code, 1, run.stdout)
  assert.match(run.stdout, /::error::configsync-oci: cluster old runs a Config Sync older than 1\.24\.0/)
  assert.deepEqual(
    server.requests.filter((r) => r.method !== 'GET'),
    [],
  )
  const tags = await fetch(`${registry.url}/v2/acme/never/tags/list`, {
    headers: {
      authorization: `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`,
    },
  })
  assert.equal(tags.status, 404, 'nothing was pushed')
  assertNoLeak(run, server)
})
