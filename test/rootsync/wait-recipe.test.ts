import assert from 'node:assert/strict'
import { test } from 'node:test'
import { summarizeSyncStatus } from '../../src/rootsync/sync-status.ts'
import type { SyncObject } from '../../src/rootsync/types.ts'
import { evaluateSync, type SyncExpectation, type WaitMemory } from '../../src/rootsync/wait-recipe.ts'
import { FRAMES, type Frame, type FrameContext } from '../fakes/kube-apiserver/status-frames.ts'
import { SCENARIOS } from '../fakes/kube-apiserver/reconciler.ts'

const OLD = `us-docker.pkg.dev/p/r/app@sha256:${'a'.repeat(64)}`
const NEW = `us-docker.pkg.dev/p/r/app@sha256:${'b'.repeat(64)}`
const CONTEXT: FrameContext = {
  kind: 'RootSync',
  namespace: 'config-management-system',
  name: 'root-sync',
  generation: 2,
  image: NEW,
  dir: '.',
  previous: { image: OLD, generation: 1, dir: '.' },
}
const EXPECT: SyncExpectation = { generation: 2, image: NEW, commit: 'b'.repeat(64) }
const POLICY = { sourceErrorGraceMs: 10_000 }

/** The object a client reads while `frame` is the status. */
function observe(frame: Frame, context: FrameContext = CONTEXT): SyncObject {
  const status = frame(context)
  return {
    metadata: { name: 'root-sync', generation: context.generation },
    spec: { sourceType: 'oci', oci: { image: context.image } },
    ...(status === undefined ? {} : { status }),
  } as SyncObject
}

test('every frame of the happy sequence waits at the right step, and only the last is synced', () => {
  const steps = SCENARIOS.happy.frames.map((frame) => {
    const verdict = evaluateSync(observe(frame), EXPECT, {}, 0, POLICY)
    return verdict.kind === 'waiting' ? verdict.step : verdict.kind
  })
  // 1 observedGeneration, 3 Reconciling, 6 rendering, 7 sync commit, 8 Syncing=True, synced.
  assert.deepEqual(steps, [1, 3, 6, 7, 8, 'synced'])
  const last = evaluateSync(observe(FRAMES.synced), EXPECT, {}, 0, POLICY)
  assert.deepEqual(last, { kind: 'synced', lastSyncedConfirmed: true })
})

test('nomos says SYNCED for the old digest; the recipe keeps waiting (step 4: the new reconciler has not reported)', () => {
  const object = observe(FRAMES.observedOld)
  assert.equal(summarizeSyncStatus(object).state, 'SYNCED')
  assert.equal(summarizeSyncStatus(object).commit, 'a'.repeat(64))
  const verdict = evaluateSync(object, EXPECT, {}, 0, POLICY)
  assert.equal(verdict.kind, 'waiting')
  assert.match(verdict.kind === 'waiting' ? verdict.reason : '', /still reports .*aaaaaaaa/)
})

test('Stalled fails fast with the KNV1061 message', () => {
  const verdict = evaluateSync(observe(FRAMES.stalled), EXPECT, {}, 0, POLICY)
  assert.equal(verdict.kind, 'failed')
  if (verdict.kind !== 'failed') return
  assert.equal(verdict.state, 'STALLED')
  assert.deepEqual(
    verdict.errors.map((e) => e.code),
    ['KNV1061'],
  )
  assert.match(
    verdict.reason,
    /Stalled \(Validation\): KNV1061: RootSyncs must specify spec.oci.gcpServiceAccountEmail/,
  )
})

test('source KNV2004 gets a grace period, then fails; a recovery clears it', () => {
  const pull = observe(FRAMES.pullFailed)
  const first = evaluateSync(pull, EXPECT, {}, 1_000, POLICY)
  assert.deepEqual(first.kind === 'waiting' ? first.memory : undefined, { sourceErrorSince: 1_000 })
  const memory = (first as { memory: WaitMemory }).memory
  const stillWaiting = evaluateSync(pull, EXPECT, memory, 10_999, POLICY)
  assert.equal(stillWaiting.kind, 'waiting')
  const failed = evaluateSync(pull, EXPECT, memory, 11_000, POLICY)
  assert.equal(failed.kind, 'failed')
  assert.equal(failed.kind === 'failed' ? failed.errors[0]?.code : '', 'KNV2004')
  assert.match(failed.kind === 'failed' ? failed.reason : '', /could not be pulled for 10s \(KNV2004\)/)
  const recovered = evaluateSync(observe(FRAMES.rendered), EXPECT, memory, 11_000, POLICY)
  assert.deepEqual(recovered.kind === 'waiting' ? recovered.memory : undefined, {})
})

