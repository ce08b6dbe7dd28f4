/**
 * The cluster half against the fake API server over HTTPS: kubeconfig
 * selection and credentials as client-node applies them (static token,
 * exec credential plugin), and the errors a user must be able to act on.
 */
import assert from 'node:assert/strict'
import { chmod, mkdir, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { ClusterError, InputError } from '../../src/errors.ts'
import { loadClusterModule, type ClusterModule } from '../../src/rootsync/cluster-loader.ts'
import { buildImageApply } from '../../src/rootsync/sync-patch.ts'
import { rootSyncRef } from '../../src/rootsync/sync-ref.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'
import { writeKubeconfig } from '../fakes/kube-apiserver/kubeconfig.ts'
import { digestRef, seedSync } from '../fakes/kube-apiserver/seed.ts'
import { startFakeApiServer, type FakeApiServer } from '../fakes/kube-apiserver/server.ts'

const HTTP = { timeoutMs: 5_000, attempts: 3, retryDelayMs: 10 }
const REF = rootSyncRef('root-sync')
const TOKEN = 'secret-token-value-123'
let cluster: ClusterModule
let server: FakeApiServer
let bare: FakeApiServer
let dir: string

before(async () => {
  cluster = await loadClusterModule('test')
  server = await startFakeApiServer({
    tokens: { [TOKEN]: 'ci-bot', 'plugin-token': 'plugin-user', 'reader-token': 'reader' },
    rbac: { reader: [{ verbs: ['get'], resources: ['rootsyncs'] }] },
  })
  bare = await startFakeApiServer({ configSyncInstalled: false })
  dir = await makeTempDir('cluster-client')
  seedSync(server, { image: digestRef('a') })
})
after(async () => {
  await server?.stop()
  await bare?.stop()
  if (dir) await removeDir(dir)
})

/** The one target of a kubeconfig (its current context). */
async function targetOf(file: string, contexts: string[] = []) {
  const [member] = cluster.openFleet({ kubeconfigs: [file], contexts }, [], {}, HTTP)
  return member!.connect()
}

async function rejection(promise: Promise<unknown>): Promise<ClusterError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  assert.ok(error instanceof ClusterError, `expected a ClusterError, got ${String(error)}`)
  return error
}

test('KUBECONFIG with a static token (what get-gke-credentials writes): get reads the RootSync as that user', async () => {
  const file = await writeKubeconfig(join(dir, 'token.yaml'), [
    { context: 'gke_p_us-central1_prod', server: server.url, caPem: server.caPem, token: TOKEN },
  ])
  const [member] = cluster.openFleet(
    { kubeconfigs: [], contexts: [] },
    [],
    { KUBECONFIG: `${join(dir, 'missing.yaml')}:${file}` },
    HTTP,
  )
  assert.equal(member!.name, 'gke_p_us-central1_prod')
  const object = await (await member!.connect()).get(REF)
  assert.equal(object?.spec?.oci?.image, digestRef('a'))
  assert.equal(server.requests.at(-1)?.user, 'ci-bot')
  assert.equal(await (await member!.connect()).get(rootSyncRef('absent')), undefined)
})

test('an exec credential plugin (what gke-gcloud-auth-plugin is) supplies the token', async () => {
  const plugin = join(dir, 'fake-auth-plugin')
  await writeFile(
    plugin,
    `#!/bin/sh\necho '{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","status":{"token":"plugin-token"}}'\n`,
  )
  await chmod(plugin, 0o755)
  const file = await writeKubeconfig(join(dir, 'exec.yaml'), [
    { context: 'exec', server: server.url, caPem: server.caPem, exec: { command: plugin } },
  ])
  await (await targetOf(file)).get(REF)
  assert.equal(server.requests.at(-1)?.user, 'plugin-user')
})

test('several files are one cluster each; contexts pick from the merged files; names are checked up front', async () => {
  const a = await writeKubeconfig(join(dir, 'a.yaml'), [
    { context: 'east', server: server.url, caPem: server.caPem, token: TOKEN },
  ])
  const b = await writeKubeconfig(join(dir, 'b.yaml'), [
    { context: 'west', server: server.url, caPem: server.caPem, token: TOKEN },
  ])
  assert.deepEqual(
    cluster.openFleet({ kubeconfigs: [a, b], contexts: [] }, ['west'], {}).map((m) => [m.name, m.canary]),
    [
      ['east', false],
      ['west', true],
    ],
  )
  assert.deepEqual(
    cluster.openFleet({ kubeconfigs: [a, b], contexts: ['west'] }, [], {}).map((m) => m.name),
    ['west'],
  )
  assert.throws(
    () => cluster.openFleet({ kubeconfigs: [a], contexts: ['north'] }, [], {}),
    (e: unknown) =>
      e instanceof InputError &&
      /context "north" is not in kubeconfig/.test(e.message) &&
      /east/.test(e.hint ?? ''),
  )
  assert.throws(
    () => cluster.openFleet({ kubeconfigs: [a, b], contexts: [] }, ['south'], {}),
    /canary-contexts names south, which is not among the clusters/,
  )
  const none = await writeKubeconfig(
    join(dir, 'none.yaml'),
    [{ context: 'x', server: server.url, token: TOKEN }],
    '',
  )
  assert.throws(
    () => cluster.openFleet({ kubeconfigs: [none], contexts: [] }, [], {}),
    /has no current-context/,
  )
})

