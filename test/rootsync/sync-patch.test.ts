import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ClusterError, InputError } from '../../src/errors.ts'
import {
  buildImageApply,
  checkGcpServiceAccountEmail,
  checkSourceFormat,
  syncDirOf,
  defaultOciAuth,
  digestHex,
  planSyncChange,
  requireRolloutImage,
} from '../../src/rootsync/sync-patch.ts'
import { checkSyncRef, parseRepoSyncRef, reconcilerName, rootSyncRef } from '../../src/rootsync/sync-ref.ts'
import type { SyncObject } from '../../src/rootsync/types.ts'

const IMAGE = `us-docker.pkg.dev/p/r/app@sha256:${'b'.repeat(64)}`
const OLD = `us-docker.pkg.dev/p/r/app@sha256:${'a'.repeat(64)}`
const REF = rootSyncRef('root-sync')

test('reconciler names follow CONFIG-SYNC.md §3', () => {
  assert.equal(reconcilerName(rootSyncRef('root-sync')), 'root-reconciler')
  assert.equal(reconcilerName(rootSyncRef('prod')), 'root-reconciler-prod')
  assert.equal(reconcilerName(parseRepoSyncRef('bookstore/repo-sync', 'x')), 'ns-reconciler-bookstore')
  assert.equal(reconcilerName(parseRepoSyncRef('bookstore/rs', 'x')), 'ns-reconciler-bookstore-rs-2')
  assert.deepEqual(parseRepoSyncRef('shop', 'x'), { kind: 'RepoSync', namespace: 'shop', name: 'repo-sync' })
  assert.throws(() => parseRepoSyncRef('a/b/c', 'repo-sync'), /repo-sync "a\/b\/c" is not NAMESPACE\/NAME/)
})

test('name limits are checked before any call: 38 for a RootSync, 45 for a RepoSync namespace+name', () => {
  checkSyncRef(rootSyncRef('r'.repeat(38)), 'root-sync')
  assert.throws(
    () => checkSyncRef(rootSyncRef('r'.repeat(39)), 'root-sync'),
    (e: unknown) =>
      e instanceof InputError && /39-character name; Config Sync allows at most 38/.test(e.message),
  )
  checkSyncRef({ kind: 'RepoSync', namespace: 'n'.repeat(20), name: 'm'.repeat(25) }, 'repo-sync')
  assert.throws(
    () => checkSyncRef({ kind: 'RepoSync', namespace: 'n'.repeat(20), name: 'm'.repeat(26) }, 'repo-sync'),
    /namespace \+ name of 46 characters/,
  )
  assert.throws(
    () => checkSyncRef({ kind: 'RepoSync', namespace: 'config-management-system', name: 'x' }, 'repo-sync'),
    /must not be in config-management-system/,
  )
  assert.throws(
    () => checkSyncRef({ kind: 'RootSync', namespace: 'default', name: 'x' }, 'root-sync'),
    /must be in config-management-system/,
  )
  assert.throws(() => checkSyncRef(rootSyncRef('Bad_Name'), 'root-sync'), /is not a valid name/)
})

test('the apply configuration names only spec.oci.image, with the resourceVersion as a precondition', () => {
  assert.deepEqual(buildImageApply(REF, IMAGE, '42'), {
    apiVersion: 'configsync.gke.io/v1beta1',
    kind: 'RootSync',
    metadata: { name: 'root-sync', namespace: 'config-management-system', resourceVersion: '42' },
    spec: { oci: { image: IMAGE } },
  })
})

