import * as core from '@actions/core'
import { fleetState, fleetSyncedCommit, type FleetResult } from '../../rootsync/fleet.ts'
import { describeSyncRef } from '../../rootsync/sync-ref.ts'
import { describeAction, firstLine, rolloutJson } from '../../report/sync-status-text.ts'

/** The rollout's outputs (declared in action.yml too). */
export const ROLLOUT_OUTPUT = {
  syncStatus: 'sync-status',
  syncedCommit: 'synced-commit',
  clusters: 'rollout-clusters',
} as const

/** Sets sync-status, synced-commit and the per-cluster JSON. */
export function setRolloutOutputs(result: FleetResult): void {
  core.setOutput(ROLLOUT_OUTPUT.syncStatus, fleetState(result))
  core.setOutput(ROLLOUT_OUTPUT.syncedCommit, fleetSyncedCommit(result))
  core.setOutput(ROLLOUT_OUTPUT.clusters, JSON.stringify(rolloutJson(result)))
}

/** The job summary: one row per cluster with old → new image and the final state. */
export async function writeRolloutSummary(result: FleetResult): Promise<void> {
  const first = result.clusters[0]
  const heading = `configsync-oci: rollout ${result.ok ? 'synced' : 'failed'}${first === undefined ? '' : ` (${describeSyncRef(first.ref)})`}`
  core.summary
    .addHeading(escapeHtml(heading), 2)
    .addTable([
      ['Cluster', 'Image', 'State', 'Details'].map((data) => ({ data, header: true })),
      ...result.clusters.map((c) => [
        code(c.cluster),
        escapeHtml(describeAction(c)),
        `<b>${c.state}</b>`,
        escapeHtml(details(c)),
      ]),
    ])
  await core.summary.write()
}

function details(c: FleetResult['clusters'][number]): string {
  const parts = [firstLine(c.reason)]
  for (const error of c.errors.slice(0, 3))
    if (!parts[0]!.endsWith(firstLine(error.message))) parts.push(firstLine(error.message))
  if (c.errors.length > 3) parts.push(`… ${c.errors.length - 3} more`)
  if (c.rolledBack !== undefined) parts.push(`rollback: ${c.rolledBack.message}`)
  return parts.join(' · ')
}

function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
