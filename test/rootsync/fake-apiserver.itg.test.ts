/**
 * The fake API server against the semantics a client can observe
 * (https://kubernetes.io/docs/reference/using-api/api-concepts/ and
 * .../server-side-apply/), over HTTPS with bare requests: if the fake is
 * wrong here, every test built on it is worth less.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { callFake } from '../fakes/kube-apiserver/client.ts'
import { startFakeApiServer, type FakeApiServer } from '../fakes/kube-apiserver/server.ts'

const BASE = '/apis/configsync.gke.io/v1beta1/namespaces/config-management-system/rootsyncs'
const image = (letter: string): string => `registry.example/app@sha256:${letter.repeat(64)}`
const rootSync = (name: string, spec: object): object => ({
  apiVersion: 'configsync.gke.io/v1beta1',
  kind: 'RootSync',
  metadata: { name, namespace: 'config-management-system' },
  spec,
})
type Meta = {
  generation: number
  resourceVersion: string
  managedFields: { manager: string; operation: string; fieldsV1: object }[]
}
const meta = (body: Record<string, unknown>): Meta => body['metadata'] as Meta
const spec = (
  body: Record<string, unknown>,
): { sourceType?: string; oci?: { image?: string; dir?: string } } => body['spec'] as never

let server: FakeApiServer
let bare: FakeApiServer
before(async () => {
  server = await startFakeApiServer({
    tokens: { good: 'ci-bot', reader: 'reader' },
    rbac: { reader: [{ verbs: ['get', 'list'], resources: ['rootsyncs'] }] },
  })
  bare = await startFakeApiServer({ configSyncInstalled: false })
})
after(async () => {
  await server?.stop()
  await bare?.stop()
})

test('discovery lists configsync.gke.io; without Config Sync the group and its paths are absent', async () => {
  const groups = await callFake(server, 'GET', '/apis', { token: 'good' })
  assert.deepEqual(
    (groups.body['groups'] as { name: string }[]).map((g) => g.name),
    ['configsync.gke.io'],
  )
  const resources = await callFake(server, 'GET', '/apis/configsync.gke.io/v1beta1', { token: 'good' })
  assert.ok((resources.body['resources'] as { name: string }[]).some((r) => r.name === 'rootsyncs'))
  assert.deepEqual((await callFake(bare, 'GET', '/apis')).body['groups'], [])
  const missing = await callFake(bare, 'GET', '/apis/configsync.gke.io')
  assert.equal(missing.status, 404)
  assert.equal((await callFake(bare, 'GET', `${BASE}/root-sync`)).body['reason'], 'NotFound')
})

test('create: generation 1, the CRD default sourceType, AlreadyExists, enum validation (422)', async () => {
  const created = await callFake(server, 'POST', BASE, {
    token: 'good',
    body: rootSync('create-test', { oci: { image: image('a'), auth: 'none' } }),
  })
  assert.equal(created.status, 201)
  assert.equal(meta(created.body).generation, 1)
  assert.equal(spec(created.body).sourceType, 'git')
  const again = await callFake(server, 'POST', BASE, { token: 'good', body: rootSync('create-test', {}) })
  assert.deepEqual([again.status, again.body['reason']], [409, 'AlreadyExists'])
  const invalid = await callFake(server, 'POST', BASE, {
    token: 'good',
    body: rootSync('bad-auth', { oci: { auth: 'oauth' } }),
  })
  assert.equal(invalid.status, 422)
  assert.match(String(invalid.body['message']), /spec.oci.auth: Unsupported value: "oauth"/)
})

test('generation moves only with spec; resourceVersion with every real write, never with a no-op; stale versions are 409', async () => {
  await callFake(server, 'POST', BASE, {
    token: 'good',
    body: rootSync('gen-test', { sourceType: 'oci', oci: { image: image('a'), auth: 'none' } }),
  })
  const merge = (body: object) =>
    callFake(server, 'PATCH', `${BASE}/gen-test`, {
      token: 'good',
      body,
      contentType: 'application/merge-patch+json',
    })
  const specChange = await merge({ spec: { oci: { image: image('b') } } })
  assert.equal(meta(specChange.body).generation, 2)
  const labelChange = await merge({ metadata: { labels: { team: 'a' } } })
  assert.equal(meta(labelChange.body).generation, 2)
  assert.notEqual(meta(labelChange.body).resourceVersion, meta(specChange.body).resourceVersion)
  const noop = await merge({ metadata: { labels: { team: 'a' } } })
  assert.equal(meta(noop.body).resourceVersion, meta(labelChange.body).resourceVersion)
  server.store.setStatus(
    { resource: 'rootsyncs', namespace: 'config-management-system', name: 'gen-test' },
    { observedGeneration: 2 },
  )
  const afterStatus = await callFake(server, 'GET', `${BASE}/gen-test`, { token: 'good' })
  assert.equal(meta(afterStatus.body).generation, 2)
  assert.notEqual(meta(afterStatus.body).resourceVersion, meta(noop.body).resourceVersion)
  const stale = await merge({
    metadata: { resourceVersion: meta(specChange.body).resourceVersion },
    spec: { oci: { dir: 'x' } },
  })
  assert.deepEqual([stale.status, stale.body['reason']], [409, 'Conflict'])
  assert.match(String(stale.body['message']), /the object has been modified/)
  const put = await callFake(server, 'PUT', `${BASE}/gen-test`, {
    token: 'good',
    body: rootSync('gen-test', { sourceType: 'oci' }),
  })
  assert.equal(put.status, 422)
})

test('server-side apply: field managers, conflicts, force, and removal of fields an applier stops sending', async () => {
  const apply = (manager: string, body: object, force = false) =>
    callFake(server, 'PATCH', `${BASE}/ssa-test?fieldManager=${manager}${force ? '&force=true' : ''}`, {
      token: 'good',
      body,
      contentType: 'application/apply-patch+yaml',
    })
  const first = await apply(
    'ci',
    rootSync('ssa-test', { sourceType: 'oci', oci: { image: image('a'), dir: 'one', auth: 'none' } }),
  )
  assert.equal(first.status, 200, JSON.stringify(first.body))
  assert.deepEqual(
    meta(first.body).managedFields.map((m) => [m.manager, m.operation]),
    [['ci', 'Apply']],
  )
  const conflict = await apply('other', rootSync('ssa-test', { oci: { image: image('b') } }))
  assert.equal(conflict.status, 409)
  assert.match(
    String(conflict.body['message']),
    /Apply failed with 1 conflict: conflict with "ci" using configsync.gke.io\/v1beta1: \.spec\.oci\.image/,
  )
  const forced = await apply('other', rootSync('ssa-test', { oci: { image: image('b') } }), true)
  assert.equal(spec(forced.body).oci?.image, image('b'))
  const owners = Object.fromEntries(
    meta(forced.body).managedFields.map((m) => [m.manager, JSON.stringify(m.fieldsV1)]),
  )
  assert.match(owners['other'] ?? '', /"f:image"/)
  assert.doesNotMatch(owners['ci'] ?? '', /"f:image"/)
  const shrunk = await apply('ci', rootSync('ssa-test', { sourceType: 'oci', oci: { auth: 'none' } }))
  assert.equal(spec(shrunk.body).oci?.dir, undefined, 'ci alone owned dir and stopped sending it')
  assert.equal(spec(shrunk.body).oci?.image, image('b'), 'image belongs to other and stays')
  const noManager = await callFake(server, 'PATCH', `${BASE}/ssa-test`, {
    token: 'good',
    body: rootSync('ssa-test', {}),
    contentType: 'application/apply-patch+yaml',
  })
  assert.equal(noManager.status, 422)
  const strategic = await callFake(server, 'PATCH', `${BASE}/ssa-test`, {
    token: 'good',
    body: {},
    contentType: 'application/strategic-merge-patch+json',
  })
  assert.deepEqual([strategic.status, strategic.body['reason']], [415, 'UnsupportedMediaType'])
})

test('401 without a token, 403 naming user, verb and resource, injected 500s', async () => {
  assert.equal((await callFake(server, 'GET', `${BASE}/x`)).status, 401)
  const denied = await callFake(server, 'PATCH', `${BASE}/x?fieldManager=m`, {
    token: 'reader',
    body: rootSync('x', {}),
    contentType: 'application/apply-patch+yaml',
  })
  assert.equal(denied.status, 403)
  assert.equal(
    denied.body['message'],
    'rootsyncs.configsync.gke.io "x" is forbidden: User "reader" cannot patch resource "rootsyncs" in API group "configsync.gke.io" in the namespace "config-management-system"',
  )
  server.fail({ method: 'GET', path: /rootsyncs\/x$/, status: 500, times: 2 })
  assert.equal((await callFake(server, 'GET', `${BASE}/x`, { token: 'good' })).status, 500)
  assert.equal((await callFake(server, 'GET', `${BASE}/x`, { token: 'good' })).status, 500)
  assert.equal((await callFake(server, 'GET', `${BASE}/x`, { token: 'good' })).status, 404)
})

test('/status writes: a stale metadata.resourceVersion is 409; a merge patch merges deep (RFC 7386); null removes', async () => {
  await callFake(server, 'POST', BASE, {
    token: 'good',
    body: rootSync('status-test', { sourceType: 'oci', oci: { image: image('a'), auth: 'none' } }),
  })
  const statusPatch = (body: object) =>
    callFake(server, 'PATCH', `${BASE}/status-test/status`, {
      token: 'good',
      body,
      contentType: 'application/merge-patch+json',
    })
  const first = await statusPatch({
    status: { observedGeneration: 1, sync: { commit: 'c1', lastUpdate: 't1' }, source: { commit: 'c1' } },
  })
  assert.equal(first.status, 200)
  const second = await statusPatch({ status: { sync: { commit: 'c2' }, source: null } })
  assert.deepEqual(second.body['status'], { observedGeneration: 1, sync: { commit: 'c2', lastUpdate: 't1' } })
  assert.equal(meta(second.body).generation, 1)
  const stale = await statusPatch({
    metadata: { resourceVersion: meta(first.body).resourceVersion },
    status: { observedGeneration: 9 },
  })
  assert.deepEqual([stale.status, stale.body['reason']], [409, 'Conflict'])
  const current = await statusPatch({
    metadata: { resourceVersion: meta(second.body).resourceVersion },
    status: { observedGeneration: 2 },
  })
  assert.equal(current.status, 200)
  assert.equal((current.body['status'] as { observedGeneration: number }).observedGeneration, 2)
  const put = await callFake(server, 'PUT', `${BASE}/status-test/status`, {
    token: 'good',
    body: { metadata: { resourceVersion: meta(first.body).resourceVersion }, status: {} },
  })
  assert.equal(put.status, 409)
})

test('DELETE honours DeleteOptions preconditions: a mismatched resourceVersion or uid is 409 and the object stays', async () => {
  const created = await callFake(server, 'POST', BASE, {
    token: 'good',
    body: rootSync('delete-test', { sourceType: 'oci', oci: { image: image('a'), auth: 'none' } }),
  })
  const version = meta(created.body).resourceVersion
  const del = (body?: object) =>
    callFake(server, 'DELETE', `${BASE}/delete-test`, {
      token: 'good',
      ...(body === undefined ? {} : { body }),
    })
  const stale = await del({
    kind: 'DeleteOptions',
    apiVersion: 'v1',
    preconditions: { resourceVersion: `${version}0` },
  })
  assert.deepEqual([stale.status, stale.body['reason']], [409, 'Conflict'])
  assert.match(
    String(stale.body['message']),
    /Precondition failed: ResourceVersion in precondition: \d+0, ResourceVersion in object meta: \d+/,
  )
  assert.equal((await del({ preconditions: { uid: 'not-the-uid' } })).status, 409)
  assert.equal(
    (await callFake(server, 'GET', `${BASE}/delete-test`, { token: 'good' })).status,
    200,
    'a refused delete leaves the object',
  )
  assert.equal((await del({ preconditions: { resourceVersion: version } })).status, 200)
  assert.equal((await callFake(server, 'GET', `${BASE}/delete-test`, { token: 'good' })).status, 404)
})

test('discovery advertises only the verbs served; labelSelector, fieldSelector and watch are an explicit 400', async () => {
  const resources = (await callFake(server, 'GET', '/apis/configsync.gke.io/v1beta1', { token: 'good' }))
    .body['resources'] as { name: string; verbs: string[] }[]
  for (const resource of resources) {
    assert.ok(
      !resource.verbs.includes('watch') && !resource.verbs.includes('deletecollection'),
      `${resource.name}: ${resource.verbs.join(',')}`,
    )
  }
  assert.ok(resources.find((r) => r.name === 'rootsyncs')!.verbs.includes('list'))
  assert.equal(
    (await callFake(server, 'DELETE', BASE, { token: 'good' })).status,
    405,
    'deletecollection is indeed not served',
  )
  for (const query of ['labelSelector=team%3Da', 'fieldSelector=metadata.name%3Dx', 'watch=true']) {
    const answer = await callFake(server, 'GET', `${BASE}?${query}`, { token: 'good' })
    assert.deepEqual([answer.status, answer.body['reason']], [400, 'BadRequest'], query)
    assert.match(String(answer.body['message']), /is not supported by this fake/)
  }
  assert.equal((await callFake(server, 'GET', `${BASE}?labelSelector=`, { token: 'good' })).status, 200)
})
