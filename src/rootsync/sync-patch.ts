import { posix } from 'node:path'
import { ClusterError, InputError } from '../errors.ts'
import { parseImageReference } from '../registry/image-reference.ts'
import { describeSyncRef } from './sync-ref.ts'
import { CONFIG_SYNC_API, SYNC_KIND, type SyncObject, type SyncRef } from './types.ts'

/**
 * What a rollout writes to an RSync, built as plain data (CONFIG-SYNC.md
 * §2.1). The cluster adapter sends it; nothing here talks to a cluster.
 */

/** `spec.oci.auth` values (ociconfig.go); case-sensitive. */
export const OCI_AUTH = ['gcenode', 'gcpserviceaccount', 'k8sserviceaccount', 'none', 'token'] as const
/** One of OCI_AUTH. */
export type OciAuth = (typeof OCI_AUTH)[number]

/** How to create a missing RSync (`create-sync: true`). */
export interface CreateSyncSpec {
  readonly sourceFormat: 'unstructured' | 'hierarchy'
  /** `spec.oci.dir`: the directory inside the image, `.` for its root. */
  readonly dir: string
  readonly auth: OciAuth
  readonly gcpServiceAccountEmail?: string
  /** spec.oci.secretRef.name: the Secret with username and password (auth token only). */
  readonly secretRef?: string
  /** spec.oci.caCertSecretRef.name: the Secret with the registry's CA (key cert). */
  readonly caCertSecretRef?: string
}

/** One write: point an existing RSync at an image, or create it. */
export type SyncChange =
  | { readonly kind: 'apply-image'; readonly ref: SyncRef; readonly body: Record<string, unknown> }
  | { readonly kind: 'create'; readonly ref: SyncRef; readonly body: Record<string, unknown> }

/** The plan for one cluster: a change, or nothing because the RSync already names the image. */
export type SyncPlan = SyncChange | { readonly kind: 'unchanged' }

/** The 64-hex digest of `REPO[:TAG]@sha256:HEX`: what Config Sync reports as the commit (§1.5). */
export function digestHex(image: string): string {
  const digest = parseImageReference(image).digest
  if (digest === undefined) throw new InputError(`image "${image}" has no digest`)
  return digest.slice('sha256:'.length)
}

/** Throws unless `image` is a registry reference pinned by digest: a tag would be re-resolved every 15 s. */
export function requireRolloutImage(image: string): string {
  if (image.startsWith('oci-layout:')) {
    throw new InputError(`a rollout needs a registry image, but the artifact went to ${image}`, {
      hint: 'set image to a registry repository a cluster can pull, e.g. us-docker.pkg.dev/my-project/config/app',
    })
  }
  if (parseImageReference(image).digest === undefined) {
    throw new InputError(`a rollout needs a digest reference (REPO@sha256:…), got "${image}"`)
  }
  return image
}

/**
 * The server-side apply configuration that owns only spec.oci.image. The
 * resourceVersion makes it a precondition: if the object changed since we
 * read it (and so since we recorded its previous image), the server answers
 * 409 and we read again.
 */
export function buildImageApply(
  ref: SyncRef,
  image: string,
  resourceVersion?: string,
): Record<string, unknown> {
  return {
    apiVersion: `${CONFIG_SYNC_API.group}/${CONFIG_SYNC_API.version}`,
    kind: ref.kind,
    metadata: {
      name: ref.name,
      namespace: ref.namespace,
      ...(resourceVersion === undefined ? {} : { resourceVersion }),
    },
    spec: { oci: { image } },
  }
}

/** A whole RSync for `create-sync: true`: sourceType oci, the format, dir and auth. */
export function buildSyncObject(ref: SyncRef, image: string, spec: CreateSyncSpec): Record<string, unknown> {
  return {
    apiVersion: `${CONFIG_SYNC_API.group}/${CONFIG_SYNC_API.version}`,
    kind: ref.kind,
    metadata: { name: ref.name, namespace: ref.namespace },
    spec: {
      sourceType: 'oci',
      sourceFormat: spec.sourceFormat,
      oci: {
        image,
        dir: spec.dir,
        auth: spec.auth,
        ...(spec.gcpServiceAccountEmail === undefined
          ? {}
          : { gcpServiceAccountEmail: spec.gcpServiceAccountEmail }),
        ...(spec.secretRef === undefined ? {} : { secretRef: { name: spec.secretRef } }),
        ...(spec.caCertSecretRef === undefined ? {} : { caCertSecretRef: { name: spec.caCertSecretRef } }),
      },
    },
  }
}

