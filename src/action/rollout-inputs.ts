import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { InputError } from '../errors.ts'
import type { SyncScope } from '../manifests/validate.ts'
import { parseDuration } from '../rootsync/duration.ts'
import {
  checkGcpServiceAccountEmail,
  checkSourceFormat,
  defaultOciAuth,
  OCI_AUTH,
  syncDirOf,
  type CreateSyncSpec,
  type OciAuth,
} from '../rootsync/sync-patch.ts'
import { checkSyncRef, rootSyncRef } from '../rootsync/sync-ref.ts'
import { checkCaPem, secretRefsOf, syncSecretsOf, type SyncSecrets } from '../rootsync/sync-secrets.ts'
import { SYNC_KIND, type SyncRef } from '../rootsync/types.ts'
import { lines, parseBoolean, type InputReader } from './inputs.ts'
import { readValidationInputs, VALIDATION_INPUT } from './validation-inputs.ts'
import type { RolloutInputs } from '../settings/sections.ts'

/**
 * The rollout's inputs. Which RSync to point at the pushed digest is not an
 * input of its own: it is the `root-sync` / `repo-sync` input that already
 * tells validation which sync reads the directory (and `source-format` is
 * what a created RSync gets), so one declaration serves both.
 */
export const ROLLOUT_INPUT = {
  rollout: 'rollout',
  kubeconfig: 'kubeconfig',
  contexts: 'contexts',
  canaryContexts: 'canary-contexts',
  concurrency: 'concurrency',
  createSync: 'create-sync',
  syncDir: 'sync-dir',
  syncAuth: 'sync-auth',
  gcpServiceAccountEmail: 'gcp-service-account-email',
  syncUsername: 'sync-username',
  syncToken: 'sync-token',
  syncSecretName: 'sync-secret-name',
  syncCaFile: 'sync-ca-file',
  syncCaSecretName: 'sync-ca-secret-name',
  restartReconciler: 'restart-reconciler',
  wait: 'wait',
  waitTimeout: 'wait-timeout',
  rollbackOnFailure: 'rollback-on-failure',
} as const

/** At most this many clusters at once; the runner has 2 cores and each poll is a request. */
const MAX_CONCURRENCY = 50

/** Reads the rollout inputs; `image` (the image input) picks the default sync-auth. */
export function readRolloutInputs(
  read: InputReader,
  workspace: string,
  image: string,
  mask: (secret: string) => void,
): RolloutInputs {
  const enabled = parseBoolean(read(ROLLOUT_INPUT.rollout), ROLLOUT_INPUT.rollout)
  const { validation } = readValidationInputs(read, workspace)
  const ref = syncRefOf(validation.scope)
  checkSyncRef(
    ref,
    ref.kind === SYNC_KIND.root
      ? `input "${VALIDATION_INPUT.rootSync}"`
      : `input "${VALIDATION_INPUT.repoSync}"`,
  )
  const wait = booleanOr(read(ROLLOUT_INPUT.wait), ROLLOUT_INPUT.wait, true)
  const canaries = lines(read(ROLLOUT_INPUT.canaryContexts))
  if (canaries.length > 0 && !wait) {
    throw new InputError(
      `input "${ROLLOUT_INPUT.canaryContexts}" needs "${ROLLOUT_INPUT.wait}: true": the other clusters wait for the canaries to sync`,
    )
  }
  const secrets = readSyncSecrets(read, workspace, ref, mask)
  const createSync = parseBoolean(read(ROLLOUT_INPUT.createSync), ROLLOUT_INPUT.createSync)
  const create = createSync
    ? readCreateSpec(read, ref, validation.sourceFormat ?? 'unstructured', image, secrets)
    : undefined
  return {
    enabled,
    ref,
    selection: {
      kubeconfigs: lines(read(ROLLOUT_INPUT.kubeconfig)).map((file) => resolve(workspace, file)),
      contexts: lines(read(ROLLOUT_INPUT.contexts)),
    },
    canaries,
    concurrency: parseConcurrency(read(ROLLOUT_INPUT.concurrency)),
    ...(create === undefined ? {} : { create }),
    ...(secrets === undefined ? {} : { secrets }),
    wait,
    timeoutMs: parseDuration(read(ROLLOUT_INPUT.waitTimeout) || '5m', ROLLOUT_INPUT.waitTimeout),
    rollbackOnFailure: parseBoolean(read(ROLLOUT_INPUT.rollbackOnFailure), ROLLOUT_INPUT.rollbackOnFailure),
  }
}

function syncRefOf(scope: SyncScope | undefined): SyncRef {
  if (scope === undefined) return rootSyncRef('root-sync')
  return scope.kind === 'root'
    ? rootSyncRef(scope.name)
    : { kind: SYNC_KIND.repo, namespace: scope.namespace, name: scope.name }
}

