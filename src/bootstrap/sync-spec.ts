import { posix } from 'node:path'
import { ClusterError } from '../errors.ts'
import type { CreateSyncSpec } from '../rootsync/sync-patch.ts'
import { describeSyncRef } from '../rootsync/sync-ref.ts'
import { SYNC_KIND, type SyncObject, type SyncRef } from '../rootsync/types.ts'

/**
 * The RootSync/RepoSync a bootstrap wants, compared field by field with the
 * one in the cluster (CONFIG-SYNC.md §2.1), and the JSON merge patch that
 * turns one into the other. A merge patch is an Update, not an Apply: a
 * later rollout's server-side apply of spec.oci.image alone (same field
 * manager) then never prunes the fields written here.
 */

/** One field that differs. */
export interface SyncDifference {
  readonly field: string
  readonly current: string
  readonly desired: string
}

/** The fields a bootstrap owns, as plain values ('' for unset). */
interface SyncFields {
  readonly 'spec.sourceType': string
  readonly 'spec.sourceFormat': string
  readonly 'spec.oci.image': string
  readonly 'spec.oci.dir': string
  readonly 'spec.oci.auth': string
  readonly 'spec.oci.gcpServiceAccountEmail': string
  readonly 'spec.oci.secretRef.name': string
  readonly 'spec.oci.caCertSecretRef.name': string
}

/** kubectl's resource name: rootsync or reposync. */
export function resourceOfRef(ref: SyncRef): string {
  return ref.kind === SYNC_KIND.root ? 'rootsync' : 'reposync'
}

/** The fields that differ between the RSync in the cluster and the wanted one; throws for a git or helm RSync. */
export function syncDifferences(
  current: SyncObject,
  ref: SyncRef,
  image: string,
  spec: CreateSyncSpec,
  cluster: string,
): SyncDifference[] {
  const sourceType = current.spec?.sourceType ?? 'git'
  if (sourceType !== 'oci') {
    throw new ClusterError(
      `${describeSyncRef(ref)} in cluster ${cluster} syncs from ${sourceType} (spec.sourceType); bootstrap does not switch an existing sync to oci`,
      {
        hint: `choose another name (--root-sync / --repo-sync), or change that ${ref.kind} yourself first`,
      },
    )
  }
  const have = fieldsOf(current, ref)
  const want = wantedFields(image, spec)
  return (Object.keys(want) as (keyof SyncFields)[])
    .filter((field) => have[field] !== want[field])
    .map((field) => ({ field, current: have[field] || '(unset)', desired: want[field] || '(unset)' }))
}

/** The merge patch that sets every differing field; the resourceVersion makes it conditional (409 when stale). */
export function syncMergePatch(
  current: SyncObject,
  image: string,
  spec: CreateSyncSpec,
): Record<string, unknown> {
  return {
    metadata: {
      ...(current.metadata.resourceVersion === undefined
        ? {}
        : { resourceVersion: current.metadata.resourceVersion }),
    },
    spec: {
      sourceType: 'oci',
      sourceFormat: spec.sourceFormat,
      oci: {
        image,
        dir: spec.dir,
        auth: spec.auth,
        // null removes an email left from an earlier gcpserviceaccount setup.
        gcpServiceAccountEmail:
          spec.gcpServiceAccountEmail ??
          (current.spec?.oci?.gcpServiceAccountEmail === undefined ? undefined : null),
        ...refField('secretRef', spec.secretRef, current.spec?.oci?.secretRef !== undefined),
        ...refField(
          'caCertSecretRef',
          spec.caCertSecretRef,
          current.spec?.oci?.caCertSecretRef !== undefined,
        ),
      },
    },
  }
}

/** `{ name }` to set a Secret reference, null to remove one that is there, nothing otherwise. */
function refField(
  key: string,
  name: string | undefined,
  present: boolean,
): Record<string, { name: string } | null> {
  if (name !== undefined) return { [key]: { name } }
  return present ? { [key]: null } : {}
}

/** "spec.oci.auth: none → k8sserviceaccount; …". */
export function describeDifferences(differences: readonly SyncDifference[]): string {
  return differences.map((d) => `${d.field}: ${d.current} → ${d.desired}`).join('; ')
}

function fieldsOf(object: SyncObject, ref: SyncRef): SyncFields {
  const oci = object.spec?.oci ?? {}
  // An empty sourceFormat means hierarchy for a RootSync, unstructured for a RepoSync (§2.1).
  const format = object.spec?.sourceFormat || (ref.kind === SYNC_KIND.root ? 'hierarchy' : 'unstructured')
  return {
    'spec.sourceType': object.spec?.sourceType ?? 'git',
    'spec.sourceFormat': format,
    'spec.oci.image': oci.image ?? '',
    'spec.oci.dir': normalizeDir(oci.dir),
    'spec.oci.auth': oci.auth ?? '',
    'spec.oci.gcpServiceAccountEmail': oci.gcpServiceAccountEmail ?? '',
    'spec.oci.secretRef.name': oci.secretRef?.name ?? '',
    'spec.oci.caCertSecretRef.name': oci.caCertSecretRef?.name ?? '',
  }
}

function wantedFields(image: string, spec: CreateSyncSpec): SyncFields {
  return {
    'spec.sourceType': 'oci',
    'spec.sourceFormat': spec.sourceFormat,
    'spec.oci.image': image,
    'spec.oci.dir': normalizeDir(spec.dir),
    'spec.oci.auth': spec.auth,
    'spec.oci.gcpServiceAccountEmail': spec.gcpServiceAccountEmail ?? '',
    'spec.oci.secretRef.name': spec.secretRef ?? '',
    'spec.oci.caCertSecretRef.name': spec.caCertSecretRef ?? '',
  }
}

/** Config Sync strips a leading / and cleans the path; the root is "." (cmd/reconciler/main.go). */
function normalizeDir(dir: string | undefined): string {
  const text = (dir ?? '').replace(/^\/+/, '')
  return text === '' ? '.' : posix.normalize(text).replace(/(.)\/+$/, '$1')
}
