import type { Logger } from '../logger.ts'
import { SYSTEM_CLOCK, type Clock, type RootSyncTarget } from './ports.ts'
import {
  failedJudgement,
  repointCluster,
  rolloutCluster,
  type ClusterRollout,
  type RolloutSettings,
} from './rollout.ts'
import { SYNC_STATE } from './types.ts'

/**
 * A progressive rollout over several clusters: the canaries first (and
 * only if they all sync, the rest), each wave with bounded concurrency;
 * the first failure stops new clusters from starting. Every cluster gets a
 * result, including the ones never started (SKIPPED).
 */

/** One cluster of the fleet. */
export interface FleetMember {
  /** Its kubeconfig context (or file) name, as the user wrote it. */
  readonly name: string
  readonly canary: boolean
  /** Connects when its turn comes, so an unreachable cluster fails in its own slot. */
  connect(): Promise<RootSyncTarget>
}

/** How the fleet is rolled out. */
export interface FleetOptions {
  /** Clusters rolled out at the same time within a wave (≥ 1). */
  readonly concurrency: number
  /** Re-point failed clusters at the image they had before. */
  readonly rollbackOnFailure: boolean
  readonly logger: Logger
  readonly clock?: Clock
}

/** Every cluster's result, in the order the members were given. */
export interface FleetResult {
  readonly clusters: readonly ClusterRollout[]
  readonly ok: boolean
}

/** Rolls the image out to the fleet, canaries first; see the module comment. */
export async function rolloutFleet(
  members: readonly FleetMember[],
  settings: RolloutSettings,
  options: FleetOptions,
): Promise<FleetResult> {
  const results = new Map<string, ClusterRollout>()
  const targets = new Map<string, RootSyncTarget>()
  const canaries = members.filter((m) => m.canary)
  const waves =
    canaries.length > 0 && canaries.length < members.length
      ? [canaries, members.filter((m) => !m.canary)]
      : [members]
  for (const [index, wave] of waves.entries()) {
    if (waves.length > 1)
      options.logger.info(
        `${index === 0 ? 'Canary' : 'Remaining'} clusters: ${wave.map((m) => m.name).join(', ')}`,
      )
    const ok = await runWave(wave, settings, options, results, targets)
    if (!ok) break
  }
  const clusters = members.map((m) => results.get(m.name) ?? skipped(m, settings))
  const final = options.rollbackOnFailure ? await rollBack(clusters, targets, options.logger) : clusters
  return { clusters: final, ok: final.every((c) => c.ok) }
}

/** Runs one wave, at most `concurrency` at a time; after a failure no new cluster starts. */
async function runWave(
  wave: readonly FleetMember[],
  settings: RolloutSettings,
  options: FleetOptions,
  results: Map<string, ClusterRollout>,
  targets: Map<string, RootSyncTarget>,
): Promise<boolean> {
  let next = 0
  let failed = false
  const worker = async (): Promise<void> => {
    while (!failed && next < wave.length) {
      const member = wave[next++]!
      const result = await rolloutMember(member, settings, options, targets)
      results.set(member.name, result)
      if (!result.ok) {
        failed = true
        options.logger.warning(
          `${member.name}: ${result.state}: ${result.reason.split('\n')[0]}; no further clusters are started`,
        )
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, wave.length)) }, worker))
  return !failed
}

async function rolloutMember(
  member: FleetMember,
  settings: RolloutSettings,
  options: FleetOptions,
  targets: Map<string, RootSyncTarget>,
): Promise<ClusterRollout> {
  try {
    const target = await member.connect()
    targets.set(member.name, target)
    return await rolloutCluster(target, settings, options.logger, options.clock ?? SYSTEM_CLOCK)
  } catch (error: unknown) {
    return {
      cluster: member.name,
      ref: settings.ref,
      image: settings.image,
      action: 'none',
      ...failedJudgement(error),
    }
  }
}

function skipped(member: FleetMember, settings: RolloutSettings): ClusterRollout {
  return {
    cluster: member.name,
    ref: settings.ref,
    image: settings.image,
    action: 'none',
    state: 'SKIPPED',
    ok: false,
    reason: 'not started: an earlier cluster failed',
    errors: [],
  }
}

/** Re-points every failed cluster this run changed at its previous image. */
async function rollBack(
  clusters: readonly ClusterRollout[],
  targets: Map<string, RootSyncTarget>,
  logger: Logger,
): Promise<ClusterRollout[]> {
  const out: ClusterRollout[] = []
  for (const cluster of clusters) {
    const target = targets.get(cluster.cluster)
    const changed =
      cluster.action === 'patched' &&
      cluster.previousImage !== undefined &&
      cluster.previousImage !== cluster.image
    if (
      cluster.ok ||
      cluster.state === 'SKIPPED' ||
      target === undefined ||
      !changed ||
      cluster.previousImage === undefined
    ) {
      out.push(cluster)
      continue
    }
    logger.info(`${cluster.cluster}: rolling back to ${cluster.previousImage}`)
    const result = await repointCluster(target, cluster.ref, cluster.previousImage, logger)
    out.push({ ...cluster, rolledBack: { image: cluster.previousImage, ...result } })
  }
  return out
}

/** The fleet's sync status for the `sync-status` output: SYNCED when all are, else the first failure's state. */
export function fleetState(result: FleetResult): string {
  if (result.clusters.every((c) => c.state === SYNC_STATE.synced)) return SYNC_STATE.synced
  const failed = result.clusters.find((c) => !c.ok && c.state !== 'SKIPPED')
  return (
    failed?.state ?? result.clusters.find((c) => c.state !== SYNC_STATE.synced)?.state ?? SYNC_STATE.pending
  )
}

/** The commit every cluster synced, or '' when they differ or one has none. */
export function fleetSyncedCommit(result: FleetResult): string {
  const commits = new Set(result.clusters.map((c) => c.syncedCommit ?? ''))
  return commits.size === 1 ? [...commits][0]! : ''
}
