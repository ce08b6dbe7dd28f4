import type { RolloutInputs } from '../settings/sections.ts'
import type { Logger } from '../logger.ts'
import { loadClusterModule } from '../rootsync/cluster-loader.ts'
import type { ClusterSelection } from '../rootsync/cluster/kubeconfig.ts'
import { rolloutFleet, type FleetResult } from '../rootsync/fleet.ts'
import { describeSyncRef } from '../rootsync/sync-ref.ts'
import type { SyncRef } from '../rootsync/types.ts'
import type { SyncCleanup } from './cluster/preview-cluster.ts'

/**
 * The preview RootSync/RepoSync: created or re-pointed at each push's
 * digest with the rollout engine of the `rollout` input (create-sync, wait,
 * the same kubeconfig/contexts inputs), marked for foreground deletion, and
 * deleted when the pull request closes.
 */

/** One preview sync: the rollout, and the annotation in each cluster. */
export interface PreviewSyncResult {
  readonly fleet: FleetResult
  readonly marks: readonly SyncCleanup[]
}

/** Rolls `image` out to the preview RSync (creating it when missing) and marks it for foreground deletion. */
export async function syncPreview(
  ref: SyncRef,
  image: string,
  rollout: RolloutInputs,
  env: NodeJS.ProcessEnv,
  logger: Logger,
): Promise<PreviewSyncResult> {
  const what = 'input "preview-sync"'
  const cluster = await loadClusterModule(what)
  const preview = await import('./cluster/preview-cluster.ts')
  const members = cluster.openFleet(rollout.selection, rollout.canaries, env)
  const where = members.length === 1 ? `cluster ${members[0]!.name}` : `${members.length} clusters`
  return logger.group(`Preview ${describeSyncRef(ref)} in ${where}`, async () => {
    const fleet = await rolloutFleet(
      members,
      {
        ref,
        image,
        ...(rollout.create === undefined ? {} : { create: rollout.create }),
        wait: rollout.wait,
        timeoutMs: rollout.timeoutMs,
        policy: { sourceErrorGraceMs: Math.min(60_000, rollout.timeoutMs) },
      },
      { concurrency: rollout.concurrency, rollbackOnFailure: false, logger },
    )
    const written = new Set(fleet.clusters.filter((c) => c.action !== 'none').map((c) => c.cluster))
    const endpoints = preview.previewEndpoints(rollout.selection, env).filter((e) => written.has(e.name))
    const marks = await Promise.all(
      endpoints.map((endpoint) => preview.markForegroundDeletion(endpoint, ref)),
    )
    for (const mark of marks.filter((m) => m.result === 'failed'))
      logger.warning(
        `${mark.cluster}: ${mark.message}; closing the pull request will leave the objects it synced`,
      )
    return { fleet, marks }
  })
}

/** Deletes the preview RSync in every cluster of the selection. */
export async function removePreviewSync(
  ref: SyncRef,
  selection: ClusterSelection,
  waitMs: number,
  env: NodeJS.ProcessEnv,
  logger: Logger,
): Promise<SyncCleanup[]> {
  await loadClusterModule('input "preview-sync"')
  const preview = await import('./cluster/preview-cluster.ts')
  const endpoints = preview.previewEndpoints(selection, env)
  return logger.group(`Delete ${describeSyncRef(ref)}`, async () => {
    const results = await Promise.all(
      endpoints.map((endpoint) => preview.deletePreviewSync(endpoint, ref, waitMs)),
    )
    for (const r of results) {
      if (r.result === 'failed') logger.warning(`${r.cluster}: ${r.message}`)
      else logger.info(`${r.cluster}: ${r.message}`)
    }
    return results
  })
}
