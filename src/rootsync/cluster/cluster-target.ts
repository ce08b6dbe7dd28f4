import { ClusterError } from '../../errors.ts'
import type { RootSyncTarget } from '../ports.ts'
import type { SyncChange } from '../sync-patch.ts'
import { CONFIG_SYNC_API, FIELD_MANAGER, type SyncObject, type SyncRef } from '../types.ts'
import { apiError, resourceOf } from './api-errors.ts'
import { DEFAULT_HTTP, kubeRequest, type KubeHttpOptions, type KubeResponse } from './kube-http.ts'
import type { ClusterEndpoint } from './kubeconfig.ts'
import { ClusterSyncAuthTarget } from './sync-auth-target.ts'

/** The media type of a server-side apply patch (JSON is YAML, so we send JSON). */
export const APPLY_PATCH = 'application/apply-patch+yaml'

/**
 * RootSyncTarget on a real cluster: a discovery check that Config Sync is
 * installed (once), GET, server-side apply of spec.oci.image with our field
 * manager and force (we take over that one field from kubectl or whoever
 * set it), and POST for create-sync (a create, so that later image-only
 * applies never prune the fields it set).
 */
export class ClusterRootSyncTarget implements RootSyncTarget {
  readonly cluster: string
  readonly syncAuth: ClusterSyncAuthTarget
  private readonly endpoint: ClusterEndpoint
  private readonly http: KubeHttpOptions
  private installed = false

  constructor(endpoint: ClusterEndpoint, http: KubeHttpOptions = DEFAULT_HTTP) {
    this.endpoint = endpoint
    this.cluster = endpoint.name
    this.http = http
    this.syncAuth = new ClusterSyncAuthTarget(endpoint, http)
  }

  async get(ref: SyncRef): Promise<SyncObject | undefined> {
    await this.checkInstalled(ref)
    const response = await kubeRequest(this.endpoint, { method: 'GET', path: objectPath(ref) }, this.http)
    if (response.status === 404) return undefined
    if (response.status !== 200) throw apiError(response, { cluster: this.cluster, verb: 'get', ref })
    return parseSyncObject(response, this.cluster)
  }

  async apply(change: SyncChange): Promise<SyncObject> {
    await this.checkInstalled(change.ref)
    const create = change.kind === 'create'
    const response = await kubeRequest(
      this.endpoint,
      create
        ? {
            method: 'POST',
            path: collectionPath(change.ref),
            query: { fieldManager: FIELD_MANAGER },
            body: change.body,
          }
        : {
            method: 'PATCH',
            path: objectPath(change.ref),
            query: { fieldManager: FIELD_MANAGER, force: 'true' },
            body: change.body,
            contentType: APPLY_PATCH,
          },
      this.http,
    )
    if (response.status === 404 && !create) {
      throw new ClusterError(
        `${change.ref.kind} ${change.ref.namespace}/${change.ref.name} was deleted from cluster ${this.cluster} while we patched it`,
        { status: 404 },
      )
    }
    if (response.status !== 200 && response.status !== 201)
      throw apiError(response, { cluster: this.cluster, verb: create ? 'create' : 'patch', ref: change.ref })
    return parseSyncObject(response, this.cluster)
  }

  /** GET /apis/configsync.gke.io: a 404 means the CRDs (Config Sync) are not installed. */
  private async checkInstalled(ref: SyncRef): Promise<void> {
    if (this.installed) return
    const response = await kubeRequest(
      this.endpoint,
      { method: 'GET', path: `/apis/${CONFIG_SYNC_API.group}` },
      this.http,
    )
    if (response.status === 404) {
      throw new ClusterError(
        `Config Sync is not installed in cluster ${this.cluster}: the API server does not serve the ${CONFIG_SYNC_API.group} API group`,
        {
          status: 404,
          hint: 'install Config Sync first (gcloud beta container fleet config-management enable, or the open-source release manifests)',
        },
      )
    }
    if (response.status !== 200) throw apiError(response, { cluster: this.cluster, verb: 'get', ref })
    const versions = parseJson(response, this.cluster) as { versions?: { version?: string }[] }
    if (!(versions.versions ?? []).some((v) => v.version === CONFIG_SYNC_API.version)) {
      throw new ClusterError(
        `cluster ${this.cluster} serves ${CONFIG_SYNC_API.group} but not its ${CONFIG_SYNC_API.version} version`,
        { hint: 'upgrade Config Sync' },
      )
    }
    this.installed = true
  }
}

function collectionPath(ref: SyncRef): string {
  return `/apis/${CONFIG_SYNC_API.group}/${CONFIG_SYNC_API.version}/namespaces/${encodeURIComponent(ref.namespace)}/${resourceOf(ref)}`
}

function objectPath(ref: SyncRef): string {
  return `${collectionPath(ref)}/${encodeURIComponent(ref.name)}`
}

function parseJson(response: KubeResponse, cluster: string): unknown {
  try {
    return JSON.parse(response.text)
  } catch (cause: unknown) {
    throw new ClusterError(
      `cluster ${cluster} answered with something that is not JSON (HTTP ${response.status})`,
      { cause },
    )
  }
}

/** The answer must at least be an object with metadata; every other field is read defensively. */
function parseSyncObject(response: KubeResponse, cluster: string): SyncObject {
  const value = parseJson(response, cluster)
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof (value as { metadata?: unknown }).metadata !== 'object'
  ) {
    throw new ClusterError(`cluster ${cluster} answered with an object without metadata`)
  }
  return value as SyncObject
}
