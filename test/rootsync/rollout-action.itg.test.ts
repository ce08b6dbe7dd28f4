/**
 * End to end: the bundled action publishes to a real registry (Debian's
 * docker-registry) and rolls the pushed digest out to fake API servers
 * through KUBECONFIG, exactly as a workflow step after get-gke-credentials.
 */
import assert from 'node:assert/strict'
import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { runAction } from '../harness/action-runner.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'
import { writeKubeconfig } from '../fakes/kube-apiserver/kubeconfig.ts'
import { SCENARIOS } from '../fakes/kube-apiserver/reconciler.ts'
import { digestRef, imageIn, seedSync } from '../fakes/kube-apiserver/seed.ts'
import { startFakeApiServer, type FakeApiServer } from '../fakes/kube-apiserver/server.ts'

const EXAMPLES = join(import.meta.dirname, '../../examples/namespace')
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const EVENT = { head_commit: { id: SHA, timestamp: '2026-11-20T10:00:00Z' }, ref: 'refs/heads/main' }
const KEY = { resource: 'rootsyncs', namespace: 'config-management-system', name: 'root-sync' }
const OLD = digestRef('a')
const TOKEN = 'gke-access-token-do-not-print'
let registry: TestRegistry
let workspace: string
const servers: FakeApiServer[] = []

before(async () => {
  registry = await startRegistry('plain')
  workspace = await makeTempDir('rollout-ws')
  await cp(EXAMPLES, join(workspace, 'config'), { recursive: true })
})
after(async () => {
  await registry?.stop()
  for (const server of servers) await server.stop()
  if (workspace) await removeDir(workspace)
})

async function fakeCluster(
  options: Parameters<typeof startFakeApiServer>[0] = { tokens: { [TOKEN]: 'ci' } },
): Promise<FakeApiServer> {
  const server = await startFakeApiServer(options)
  servers.push(server)
  seedSync(server, { image: OLD })
  return server
}

function noToken(run: {
  stdout: string
  stderr: string
  summary: string
  outputs: Record<string, string>
}): void {
  for (const text of [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)])
    assert.ok(!text.includes(TOKEN), 'the kubeconfig token never appears')
}

test('publish, then roll out to the cluster of KUBECONFIG and wait until it synced exactly the pushed digest', async () => {
  const server = await fakeCluster()
  const kubeconfig = await writeKubeconfig(join(workspace, 'gha-kubeconfig-1'), [
    { context: 'gke_acme_us-central1_prod', server: server.url, caPem: server.caPem, token: TOKEN },
  ])
  const run = await runAction({
    workspace,
    sha: SHA,
    event: EVENT,
    inputs: {
      dir: 'config',
      image: `${registry.hostPort}/acme/config`,
      rollout: 'true',
      'wait-timeout': '45s',
    },
    env: { KUBECONFIG: kubeconfig },
  })
  assert.equal(run.code, 0, run.stdout + run.stderr)
  const image = run.outputs['image']!
  const hex = run.outputs['digest']!.slice('sha256:'.length)
  assert.equal(imageIn(server, KEY), image)
  assert.equal(run.outputs['sync-status'], 'SYNCED')
  assert.equal(run.outputs['synced-commit'], hex)
  const clusters = JSON.parse(run.outputs['rollout-clusters']!) as {
    cluster: string
    action: string
    previousImage: string
    image: string
    state: string
    ok: boolean
  }[]
  assert.deepEqual(
    clusters.map((c) => [c.cluster, c.action, c.previousImage, c.image, c.state, c.ok]),
    [['gke_acme_us-central1_prod', 'patched', OLD, image, 'SYNCED', true]],
  )
  assert.match(
    run.stdout,
    /::group::Roll out RootSync config-management-system\/root-sync in cluster gke_acme_us-central1_prod/,
  )
  assert.match(run.stdout, /the reconciler is rolling out \(Reconciling: Deployment\)/)
  assert.match(
    run.stdout,
    new RegExp(`<root>:root-sync   ${image.replace(/[.]/g, '\\.')}\\n  SYNCED @ \\S+   ${hex}`),
  )
  assert.match(run.summary, /configsync-oci: rollout synced \(RootSync config-management-system\/root-sync\)/)
  assert.match(run.summary, /<b>SYNCED<\/b>/)
  assert.ok(run.summary.includes(`${OLD} → ${image}`), 'the summary shows old → new')
  const patch = server.requests.find((r) => r.method === 'PATCH')
  assert.equal(patch?.contentType, 'application/apply-patch+yaml')
  assert.equal(patch?.query.get('fieldManager'), 'configsync-oci')
  noToken(run)
})

