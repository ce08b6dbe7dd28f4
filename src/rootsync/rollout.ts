import { ClusterError, describeError } from '../errors.ts'
import type { Logger } from '../logger.ts'
import { formatDuration } from './duration.ts'
import {
  DEFAULT_POLL,
  nextPollInterval,
  SYSTEM_CLOCK,
  type Clock,
  type PollSchedule,
  type RootSyncTarget,
} from './ports.ts'
import { digestHex, planSyncChange, type CreateSyncSpec } from './sync-patch.ts'
import { prepareSyncAuth, type SyncSecretsResult } from './sync-auth.ts'
import { describeSyncRef } from './sync-ref.ts'
import type { SyncSecrets } from './sync-secrets.ts'
import { summarizeSyncStatus, type SyncErrorView, type SyncStatusSummary } from './sync-status.ts'
import { SYNC_STATE, type SyncObject, type SyncRef, type SyncState } from './types.ts'
import {
  evaluateSync,
  type SyncExpectation,
  type WaitMemory,
  type WaitPolicy,
  type WaitVerdict,
} from './wait-recipe.ts'

/** What one cluster's rollout does: which RSync, which image, how long to wait. */
export interface RolloutSettings {
  readonly ref: SyncRef
  /** REPO@sha256:… */
  readonly image: string
  /** Create the RSync when it is missing (`create-sync: true`). */
  readonly create?: CreateSyncSpec
  /** Token / CA Secrets to write and point the RSync at before the image (Config Sync 1.24+). */
  readonly secrets?: SyncSecrets
  readonly wait: boolean
  readonly timeoutMs: number
  readonly policy: WaitPolicy
  readonly poll?: PollSchedule
}

/** A cluster's final state: a nomos label, or SKIPPED when the rollout stopped before it. */
export type RolloutState = SyncState | 'SKIPPED'

/** What happened in one cluster. */
export interface ClusterRollout {
  readonly cluster: string
  readonly ref: SyncRef
  readonly image: string
  /** spec.oci.image before this run; absent when the RSync was created (or never read). */
  readonly previousImage?: string
  readonly action: 'created' | 'patched' | 'unchanged' | 'none'
  readonly state: RolloutState
  /** True when the cluster synced exactly `image` (or, without waiting, when the write went through). */
  readonly ok: boolean
  readonly reason: string
  readonly errors: readonly SyncErrorView[]
  /** The last status seen, for the nomos-like block. */
  readonly status?: SyncStatusSummary
  /** The commit the cluster reports synced at the end (may be the old one). */
  readonly syncedCommit?: string
  /** What the user can do about a failure. */
  readonly hint?: string
  readonly rolledBack?: { readonly image: string; readonly ok: boolean; readonly message: string }
  /** What happened to the token / CA Secrets (names and outcomes only). */
  readonly secrets?: SyncSecretsResult
}

/** Conflicting writers get this many fresh reads before we give up. */
export const MAX_CONFLICT_RETRIES = 5
/** Consecutive failed reads tolerated while waiting (a flaky API server is not a failed sync). */
const MAX_READ_FAILURES = 3

/** Points one cluster's RSync at the image and (by default) waits until it synced exactly that digest. */
export async function rolloutCluster(
  target: RootSyncTarget,
  settings: RolloutSettings,
  logger: Logger,
  clock: Clock = SYSTEM_CLOCK,
): Promise<ClusterRollout> {
  const secrets =
    settings.secrets === undefined
      ? undefined
      : await prepareSyncAuth(target, settings.ref, settings.secrets, logger)
  const written = await writeImage(target, settings, logger)
  const expected: SyncExpectation = {
    generation: written.object.metadata.generation ?? 0,
    image: settings.image,
    commit: digestHex(settings.image),
  }
  const base = {
    cluster: target.cluster,
    ref: settings.ref,
    image: settings.image,
    action: written.action,
    ...optionalImage(written.previousImage),
    ...(secrets === undefined ? {} : { secrets }),
  }
  if (!settings.wait) return { ...base, ...judgeOnce(written.object, expected, settings.policy, clock) }
  try {
    return { ...base, ...(await waitForSync(target, settings, expected, logger, clock)) }
  } catch (error: unknown) {
    // The write happened: keep what was written (and the previous image) for the report and a rollback.
    return { ...base, ...failedJudgement(error) }
  }
}

