import { describeError } from '../errors.ts'
import type { FleetMember } from './fleet.ts'
import { digestHex } from './sync-patch.ts'
import { summarizeSyncStatus, type SyncStatusSummary } from './sync-status.ts'
import { SYNC_STATE, type SyncRef } from './types.ts'
import { evaluateSync } from './wait-recipe.ts'

/**
 * One look at RSyncs in clusters, for `configsync-oci status`: the nomos
 * label of each, or — given an image — whether it synced exactly that
 * digest (the wait recipe's verdict on a single observation).
 */

/** One RSync in one cluster. */
export interface SyncStatusReport {
  readonly cluster: string
  readonly ref: SyncRef
  /** SYNCED / PENDING / ERROR / STALLED / RECONCILING, or NOT FOUND / UNREACHABLE-like ERROR. */
  readonly state: string
  readonly status?: SyncStatusSummary
  /** Why it could not be read, or why it is not at the image. */
  readonly problem?: string
  readonly hint?: string
}

/** Reads every ref in every cluster; a cluster that fails to answer gets an ERROR entry, never an exception. */
export async function readSyncStatuses(
  members: readonly FleetMember[],
  refs: readonly SyncRef[],
  image?: string,
): Promise<SyncStatusReport[]> {
  const reports: SyncStatusReport[] = []
  for (const member of members) {
    for (const ref of refs) reports.push(await readOne(member, ref, image))
  }
  return reports
}

async function readOne(
  member: FleetMember,
  ref: SyncRef,
  image: string | undefined,
): Promise<SyncStatusReport> {
  try {
    const target = await member.connect()
    const object = await target.get(ref)
    if (object === undefined)
      return {
        cluster: member.name,
        ref,
        state: 'NOT FOUND',
        problem: `${ref.kind} ${ref.namespace}/${ref.name} does not exist`,
      }
    const status = summarizeSyncStatus(object)
    if (image === undefined) return { cluster: member.name, ref, state: status.state, status }
    const expected = { generation: object.metadata.generation ?? 0, image, commit: digestHex(image) }
    if (object.spec?.oci?.image !== image) {
      return {
        cluster: member.name,
        ref,
        state: SYNC_STATE.pending,
        status,
        problem: `spec.oci.image is ${object.spec?.oci?.image ?? '(unset)'}, not ${image}`,
      }
    }
    const verdict = evaluateSync(object, expected, {}, Date.now(), {
      sourceErrorGraceMs: Number.POSITIVE_INFINITY,
    })
    if (verdict.kind === 'synced') return { cluster: member.name, ref, state: SYNC_STATE.synced, status }
    if (verdict.kind === 'failed')
      return { cluster: member.name, ref, state: verdict.state, status, problem: verdict.reason }
    return {
      cluster: member.name,
      ref,
      state: status.state === SYNC_STATE.synced ? SYNC_STATE.pending : status.state,
      status,
      problem: verdict.reason,
    }
  } catch (error: unknown) {
    const { message, hint } = describeError(error)
    return {
      cluster: member.name,
      ref,
      state: SYNC_STATE.error,
      problem: message,
      ...(hint === undefined ? {} : { hint }),
    }
  }
}