test('a fleet whose canary fails to apply (KNV2009): the rest are not touched, the canary is rolled back, the step fails', async () => {
  const canary = await fakeCluster()
  canary.reconciler.use(SCENARIOS.syncError)
  const rest = await fakeCluster()
  const files = [
    await writeKubeconfig(join(workspace, 'canary.yaml'), [
      { context: 'canary', server: canary.url, caPem: canary.caPem, token: TOKEN },
    ]),
    await writeKubeconfig(join(workspace, 'rest.yaml'), [
      { context: 'rest', server: rest.url, caPem: rest.caPem, token: TOKEN },
    ]),
  ]
  const run = await runAction({
    workspace,
    sha: SHA,
    event: EVENT,
    inputs: {
      dir: 'config',
      image: `${registry.hostPort}/acme/fleet`,
      rollout: 'true',
      kubeconfig: 'canary.yaml\nrest.yaml',
      'canary-contexts': 'canary',
      'rollback-on-failure': 'true',
    },
    env: { KUBECONFIG: files.join(':') },
  })
  assert.equal(run.code, 1, run.stdout)
  assert.match(
    run.stdout,
    /::error::configsync-oci: rollout failed in cluster canary: ERROR: applying the objects failed; 1 not started/,
  )
  assert.equal(run.outputs['sync-status'], 'ERROR')
  assert.equal(run.outputs['synced-commit'], '')
  const clusters = JSON.parse(run.outputs['rollout-clusters']!) as {
    cluster: string
    state: string
    errors: { code: string; message: string; resources: string[] }[]
    rolledBack: { image: string } | null
  }[]
  assert.deepEqual(
    clusters.map((c) => [c.cluster, c.state, c.rolledBack?.image ?? null]),
    [
      ['canary', 'ERROR', OLD],
      ['rest', 'SKIPPED', null],
    ],
  )
  assert.equal(clusters[0]?.errors[0]?.code, 'KNV2009')
  assert.match(
    clusters[0]?.errors[0]?.message ?? '',
    /^KNV2009: failed to apply Deployment\.apps, shop\/web: admission webhook/,
  )
  assert.deepEqual(clusters[0]?.errors[0]?.resources, ['Deployment.apps shop/web (namespaces/shop/app.yaml)'])
  assert.match(run.stdout, /Error: {3}KNV2009: failed to apply Deployment\.apps, shop\/web/)
  assert.equal(imageIn(canary, KEY), OLD, 'rolled back')
  assert.equal(imageIn(rest, KEY), OLD, 'never patched')
  assert.equal(rest.requests.filter((r) => r.method === 'PATCH').length, 0)
  assert.match(run.summary, /<b>SKIPPED<\/b>/)
  noToken(run)
})

test('three clusters at once: STALLED (KNV1061), ERROR (KNV1029 in the source) and SYNCED through a transient KNV2016', async () => {
  const scenarios = [SCENARIOS.stalled, SCENARIOS.sourceInvalid, SCENARIOS.renderingTransient]
  const entries = []
  for (const [index, scenario] of scenarios.entries()) {
    const server = await fakeCluster()
    server.reconciler.use(scenario)
    entries.push({
      context: `c${index}-${scenario.name}`,
      server: server.url,
      caPem: server.caPem,
      token: TOKEN,
    })
  }
  const kubeconfig = await writeKubeconfig(join(workspace, 'three.yaml'), entries)
  const run = await runAction({
    workspace,
    sha: SHA,
    event: EVENT,
    inputs: {
      dir: 'config',
      image: `${registry.hostPort}/acme/three`,
      rollout: 'true',
      contexts: entries.map((e) => e.context).join('\n'),
      concurrency: '3',
    },
    env: { KUBECONFIG: kubeconfig },
  })
  assert.equal(run.code, 1)
  const clusters = JSON.parse(run.outputs['rollout-clusters']!) as {
    cluster: string
    state: string
    errors: { code: string }[]
  }[]
  assert.deepEqual(
    clusters.map((c) => [c.state, c.errors.map((e) => e.code)]),
    [
      ['STALLED', ['KNV1061']],
      ['ERROR', ['KNV1029']],
      ['SYNCED', []],
    ],
  )
  assert.equal(run.outputs['sync-status'], 'STALLED')
  assert.match(
    run.stdout,
    /::error::configsync-oci: rollout failed in cluster c0-stalled: STALLED: Stalled \(Validation\): KNV1061: .*; 1 more failed/,
  )
  assert.match(
    run.stdout,
    /rendering: KNV2016 \(transient while the hydration-controller is added or removed\)/,
  )
  noToken(run)
})

test('RBAC denial and a missing Config Sync fail the step with what to do; an OCI layout image is refused before anything is pushed', async () => {
  const locked = await fakeCluster({
    tokens: { [TOKEN]: 'deployer' },
    rbac: { deployer: [{ verbs: ['get'], resources: ['rootsyncs'] }] },
  })
  const lockedConfig = await writeKubeconfig(join(workspace, 'locked.yaml'), [
    { context: 'locked', server: locked.url, caPem: locked.caPem, token: TOKEN },
  ])
  const denied = await runAction({
    workspace,
    sha: SHA,
    event: EVENT,
    inputs: { dir: 'config', image: `${registry.hostPort}/acme/rbac`, rollout: 'true' },
    env: { KUBECONFIG: lockedConfig },
  })
  assert.equal(denied.code, 1)
  assert.match(
    denied.stdout,
    /permission denied in cluster locked: the identity cannot patch rootsyncs\.configsync\.gke\.io in namespace config-management-system/,
  )
  assert.match(
    denied.stdout,
    /Hint: grant it the verbs get,patch on rootsyncs\.configsync\.gke\.io in config-management-system/,
  )
  noToken(denied)
  const bare = await startFakeApiServer({ configSyncInstalled: false })
  servers.push(bare)
  const bareConfig = await writeKubeconfig(join(workspace, 'bare.yaml'), [
    { context: 'bare', server: bare.url, caPem: bare.caPem },
  ])
  const missing = await runAction({
    workspace,
    sha: SHA,
    event: EVENT,
    inputs: { dir: 'config', image: `${registry.hostPort}/acme/bare`, rollout: 'true' },
    env: { KUBECONFIG: bareConfig },
  })
  assert.match(
    missing.stdout,
    /::error::configsync-oci: rollout failed in cluster bare: ERROR: Config Sync is not installed in cluster bare/,
  )
  const layout = await runAction({
    workspace,
    sha: SHA,
    event: EVENT,
    inputs: { dir: 'config', image: 'oci-layout:out', rollout: 'true' },
    env: { KUBECONFIG: bareConfig },
  })
  assert.equal(layout.code, 1)
  assert.match(layout.stdout, /input "rollout" needs an image pushed to a registry/)
  assert.equal(layout.outputs['digest'], undefined, 'nothing was published')
})
