/**
 * The rollout engine through the real cluster adapter against fake API
 * servers whose scripted reconciler plays Config Sync's status sequences:
 * the verdict, state, errors and progress for each, a fleet with a failing
 * canary (and rollback), conflicts, create-sync and "already there".
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { loadClusterModule, type ClusterModule } from '../../src/rootsync/cluster-loader.ts'
import { fleetState, fleetSyncedCommit, rolloutFleet, type FleetMember } from '../../src/rootsync/fleet.ts'
import type { RolloutSettings } from '../../src/rootsync/rollout.ts'
import { rootSyncRef } from '../../src/rootsync/sync-ref.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'
import { writeKubeconfig, type KubeconfigEntry } from '../fakes/kube-apiserver/kubeconfig.ts'
import { SCENARIOS, type Scenario } from '../fakes/kube-apiserver/reconciler.ts'
import { digestRef, imageIn, seedSync } from '../fakes/kube-apiserver/seed.ts'
import { startFakeApiServer, type FakeApiServer } from '../fakes/kube-apiserver/server.ts'

const OLD = digestRef('a')
const NEW = digestRef('b')
const KEY = { resource: 'rootsyncs', namespace: 'config-management-system', name: 'root-sync' }
const SETTINGS: RolloutSettings = {
  ref: rootSyncRef('root-sync'),
  image: NEW,
  wait: true,
  timeoutMs: 4_000,
  policy: { sourceErrorGraceMs: 300 },
  poll: { initialMs: 5, factor: 1.5, maxMs: 25 },
}
const HTTP = { timeoutMs: 5_000, attempts: 3, retryDelayMs: 10 }
let cluster: ClusterModule
let dir: string
const servers: FakeApiServer[] = []

before(async () => {
  cluster = await loadClusterModule('test')
  dir = await makeTempDir('rollout')
})
after(async () => {
  for (const server of servers) await server.stop()
  if (dir) await removeDir(dir)
})

/** Fake clusters, each with its RootSync synced at OLD and playing `scenario` for NEW. */
async function fleet(
  scenarios: Record<string, Scenario>,
  canaries: string[] = [],
): Promise<{ members: FleetMember[]; servers: Record<string, FakeApiServer> }> {
  const entries: KubeconfigEntry[] = []
  const byName: Record<string, FakeApiServer> = {}
  for (const [name, scenario] of Object.entries(scenarios)) {
    const server = await startFakeApiServer()
    servers.push(server)
    seedSync(server, { image: OLD })
    server.reconciler.use(scenario)
    byName[name] = server
    entries.push({ context: name, server: server.url, caPem: server.caPem })
  }
  const file = await writeKubeconfig(join(dir, `${Object.keys(scenarios).join('-')}.yaml`), entries)
  return {
    members: cluster.openFleet({ kubeconfigs: [file], contexts: Object.keys(scenarios) }, canaries, {}, HTTP),
    servers: byName,
  }
}

