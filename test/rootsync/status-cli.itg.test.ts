/**
 * `configsync-oci status` and `rollout` against fake API servers (in
 * process, Node 24), and the bundled CLI on the machine's Node 20, where
 * both must refuse with a clear message while validate and publish work.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { promisify } from 'node:util'
import { ActionError } from '../../src/errors.ts'
import { loadClusterModule } from '../../src/rootsync/cluster-loader.ts'
import { runCliCaptured } from '../harness/cli-io.ts'
import { findNode20 } from '../harness/node20.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'
import { writeKubeconfig } from '../fakes/kube-apiserver/kubeconfig.ts'
import { SCENARIOS } from '../fakes/kube-apiserver/reconciler.ts'
import { digestRef, seedSync } from '../fakes/kube-apiserver/seed.ts'
import { startFakeApiServer, type FakeApiServer } from '../fakes/kube-apiserver/server.ts'

const run = promisify(execFile)
const CLI = join(process.env['CONFIGSYNC_OCI_DIST'] ?? join(import.meta.dirname, '../../dist'), 'cli.js')
const servers: FakeApiServer[] = []
let dir: string
let env: NodeJS.ProcessEnv

before(async () => {
  dir = await makeTempDir('status-cli')
  const synced = await startFakeApiServer()
  seedSync(synced, { image: digestRef('a') })
  seedSync(synced, { kind: 'RepoSync', namespace: 'shop', name: 'repo-sync', image: digestRef('a') })
  const bare = await startFakeApiServer({ configSyncInstalled: false })
  const failing = await startFakeApiServer()
  seedSync(failing, { image: digestRef('a') })
  failing.reconciler.use(SCENARIOS.syncError)
  servers.push(synced, bare, failing)
  const kubeconfig = await writeKubeconfig(join(dir, 'kubeconfig'), [
    { context: 'prod', server: synced.url, caPem: synced.caPem },
    { context: 'bare', server: bare.url, caPem: bare.caPem },
    { context: 'broken', server: failing.url, caPem: failing.caPem },
  ])
  env = { PATH: process.env['PATH'] ?? '', KUBECONFIG: kubeconfig }
})
after(async () => {
  for (const server of servers) await server.stop()
  if (dir) await removeDir(dir)
})

test('status prints a nomos-like block per cluster and exits 0 only when all are SYNCED', async () => {
  const ok = await runCliCaptured(
    ['status', '--context', 'prod', '--root-sync', 'root-sync', '--repo-sync', 'shop/repo-sync'],
    { env },
  )
  assert.equal(ok.code, 0, ok.stderr)
  assert.match(
    ok.stdout,
    new RegExp(
      `^prod\\n  --------------------\\n  <root>:root-sync   ${digestRef('a').replace(/\./g, '\\.')}\\n  SYNCED @ 2026-11-20T10:00:00Z   a{64}\\n  shop:repo-sync   `,
    ),
  )
  const mixed = await runCliCaptured(['status', '--context', 'prod', '--context', 'bare'], { env })
  assert.equal(mixed.code, 1)
  assert.match(
    mixed.stdout,
    /bare\n {2}-+\n {2}<root>:root-sync {3}\(no image\)\n {2}ERROR\n {2}Error: {3}Config Sync is not installed in cluster bare/,
  )
  assert.match(mixed.stdout, /Hint: {4}install Config Sync first/)
})

test('status --image: SYNCED means exactly that digest; --format json', async () => {
  const other = await runCliCaptured(
    ['status', '--context', 'prod', '--image', digestRef('b'), '--format', 'json'],
    { env },
  )
  assert.equal(other.code, 1)
  const [report] = JSON.parse(other.stdout) as {
    cluster: string
    state: string
    commit: string
    problem: string
  }[]
  assert.deepEqual([report?.cluster, report?.state, report?.commit], ['prod', 'PENDING', 'a'.repeat(64)])
  assert.match(report?.problem ?? '', /spec.oci.image is .*aaaa, not .*bbbb/)
  const same = await runCliCaptured(['status', '--context', 'prod', '--image', digestRef('a')], { env })
  assert.equal(same.code, 0)
  const usage = await runCliCaptured(['status', '--image', 'registry.example/app:v1'], { env })
  assert.equal(usage.code, 2)
  assert.match(usage.stderr, /needs a digest reference/)
})

test('rollout from the CLI: a failing cluster exits 1 and prints its errors; --rollback-on-failure re-points it', async () => {
  const result = await runCliCaptured(
    [
      'rollout',
      '--image',
      digestRef('b'),
      '--context',
      'broken',
      '--timeout',
      '20s',
      '--rollback-on-failure',
      '-q',
    ],
    { env },
  )
  assert.equal(result.code, 1, result.stderr)
  assert.match(result.stdout, /^broken\n/)
  assert.match(result.stdout, /Error: {3}KNV2009: failed to apply Deployment\.apps, shop\/web/)
  assert.match(result.stdout, /Resource: Deployment\.apps shop\/web \(namespaces\/shop\/app\.yaml\)/)
  assert.match(result.stdout, new RegExp(`Rollback: re-pointed at ${digestRef('a').replace(/\./g, '\\.')}`))
  const json = await runCliCaptured(
    ['rollout', '--image', digestRef('c'), '--context', 'prod', '--format', 'json', '-q'],
    { env },
  )
  assert.equal(json.code, 0, json.stderr)
  assert.equal((JSON.parse(json.stdout) as { syncStatus: string }).syncStatus, 'SYNCED')
  assert.equal((await runCliCaptured(['rollout', '--context', 'prod'], { env })).code, 2)
  const outside = await runCliCaptured(
    [
      'rollout',
      '--image',
      digestRef('c'),
      '--context',
      'prod',
      '--create-sync',
      '--source-format',
      'unstructured',
      '--sync-dir',
      'a/../../up',
    ],
    { env },
  )
  assert.equal(outside.code, 2, 'a --sync-dir that leaves the image is a usage error, before any request')
  assert.match(outside.stderr, /--sync-dir is "\.\.\/up"; it must stay inside the image/)
})

test('on Node 20, status and rollout refuse with "needs Node 22 or later"; the loader says so too', async () => {
  await assert.rejects(
    loadClusterModule('configsync-oci status', '20.20.2'),
    (e: unknown) =>
      e instanceof ActionError &&
      e.message === 'configsync-oci status needs Node 22 or later; this is Node 20.20.2',
  )
  const node20 = await findNode20()
  const failed = await run(node20, [CLI, 'status', '--context', 'prod'], { env }).then(
    () => undefined,
    (e: unknown) => e as { code: number; stderr: string },
  )
  assert.equal(failed?.code, 1)
  assert.match(failed?.stderr ?? '', /configsync-oci status needs Node 22 or later; this is Node 20\./)
  const help = await run(node20, [CLI, 'help'], { env })
  assert.match(help.stdout, /status, rollout and verify need Node 22 or later/)
})