test('KNV2016 in rendering is transient; KNV1029 in the source at our commit fails; KNV2009 fails once Syncing is False', () => {
  const transient = evaluateSync(observe(FRAMES.renderingDisabled), EXPECT, {}, 0, POLICY)
  assert.equal(transient.kind, 'waiting')
  assert.match(transient.kind === 'waiting' ? transient.reason : '', /KNV2016 \(transient/)
  const invalid = evaluateSync(observe(FRAMES.sourceInvalid), EXPECT, {}, 0, POLICY)
  assert.equal(invalid.kind === 'failed' ? invalid.errors[0]?.code : invalid.kind, 'KNV1029')
  const applyError = evaluateSync(observe(FRAMES.syncFailed), EXPECT, {}, 0, POLICY)
  assert.equal(applyError.kind, 'failed')
  if (applyError.kind !== 'failed') return
  assert.equal(applyError.state, 'ERROR')
  assert.deepEqual(applyError.errors[0]?.resources, ['Deployment.apps shop/web (namespaces/shop/app.yaml)'])
})

test('a created object with no status yet waits at step 1', () => {
  const fresh: FrameContext = { ...CONTEXT, generation: 1 }
  const { previous: _previous, ...noPrevious } = fresh
  const verdict = evaluateSync(
    observe(FRAMES.before, noPrevious),
    { ...EXPECT, generation: 1 },
    {},
    0,
    POLICY,
  )
  assert.equal(verdict.kind === 'waiting' ? verdict.step : verdict.kind, 1)
})

test('nomos labels: STALLED, RECONCILING, PENDING, SYNCED, ERROR with errors gathered through errorSourceRefs', () => {
  const label = (frame: Frame): string => summarizeSyncStatus(observe(frame)).state
  assert.equal(label(FRAMES.stalled), 'STALLED')
  assert.equal(label(FRAMES.reconciling), 'RECONCILING')
  assert.equal(label(FRAMES.applying), 'PENDING')
  assert.equal(label(FRAMES.synced), 'SYNCED')
  const error = summarizeSyncStatus(observe(FRAMES.syncFailed))
  assert.equal(error.state, 'ERROR')
  assert.deepEqual(
    error.errors.map((e) => e.code),
    ['KNV2009'],
  )
  assert.equal(error.commit, 'b'.repeat(64))
})

test('nomos rules: totalCount 0 means no errors; without a Syncing condition the legacy rule applies', () => {
  const base = { metadata: {}, spec: {} }
  const syncing = (extra: object): SyncObject => ({
    ...base,
    status: { conditions: [{ type: 'Syncing', status: 'False', commit: 'c', ...extra }] },
  })
  assert.equal(
    summarizeSyncStatus(syncing({ errorSummary: { totalCount: 0 }, errors: [{ code: '2009' }] })).state,
    'SYNCED',
  )
  assert.equal(
    summarizeSyncStatus(syncing({ errorSummary: { totalCount: 2 }, errorSourceRefs: ['sync'] })).moreErrors,
    2,
  )
  const legacy = (status: object): string => summarizeSyncStatus({ ...base, status } as SyncObject).state
  assert.equal(legacy({ source: { commit: 'c' }, sync: { commit: 'c' } }), 'SYNCED')
  assert.equal(legacy({ source: { commit: 'd' }, sync: { commit: 'c' } }), 'PENDING')
  assert.equal(legacy({ source: { commit: 'c' } }), 'PENDING')
  assert.equal(
    legacy({
      source: { commit: 'c', errors: [{ code: '1029', errorMessage: 'KNV1029: dup' }] },
      sync: { commit: 'c' },
    }),
    'ERROR',
  )
})
