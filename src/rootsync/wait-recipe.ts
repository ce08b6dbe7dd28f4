import {
  conditionHasNoErrors,
  findCondition,
  stageErrors,
  stageHasErrors,
  viewError,
  type SyncErrorView,
} from './sync-status.ts'
import { formatDuration } from './duration.ts'
import { SYNC_STATE, type StageStatus, type SyncObject, type SyncState } from './types.ts'

/**
 * The wait-for-sync recipe of CONFIG-SYNC.md §2.4 (upstream e2e predicates
 * RootSyncHasStatusSyncCommit / statusHasSyncCommitAndNoErrors), as a pure
 * state machine: feed it each observed object, it says wait, synced or
 * failed. The only memory it keeps is when a source KNV2004 was first seen.
 */

/** What the patch asked for: the generation it produced, the image, and the digest hex C. */
export interface SyncExpectation {
  readonly generation: number
  readonly image: string
  readonly commit: string
}

/** Knobs of the recipe. */
export interface WaitPolicy {
  /** How long a source KNV2004 (pull or auth; oci-sync retries) may last before the rollout fails. */
  readonly sourceErrorGraceMs: number
}

/** What the recipe remembers between observations. */
export interface WaitMemory {
  /** When (ms) a source KNV2004 was first seen in the current run of them. */
  readonly sourceErrorSince?: number
}

/** The recipe's answer for one observation. */
export type WaitVerdict =
  | { readonly kind: 'waiting'; readonly step: number; readonly reason: string; readonly memory: WaitMemory }
  | { readonly kind: 'synced'; readonly lastSyncedConfirmed: boolean }
  | {
      readonly kind: 'failed'
      readonly state: SyncState
      readonly reason: string
      readonly errors: readonly SyncErrorView[]
    }

/** KNV2004: the oci-sync container could not pull (or the dir is wrong); it retries. */
export const SOURCE_PULL_ERROR = 'KNV2004'
/** KNV2016: transient while the hydration-controller sidecar is added or removed. */
export const TRANSIENT_RENDERING_ERROR = 'KNV2016'
/** rendering.message values that mean rendering is done for the commit. */
const RENDERING_DONE = ['Rendering succeeded', 'Rendering skipped']

type Step = (
  object: SyncObject,
  expected: SyncExpectation,
  memory: WaitMemory,
  now: number,
  policy: WaitPolicy,
) => WaitVerdict | undefined

/** Evaluates steps 1–9 in order; the first step that is not satisfied decides. */
export function evaluateSync(
  object: SyncObject,
  expected: SyncExpectation,
  memory: WaitMemory,
  now: number,
  policy: WaitPolicy,
): WaitVerdict {
  const steps: Step[] = [
    observedGeneration,
    stalled,
    reconciling,
    reportedImage,
    sourceStage,
    renderingStage,
    syncStage,
    syncingCondition,
  ]
  for (const step of steps) {
    const verdict = step(object, expected, memory, now, policy)
    if (verdict !== undefined) return verdict
  }
  return { kind: 'synced', lastSyncedConfirmed: object.status?.lastSyncedCommit === expected.commit }
}

/** A waiting verdict; steps after the source stage pass no memory, which ends a run of KNV2004s. */
const wait = (step: number, reason: string, memory: WaitMemory = {}): WaitVerdict => ({
  kind: 'waiting',
  step,
  reason,
  memory,
})

/** 1. status.observedGeneration >= G: the reconciler-manager has seen the patch. */
function observedGeneration(
  object: SyncObject,
  expected: SyncExpectation,
  memory: WaitMemory,
): WaitVerdict | undefined {
  const observed = object.status?.observedGeneration
  if (observed !== undefined && observed >= expected.generation) return undefined
  return wait(
    1,
    `the reconciler-manager has not observed generation ${expected.generation} yet (observedGeneration ${observed ?? 'unset'})`,
    memory,
  )
}

/** 2. Stalled=True fails fast with its message and errors (KNV1061). */
function stalled(object: SyncObject): WaitVerdict | undefined {
  const condition = findCondition(object, 'Stalled')
  if (condition?.status !== 'True') return undefined
  const errors = condition.errors?.length
    ? condition.errors.map(viewError)
    : [
        {
          code: /^(KNV\d{4})/.exec(condition.message ?? '')?.[1] ?? '',
          message: condition.message ?? '(no message)',
          resources: [],
        },
      ]
  return {
    kind: 'failed',
    state: SYNC_STATE.stalled,
    reason: `Stalled (${condition.reason ?? 'no reason'}): ${condition.message ?? ''}`.trim(),
    errors,
  }
}

/** 3. Reconciling=True while the new reconciler Deployment rolls out. */
function reconciling(
  object: SyncObject,
  _expected: SyncExpectation,
  memory: WaitMemory,
): WaitVerdict | undefined {
  const condition = findCondition(object, 'Reconciling')
  if (condition?.status !== 'True') return undefined
  return wait(
    3,
    `the reconciler is rolling out (Reconciling: ${condition.reason ?? condition.message ?? 'True'})`,
    memory,
  )
}

