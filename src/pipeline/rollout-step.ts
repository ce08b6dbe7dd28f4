import { ClusterError } from '../errors.ts'
import type { PublishResult } from './publish.ts'
import { setRolloutOutputs, writeRolloutSummary } from '../action/github/rollout-report.ts'
import { firstLine, renderFleetText } from '../report/sync-status-text.ts'
import { loadClusterModule } from '../rootsync/cluster-loader.ts'
import { formatDuration } from '../rootsync/duration.ts'
import { rolloutFleet, type FleetResult } from '../rootsync/fleet.ts'
import { requireRolloutImage } from '../rootsync/sync-patch.ts'
import { describeSyncRef } from '../rootsync/sync-ref.ts'
import type { ActionContext } from '../action/context.ts'
import type { AfterPublishStep } from './after-publish-step.ts'
import { ROLLOUT_INPUT } from '../action/rollout-inputs.ts'
import type { RolloutInputs } from '../settings/sections.ts'
import { rolloutEnabled } from '../settings/settings.ts'
import { gateOnPolicy } from '../action/verify-gate.ts'

/** A source KNV2004 (pull or auth) may last this long before the rollout fails: oci-sync retries with backoff. */
const SOURCE_ERROR_GRACE_MS = 60_000

/**
 * After a push, points the RootSync/RepoSync at the pushed digest in every
 * cluster (canaries first), waits until each synced exactly that digest,
 * and reports every cluster. Its settings were checked when the inputs were
 * read, before anything is pushed; client-node is loaded only here (Node 22+).
 */
export const rolloutStep: AfterPublishStep = {
  name: 'rollout',
  enabled: rolloutEnabled,
  async run(context, result) {
    const inputs = context.settings.rollout
    if (inputs === undefined) return
    await gateOnPolicy(context, 'rollout', result.pushed.reference)
    const fleet = await rollOut(context, inputs, result)
    context.logger.info(renderFleetText(fleet).trimEnd())
    setRolloutOutputs(fleet)
    await writeRolloutSummary(fleet)
    if (!fleet.ok) throw failure(fleet, inputs)
  },
}

async function rollOut(
  context: ActionContext,
  inputs: RolloutInputs,
  result: PublishResult,
): Promise<FleetResult> {
  const image = requireRolloutImage(result.pushed.reference)
  const cluster = await loadClusterModule(`input "${ROLLOUT_INPUT.rollout}"`)
  const members = cluster.openFleet(inputs.selection, inputs.canaries, context.env)
  const where = members.length === 1 ? `cluster ${members[0]!.name}` : `${members.length} clusters`
  return context.logger.group(`Roll out ${describeSyncRef(inputs.ref)} in ${where}`, () =>
    rolloutFleet(
      members,
      {
        ref: inputs.ref,
        image,
        ...(inputs.create === undefined ? {} : { create: inputs.create }),
        ...(inputs.secrets === undefined ? {} : { secrets: inputs.secrets }),
        wait: inputs.wait,
        timeoutMs: inputs.timeoutMs,
        policy: { sourceErrorGraceMs: Math.min(SOURCE_ERROR_GRACE_MS, inputs.timeoutMs) },
      },
      {
        concurrency: inputs.concurrency,
        rollbackOnFailure: inputs.rollbackOnFailure,
        logger: context.logger,
      },
    ),
  )
}

/** One error for the step: the first failed cluster, and how many others did not sync. */
function failure(fleet: FleetResult, inputs: RolloutInputs): ClusterError {
  const failed = fleet.clusters.filter((c) => !c.ok && c.state !== 'SKIPPED')
  const first = failed[0] ?? fleet.clusters.find((c) => !c.ok)!
  const skipped = fleet.clusters.filter((c) => c.state === 'SKIPPED').length
  const others = [
    failed.length > 1 ? `${failed.length - 1} more failed` : '',
    skipped > 0 ? `${skipped} not started` : '',
  ]
    .filter((s) => s !== '')
    .join(', ')
  return new ClusterError(
    `rollout failed in cluster ${first.cluster}: ${first.state}: ${firstLine(first.reason)}${others === '' ? '' : `; ${others}`}`,
    {
      hint:
        first.hint ??
        (first.state === 'PENDING'
          ? `it did not sync within wait-timeout (${formatDuration(inputs.timeoutMs)}); see the status block above`
          : 'see the status block above and the job summary'),
    },
  )
}