test('plan: patch, unchanged, create, or a clear error', () => {
  const existing = (spec: SyncObject['spec']): SyncObject => ({
    metadata: { name: 'root-sync', resourceVersion: '7', generation: 3 },
    ...(spec === undefined ? {} : { spec }),
  })
  const patch = planSyncChange(
    existing({ sourceType: 'oci', oci: { image: OLD } }),
    REF,
    IMAGE,
    undefined,
    'prod',
  )
  assert.equal(patch.kind, 'apply-image')
  assert.deepEqual(patch.kind === 'apply-image' ? patch.body['metadata'] : undefined, {
    name: 'root-sync',
    namespace: 'config-management-system',
    resourceVersion: '7',
  })
  assert.deepEqual(
    planSyncChange(existing({ sourceType: 'oci', oci: { image: IMAGE } }), REF, IMAGE, undefined, 'prod'),
    { kind: 'unchanged' },
  )
  assert.throws(
    () => planSyncChange(undefined, REF, IMAGE, undefined, 'prod'),
    (e: unknown) =>
      e instanceof ClusterError &&
      /RootSync config-management-system\/root-sync does not exist in cluster prod/.test(e.message) &&
      /create-sync: true/.test(e.hint ?? ''),
  )
  assert.throws(
    () => planSyncChange(existing({ oci: { image: OLD } }), REF, IMAGE, undefined, 'prod'),
    /syncs from git \(spec.sourceType\), not oci/,
  )
  const create = planSyncChange(
    undefined,
    REF,
    IMAGE,
    {
      sourceFormat: 'unstructured',
      dir: 'config',
      auth: 'gcpserviceaccount',
      gcpServiceAccountEmail: 'config-sync@p.iam.gserviceaccount.com',
    },
    'prod',
  )
  assert.equal(create.kind, 'create')
  assert.deepEqual(create.kind === 'create' ? create.body['spec'] : undefined, {
    sourceType: 'oci',
    sourceFormat: 'unstructured',
    oci: {
      image: IMAGE,
      dir: 'config',
      auth: 'gcpserviceaccount',
      gcpServiceAccountEmail: 'config-sync@p.iam.gserviceaccount.com',
    },
  })
})

test('digest references only; oci-layout is refused; the commit is the digest hex', () => {
  assert.equal(requireRolloutImage(IMAGE), IMAGE)
  assert.equal(digestHex(IMAGE), 'b'.repeat(64))
  assert.throws(() => requireRolloutImage('us-docker.pkg.dev/p/r/app:v1'), /needs a digest reference/)
  assert.throws(
    () => requireRolloutImage(`oci-layout:out@sha256:${'a'.repeat(64)}`),
    /needs a registry image/,
  )
})

test('default auth by registry; RepoSyncs are unstructured; GSA email rules', () => {
  assert.equal(defaultOciAuth(IMAGE), 'k8sserviceaccount')
  assert.equal(defaultOciAuth(`gcr.io/p/app@sha256:${'a'.repeat(64)}`), 'k8sserviceaccount')
  assert.equal(defaultOciAuth(`ghcr.io/acme/app@sha256:${'a'.repeat(64)}`), 'none')
  assert.equal(defaultOciAuth(`127.0.0.1:5000/acme/app@sha256:${'a'.repeat(64)}`), 'none')
  assert.throws(
    () => checkSourceFormat(parseRepoSyncRef('shop/rs', 'x'), 'hierarchy', 'input "source-format"'),
    /a RepoSync reads only unstructured/,
  )
  checkSourceFormat(REF, 'hierarchy', 'input "source-format"')
  checkGcpServiceAccountEmail('config-sync@my-project.iam.gserviceaccount.com', 'e')
  assert.throws(
    () => checkGcpServiceAccountEmail('short@p.iam.gserviceaccount.com', 'e'),
    /not a Google service account email/,
  )
  assert.throws(
    () => checkGcpServiceAccountEmail('config-sync@example.com', 'e'),
    /not a Google service account email/,
  )
})

test('spec.oci.dir is cleaned as Config Sync cleans it; a path out of the image is refused', () => {
  assert.equal(syncDirOf(undefined, '--sync-dir', '--sync-dir .'), '.')
  assert.equal(syncDirOf('  ', '--sync-dir', '--sync-dir .'), '.')
  assert.equal(syncDirOf('/config/', '--sync-dir', '--sync-dir .'), 'config')
  assert.equal(syncDirOf('a//b/./c/', '--sync-dir', '--sync-dir .'), 'a/b/c')
  assert.equal(syncDirOf('a/../b', '--sync-dir', '--sync-dir .'), 'b')
  assert.throws(
    () => syncDirOf('../up', 'input "sync-dir"', 'sync-dir: .'),
    (error: unknown) =>
      error instanceof InputError &&
      /input "sync-dir" is "\.\.\/up"; it must stay inside the image/.test(error.message) &&
      error.hint === 'e.g. sync-dir: .',
  )
})
