import { resolve } from 'node:path'
import { parseSyncScope, type SettingName } from '../manifests/validation-settings.ts'
import type { SyncScope } from '../manifests/validate.ts'
import { checkSyncRef, rootSyncRef } from '../rootsync/sync-ref.ts'
import { SYNC_KIND, type SyncRef } from '../rootsync/types.ts'
import { checkGcpServiceAccountEmail, defaultOciAuth, OCI_AUTH, type CreateSyncSpec } from '../rootsync/sync-patch.ts'
import { str, strs, UsageError } from './args.ts'

/** The flags `status` and `rollout` share: which clusters and which RSyncs. */
export const CLUSTER_FLAG_OPTIONS = {
  kubeconfig: { type: 'string', multiple: true },
  context: { type: 'string', multiple: true },
  'root-sync': { type: 'string', multiple: true },
  'repo-sync': { type: 'string', multiple: true },
} as const

/** Their help lines. */
export const CLUSTER_FLAGS_HELP = `  --kubeconfig FILE      kubeconfig file; repeatable (one cluster per file, its
                         current context). Default: KUBECONFIG, ~/.kube/config,
                         or the pod's service account
  --context NAME         kubeconfig context to use; repeatable (one cluster each)
  --root-sync NAME       the RootSync (in config-management-system)      (default root-sync)
  --repo-sync NS/NAME    a RepoSync instead
`

/** Kubeconfig files (absolute) and contexts. */
export function readClusterSelection(values: Readonly<Record<string, unknown>>): { kubeconfigs: string[]; contexts: string[] } {
  return { kubeconfigs: strs(values['kubeconfig']).map((file) => resolve(file)), contexts: strs(values['context']) }
}

/** Every --root-sync and --repo-sync, checked against Config Sync's name rules; none means RootSync root-sync. */
export function readSyncRefs(values: Readonly<Record<string, unknown>>): SyncRef[] {
  const refs = [
    ...strs(values['root-sync']).map((name) => refOf(parseSyncScope(name, undefined, names))),
    ...strs(values['repo-sync']).map((text) => refOf(parseSyncScope(undefined, text, names))),
  ]
  for (const ref of refs) checkSyncRef(ref, ref.kind === SYNC_KIND.root ? '--root-sync' : '--repo-sync')
  return refs.length > 0 ? refs : [rootSyncRef('root-sync')]
}

const flag = (name: string): SettingName => ({ label: `--${name}`, example: (value) => `--${name} ${value}` })
const names = { rootSync: flag('root-sync'), repoSync: flag('repo-sync') }

function refOf(scope: SyncScope): SyncRef {
  return scope.kind === 'root' ? rootSyncRef(scope.name) : { kind: SYNC_KIND.repo, namespace: scope.namespace, name: scope.name }
}

/** --sync-auth (default by registry) and --gcp-service-account-email, checked together: rollout and bootstrap read them alike. */
export function readSyncAuth(values: Readonly<Record<string, unknown>>, image: string): Pick<CreateSyncSpec, 'auth' | 'gcpServiceAccountEmail'> {
  const authFlag = str(values['sync-auth'])
  const auth = authFlag === undefined ? defaultOciAuth(image) : OCI_AUTH.find((a) => a === authFlag)
  if (auth === undefined) throw new UsageError(`--sync-auth "${authFlag}" is not one of ${OCI_AUTH.join(', ')}`)
  const email = str(values['gcp-service-account-email'])
  if ((auth === 'gcpserviceaccount') !== (email !== undefined)) throw new UsageError('--gcp-service-account-email goes with --sync-auth gcpserviceaccount, and only with it')
  if (email !== undefined) checkGcpServiceAccountEmail(email, '--gcp-service-account-email')
  return { auth, ...(email === undefined ? {} : { gcpServiceAccountEmail: email }) }
}