/** sync-dir, sync-auth (empty: by registry), gcp-service-account-email, and the source format. */
function readCreateSpec(
  read: InputReader,
  ref: SyncRef,
  sourceFormat: CreateSyncSpec['sourceFormat'],
  image: string,
  secrets: SyncSecrets | undefined,
): CreateSyncSpec {
  checkSourceFormat(ref, sourceFormat, `input "${VALIDATION_INPUT.sourceFormat}"`)
  const dir = syncDirOf(
    read(ROLLOUT_INPUT.syncDir),
    `input "${ROLLOUT_INPUT.syncDir}"`,
    `${ROLLOUT_INPUT.syncDir}: .`,
  )
  const authText = read(ROLLOUT_INPUT.syncAuth).trim()
  const auth =
    authText === '' ? (secrets?.token !== undefined ? 'token' : defaultAuth(image)) : parseAuth(authText)
  const email = read(ROLLOUT_INPUT.gcpServiceAccountEmail).trim()
  if (auth === 'gcpserviceaccount' && email === '') {
    throw new InputError(
      `"${ROLLOUT_INPUT.syncAuth}: gcpserviceaccount" needs input "${ROLLOUT_INPUT.gcpServiceAccountEmail}"`,
      {
        hint: `e.g. ${ROLLOUT_INPUT.gcpServiceAccountEmail}: config-sync@my-project.iam.gserviceaccount.com`,
      },
    )
  }
  if (email !== '' && auth !== 'gcpserviceaccount') {
    throw new InputError(
      `input "${ROLLOUT_INPUT.gcpServiceAccountEmail}" is used only with "${ROLLOUT_INPUT.syncAuth}: gcpserviceaccount" (it is ${auth})`,
    )
  }
  if (email !== '') checkGcpServiceAccountEmail(email, `input "${ROLLOUT_INPUT.gcpServiceAccountEmail}"`)
  return {
    sourceFormat,
    dir,
    auth,
    ...(email === '' ? {} : { gcpServiceAccountEmail: email }),
    ...secretRefsOf(secrets),
  }
}

/**
 * sync-username and sync-token (masked the moment they are read), the
 * Secret names, sync-ca-file and restart-reconciler. The token's Secret is
 * what the cluster pulls with, not the push credentials: for GHCR a
 * long-lived read-only token, never the workflow's GITHUB_TOKEN.
 */
function readSyncSecrets(
  read: InputReader,
  workspace: string,
  ref: SyncRef,
  mask: (secret: string) => void,
): SyncSecrets | undefined {
  const token = read(ROLLOUT_INPUT.syncToken).replace(/\r?\n$/, '')
  if (token !== '') mask(token)
  const caFile = read(ROLLOUT_INPUT.syncCaFile).trim()
  const authText = read(ROLLOUT_INPUT.syncAuth).trim()
  if (authText !== '') parseAuth(authText)
  return syncSecretsOf(
    {
      auth: authText === '' ? undefined : authText,
      username: read(ROLLOUT_INPUT.syncUsername),
      token,
      secretName: read(ROLLOUT_INPUT.syncSecretName),
      ...(caFile === '' ? {} : { caPem: readCaFile(resolve(workspace, caFile)) }),
      caSecretName: read(ROLLOUT_INPUT.syncCaSecretName),
      restartReconciler: parseBoolean(read(ROLLOUT_INPUT.restartReconciler), ROLLOUT_INPUT.restartReconciler),
    },
    ref,
    {
      auth: `input "${ROLLOUT_INPUT.syncAuth}"`,
      username: `input "${ROLLOUT_INPUT.syncUsername}"`,
      token: `input "${ROLLOUT_INPUT.syncToken}"`,
      secretName: `input "${ROLLOUT_INPUT.syncSecretName}"`,
      caFile: `input "${ROLLOUT_INPUT.syncCaFile}"`,
      caSecretName: `input "${ROLLOUT_INPUT.syncCaSecretName}"`,
    },
  )
}

function readCaFile(file: string): string {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error: unknown) {
    throw new InputError(
      `input "${ROLLOUT_INPUT.syncCaFile}": cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    )
  }
  return checkCaPem(text, file, `input "${ROLLOUT_INPUT.syncCaFile}"`)
}

function parseAuth(text: string): OciAuth {
  const auth = OCI_AUTH.find((a) => a === text)
  if (auth === undefined)
    throw new InputError(
      `input "${ROLLOUT_INPUT.syncAuth}" is "${text}", expected one of ${OCI_AUTH.join(', ')}`,
      {
        hint: `e.g. ${ROLLOUT_INPUT.syncAuth}: token (any registry, Config Sync 1.24+), or k8sserviceaccount (Google registries)`,
      },
    )
  return auth
}

function defaultAuth(image: string): OciAuth {
  try {
    return defaultOciAuth(image)
  } catch {
    return 'none'
  }
}

function parseConcurrency(text: string): number {
  const value = text.trim() === '' ? 3 : Number(text.trim())
  if (!Number.isInteger(value) || value < 1 || value > MAX_CONCURRENCY) {
    throw new InputError(
      `input "${ROLLOUT_INPUT.concurrency}" is "${text}", expected a whole number from 1 to ${MAX_CONCURRENCY}`,
      { hint: `e.g. ${ROLLOUT_INPUT.concurrency}: 3` },
    )
  }
  return value
}

function booleanOr(value: string, name: string, fallback: boolean): boolean {
  return value.trim() === '' ? fallback : parseBoolean(value, name)
}
