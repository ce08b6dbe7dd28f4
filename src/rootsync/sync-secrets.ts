import { InputError } from '../errors.ts'
import { SYNC_KIND, ROOT_SYNC_NAMESPACE, type SyncRef } from './types.ts'

/**
 * The Secrets a RootSync/RepoSync reads for `spec.oci.auth: token` and
 * `spec.oci.caCertSecretRef` (Config Sync 1.24+, CONFIG-SYNC.md §0, §1.6),
 * as plain data. The token Secret holds the keys `username` and `password`;
 * the CA Secret the key `cert`. A RootSync's Secrets live in
 * config-management-system, a RepoSync's in its own namespace. The values
 * are never printed: only names, namespaces and key names are.
 */

/** The first Config Sync release whose CRD accepts `spec.oci.auth: token`. */
export const TOKEN_AUTH_VERSION = '1.24.0'

/** The keys Config Sync reads. */
export const SECRET_KEYS = { username: 'username', password: 'password', cert: 'cert' } as const

/** The label our Secrets carry, so that a human sees who wrote them. */
export const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'configsync-oci' } as const

/** One Secret to point at, with the values to write (absent: it exists already and is not ours to write). */
export interface SyncSecret {
  readonly name: string
  readonly data?: Readonly<Record<string, string>>
}

/** The Secrets of one RSync: `spec.oci.secretRef` (auth token) and `spec.oci.caCertSecretRef`. */
export interface SyncSecrets {
  readonly token?: SyncSecret
  readonly caCert?: SyncSecret
  /** Restart the reconciler when a Secret it already read changed (it reads them only at start). */
  readonly restartReconciler: boolean
}

/** What happened to one Secret. */
export type SecretOutcome = 'created' | 'updated' | 'unchanged' | 'referenced'

/** A Secret as read back: only what we compare. */
export interface SecretObject {
  readonly metadata?: { readonly resourceVersion?: string }
  readonly type?: string
  readonly data?: Readonly<Record<string, string>>
}

/** Where the Secrets of `ref` must live: config-management-system for a RootSync, the RepoSync's own namespace. */
export function secretNamespace(ref: SyncRef): string {
  return ref.kind === SYNC_KIND.root ? ROOT_SYNC_NAMESPACE : ref.namespace
}

/** The token Secret's data: `username` and `password` (a registry password or access token). */
export function tokenSecretData(username: string, token: string): Record<string, string> {
  return { [SECRET_KEYS.username]: username, [SECRET_KEYS.password]: token }
}

/** The CA Secret's data: `cert`, the PEM. */
export function caCertSecretData(pem: string): Record<string, string> {
  return { [SECRET_KEYS.cert]: pem }
}

/** A new Opaque Secret (kubectl create secret generic's shape), values base64 in `data`. */
export function buildSecret(namespace: string, secret: Required<SyncSecret>): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: secret.name, namespace, labels: { ...MANAGED_BY } },
    type: 'Opaque',
    data: encodeData(secret.data),
  }
}

/**
 * The merge patch that gives an existing Secret our keys, or undefined when
 * it already holds exactly these values (then nothing is written). Other
 * keys and the Secret's type stay as they are; the resourceVersion makes
 * the write conditional.
 */
export function secretPatch(
  current: SecretObject,
  data: Readonly<Record<string, string>>,
): Record<string, unknown> | undefined {
  const have = current.data ?? {}
  const wanted = encodeData(data)
  const changed = Object.entries(wanted).filter(([key, value]) => have[key] !== value)
  if (changed.length === 0) return undefined
  const resourceVersion = current.metadata?.resourceVersion
  return {
    metadata: resourceVersion === undefined ? {} : { resourceVersion },
    data: Object.fromEntries(changed),
  }
}

function encodeData(data: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, Buffer.from(value, 'utf8').toString('base64')]),
  )
}

/** A Secret name: a DNS-1123 subdomain (lowercase letters, digits, '-' and '.'; at most 253). */
export function checkSecretName(name: string, inputName: string, example: string): string {
  const text = name.trim()
  if (
    text.length === 0 ||
    text.length > 253 ||
    !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(text)
  ) {
    throw new InputError(
      `${inputName} "${text}" is not a valid Secret name (lowercase letters, digits, '-' and '.', at most 253 characters)`,
      { hint: `e.g. ${example}` },
    )
  }
  return text
}

/** The default Secret names: NAME-oci-token and NAME-oci-ca, after the RSync. */
export function defaultSecretName(ref: SyncRef, purpose: 'token' | 'ca'): string {
  return `${ref.name}-oci-${purpose}`
}

