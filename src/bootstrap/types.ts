import type { PublishResult } from '../pipeline/publish.ts'
import type { ClusterRollout } from '../rootsync/rollout.ts'
import type { CreateSyncSpec } from '../rootsync/sync-patch.ts'
import type { SyncRef } from '../rootsync/types.ts'

/**
 * The data of a bootstrap (issue 9): the one-time setup of a cluster that
 * syncs from an OCI artifact, as a list of steps. Each step is planned from
 * what is there now ("current → desired"), then carried out unless it is a
 * dry run. Types only; behaviour is in plan.ts and bootstrap.ts.
 */

/** The steps, in the order they run (Google's guide: repository → identity → IAM → artifact → RootSync → wait). */
export const STEP = {
  repository: 'repository',
  readerBinding: 'reader-binding',
  workloadIdentityBinding: 'workload-identity-binding',
  artifact: 'artifact',
  sync: 'sync',
  wait: 'wait',
} as const
export type StepId = (typeof STEP)[keyof typeof STEP]

/** What a step has to do: make something, change something, nothing, or it does not apply. */
export type StepChange = 'create' | 'update' | 'none' | 'skip'

/** What a step did (or, in a dry run, `planned`); `failed` only for the wait, which reports instead of throwing. */
export type StepOutcome = 'created' | 'updated' | 'unchanged' | 'skipped' | 'synced' | 'failed' | 'planned'

/** One step, planned: the state found, the state wanted, and the equivalent commands. */
export interface StepPlan {
  readonly id: StepId
  readonly title: string
  readonly current: string
  readonly desired: string
  readonly change: StepChange
  /** The gcloud / kubectl commands that make the same change by hand. */
  readonly commands: readonly string[]
  /** The object written, as YAML (the RootSync/RepoSync). */
  readonly yaml?: string
  /** Why a step is skipped, or what the user must still do. */
  readonly note?: string
}

/** One step after it ran. */
export interface StepResult extends StepPlan {
  readonly outcome: StepOutcome
}

/** Who pulls the image: the reconciler's Kubernetes service account and the IAM principal for it. */
export interface ReconcilerIdentity {
  /** root-reconciler[-NAME] or ns-reconciler-NS[-NAME-LEN] (CONFIG-SYNC.md §3). */
  readonly ksaName: string
  /** Always config-management-system. */
  readonly ksaNamespace: string
  /** FLEET_HOST_PROJECT_ID.svc.id.goog */
  readonly workloadPool: string
  /** serviceAccount:POOL[config-management-system/KSA]: the KSA as an IAM member. */
  readonly ksaMember: string
  /** The member granted the reader role: the KSA (k8sserviceaccount) or the Google service account (gcpserviceaccount). */
  readonly readerMember?: string
}

/** An Artifact Registry repository: LOCATION-docker.pkg.dev/PROJECT/REPOSITORY. */
export interface RepositoryTarget {
  readonly project: string
  readonly location: string
  readonly repository: string
  /** projects/P/locations/L/repositories/R */
  readonly resource: string
  readonly description?: string
  readonly labels: Readonly<Record<string, string>>
}

/** Everything a bootstrap needs, read and checked by the entry point (CLI flags or action inputs). */
export interface BootstrapSettings {
  /** The image repository as given (no digest), e.g. us-docker.pkg.dev/p/config/app[:tag]. */
  readonly image: string
  /** Set when the image is on Artifact Registry: the repository the IAM steps work on. */
  readonly repository?: RepositoryTarget
  readonly ref: SyncRef
  /** sourceFormat, spec.oci.dir, spec.oci.auth and gcpServiceAccountEmail of the RSync. */
  readonly spec: CreateSyncSpec
  /** The project whose workload identity pool holds the reconciler's KSA. */
  readonly fleetHostProject: string
  /** Where fleetHostProject came from, for the plan ("--fleet-host-project", "the image's project"). */
  readonly fleetHostProjectSource: string
  /** The kubeconfig context, as the user named it (for the kubectl commands); absent: current context. */
  readonly context?: string
  readonly wait: boolean
  readonly timeoutMs: number
  readonly dryRun: boolean
}

/** What a bootstrap reports. */
export interface BootstrapReport {
  readonly dryRun: boolean
  readonly identity: ReconcilerIdentity
  readonly ref: SyncRef
  readonly cluster: string
  readonly steps: readonly StepResult[]
  /** Warnings found while planning (e.g. a RootSync name over 26 characters). */
  readonly warnings: readonly string[]
  /** REPO@sha256:… published (or, in a dry run, that would be). */
  readonly image?: string
  /** The publish step's result (in a dry run: packed, not pushed). */
  readonly published?: PublishResult
  /** The wait step's result: state, status and errors of the RSync, for the nomos-style block. */
  readonly rollout?: ClusterRollout
  /** True when every step is in place and the RSync synced (or, in a dry run, planning succeeded). */
  readonly ok: boolean
}