/** A cluster whose rollout threw: ERROR with the error's message and hint. */
export function failedJudgement(
  error: unknown,
): Pick<ClusterRollout, 'state' | 'ok' | 'reason' | 'errors' | 'hint'> {
  const { message, hint } = describeError(error)
  return {
    state: SYNC_STATE.error,
    ok: false,
    reason: message,
    errors: [],
    ...(hint === undefined ? {} : { hint }),
  }
}

/** Re-points a cluster's RSync at `image` (its image before a failed rollout), without waiting. */
export async function repointCluster(
  target: RootSyncTarget,
  ref: SyncRef,
  image: string,
  logger: Logger,
): Promise<{ ok: boolean; message: string }> {
  try {
    const written = await writeImage(
      target,
      { ref, image, wait: false, timeoutMs: 0, policy: { sourceErrorGraceMs: 0 } },
      logger,
    )
    return {
      ok: true,
      message: written.action === 'unchanged' ? `already at ${image}` : `re-pointed at ${image}`,
    }
  } catch (error: unknown) {
    return { ok: false, message: `rollback failed: ${describeError(error).message}` }
  }
}

interface Written {
  readonly action: ClusterRollout['action']
  readonly object: SyncObject
  readonly previousImage?: string
}

/** Read, plan, write; a 409 (someone wrote in between) means read again. */
async function writeImage(
  target: RootSyncTarget,
  settings: RolloutSettings,
  logger: Logger,
): Promise<Written> {
  const what = `${target.cluster}: ${describeSyncRef(settings.ref)}`
  for (let attempt = 1; ; attempt++) {
    const current = await target.get(settings.ref)
    const plan = planSyncChange(current, settings.ref, settings.image, settings.create, target.cluster)
    if (plan.kind === 'unchanged' && current !== undefined) {
      logger.info(`${what} already points at ${settings.image}; confirming its sync state`)
      return { action: 'unchanged', object: current, ...optionalImage(current.spec?.oci?.image) }
    }
    if (plan.kind === 'unchanged') throw new ClusterError(`${what}: nothing to write and nothing read`)
    try {
      const object = await target.apply(plan)
      logger.info(
        plan.kind === 'create'
          ? `${what} created with ${settings.image}`
          : `${what}: ${current?.spec?.oci?.image ?? '(none)'} → ${settings.image}`,
      )
      return {
        action: plan.kind === 'create' ? 'created' : 'patched',
        object,
        ...optionalImage(current?.spec?.oci?.image),
      }
    } catch (error: unknown) {
      if (!(error instanceof ClusterError) || error.status !== 409 || attempt >= MAX_CONFLICT_RETRIES)
        throw error
      logger.info(
        `${what} changed while we wrote it (409 Conflict); reading it again (attempt ${attempt + 1} of ${MAX_CONFLICT_RETRIES})`,
      )
    }
  }
}

type Judgement = Pick<ClusterRollout, 'state' | 'ok' | 'reason' | 'errors' | 'status' | 'syncedCommit'>

/** `wait: false`: one look at the status right after the write. */
function judgeOnce(
  object: SyncObject,
  expected: SyncExpectation,
  policy: WaitPolicy,
  clock: Clock,
): Judgement {
  const verdict = evaluateSync(object, expected, {}, clock.now(), policy)
  const status = summarizeSyncStatus(object)
  if (verdict.kind === 'waiting')
    return { ...judge(verdict, status, expected), ok: true, reason: `not waiting: ${verdict.reason}` }
  return judge(verdict, status, expected)
}

