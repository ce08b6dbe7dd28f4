import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseSyncScope, type SettingName } from '../manifests/validation-settings.ts'
import type { SyncScope } from '../manifests/validate.ts'
import { checkSyncRef, rootSyncRef } from '../rootsync/sync-ref.ts'
import { SYNC_KIND, type SyncRef } from '../rootsync/types.ts'
import {
  checkGcpServiceAccountEmail,
  defaultOciAuth,
  OCI_AUTH,
  type CreateSyncSpec,
} from '../rootsync/sync-patch.ts'
import { checkCaPem, syncSecretsOf, type SyncSecrets } from '../rootsync/sync-secrets.ts'
import { str, strs, UsageError, type CliIo } from './args.ts'

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
export function readClusterSelection(values: Readonly<Record<string, unknown>>): {
  kubeconfigs: string[]
  contexts: string[]
} {
  return {
    kubeconfigs: strs(values['kubeconfig']).map((file) => resolve(file)),
    contexts: strs(values['context']),
  }
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
  return scope.kind === 'root'
    ? rootSyncRef(scope.name)
    : { kind: SYNC_KIND.repo, namespace: scope.namespace, name: scope.name }
}

/** --sync-auth (default by registry) and --gcp-service-account-email, checked together: rollout and bootstrap read them alike. */
export function readSyncAuth(
  values: Readonly<Record<string, unknown>>,
  image: string,
  secrets?: SyncSecrets,
): Pick<CreateSyncSpec, 'auth' | 'gcpServiceAccountEmail' | 'secretRef' | 'caCertSecretRef'> {
  const authFlag = str(values['sync-auth'])
  const auth =
    authFlag === undefined
      ? secrets?.token !== undefined
        ? 'token'
        : defaultOciAuth(image)
      : OCI_AUTH.find((a) => a === authFlag)
  if (auth === undefined)
    throw new UsageError(`--sync-auth "${authFlag}" is not one of ${OCI_AUTH.join(', ')}`)
  const email = str(values['gcp-service-account-email'])
  if ((auth === 'gcpserviceaccount') !== (email !== undefined))
    throw new UsageError(
      '--gcp-service-account-email goes with --sync-auth gcpserviceaccount, and only with it',
    )
  if (email !== undefined) checkGcpServiceAccountEmail(email, '--gcp-service-account-email')
  return {
    auth,
    ...(email === undefined ? {} : { gcpServiceAccountEmail: email }),
    ...(secrets?.token === undefined ? {} : { secretRef: secrets.token.name }),
    ...(secrets?.caCert === undefined ? {} : { caCertSecretRef: secrets.caCert.name }),
  }
}

/** The token-auth and CA flags rollout and bootstrap share. The token is never an argument (ps would show it). */
export const SYNC_SECRET_FLAG_OPTIONS = {
  'sync-username': { type: 'string' },
  'sync-token-file': { type: 'string' },
  'sync-token-stdin': { type: 'boolean' },
  'sync-secret-name': { type: 'string' },
  'sync-ca-file': { type: 'string' },
  'sync-ca-secret-name': { type: 'string' },
  'restart-reconciler': { type: 'boolean' },
} as const

/** Their help lines. */
export const SYNC_SECRET_FLAGS_HELP = `  --sync-username USER   registry user name the cluster pulls with (auth token, Config Sync 1.24+)
  --sync-token-file FILE / --sync-token-stdin
                         the registry token the cluster pulls with (long-lived, read-only),
                         from a file or stdin; written to a Secret (keys username, password)
  --sync-secret-name NAME  that Secret, spec.oci.secretRef      (default SYNC-oci-token)
  --sync-ca-file FILE    the registry's CA (PEM) → a Secret (key cert), spec.oci.caCertSecretRef
  --sync-ca-secret-name NAME                                     (default SYNC-oci-ca)
  --restart-reconciler   restart the reconciler when a Secret it already read changed
`

/** --sync-username, the token (file or stdin), the Secret names, --sync-ca-file, --restart-reconciler. */
export async function readSyncSecretFlags(
  values: Readonly<Record<string, unknown>>,
  ref: SyncRef,
  io: CliIo,
): Promise<SyncSecrets | undefined> {
  const file = str(values['sync-token-file'])
  const stdin = values['sync-token-stdin'] === true
  if (file !== undefined && stdin)
    throw new UsageError('give the sync token once: --sync-token-file or --sync-token-stdin')
  if (stdin && (values['password-stdin'] === true || values['access-token-stdin'] === true)) {
    throw new UsageError(
      '--sync-token-stdin cannot share stdin with --password-stdin or --access-token-stdin',
      { hint: 'give the sync token with --sync-token-file FILE' },
    )
  }
  const token = stdin
    ? await io.readStdin()
    : file === undefined
      ? ''
      : await readText(resolve(file), '--sync-token-file')
  if ((stdin || file !== undefined) && token.trim() === '')
    throw new UsageError(`${stdin ? '--sync-token-stdin: stdin' : `--sync-token-file: ${file}`} was empty`)
  const caFile = str(values['sync-ca-file'])
  const caPem =
    caFile === undefined
      ? undefined
      : checkCaPem(await readText(resolve(caFile), '--sync-ca-file'), caFile, '--sync-ca-file')
  return syncSecretsOf(
    {
      auth: str(values['sync-auth']),
      username: str(values['sync-username']) ?? '',
      token: token.replace(/\r?\n$/, ''),
      secretName: str(values['sync-secret-name']) ?? '',
      ...(caPem === undefined ? {} : { caPem }),
      caSecretName: str(values['sync-ca-secret-name']) ?? '',
      restartReconciler: values['restart-reconciler'] === true,
    },
    ref,
    {
      auth: '--sync-auth',
      username: '--sync-username',
      token: stdin ? '--sync-token-stdin' : '--sync-token-file',
      secretName: '--sync-secret-name',
      caFile: '--sync-ca-file',
      caSecretName: '--sync-ca-secret-name',
    },
  )
}

async function readText(file: string, flag: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (error: unknown) {
    throw new UsageError(
      `${flag}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    )
  }
}
