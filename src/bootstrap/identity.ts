import { InputError } from '../errors.ts'
import type { OciAuth } from '../rootsync/sync-patch.ts'
import { reconcilerName } from '../rootsync/sync-ref.ts'
import { ROOT_SYNC_NAMESPACE, SYNC_KIND, type SyncRef } from '../rootsync/types.ts'
import type { ReconcilerIdentity } from './types.ts'

/**
 * The reconciler's identity, computed as Config Sync computes it
 * (CONFIG-SYNC.md §3): its Kubernetes service account is named like the
 * reconciler Deployment and lives in config-management-system; workload
 * identity makes it the IAM member
 * serviceAccount:FLEET_HOST_PROJECT_ID.svc.id.goog[config-management-system/KSA].
 */

/** The role that lets the reconciler pull from a repository. */
export const READER_ROLE = 'roles/artifactregistry.reader'
/** The role that lets a KSA impersonate a Google service account. */
export const WORKLOAD_IDENTITY_USER_ROLE = 'roles/iam.workloadIdentityUser'
/** The RootSync name length Google's documentation states (Config Sync itself enforces 38). */
export const DOCUMENTED_ROOT_SYNC_NAME = 26

// A Google Cloud project ID (6–30 chars), optionally domain-scoped (example.com:my-project).
const PROJECT_ID = /^(?:[a-z0-9.-]+:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/

/** The identity for `ref`; `gcpServiceAccountEmail` with auth gcpserviceaccount. */
export function reconcilerIdentity(
  ref: SyncRef,
  fleetHostProject: string,
  auth: OciAuth,
  gcpServiceAccountEmail?: string,
): ReconcilerIdentity {
  const ksaName = reconcilerName(ref)
  const workloadPool = `${fleetHostProject}.svc.id.goog`
  const ksaMember = `serviceAccount:${workloadPool}[${ROOT_SYNC_NAMESPACE}/${ksaName}]`
  const readerMember =
    auth === 'k8sserviceaccount'
      ? ksaMember
      : auth === 'gcpserviceaccount' && gcpServiceAccountEmail !== undefined
        ? `serviceAccount:${gcpServiceAccountEmail}`
        : undefined
  return {
    ksaName,
    ksaNamespace: ROOT_SYNC_NAMESPACE,
    workloadPool,
    ksaMember,
    ...(readerMember === undefined ? {} : { readerMember }),
  }
}

/** Throws unless `project` looks like a Google Cloud project ID. `label` names the flag or input. */
export function checkProjectId(project: string, label: string, example: string): string {
  if (!PROJECT_ID.test(project)) {
    throw new InputError(`${label} is "${project}", which is not a Google Cloud project ID`, {
      hint: `the project ID of the fleet host project (6–30 lowercase letters, digits and hyphens), e.g. ${example}`,
    })
  }
  return project
}

/**
 * Names Config Sync accepts but that still trip someone: a RootSync name
 * over the 26 characters Google's documentation states (older releases
 * fail on the inventory label with KNV2009; current ones accept 38).
 */
export function nameWarnings(ref: SyncRef): string[] {
  if (ref.kind !== SYNC_KIND.root || ref.name.length <= DOCUMENTED_ROOT_SYNC_NAME) return []
  return [
    `RootSync name "${ref.name}" is ${ref.name.length} characters: current Config Sync accepts up to 38, ` +
      `but Google's documentation and older releases allow at most ${DOCUMENTED_ROOT_SYNC_NAME}, where a longer name fails to sync (KNV2009 on the inventory label)`,
  ]
}
