import type { FleetResult } from '../rootsync/fleet.ts'
import type { ClusterRollout } from '../rootsync/rollout.ts'
import { nomosSyncName } from '../rootsync/sync-ref.ts'
import type { SyncErrorView, SyncStatusSummary } from '../rootsync/sync-status.ts'
import type { SyncRef } from '../rootsync/types.ts'

/**
 * The status block `nomos status` prints per cluster (cmd/nomos/status
 * printRows): the sync, its source, the state with the commit, then each
 * error with the resources it names. Used by the action's log, the CLI's
 * `status` and `rollout`.
 */

/** One RSync in one cluster, to print. */
export interface StatusBlockEntry {
  readonly ref: SyncRef
  /** Absent when the status could not be read (then `problem` says why). */
  readonly status?: SyncStatusSummary
  /** Overrides the nomos label (e.g. PENDING while nomos still says SYNCED for the old digest). */
  readonly state?: string
  readonly problem?: string
  /** Extra lines (the rollout: old → new image, rollback). */
  readonly notes?: readonly string[]
}

const INDENT = '  '
const RULE = `${INDENT}--------------------`

/** The block of one cluster. */
export function renderStatusBlock(cluster: string, entries: readonly StatusBlockEntry[]): string {
  const out = [cluster, RULE]
  for (const entry of entries) out.push(...entryLines(entry))
  return `${out.join('\n')}\n`
}

function entryLines(entry: StatusBlockEntry): string[] {
  const status = entry.status
  const source =
    status?.image === undefined
      ? '(no image)'
      : `${status.image}${status.dir !== undefined && status.dir !== '.' ? ` (dir ${status.dir})` : ''}`
  const lines = [`${INDENT}${nomosSyncName(entry.ref)}   ${source}`]
  const state = entry.state ?? status?.state ?? 'UNKNOWN'
  const when = state === 'SYNCED' && status?.lastUpdate !== undefined ? ` @ ${status.lastUpdate}` : ''
  lines.push(`${INDENT}${state}${when}   ${status?.commit ?? ''}`.trimEnd())
  if (entry.problem !== undefined) lines.push(`${INDENT}Error:   ${entry.problem}`)
  const errors = status?.errors ?? []
  if (errors.length > 1 || (status?.moreErrors ?? 0) > 0)
    lines.push(`${INDENT}TotalErrorCount: ${errors.length + (status?.moreErrors ?? 0)}`)
  for (const error of errors) lines.push(...errorLines(error))
  for (const note of entry.notes ?? []) lines.push(`${INDENT}${note}`)
  return lines
}

/** "Error:   KNV2009: …" with continuation lines indented, then the resources. */
export function errorLines(error: SyncErrorView): string[] {
  const [first = '', ...rest] = error.message.split('\n')
  const lines = [
    `${INDENT}Error:   ${first}`,
    ...rest.filter((line) => line.trim() !== '').map((line) => `${INDENT}         ${line}`),
  ]
  for (const resource of error.resources) lines.push(`${INDENT}         Resource: ${resource}`)
  return lines
}

/** Every cluster of a rollout as status blocks, in order. */
export function renderFleetText(result: FleetResult): string {
  return result.clusters.map((c) => renderStatusBlock(c.cluster, [rolloutEntry(c)])).join('\n')
}

/** A rollout result as a status block entry, with the old → new image and any rollback as notes. */
export function rolloutEntry(c: ClusterRollout): StatusBlockEntry {
  const notes = [`Rollout: ${describeAction(c)}`]
  if (!c.ok && c.state !== 'SKIPPED' && !repeatsAnError(c)) notes.push(`Reason:  ${firstLine(c.reason)}`)
  if (c.hint !== undefined) notes.push(`Hint:    ${c.hint}`)
  if (c.rolledBack !== undefined) notes.push(`Rollback: ${c.rolledBack.message}`)
  return { ref: c.ref, ...(c.status === undefined ? {} : { status: c.status }), state: c.state, notes }
}

/** True when the reason only repeats an error the block lists anyway (e.g. a Stalled message). */
export function repeatsAnError(c: ClusterRollout): boolean {
  const reason = firstLine(c.reason)
  return [...c.errors, ...(c.status?.errors ?? [])].some((e) => reason.endsWith(firstLine(e.message)))
}

/** "patched OLD → NEW", "created with NEW", "already at NEW", "not started". */
export function describeAction(c: ClusterRollout): string {
  switch (c.action) {
    case 'patched':
      return `${c.previousImage ?? '(none)'} → ${c.image}`
    case 'created':
      return `created with ${c.image}`
    case 'unchanged':
      return `already at ${c.image}`
    default:
      return c.state === 'SKIPPED' ? 'not started (an earlier cluster failed)' : 'nothing written'
  }
}

/** The per-cluster JSON of the `rollout` output and `--format json`. */
export function rolloutJson(result: FleetResult): object[] {
  return result.clusters.map((c) => ({
    cluster: c.cluster,
    kind: c.ref.kind,
    namespace: c.ref.namespace,
    name: c.ref.name,
    action: c.action,
    previousImage: c.previousImage ?? null,
    image: c.image,
    state: c.state,
    ok: c.ok,
    syncedCommit: c.syncedCommit ?? null,
    reason: c.reason,
    errors: c.errors.map(({ code, message, resources }) => ({ code, message, resources })),
    rolledBack: c.rolledBack ?? null,
  }))
}

/** The first line of a message (KNV messages carry details and a link after a blank line). */
export function firstLine(text: string): string {
  return text.split('\n')[0]!.trim()
}