/** 4. status.source.ociStatus.image is the new image: the new reconciler is reporting. */
function reportedImage(
  object: SyncObject,
  expected: SyncExpectation,
  memory: WaitMemory,
): WaitVerdict | undefined {
  const image = object.status?.source?.ociStatus?.image
  if (image === expected.image) return undefined
  return wait(
    4,
    image === undefined
      ? 'the reconciler has not reported an image yet'
      : `the reconciler still reports ${image}`,
    memory,
  )
}

/** 5. source.commit == C without errors; KNV2004 gets a grace period, other errors at C fail. */
function sourceStage(
  object: SyncObject,
  expected: SyncExpectation,
  memory: WaitMemory,
  now: number,
  policy: WaitPolicy,
): WaitVerdict | undefined {
  const source = object.status?.source
  const errors = stageErrors(source)
  if (errors.some((e) => e.code === SOURCE_PULL_ERROR)) {
    const since = memory.sourceErrorSince ?? now
    if (now - since >= policy.sourceErrorGraceMs) {
      return {
        kind: 'failed',
        state: SYNC_STATE.error,
        reason: `the image could not be pulled for ${formatDuration(now - since)} (${SOURCE_PULL_ERROR})`,
        errors,
      }
    }
    return wait(5, `pulling the image failed (${SOURCE_PULL_ERROR}); oci-sync retries`, {
      sourceErrorSince: since,
    })
  }
  if (source?.commit === expected.commit && stageHasErrors(source)) {
    return {
      kind: 'failed',
      state: SYNC_STATE.error,
      reason: 'the cluster rejected the source (parse or validation errors)',
      errors,
    }
  }
  if (source?.commit !== expected.commit)
    return wait(5, `fetching: the source commit is ${short(source?.commit)}`)
  return stageHasErrors(source) ? wait(5, 'the source has errors') : undefined
}

/** 6. rendering.commit == C, "Rendering succeeded|skipped", no errors; KNV2016 is transient. */
function renderingStage(object: SyncObject, expected: SyncExpectation): WaitVerdict | undefined {
  const rendering = object.status?.rendering
  const errors = stageErrors(rendering)
  if (errors.some((e) => e.code === TRANSIENT_RENDERING_ERROR))
    return wait(
      6,
      `rendering: ${TRANSIENT_RENDERING_ERROR} (transient while the hydration-controller is added or removed)`,
    )
  if (rendering?.commit === expected.commit && stageHasErrors(rendering)) {
    return { kind: 'failed', state: SYNC_STATE.error, reason: 'rendering failed', errors }
  }
  if (rendering?.commit !== expected.commit)
    return wait(6, `rendering: the commit is ${short(rendering?.commit)}`)
  if (!RENDERING_DONE.includes(rendering.message ?? ''))
    return wait(6, `rendering: ${rendering.message ?? 'no message yet'}`)
  return undefined
}

/** 7. sync.commit == C and no sync errors (errors at C fail once Syncing is False for C). */
function syncStage(object: SyncObject, expected: SyncExpectation): WaitVerdict | undefined {
  const sync: StageStatus | undefined = object.status?.sync
  if (sync?.commit !== expected.commit) return wait(7, `applying: the sync commit is ${short(sync?.commit)}`)
  if (!stageHasErrors(sync)) return undefined
  const syncing = findCondition(object, 'Syncing')
  if (syncing?.status === 'False' && syncing.commit === expected.commit) {
    return {
      kind: 'failed',
      state: SYNC_STATE.error,
      reason: 'applying the objects failed',
      errors: stageErrors(sync),
    }
  }
  return wait(7, `applying: ${stageErrors(sync).length} errors so far`)
}

/** 8. Syncing=False for C with zero errors: exactly nomos's SYNCED, for our commit. */
function syncingCondition(object: SyncObject, expected: SyncExpectation): WaitVerdict | undefined {
  const syncing = findCondition(object, 'Syncing')
  if (syncing === undefined) return wait(8, 'no Syncing condition yet')
  if (syncing.status !== 'False')
    return wait(8, `syncing (${syncing.reason ?? syncing.message ?? 'in progress'})`)
  if (syncing.commit !== expected.commit)
    return wait(8, `the Syncing condition is about ${short(syncing.commit)}`)
  if (conditionHasNoErrors(syncing)) return undefined
  const errors = [...(syncing.errors ?? []).map(viewError)]
  return {
    kind: 'failed',
    state: SYNC_STATE.error,
    reason: 'the sync finished with errors',
    errors:
      errors.length > 0
        ? errors
        : [{ code: '', message: `${syncing.errorSummary?.totalCount ?? 0} errors`, resources: [] }],
  }
}

function short(commit: string | undefined): string {
  return commit === undefined || commit === '' ? 'not set yet' : commit.slice(0, 12)
}
