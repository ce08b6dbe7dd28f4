/**
 * Token auth (Config Sync 1.24+) against the fake API server over HTTPS:
 * the Secret created in the right namespace, left alone when equal, updated
 * and the reconciler restarted when changed, an older Config Sync refused
 * with the version it needs, and the token's value nowhere but in the
 * Secret's own requests.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { loadClusterModule, type ClusterModule } from '../../src/rootsync/cluster-loader.ts'
import { rolloutCluster, type RolloutSettings } from '../../src/rootsync/rollout.ts'
import { rootSyncRef } from '../../src/rootsync/sync-ref.ts'
import { secretRefsOf, syncSecretsOf } from '../../src/rootsync/sync-secrets.ts'
import type { SyncRef } from '../../src/rootsync/types.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'
import { OCI_AUTH_VALUES_BEFORE_1_24 } from '../fakes/kube-apiserver/crd-rules.ts'
import { writeKubeconfig } from '../fakes/kube-apiserver/kubeconfig.ts'
import { digestRef, seedSync } from '../fakes/kube-apiserver/seed.ts'
import { startFakeApiServer, type FakeApiServer } from '../fakes/kube-apiserver/server.ts'

const HTTP = { timeoutMs: 5_000, attempts: 1, retryDelayMs: 10 }
const TOKEN = 'ghp_tokenValueThatMustNeverLeak0123'
const NAMES = {
  auth: 'sync-auth',
  username: 'sync-username',
  token: 'sync-token',
  secretName: 'sync-secret-name',
  caFile: 'sync-ca-file',
  caSecretName: 'sync-ca-secret-name',
}
let cluster: ClusterModule
let dir: string
const servers: FakeApiServer[] = []

before(async () => {
  cluster = await loadClusterModule('test')
  dir = await makeTempDir('token-auth')
})
after(async () => {
  for (const s of servers) await s.stop()
  if (dir) await removeDir(dir)
})

async function fake(options: Parameters<typeof startFakeApiServer>[0] = {}) {
  const server = await startFakeApiServer(options)
  servers.push(server)
  const file = await writeKubeconfig(join(dir, `kc-${servers.length}.yaml`), [
    { context: `c${servers.length}`, server: server.url, caPem: server.caPem },
  ])
  const [member] = cluster.openFleet({ kubeconfigs: [file], contexts: [] }, [], {}, HTTP)
  return { server, target: await member!.connect() }
}

function settings(ref: SyncRef, token: string, restart = false, create = true): RolloutSettings {
  const secrets = syncSecretsOf(
    {
      auth: undefined,
      username: 'acme-bot',
      token,
      secretName: '',
      caSecretName: '',
      restartReconciler: restart,
    },
    ref,
    NAMES,
  )!
  return {
    ref,
    image: digestRef('b', 'ghcr.io/acme/config'),
    wait: false,
    timeoutMs: 1000,
    policy: { sourceErrorGraceMs: 0 },
    secrets,
    ...(create
      ? { create: { sourceFormat: 'unstructured', dir: '.', auth: 'token', ...secretRefsOf(secrets) } }
      : {}),
  }
}

/** The token, plain and base64, must appear only in bodies sent to the Secret's own URL. */
function assertNoLeak(server: FakeApiServer, logger: RecordingLogger, token: string): void {
  const forms = [token, Buffer.from(token).toString('base64')]
  for (const r of server.requests) {
    if (r.path.includes('/secrets')) continue
    for (const form of forms)
      assert.ok(!r.body.includes(form) && !r.path.includes(form), `token in ${r.method} ${r.path}`)
  }
  const logged = JSON.stringify(logger)
  for (const form of forms) assert.ok(!logged.includes(form), 'token in the log')
}

