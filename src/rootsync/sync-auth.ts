import { ClusterError } from '../errors.ts'
import type { Logger } from '../logger.ts'
import { describeSyncRef, reconcilerName } from './sync-ref.ts'
import {
  buildSecret,
  secretNamespace,
  secretPatch,
  TOKEN_AUTH_VERSION,
  type SecretOutcome,
  type SyncSecret,
  type SyncSecrets,
} from './sync-secrets.ts'
import type { RootSyncTarget, SyncAuthTarget } from './ports.ts'
import type { SyncObject, SyncRef } from './types.ts'

/**
 * The cluster half of token auth (Config Sync 1.24+): check that the
 * installed CRD accepts `spec.oci.auth: token`, create or update the
 * Secrets (idempotent: nothing is written when the values are equal), and
 * restart the reconciler when a Secret it already read changed — the
 * values reach oci-sync as environment variables at pod start
 * (CONFIG-SYNC.md §0). Rollout, bootstrap and previews share it.
 */

/** What happened to the Secrets of one RSync. */
export interface SyncSecretsResult {
  readonly token?: SecretOutcome
  readonly caCert?: SecretOutcome
  /** A Secret the running reconciler had read changed: it keeps the old values until it restarts. */
  readonly restartNeeded: boolean
  readonly restarted: boolean
}

/** Throws, naming the version needed, when the cluster's Config Sync predates `spec.oci.auth: token`. */
export async function requireTokenAuth(
  target: SyncAuthTarget,
  ref: SyncRef,
  cluster: string,
  logger: Logger,
): Promise<void> {
  const values = await target.ociAuthValues(ref.kind)
  if (values === undefined) {
    logger.warning(
      `${cluster}: could not read the ${ref.kind} CRD to check that it accepts spec.oci.auth: token (Config Sync ${TOKEN_AUTH_VERSION}+); going on`,
    )
    return
  }
  if (values.includes('token')) return
  throw new ClusterError(
    `cluster ${cluster} runs a Config Sync older than ${TOKEN_AUTH_VERSION}: its ${ref.kind} CRD allows spec.oci.auth ${values.join(', ')}, not token`,
    {
      hint: `upgrade Config Sync to ${TOKEN_AUTH_VERSION} or later for token auth; on an older release only Google registries (k8sserviceaccount, gcpserviceaccount, gcenode) or public images (none) can be pulled`,
    },
  )
}

/**
 * Creates or updates the RSync's Secrets. `existed`: the RSync was there
 * before, so its reconciler may be running with the old values.
 */
export async function writeSyncSecrets(
  target: SyncAuthTarget,
  ref: SyncRef,
  secrets: SyncSecrets,
  existed: boolean,
  cluster: string,
  logger: Logger,
): Promise<SyncSecretsResult> {
  const namespace = secretNamespace(ref)
  const token =
    secrets.token === undefined
      ? undefined
      : await writeSecret(target, namespace, secrets.token, cluster, logger)
  const caCert =
    secrets.caCert === undefined
      ? undefined
      : await writeSecret(target, namespace, secrets.caCert, cluster, logger)
  const restartNeeded = existed && (token === 'updated' || caCert === 'updated')
  if (!restartNeeded) return { ...optional({ token, caCert }), restartNeeded, restarted: false }
  const deployment = reconcilerName(ref)
  if (!secrets.restartReconciler) {
    logger.warning(
      `${cluster}: the reconciler of ${describeSyncRef(ref)} read the old Secret values at start and keeps them until it restarts: ` +
        `kubectl delete pod -n config-management-system -l app=reconciler,configsync.gke.io/deployment-name=${deployment} (or set restart-reconciler / --restart-reconciler)`,
    )
    return { ...optional({ token, caCert }), restartNeeded, restarted: false }
  }
  const deleted = await target.restartReconciler(deployment)
  logger.info(
    `${cluster}: restarted reconciler ${deployment} (${deleted} pod${deleted === 1 ? '' : 's'} deleted) so that it reads the new Secret values`,
  )
  return { ...optional({ token, caCert }), restartNeeded, restarted: deleted > 0 }
}

/** Conflicting writers get this many fresh reads. */
const MAX_ATTEMPTS = 5

async function writeSecret(
  target: SyncAuthTarget,
  namespace: string,
  secret: SyncSecret,
  cluster: string,
  logger: Logger,
): Promise<SecretOutcome> {
  const what = `${cluster}: Secret ${namespace}/${secret.name}`
  for (let attempt = 1; ; attempt++) {
    const current = await target.readSecret(namespace, secret.name)
    if (secret.data === undefined) {
      if (current === undefined)
        throw new ClusterError(`${what} does not exist`, {
          hint: 'create it, or give the values so that it is created',
        })
      return 'referenced'
    }
    try {
      if (current === undefined) {
        await target.createSecret(namespace, buildSecret(namespace, { name: secret.name, data: secret.data }))
        logger.info(`${what} created (keys ${Object.keys(secret.data).join(', ')})`)
        return 'created'
      }
      const patch = secretPatch(current, secret.data)
      if (patch === undefined) {
        logger.info(`${what} already holds these values; not written`)
        return 'unchanged'
      }
      await target.patchSecret(namespace, secret.name, patch)
      logger.info(`${what} updated (keys ${Object.keys(patch['data'] as object).join(', ')})`)
      return 'updated'
    } catch (error: unknown) {
      if (!(error instanceof ClusterError) || error.status !== 409 || attempt >= MAX_ATTEMPTS) throw error
      logger.info(`${what} changed while we wrote it; reading it again`)
    }
  }
}

