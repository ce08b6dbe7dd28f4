/**
 * The RootSync/RepoSync API (configsync.gke.io/v1beta1) as far as a rollout
 * reads and writes it. Field names follow upstream
 * pkg/api/configsync/v1beta1/{rootsync_types,sync_types,ociconfig}.go
 * (CONFIG-SYNC.md §2). Everything here arrives from a cluster, so every
 * field is optional and readers must not trust it.
 */

/** The API group, version and resources Config Sync serves. */
export const CONFIG_SYNC_API = {
  group: 'configsync.gke.io',
  version: 'v1beta1',
  rootSyncs: 'rootsyncs',
  repoSyncs: 'reposyncs',
} as const

/** RootSyncs live here and only here (KNV1061 otherwise). */
export const ROOT_SYNC_NAMESPACE = 'config-management-system'

/** Our server-side apply field manager: we own spec.oci.image and nothing else. */
export const FIELD_MANAGER = 'configsync-oci'

/** The two kinds a rollout can point at a digest. */
export const SYNC_KIND = { root: 'RootSync', repo: 'RepoSync' } as const
/** RootSync or RepoSync. */
export type SyncKind = (typeof SYNC_KIND)[keyof typeof SYNC_KIND]

/** Which object to roll out: a RootSync (namespace fixed) or a RepoSync. */
export interface SyncRef {
  readonly kind: SyncKind
  readonly namespace: string
  readonly name: string
}

/** The labels `nomos status` gives an RSync (cmd/nomos/status/cluster_state.go), CONFIG-SYNC.md §2.3. */
export const SYNC_STATE = {
  synced: 'SYNCED',
  pending: 'PENDING',
  error: 'ERROR',
  stalled: 'STALLED',
  reconciling: 'RECONCILING',
} as const
/** One of the nomos labels. */
export type SyncState = (typeof SYNC_STATE)[keyof typeof SYNC_STATE]

/** An object an error names: `errorResources[]` of a ConfigSyncError. */
export interface ErrorResource {
  readonly sourcePath?: string
  readonly name?: string
  readonly namespace?: string
  readonly resourceGVK?: { readonly group?: string; readonly version?: string; readonly kind?: string }
}

/** `{code:"2009", errorMessage:"KNV2009: …", errorResources}` as the reconciler writes it. */
export interface ConfigSyncError {
  readonly code?: string
  readonly errorMessage?: string
  readonly errorResources?: readonly ErrorResource[]
}

/** Counts of errors, possibly more than the `errors` list carries. */
export interface ErrorSummary {
  readonly totalCount?: number
  readonly truncated?: boolean
  readonly errorCountAfterTruncation?: number
}

/** status.source / status.rendering / status.sync. */
export interface StageStatus {
  readonly ociStatus?: { readonly image?: string; readonly dir?: string }
  /** For OCI: the 64-hex manifest digest without `sha256:` (CONFIG-SYNC.md §1.5). */
  readonly commit?: string
  readonly errors?: readonly ConfigSyncError[]
  readonly errorSummary?: ErrorSummary
  readonly lastUpdate?: string
  /** status.rendering only: "Rendering succeeded", "Rendering skipped", … */
  readonly message?: string
}

/** One entry of status.conditions (Reconciling, Stalled, Syncing, …). */
export interface SyncCondition {
  readonly type?: string
  readonly status?: string
  readonly reason?: string
  readonly message?: string
  readonly commit?: string
  readonly errors?: readonly ConfigSyncError[]
  /** Syncing only: which of source/rendering/sync hold the errors. */
  readonly errorSourceRefs?: readonly string[]
  readonly errorSummary?: ErrorSummary
  readonly lastUpdateTime?: string
}

/** The status the reconciler-manager and the reconciler write. */
export interface SyncStatus {
  readonly observedGeneration?: number
  readonly reconciler?: string
  readonly lastSyncedCommit?: string
  readonly source?: StageStatus
  readonly rendering?: StageStatus
  readonly sync?: StageStatus
  readonly conditions?: readonly SyncCondition[]
}

/** spec.oci (ociconfig.go). */
export interface OciSpec {
  readonly image?: string
  readonly dir?: string
  readonly period?: string
  readonly auth?: string
  readonly gcpServiceAccountEmail?: string
  /** Config Sync 1.24+: the Secret (keys username, password) for auth token. */
  readonly secretRef?: { readonly name?: string }
  /** The Secret (key cert) with the registry's CA. */
  readonly caCertSecretRef?: { readonly name?: string }
}

/** A RootSync or RepoSync as read from the API server. */
export interface SyncObject {
  readonly apiVersion?: string
  readonly kind?: string
  readonly metadata: {
    readonly name?: string
    readonly namespace?: string
    readonly generation?: number
    readonly resourceVersion?: string
    readonly uid?: string
  }
  readonly spec?: {
    readonly sourceType?: string
    readonly sourceFormat?: string
    readonly oci?: OciSpec
  }
  readonly status?: SyncStatus
}
