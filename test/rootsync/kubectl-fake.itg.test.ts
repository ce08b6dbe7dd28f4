/**
 * The machine's real kubectl against the fake API server: discovery, get,
 * list, merge patch, client-side apply, server-side apply (conflict, then
 * --force-conflicts, and kubectl's client-side → server-side migration of
 * managedFields), errors. The fake serves no OpenAPI documents, so apply
 * runs with --validate=false.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { promisify } from 'node:util'
import { makeTempDir, removeDir } from '../harness/tmp.ts'
import { writeKubeconfig } from '../fakes/kube-apiserver/kubeconfig.ts'
import { digestRef, imageIn } from '../fakes/kube-apiserver/seed.ts'
import { startFakeApiServer, type FakeApiServer } from '../fakes/kube-apiserver/server.ts'

const run = promisify(execFile)
const NS = ['-n', 'config-management-system']
const KEY = { resource: 'rootsyncs', namespace: 'config-management-system', name: 'root-sync' }
let server: FakeApiServer
let dir: string
let env: NodeJS.ProcessEnv

before(async () => {
  server = await startFakeApiServer({
    tokens: { 'admin-token': 'admin', 'reader-token': 'reader' },
    rbac: { reader: [{ verbs: ['get', 'list'], resources: ['rootsyncs'] }] },
  })
  dir = await makeTempDir('kubectl-fake')
  const kubeconfig = await writeKubeconfig(join(dir, 'kubeconfig'), [
    { context: 'admin', server: server.url, caPem: server.caPem, token: 'admin-token' },
    { context: 'reader', server: server.url, caPem: server.caPem, token: 'reader-token' },
  ])
  env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: dir, KUBECONFIG: kubeconfig }
})
after(async () => {
  await server?.stop()
  if (dir) await removeDir(dir)
})

async function kubectl(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('kubectl', args, { env, timeout: 30_000 })
    return { code: 0, stdout, stderr }
  } catch (error: unknown) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return {
      code: typeof failed.code === 'number' ? failed.code : 1,
      stdout: failed.stdout ?? '',
      stderr: failed.stderr ?? '',
    }
  }
}

function manifest(image: string, dirInImage = '.'): string {
  return `apiVersion: configsync.gke.io/v1beta1
kind: RootSync
metadata:
  name: root-sync
  namespace: config-management-system
spec:
  sourceType: oci
  sourceFormat: unstructured
  oci:
    image: ${image}
    dir: ${dirInImage}
    auth: none
`
}

test('kubectl apply (client-side) creates, get and list read it back', async () => {
  await writeFile(join(dir, 'rs.yaml'), manifest(digestRef('a')))
  const applied = await kubectl(['apply', '-f', join(dir, 'rs.yaml'), '--validate=false'])
  assert.equal(applied.code, 0, applied.stderr)
  assert.match(applied.stdout, /rootsync.configsync.gke.io\/root-sync created/)
  const got = await kubectl(['get', 'rootsync', 'root-sync', ...NS, '-o', 'json'])
  const object = JSON.parse(got.stdout) as {
    metadata: { generation: number; annotations: Record<string, string> }
    spec: { oci: { image: string } }
  }
  assert.equal(object.spec.oci.image, digestRef('a'))
  assert.equal(object.metadata.generation, 1)
  assert.ok(object.metadata.annotations['kubectl.kubernetes.io/last-applied-configuration'])
  const listed = await kubectl(['get', 'rootsyncs', '-A'])
  assert.match(listed.stdout, /config-management-system\s+root-sync/)
  const jsonpath = await kubectl(['get', 'rootsync', 'root-sync', ...NS, '-o', 'jsonpath={.spec.oci.image}'])
  assert.equal(jsonpath.stdout, digestRef('a'))
})

test('kubectl patch --type=merge bumps the generation; a strategic merge patch is refused as for any custom resource', async () => {
  const patched = await kubectl([
    'patch',
    'rootsync',
    'root-sync',
    ...NS,
    '--type=merge',
    '-p',
    JSON.stringify({ spec: { oci: { image: digestRef('b') } } }),
  ])
  assert.equal(patched.code, 0, patched.stderr)
  assert.equal(imageIn(server, KEY), digestRef('b'))
  assert.equal((server.store.get(KEY)?.['metadata'] as { generation: number }).generation, 2)
  const strategic = await kubectl([
    'patch',
    'rootsync',
    'root-sync',
    ...NS,
    '-p',
    '{"spec":{"oci":{"dir":"x"}}}',
  ])
  assert.notEqual(strategic.code, 0)
  assert.match(
    strategic.stderr,
    /application\/strategic-merge-patch\+json is not supported by configsync.gke.io\/v1beta1, Kind=RootSync/,
  )
  const json = await kubectl([
    'patch',
    'rootsync',
    'root-sync',
    ...NS,
    '--type=json',
    '-p',
    '[{"op":"replace","path":"/spec/oci/dir","value":"config"}]',
  ])
  assert.equal(json.code, 0, json.stderr)
})

test('kubectl apply --server-side: conflict with the patch manager, then --force-conflicts takes the field over', async () => {
  await writeFile(join(dir, 'rs.yaml'), manifest(digestRef('c'), 'config'))
  const conflicted = await kubectl(['apply', '--server-side', '-f', join(dir, 'rs.yaml'), '--validate=false'])
  assert.notEqual(conflicted.code, 0)
  assert.match(
    conflicted.stderr,
    /Apply failed with 1 conflict: conflict with "kubectl-patch" using configsync.gke.io\/v1beta1: \.spec\.oci\.image/,
  )
  const forced = await kubectl([
    'apply',
    '--server-side',
    '--force-conflicts',
    '-f',
    join(dir, 'rs.yaml'),
    '--validate=false',
  ])
  assert.equal(forced.code, 0, forced.stderr)
  assert.match(forced.stdout, /serverside-applied/)
  assert.equal(imageIn(server, KEY), digestRef('c'))
  const managed = (
    server.store.get(KEY)?.['metadata'] as { managedFields: { manager: string; operation: string }[] }
  ).managedFields
  assert.deepEqual(managed.find((m) => m.manager === 'kubectl')?.operation, 'Apply')
  assert.equal(
    managed.some((m) => m.manager === 'kubectl-client-side-apply'),
    false,
    'kubectl migrated the client-side apply ownership',
  )
})

test('kubectl shows the API errors as a real server gives them', async () => {
  const missing = await kubectl(['get', 'rootsync', 'nope', ...NS])
  assert.match(missing.stderr, /Error from server \(NotFound\): rootsyncs.configsync.gke.io "nope" not found/)
  const denied = await kubectl([
    '--context',
    'reader',
    'patch',
    'rootsync',
    'root-sync',
    ...NS,
    '--type=merge',
    '-p',
    '{"spec":{"oci":{"dir":"y"}}}',
  ])
  assert.match(
    denied.stderr,
    /Error from server \(Forbidden\): rootsyncs.configsync.gke.io "root-sync" is forbidden: User "reader" cannot patch resource "rootsyncs" in API group "configsync.gke.io" in the namespace "config-management-system"/,
  )
  const readerGet = await kubectl([
    '--context',
    'reader',
    'get',
    'rootsync',
    'root-sync',
    ...NS,
    '-o',
    'name',
  ])
  assert.equal(readerGet.stdout.trim(), 'rootsync.configsync.gke.io/root-sync')
})