/**
 * Decides the write for one cluster from what is there now. A missing RSync
 * is created only when `create` is given; an RSync that syncs from git or
 * helm is refused, because pointing spec.oci at an image would change nothing.
 */
export function planSyncChange(
  current: SyncObject | undefined,
  ref: SyncRef,
  image: string,
  create: CreateSyncSpec | undefined,
  cluster: string,
): SyncPlan {
  if (current === undefined) {
    if (create === undefined) {
      throw new ClusterError(`${describeSyncRef(ref)} does not exist in cluster ${cluster}`, {
        hint: 'create it first (README: "Roll out to a cluster"), or set create-sync: true to create it with sourceType oci',
      })
    }
    return { kind: 'create', ref, body: buildSyncObject(ref, image, create) }
  }
  const sourceType = current.spec?.sourceType ?? 'git'
  if (sourceType !== 'oci') {
    throw new ClusterError(
      `${describeSyncRef(ref)} in cluster ${cluster} syncs from ${sourceType} (spec.sourceType), not oci`,
      {
        hint: 'set spec.sourceType: oci and spec.oci.auth on it first; this action only changes spec.oci.image',
      },
    )
  }
  if (current.spec?.oci?.image === image) return { kind: 'unchanged' }
  return { kind: 'apply-image', ref, body: buildImageApply(ref, image, current.metadata.resourceVersion) }
}

/**
 * The auth a created RSync gets when `sync-auth` is empty: the reconciler's
 * own service account for Google registries, else none — Config Sync's
 * Google auth modes only send Google tokens (CONFIG-SYNC.md §1.6).
 */
export function defaultOciAuth(image: string): OciAuth {
  return isGoogleRegistry(parseImageReference(image).registry) ? 'k8sserviceaccount' : 'none'
}

/** Artifact Registry (*-docker.pkg.dev) and Container Registry (gcr.io, *.gcr.io). */
export function isGoogleRegistry(host: string): boolean {
  const name = host.replace(/:\d+$/, '')
  return name.endsWith('.pkg.dev') || name === 'gcr.io' || name.endsWith('.gcr.io')
}

/** RepoSyncs read only unstructured sources (CONFIG-SYNC.md §2.1). */
export function checkSourceFormat(
  ref: SyncRef,
  format: CreateSyncSpec['sourceFormat'],
  inputName: string,
): void {
  if (ref.kind === SYNC_KIND.repo && format !== 'unstructured') {
    throw new InputError(`${inputName} is "${format}", but a RepoSync reads only unstructured sources`, {
      hint: `set ${inputName}: unstructured`,
    })
  }
}

/** Local part of 6–30 characters, domain ending .iam.gserviceaccount.com (validGCPServiceAccountEmail). */
export function checkGcpServiceAccountEmail(email: string, inputName: string): void {
  const at = email.lastIndexOf('@')
  const local = email.slice(0, at)
  if (
    at < 0 ||
    local.length < 6 ||
    local.length > 30 ||
    !/^[a-z][a-z0-9-]*[a-z0-9]$/.test(local) ||
    !email.slice(at + 1).endsWith('.iam.gserviceaccount.com')
  ) {
    throw new InputError(
      `${inputName} "${email}" is not a Google service account email Config Sync accepts`,
      {
        hint: 'e.g. config-sync@my-project.iam.gserviceaccount.com (6–30 characters before the @)',
      },
    )
  }
}

/**
 * `spec.oci.dir` as Config Sync will use it: a leading / stripped and the
 * path cleaned (cmd/reconciler/main.go), `.` for the image root; a path
 * that leaves the image is an InputError naming the input.
 */
export function syncDirOf(value: string | undefined, inputName: string, example: string): string {
  const dir = posix.normalize((value ?? '').trim().replace(/^\/+/, '') || '.').replace(/(.)\/+$/, '$1')
  if (dir.split('/').includes('..'))
    throw new InputError(`${inputName} is "${dir}"; it must stay inside the image`, {
      hint: `e.g. ${example}`,
    })
  return dir
}