/** Polls until the recipe says synced or failed, or the timeout passes; prints a line whenever the reason changes. */
async function waitForSync(
  target: RootSyncTarget,
  settings: RolloutSettings,
  expected: SyncExpectation,
  logger: Logger,
  clock: Clock,
): Promise<Judgement> {
  const started = clock.now()
  const poll = settings.poll ?? DEFAULT_POLL
  let memory: WaitMemory = {}
  let interval: number | undefined
  let lastReason = ''
  let failures = 0
  for (;;) {
    const object = await readForWait(target, settings.ref, failures, logger)
    if (object === 'retry') failures++
    else {
      failures = 0
      const verdict = evaluateSync(object, expected, memory, clock.now(), settings.policy)
      const status = summarizeSyncStatus(object)
      if (verdict.kind !== 'waiting') return judge(verdict, status, expected)
      memory = verdict.memory
      if (verdict.reason !== lastReason)
        logger.info(
          `${target.cluster}: ${describeSyncRef(settings.ref)}: ${verdict.reason} [${formatDuration(clock.now() - started)}]`,
        )
      lastReason = verdict.reason
      if (clock.now() - started >= settings.timeoutMs)
        return timedOut(verdict, status, expected, settings.timeoutMs)
    }
    interval = nextPollInterval(poll, interval)
    await clock.sleep(Math.min(interval, Math.max(0, started + settings.timeoutMs - clock.now())))
  }
}

async function readForWait(
  target: RootSyncTarget,
  ref: SyncRef,
  failures: number,
  logger: Logger,
): Promise<SyncObject | 'retry'> {
  let object: SyncObject | undefined
  try {
    object = await target.get(ref)
  } catch (error: unknown) {
    const transient = error instanceof ClusterError && (error.status === undefined || error.status >= 500)
    if (!transient || failures + 1 >= MAX_READ_FAILURES) throw error
    logger.warning(
      `${target.cluster}: reading ${describeSyncRef(ref)} failed (${describeError(error).message}); trying again`,
    )
    return 'retry'
  }
  if (object === undefined)
    throw new ClusterError(
      `${describeSyncRef(ref)} was deleted from cluster ${target.cluster} while we waited for it`,
    )
  return object
}

function judge(verdict: WaitVerdict, status: SyncStatusSummary, expected: SyncExpectation): Judgement {
  const synced = status.state === SYNC_STATE.synced ? optionalCommit(status.commit) : {}
  if (verdict.kind === 'synced') {
    return {
      state: SYNC_STATE.synced,
      ok: true,
      reason: `synced ${expected.commit.slice(0, 12)}${verdict.lastSyncedConfirmed ? '' : ' (lastSyncedCommit not yet updated)'}`,
      errors: [],
      status,
      syncedCommit: expected.commit,
    }
  }
  if (verdict.kind === 'failed')
    return {
      state: verdict.state,
      ok: false,
      reason: verdict.reason,
      errors: verdict.errors,
      status,
      ...synced,
    }
  return {
    state: pendingState(status),
    ok: false,
    reason: verdict.reason,
    errors: status.errors,
    status,
    ...synced,
  }
}

function timedOut(
  verdict: WaitVerdict,
  status: SyncStatusSummary,
  expected: SyncExpectation,
  timeoutMs: number,
): Judgement {
  const judged = judge(verdict, status, expected)
  return { ...judged, reason: `not synced after ${formatDuration(timeoutMs)}: ${judged.reason}` }
}

/** nomos may say SYNCED while the old digest is what synced; for this rollout that is still pending. */
function pendingState(status: SyncStatusSummary): SyncState {
  return status.state === SYNC_STATE.synced ? SYNC_STATE.pending : status.state
}

function optionalImage(image: string | undefined): { previousImage?: string } {
  return image === undefined ? {} : { previousImage: image }
}

function optionalCommit(commit: string | undefined): { syncedCommit?: string } {
  return commit === undefined ? {} : { syncedCommit: commit }
}