/** Checks a registry user name and token as read; neither value is ever quoted in a message. */
export function checkTokenCredentials(
  username: string,
  token: string,
  names: { readonly username: string; readonly token: string },
): void {
  if (username.trim() === '')
    throw new InputError(
      `${names.token} is set, but ${names.username} is empty: Config Sync sends both as HTTP Basic credentials`,
      { hint: `set ${names.username} (for GHCR: the account that owns the token)` },
    )
  if (/[\r\n]/.test(username)) throw new InputError(`${names.username} contains a line break`)
  if (token === '')
    throw new InputError(`${names.token} is empty`, {
      hint: 'give a long-lived read-only token (for GHCR: a personal access token with read:packages)',
    })
  if (/[\r\n]/.test(token))
    throw new InputError(
      `${names.token} contains a line break inside it (only a trailing newline is removed)`,
    )
}

/** A CA file's content must be PEM certificates. */
export function checkCaPem(pem: string, file: string, inputName: string): string {
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
    throw new InputError(`${inputName}: ${file} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`, {
      hint: 'give the registry CA certificate in PEM form',
    })
  }
  return pem
}

/** The token and CA settings as an entry point read them (action inputs or CLI flags). */
export interface SyncAuthValues {
  /** sync-auth as given, undefined when empty. */
  readonly auth: string | undefined
  readonly username: string
  /** The token itself ('' when not given); never printed. */
  readonly token: string
  /** '' for the default (NAME-oci-token). */
  readonly secretName: string
  /** The CA PEM, when a CA file was given. */
  readonly caPem?: string
  /** '' for the default (NAME-oci-ca). */
  readonly caSecretName: string
  readonly restartReconciler: boolean
}

/** How the entry point names them in messages: 'input "sync-token"' or '--sync-token-file'. */
export interface SyncAuthNames {
  readonly auth: string
  readonly username: string
  readonly token: string
  readonly secretName: string
  readonly caFile: string
  readonly caSecretName: string
}

/**
 * The Secrets to write for `ref`, or undefined when neither token auth nor
 * a CA is asked for. A token means auth token (sync-auth empty or token);
 * auth token without a token points secretRef at a Secret that must exist.
 */
export function syncSecretsOf(
  values: SyncAuthValues,
  ref: SyncRef,
  names: SyncAuthNames,
): SyncSecrets | undefined {
  const tokenAuth = values.auth === 'token' || (values.auth === undefined && values.token !== '')
  if (values.token !== '' && !tokenAuth) {
    throw new InputError(
      `${names.token} is set, but ${names.auth} is ${values.auth}: the token is used only with auth token`,
      { hint: `drop ${names.auth}, or set it to token` },
    )
  }
  if (values.username.trim() !== '' && values.token === '')
    throw new InputError(`${names.username} is set without ${names.token}`, {
      hint: `give both, or neither to use an existing Secret (${names.secretName})`,
    })
  if (!tokenAuth && values.secretName.trim() !== '')
    throw new InputError(
      `${names.secretName} is used only with auth token (${names.auth} is ${values.auth ?? 'empty'})`,
    )
  if (values.caPem === undefined && values.caSecretName.trim() !== '')
    throw new InputError(`${names.caSecretName} is used only with ${names.caFile}`)
  if (values.token !== '') checkTokenCredentials(values.username, values.token, names)
  const tokenName =
    values.secretName.trim() === ''
      ? defaultSecretName(ref, 'token')
      : checkSecretName(values.secretName, names.secretName, `${names.secretName} ghcr-pull`)
  const caName =
    values.caSecretName.trim() === ''
      ? defaultSecretName(ref, 'ca')
      : checkSecretName(values.caSecretName, names.caSecretName, `${names.caSecretName} registry-ca`)
  const token: SyncSecret | undefined = !tokenAuth
    ? undefined
    : values.token === ''
      ? { name: tokenName }
      : { name: tokenName, data: tokenSecretData(values.username.trim(), values.token) }
  const caCert: SyncSecret | undefined =
    values.caPem === undefined ? undefined : { name: caName, data: caCertSecretData(values.caPem) }
  if (token === undefined && caCert === undefined) return undefined
  return {
    ...(token === undefined ? {} : { token }),
    ...(caCert === undefined ? {} : { caCert }),
    restartReconciler: values.restartReconciler,
  }
}

/** The spec fields a created RSync gets from its Secrets. */
export function secretRefsOf(secrets: SyncSecrets | undefined): {
  secretRef?: string
  caCertSecretRef?: string
} {
  return {
    ...(secrets?.token === undefined ? {} : { secretRef: secrets.token.name }),
    ...(secrets?.caCert === undefined ? {} : { caCertSecretRef: secrets.caCert.name }),
  }
}