test('a created RootSync gets auth token and secretRef; the Secret (username, password) is in config-management-system', async () => {
  const { server, target } = await fake()
  const ref = rootSyncRef('root-sync')
  const logger = new RecordingLogger()
  const result = await rolloutCluster(target, settings(ref, TOKEN), logger)
  assert.equal(result.action, 'created')
  assert.equal(result.secrets?.token, 'created')
  assert.deepEqual(server.core.secretValues('config-management-system', 'root-sync-oci-token'), {
    username: 'acme-bot',
    password: TOKEN,
  })
  assert.equal(server.core.secret('config-management-system', 'root-sync-oci-token')?.['type'], 'Opaque')
  const oci = (
    server.store.get({ resource: 'rootsyncs', namespace: 'config-management-system', name: 'root-sync' }) as {
      spec: { oci: Record<string, unknown> }
    }
  ).spec.oci
  assert.equal(oci['auth'], 'token')
  assert.deepEqual(oci['secretRef'], { name: 'root-sync-oci-token' })
  assertNoLeak(server, logger, TOKEN)

  // Second run, same values: no write to the Secret, no restart.
  const before = server.requests.length
  const again = await rolloutCluster(target, settings(ref, TOKEN), new RecordingLogger())
  assert.equal(again.secrets?.token, 'unchanged')
  assert.equal(again.secrets?.restartNeeded, false)
  assert.deepEqual(
    server.requests
      .slice(before)
      .filter((r) => r.path.includes('/secrets') && r.method !== 'GET')
      .map((r) => r.method),
    [],
  )

  // A new token: the Secret is patched, and the running reconciler must restart (it read the old value).
  const warned = new RecordingLogger()
  const rotated = await rolloutCluster(target, settings(ref, `${TOKEN}-rotated`), warned)
  assert.equal(rotated.secrets?.token, 'updated')
  assert.equal(rotated.secrets?.restartNeeded, true)
  assert.equal(rotated.secrets?.restarted, false)
  assert.match(JSON.stringify(warned), /read the old Secret values at start/)
  assert.equal(server.core.restarts.get('root-reconciler'), undefined)
  const restarted = await rolloutCluster(target, settings(ref, `${TOKEN}-again`, true), new RecordingLogger())
  assert.equal(restarted.secrets?.restarted, true)
  assert.equal(server.core.restarts.get('root-reconciler'), 1)
  assert.equal(
    server.core.secretValues('config-management-system', 'root-sync-oci-token')?.['password'],
    `${TOKEN}-again`,
  )
  assertNoLeak(server, warned, `${TOKEN}-rotated`)
})

test('an existing RootSync with auth none is switched to token by a merge patch; a later image-only apply keeps it', async () => {
  const { server, target } = await fake()
  const ref = rootSyncRef('root-sync')
  const key = seedSync(server, { image: digestRef('a', 'ghcr.io/acme/config') })
  await rolloutCluster(target, settings(ref, TOKEN, false, false), new RecordingLogger())
  await rolloutCluster(
    target,
    {
      ref,
      image: digestRef('c', 'ghcr.io/acme/config'),
      wait: false,
      timeoutMs: 1000,
      policy: { sourceErrorGraceMs: 0 },
    },
    new RecordingLogger(),
  )
  const oci = (server.store.get(key) as { spec: { oci: Record<string, unknown> } }).spec.oci
  assert.deepEqual(
    [oci['auth'], oci['secretRef'], oci['image']],
    ['token', { name: 'root-sync-oci-token' }, digestRef('c', 'ghcr.io/acme/config')],
  )
})

test("a RepoSync's Secret lives in the RepoSync's own namespace", async () => {
  const { server, target } = await fake()
  const ref: SyncRef = { kind: 'RepoSync', namespace: 'shop', name: 'repo-sync' }
  await rolloutCluster(target, settings(ref, TOKEN), new RecordingLogger())
  assert.deepEqual(server.core.secretValues('shop', 'repo-sync-oci-token'), {
    username: 'acme-bot',
    password: TOKEN,
  })
  assert.equal(server.core.secret('config-management-system', 'repo-sync-oci-token'), undefined)
})

test('a Config Sync older than 1.24.0 is refused before any Secret or RootSync is written', async () => {
  const { server, target } = await fake({ ociAuthValues: OCI_AUTH_VALUES_BEFORE_1_24 })
  await assert.rejects(
    rolloutCluster(target, settings(rootSyncRef('root-sync'), TOKEN), new RecordingLogger()),
    /older than 1\.24\.0: its RootSync CRD allows spec\.oci\.auth gcenode, gcpserviceaccount, k8sserviceaccount, none, not token/,
  )
  assert.equal(server.core.secrets.size, 0)
  assert.deepEqual(
    server.requests.filter((r) => r.method !== 'GET').map((r) => r.path),
    [],
  )
})