const CASES: { scenario: Scenario; state: string; ok: boolean; codes: string[]; progress: RegExp }[] = [
  {
    scenario: SCENARIOS.happy,
    state: 'SYNCED',
    ok: true,
    codes: [],
    progress: /the reconciler is rolling out/,
  },
  {
    scenario: SCENARIOS.stalled,
    state: 'STALLED',
    ok: false,
    codes: ['KNV1061'],
    progress: /has not observed generation 2/,
  },
  {
    scenario: SCENARIOS.sourceError,
    state: 'ERROR',
    ok: false,
    codes: ['KNV2004'],
    progress: /pulling the image failed \(KNV2004\); oci-sync retries/,
  },
  {
    scenario: SCENARIOS.sourceErrorRecovers,
    state: 'SYNCED',
    ok: true,
    codes: [],
    progress: /pulling the image failed/,
  },
  {
    scenario: SCENARIOS.sourceInvalid,
    state: 'ERROR',
    ok: false,
    codes: ['KNV1029'],
    progress: /rolling out/,
  },
  { scenario: SCENARIOS.syncError, state: 'ERROR', ok: false, codes: ['KNV2009'], progress: /applying/ },
  {
    scenario: SCENARIOS.renderingTransient,
    state: 'SYNCED',
    ok: true,
    codes: [],
    progress: /KNV2016 \(transient/,
  },
  {
    scenario: SCENARIOS.lateDigest,
    state: 'SYNCED',
    ok: true,
    codes: [],
    progress: /the reconciler still reports .*aaaaaaaa/,
  },
  {
    scenario: SCENARIOS.frozen,
    state: 'PENDING',
    ok: false,
    codes: [],
    progress: /has not observed generation 2/,
  },
]

for (const { scenario, state, ok, codes, progress } of CASES) {
  test(`one cluster, ${scenario.name}: ${state}`, async () => {
    const { members, servers: byName } = await fleet({ [scenario.name]: scenario })
    const logger = new RecordingLogger()
    const timeoutMs = scenario === SCENARIOS.frozen ? 300 : SETTINGS.timeoutMs
    const result = await rolloutFleet(
      members,
      { ...SETTINGS, timeoutMs },
      { concurrency: 1, rollbackOnFailure: false, logger },
    )
    const [outcome] = result.clusters
    assert.equal(outcome?.state, state, outcome?.reason)
    assert.equal(outcome?.ok, ok)
    assert.equal(result.ok, ok)
    assert.deepEqual(
      outcome?.errors.map((e) => e.code),
      codes,
    )
    assert.equal(outcome?.action, 'patched')
    assert.equal(outcome?.previousImage, OLD)
    assert.equal(imageIn(byName[scenario.name]!, KEY), NEW, 'no rollback was asked for')
    assert.match(logger.lines.join('\n'), progress)
    assert.equal(fleetState(result), state)
    // synced-commit is what the cluster reports synced: after a timeout, still the old digest.
    assert.equal(
      fleetSyncedCommit(result),
      ok ? 'b'.repeat(64) : scenario === SCENARIOS.frozen ? 'a'.repeat(64) : '',
    )
    if (scenario === SCENARIOS.frozen)
      assert.match(
        outcome?.reason ?? '',
        /^not synced after 0.3s: the reconciler-manager has not observed generation 2/,
      )
  })
}

test('fleet: a failing canary stops the rollout; the rest are SKIPPED and untouched; rollback re-points the canary', async () => {
  const { members, servers: byName } = await fleet(
    { canary: SCENARIOS.syncError, east: SCENARIOS.happy, west: SCENARIOS.happy },
    ['canary'],
  )
  const logger = new RecordingLogger()
  const result = await rolloutFleet(members, SETTINGS, { concurrency: 2, rollbackOnFailure: true, logger })
  assert.equal(result.ok, false)
  assert.deepEqual(
    result.clusters.map((c) => [c.cluster, c.state]),
    [
      ['canary', 'ERROR'],
      ['east', 'SKIPPED'],
      ['west', 'SKIPPED'],
    ],
  )
  assert.deepEqual(result.clusters[0]?.rolledBack, { image: OLD, ok: true, message: `re-pointed at ${OLD}` })
  assert.equal(imageIn(byName['canary']!, KEY), OLD)
  assert.equal(imageIn(byName['east']!, KEY), OLD)
  assert.equal(
    byName['east']!.requests.filter((r) => r.method === 'PATCH').length,
    0,
    'the rest were never written',
  )
  assert.equal(fleetState(result), 'ERROR')
  assert.match(logger.lines.join('\n'), /Canary clusters: canary/)
})

test('fleet: canaries sync first, then the rest with bounded concurrency; a later failure stops new starts', async () => {
  const { members } = await fleet(
    { c1: SCENARIOS.happy, r1: SCENARIOS.stalled, r2: SCENARIOS.happy, r3: SCENARIOS.happy },
    ['c1'],
  )
  const result = await rolloutFleet(members, SETTINGS, {
    concurrency: 1,
    rollbackOnFailure: false,
    logger: new RecordingLogger(),
  })
  assert.deepEqual(
    result.clusters.map((c) => c.state),
    ['SYNCED', 'STALLED', 'SKIPPED', 'SKIPPED'],
  )
  const healthy = await fleet({
    h1: SCENARIOS.happy,
    h2: SCENARIOS.lateDigest,
    h3: SCENARIOS.renderingTransient,
  })
  const synced = await rolloutFleet(healthy.members, SETTINGS, {
    concurrency: 2,
    rollbackOnFailure: true,
    logger: new RecordingLogger(),
  })
  assert.deepEqual(
    synced.clusters.map((c) => c.state),
    ['SYNCED', 'SYNCED', 'SYNCED'],
  )
  assert.equal(fleetSyncedCommit(synced), 'b'.repeat(64))
})

test('already at the digest: no write, the sync state is still confirmed', async () => {
  const { members, servers: byName } = await fleet({ same: SCENARIOS.happy })
  const server = byName['same']!
  const first = await rolloutFleet(members, SETTINGS, {
    concurrency: 1,
    rollbackOnFailure: false,
    logger: new RecordingLogger(),
  })
  assert.equal(first.clusters[0]?.state, 'SYNCED')
  const patches = server.requests.filter((r) => r.method === 'PATCH').length
  const again = await rolloutFleet(members, SETTINGS, {
    concurrency: 1,
    rollbackOnFailure: false,
    logger: new RecordingLogger(),
  })
  assert.deepEqual([again.clusters[0]?.action, again.clusters[0]?.state], ['unchanged', 'SYNCED'])
  assert.equal(server.requests.filter((r) => r.method === 'PATCH').length, patches)
})

test('a concurrent writer (409 on our resourceVersion precondition) makes us read again and record the right previous image', async () => {
  const { members, servers: byName } = await fleet({ busy: SCENARIOS.happy })
  const server = byName['busy']!
  server.before('PATCH', /rootsyncs\/root-sync$/, () =>
    server.store.mergePatch(KEY, { spec: { oci: { image: digestRef('c') } } }, 'someone-else'),
  )
  const logger = new RecordingLogger()
  const result = await rolloutFleet(members, SETTINGS, { concurrency: 1, rollbackOnFailure: false, logger })
  assert.equal(result.clusters[0]?.state, 'SYNCED')
  assert.equal(result.clusters[0]?.previousImage, digestRef('c'))
  assert.match(logger.lines.join('\n'), /changed while we wrote it \(409 Conflict\); reading it again/)
  const managers = (
    server.store.get(KEY)?.['metadata'] as { managedFields: { manager: string; fieldsV1: object }[] }
  ).managedFields
  assert.match(
    JSON.stringify(managers.find((m) => m.manager === 'configsync-oci')?.fieldsV1),
    /^\{"f:spec":\{"f:oci":\{"f:image":\{\}\}\}\}$/,
  )
})

test('create-sync creates a missing RootSync with sourceType oci; without it the missing object is a clear failure; wait false reports without waiting', async () => {
  const server = await startFakeApiServer()
  servers.push(server)
  const file = await writeKubeconfig(join(dir, 'create.yaml'), [
    { context: 'new', server: server.url, caPem: server.caPem },
  ])
  const members = cluster.openFleet({ kubeconfigs: [file], contexts: [] }, [], {}, HTTP)
  const missing = await rolloutFleet(members, SETTINGS, {
    concurrency: 1,
    rollbackOnFailure: true,
    logger: new RecordingLogger(),
  })
  assert.deepEqual([missing.clusters[0]?.state, missing.clusters[0]?.action], ['ERROR', 'none'])
  assert.match(
    missing.clusters[0]?.reason ?? '',
    /RootSync config-management-system\/root-sync does not exist in cluster new/,
  )
  const create = { sourceFormat: 'unstructured' as const, dir: 'config', auth: 'none' as const }
  const created = await rolloutFleet(
    members,
    { ...SETTINGS, create },
    { concurrency: 1, rollbackOnFailure: false, logger: new RecordingLogger() },
  )
  assert.deepEqual([created.clusters[0]?.action, created.clusters[0]?.state], ['created', 'SYNCED'])
  assert.deepEqual(server.store.get(KEY)?.['spec'], {
    sourceType: 'oci',
    sourceFormat: 'unstructured',
    oci: { image: NEW, dir: 'config', auth: 'none' },
  })
  const nowait = await rolloutFleet(
    members,
    { ...SETTINGS, image: digestRef('d'), wait: false },
    { concurrency: 1, rollbackOnFailure: false, logger: new RecordingLogger() },
  )
  assert.deepEqual([nowait.clusters[0]?.ok, nowait.clusters[0]?.state], [true, 'PENDING'])
  assert.match(nowait.clusters[0]?.reason ?? '', /^not waiting: /)
  assert.deepEqual(
    server.store.get(KEY)?.['spec'],
    {
      sourceType: 'oci',
      sourceFormat: 'unstructured',
      oci: { image: digestRef('d'), dir: 'config', auth: 'none' },
    },
    'an image-only apply keeps the created fields',
  )
})