test('no kubeconfig at all is a clear error, not a silent localhost:8080', async () => {
  const home = join(dir, 'empty-home')
  await mkdir(home, { recursive: true })
  assert.throws(
    () => cluster.openFleet({ kubeconfigs: [], contexts: [] }, [], { HOME: home }),
    (e: unknown) =>
      e instanceof ClusterError &&
      /no kubeconfig: KUBECONFIG is not set/.test(e.message) &&
      /get-gke-credentials/.test(e.hint ?? ''),
  )
  assert.throws(
    () => cluster.openFleet({ kubeconfigs: [join(dir, 'nope.yaml')], contexts: [] }, [], {}),
    /kubeconfig file .*nope.yaml does not exist/,
  )
})

test('Config Sync not installed, RBAC denial, bad credentials: each says what to do, and never shows the token', async () => {
  const noCs = await writeKubeconfig(join(dir, 'bare.yaml'), [
    { context: 'bare', server: bare.url, caPem: bare.caPem },
  ])
  const notInstalled = await rejection((await targetOf(noCs)).get(REF))
  assert.match(
    notInstalled.message,
    /Config Sync is not installed in cluster bare: the API server does not serve the configsync.gke.io API group/,
  )
  const reader = await writeKubeconfig(join(dir, 'reader.yaml'), [
    { context: 'ro', server: server.url, caPem: server.caPem, token: 'reader-token' },
  ])
  const denied = await rejection(
    (await targetOf(reader)).apply({
      kind: 'apply-image',
      ref: REF,
      body: buildImageApply(REF, digestRef('b')),
    }),
  )
  assert.equal(denied.status, 403)
  assert.match(
    denied.message,
    /permission denied in cluster ro: the identity cannot patch rootsyncs.configsync.gke.io in namespace config-management-system/,
  )
  assert.match(denied.message, /User "reader" cannot patch resource "rootsyncs"/)
  assert.match(
    denied.hint ?? '',
    /kubectl create role configsync-oci -n config-management-system --verb=get,patch --resource=rootsyncs.configsync.gke.io/,
  )
  const wrong = await writeKubeconfig(join(dir, 'wrong.yaml'), [
    { context: 'wrong', server: server.url, caPem: server.caPem, token: 'not-a-token' },
  ])
  const unauthorized = await rejection((await targetOf(wrong)).get(REF))
  assert.match(unauthorized.message, /rejected the credentials \(401 Unauthorized\)/)
  for (const error of [notInstalled, denied, unauthorized])
    assert.ok(!`${error.message}${error.hint}`.includes(TOKEN))
})

test('unreachable API server, wrong CA, transient 500s (retried), a stale write (409)', async () => {
  const port = await closedPort()
  const down = await writeKubeconfig(join(dir, 'down.yaml'), [
    { context: 'down', server: `https://127.0.0.1:${port}`, caPem: server.caPem, token: TOKEN },
  ])
  const unreachable = await rejection((await targetOf(down)).get(REF))
  assert.match(
    unreachable.message,
    new RegExp(`cannot reach the API server https://127.0.0.1:${port} of cluster down: .*ECONNREFUSED`),
  )
  const otherCa = await writeKubeconfig(join(dir, 'ca.yaml'), [
    { context: 'ca', server: server.url, caPem: bare.caPem, token: TOKEN },
  ])
  const badCa = await rejection((await targetOf(otherCa)).get(REF))
  assert.match(badCa.hint ?? '', /does not chain to the kubeconfig's certificate-authority-data/)
  const good = await writeKubeconfig(join(dir, 'good.yaml'), [
    { context: 'good', server: server.url, caPem: server.caPem, token: TOKEN },
  ])
  const target = await targetOf(good)
  await target.get(REF)
  server.fail({ method: 'GET', path: /rootsyncs\/root-sync$/, status: 500, times: 2 })
  assert.equal((await target.get(REF))?.spec?.oci?.image, digestRef('a'))
  const stale = await rejection(
    target.apply({ kind: 'apply-image', ref: REF, body: buildImageApply(REF, digestRef('b'), '1') }),
  )
  assert.equal(stale.status, 409)
})

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}
