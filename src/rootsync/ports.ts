import type { SecretObject } from './sync-secrets.ts'
import type { SyncChange } from './sync-patch.ts'
import type { SyncKind, SyncObject, SyncRef } from './types.ts'

/**
 * The ports the rollout engine needs, owned by it (STYLE.md §5.2). The
 * cluster adapter in cluster/ implements RootSyncTarget over the Kubernetes
 * API; tests implement Clock with short intervals.
 */

/** The RSyncs of one cluster. */
export interface RootSyncTarget {
  /** The cluster as the user named it (its kubeconfig context). */
  readonly cluster: string
  /** The RSync, or undefined when it does not exist. Throws ClusterError for everything else (not installed, RBAC, unreachable). */
  get(ref: SyncRef): Promise<SyncObject | undefined>
  /** Sends one change and returns the object as stored; a stale resourceVersion is a ClusterError with status 409. */
  apply(change: SyncChange): Promise<SyncObject>
  /** Secrets, the CRD and the reconciler, for token auth and caCertSecretRef; cluster adapters have it, most test fakes not. */
  readonly syncAuth?: SyncAuthTarget
}

/** Time, injectable so tests poll every few milliseconds. */
export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
}

/** The real clock. */
export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

/** How often to poll: quick at first (a sync often finishes in seconds), then backing off to a ceiling. */
export interface PollSchedule {
  readonly initialMs: number
  readonly factor: number
  readonly maxMs: number
}

/** 0.5 s, ×1.5, at most 5 s: about 20 reads in the first minute, then 12 a minute. */
export const DEFAULT_POLL: PollSchedule = { initialMs: 500, factor: 1.5, maxMs: 5000 }

/** The interval after `previous` (the first one when previous is undefined). */
export function nextPollInterval(schedule: PollSchedule, previous: number | undefined): number {
  if (previous === undefined) return schedule.initialMs
  return Math.min(schedule.maxMs, Math.round(previous * schedule.factor))
}

/** The port: what a cluster adapter offers for Secrets and reconcilers. */
export interface SyncAuthTarget {
  /** The installed CRD's spec.oci.auth enum; undefined when it cannot be read (RBAC) or has none. */
  ociAuthValues(kind: SyncKind): Promise<readonly string[] | undefined>
  readSecret(namespace: string, name: string): Promise<SecretObject | undefined>
  createSecret(namespace: string, body: Record<string, unknown>): Promise<void>
  /** A JSON merge patch; a stale resourceVersion is a ClusterError with status 409. */
  patchSecret(namespace: string, name: string, patch: Record<string, unknown>): Promise<void>
  /** A JSON merge patch of the RSync (an Update: a later image-only apply never prunes what it sets). */
  patchSync(ref: SyncRef, patch: Record<string, unknown>): Promise<SyncObject>
  /** Deletes the pods of the reconciler Deployment (it starts new ones); the number deleted, 0 when it has none yet. */
  restartReconciler(deployment: string): Promise<number>
}