/** The oci auth fields a sync wants: auth, secretRef.name, caCertSecretRef.name, gcpServiceAccountEmail. */
export interface OciAuthFields {
  readonly auth: string
  readonly secretRef?: string
  readonly caCertSecretRef?: string
  readonly gcpServiceAccountEmail?: string
}

/** The merge patch that gives an existing RSync these auth fields, or undefined when it has them. */
export function ociAuthPatch(
  current: SyncObject,
  wanted: OciAuthFields,
): Record<string, unknown> | undefined {
  const oci = current.spec?.oci ?? {}
  const have = {
    auth: oci.auth,
    secretRef: oci.secretRef?.name,
    caCertSecretRef: oci.caCertSecretRef?.name,
    gcpServiceAccountEmail: oci.gcpServiceAccountEmail,
  }
  const same =
    have.auth === wanted.auth &&
    have.secretRef === wanted.secretRef &&
    have.caCertSecretRef === wanted.caCertSecretRef &&
    have.gcpServiceAccountEmail === wanted.gcpServiceAccountEmail
  if (same) return undefined
  const resourceVersion = current.metadata.resourceVersion
  return {
    metadata: resourceVersion === undefined ? {} : { resourceVersion },
    spec: {
      oci: {
        auth: wanted.auth,
        // null removes a field left from an earlier setup.
        secretRef:
          wanted.secretRef === undefined
            ? have.secretRef === undefined
              ? undefined
              : null
            : { name: wanted.secretRef },
        caCertSecretRef:
          wanted.caCertSecretRef === undefined
            ? have.caCertSecretRef === undefined
              ? undefined
              : null
            : { name: wanted.caCertSecretRef },
        gcpServiceAccountEmail:
          wanted.gcpServiceAccountEmail ?? (have.gcpServiceAccountEmail === undefined ? undefined : null),
      },
    },
  }
}

function optional(outcomes: {
  token: SecretOutcome | undefined
  caCert: SecretOutcome | undefined
}): Pick<SyncSecretsResult, 'token' | 'caCert'> {
  return {
    ...(outcomes.token === undefined ? {} : { token: outcomes.token }),
    ...(outcomes.caCert === undefined ? {} : { caCert: outcomes.caCert }),
  }
}

/**
 * Before a rollout writes the image: the CRD check (auth token), the
 * Secrets, and, on an RSync that exists, the auth fields pointing at them
 * (a merge patch, so later image-only applies keep them). A missing RSync
 * gets them when it is created (CreateSyncSpec.secretRef).
 */
export async function prepareSyncAuth(
  target: RootSyncTarget,
  ref: SyncRef,
  secrets: SyncSecrets,
  logger: Logger,
): Promise<SyncSecretsResult> {
  const auth = target.syncAuth
  if (auth === undefined) throw new Error(`cluster ${target.cluster}: this target cannot write Secrets`)
  if (secrets.token !== undefined) await requireTokenAuth(auth, ref, target.cluster, logger)
  const current = await target.get(ref)
  const oci = current?.spec?.oci
  // The running reconciler reads a Secret only if the RSync already names it.
  const reads =
    oci !== undefined &&
    ((secrets.token !== undefined && oci.secretRef?.name === secrets.token.name) ||
      (secrets.caCert !== undefined && oci.caCertSecretRef?.name === secrets.caCert.name))
  const result = await writeSyncSecrets(auth, ref, secrets, reads, target.cluster, logger)
  if (current === undefined || (current.spec?.sourceType ?? 'git') !== 'oci') return result
  const wanted: OciAuthFields =
    secrets.token === undefined
      ? {
          auth: oci?.auth ?? 'none',
          ...opt('secretRef', oci?.secretRef?.name),
          ...opt('gcpServiceAccountEmail', oci?.gcpServiceAccountEmail),
          ...opt('caCertSecretRef', secrets.caCert?.name),
        }
      : {
          auth: 'token',
          secretRef: secrets.token.name,
          ...opt('caCertSecretRef', secrets.caCert?.name ?? oci?.caCertSecretRef?.name),
        }
  const patch = ociAuthPatch(current, wanted)
  if (patch === undefined) return result
  await auth.patchSync(ref, patch)
  const fields = [
    `auth ${oci?.auth ?? '(unset)'} → ${wanted.auth}`,
    wanted.secretRef === undefined ? '' : `secretRef ${wanted.secretRef}`,
    wanted.caCertSecretRef === undefined ? '' : `caCertSecretRef ${wanted.caCertSecretRef}`,
  ]
  logger.info(
    `${target.cluster}: ${describeSyncRef(ref)}: spec.oci ${fields.filter((f) => f !== '').join(', ')}`,
  )
  return result
}

function opt<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>)
}
