/**
 * Config Sync's own kinds for the schema checks. Config Sync reads Repo,
 * HierarchyConfig, the selectors and Cluster itself and validates them with
 * its own rules (KNV codes), and the RootSync/RepoSync spec is checked by
 * the rsync rules (KNV1061); so these kinds never get the "no schema"
 * warning. The one schema check added here is the unknown-field check of a
 * RootSync's or RepoSync's `spec` and `spec.oci`, from a hand-written table of
 * the v1beta1 fields (../shared/CONFIG-SYNC.md §2.1; `secretRef` since 1.24):
 * a typo there (`spec.oci.imgae`) would otherwise be pruned by the API server.
 */
import { findUnknownFields, unknownFieldProblem, type FieldTable } from './field-table.ts'
import type { SchemaProblem } from './schema-errors.ts'

/** The groups whose kinds Config Sync defines (ResourceGroup: its inventory, kpt.dev). */
const CONFIG_SYNC_GROUPS: ReadonlySet<string> = new Set([
  'configsync.gke.io',
  'configmanagement.gke.io',
  'clusterregistry.k8s.io',
])
const CONFIG_SYNC_KINDS: ReadonlySet<string> = new Set(['kpt.dev/ResourceGroup'])

const RSYNC_TABLE: FieldTable = {
  kubernetes: '',
  kinds: {},
  validated: [],
  types: {
    RSync: { apiVersion: '', kind: '', metadata: '', spec: 'RSyncSpec', status: '' },
    // git, helm and override have many fields that vary between releases: only their presence is checked.
    RSyncSpec: { sourceType: '', sourceFormat: '', git: '', oci: 'Oci', helm: '', override: '' },
    Oci: {
      image: '',
      dir: '',
      period: '',
      auth: '',
      gcpServiceAccountEmail: '',
      secretRef: 'SecretReference',
      caCertSecretRef: 'SecretReference',
    },
    SecretReference: { name: '' },
  },
}
const RSYNC_KINDS: ReadonlySet<string> = new Set(['RootSync', 'RepoSync'])

/** True for a kind of Config Sync's own groups (or its ResourceGroup). */
export function isConfigSyncKind(group: string, kind: string): boolean {
  return CONFIG_SYNC_GROUPS.has(group) || CONFIG_SYNC_KINDS.has(`${group}/${kind}`)
}

/** The schema problems of a Config Sync object: unknown fields of a RootSync/RepoSync, nothing for the others. */
export function checkConfigSyncObject(
  group: string,
  kind: string,
  object: Readonly<Record<string, unknown>>,
): SchemaProblem[] {
  if (group !== 'configsync.gke.io' || !RSYNC_KINDS.has(kind)) return []
  return findUnknownFields(object, 'RSync', [], RSYNC_TABLE).map(unknownFieldProblem)
}
