import { ClusterError } from '../../errors.ts'
import type { SyncAuthTarget } from '../ports.ts'
import { apiError, resourceOf } from './api-errors.ts'
import type { SecretObject } from '../sync-secrets.ts'
import {
  CONFIG_SYNC_API,
  FIELD_MANAGER,
  ROOT_SYNC_NAMESPACE,
  SYNC_KIND,
  type SyncKind,
  type SyncObject,
  type SyncRef,
} from '../types.ts'
import { DEFAULT_HTTP, kubeRequest, type KubeHttpOptions, type KubeResponse } from './kube-http.ts'
import type { ClusterEndpoint } from './kubeconfig.ts'

/**
 * SyncAuthTarget over the Kubernetes API: the RSync CRD (apiextensions
 * v1), core v1 Secrets (GET, POST, JSON merge patch) and the reconciler
 * Deployment's pods (apps v1 GET for its selector, then a deletecollection).
 * Error messages name the object and the RBAC the identity lacks, never a
 * Secret's values (the API server does not echo them either).
 */
export class ClusterSyncAuthTarget implements SyncAuthTarget {
  private readonly endpoint: ClusterEndpoint
  private readonly http: KubeHttpOptions

  constructor(endpoint: ClusterEndpoint, http: KubeHttpOptions = DEFAULT_HTTP) {
    this.endpoint = endpoint
    this.http = http
  }

  async ociAuthValues(kind: SyncKind): Promise<readonly string[] | undefined> {
    const plural = kind === SYNC_KIND.root ? CONFIG_SYNC_API.rootSyncs : CONFIG_SYNC_API.repoSyncs
    const name = `${plural}.${CONFIG_SYNC_API.group}`
    const response = await kubeRequest(
      this.endpoint,
      { method: 'GET', path: `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${name}` },
      this.http,
    )
    if (response.status === 403) return undefined
    if (response.status === 404)
      throw new ClusterError(
        `Config Sync is not installed in cluster ${this.endpoint.name}: there is no CustomResourceDefinition ${name}`,
        { status: 404 },
      )
    if (response.status !== 200)
      throw this.error(
        response,
        `get CustomResourceDefinition ${name}`,
        'customresourcedefinitions.apiextensions.k8s.io',
      )
    const crd = this.json(response) as {
      spec?: { versions?: { name?: string; schema?: { openAPIV3Schema?: unknown } }[] }
    }
    const version = (crd.spec?.versions ?? []).find((v) => v.name === CONFIG_SYNC_API.version)
    const auth = dig(version?.schema?.openAPIV3Schema, [
      'properties',
      'spec',
      'properties',
      'oci',
      'properties',
      'auth',
      'enum',
    ])
    return Array.isArray(auth) && auth.every((a) => typeof a === 'string') ? auth : undefined
  }

  async readSecret(namespace: string, name: string): Promise<SecretObject | undefined> {
    const response = await kubeRequest(
      this.endpoint,
      { method: 'GET', path: secretPath(namespace, name) },
      this.http,
    )
    if (response.status === 404) return undefined
    if (response.status !== 200)
      throw this.error(response, `get Secret ${namespace}/${name}`, 'secrets', namespace, 'get,create,patch')
    return this.json(response) as SecretObject
  }

  async createSecret(namespace: string, body: Record<string, unknown>): Promise<void> {
    const response = await kubeRequest(
      this.endpoint,
      { method: 'POST', path: secretPath(namespace), query: { fieldManager: FIELD_MANAGER }, body },
      this.http,
    )
    const name = String((body['metadata'] as { name?: string } | undefined)?.name ?? '')
    if (response.status !== 201 && response.status !== 200)
      throw this.error(
        response,
        `create Secret ${namespace}/${name}`,
        'secrets',
        namespace,
        'get,create,patch',
      )
  }

  async patchSecret(namespace: string, name: string, patch: Record<string, unknown>): Promise<void> {
    const response = await kubeRequest(
      this.endpoint,
      {
        method: 'PATCH',
        path: secretPath(namespace, name),
        query: { fieldManager: FIELD_MANAGER },
        body: patch,
        contentType: 'application/merge-patch+json',
      },
      this.http,
    )
    if (response.status !== 200)
      throw this.error(
        response,
        `patch Secret ${namespace}/${name}`,
        'secrets',
        namespace,
        'get,create,patch',
      )
  }

  async patchSync(ref: SyncRef, patch: Record<string, unknown>): Promise<SyncObject> {
    const path = `/apis/${CONFIG_SYNC_API.group}/${CONFIG_SYNC_API.version}/namespaces/${encodeURIComponent(ref.namespace)}/${resourceOf(ref)}/${encodeURIComponent(ref.name)}`
    const response = await kubeRequest(
      this.endpoint,
      {
        method: 'PATCH',
        path,
        query: { fieldManager: FIELD_MANAGER },
        body: patch,
        contentType: 'application/merge-patch+json',
      },
      this.http,
    )
    if (response.status !== 200) throw apiError(response, { cluster: this.endpoint.name, verb: 'patch', ref })
    return this.json(response) as SyncObject
  }

  async restartReconciler(deployment: string): Promise<number> {
    const path = `/apis/apps/v1/namespaces/${ROOT_SYNC_NAMESPACE}/deployments/${encodeURIComponent(deployment)}`
    const found = await kubeRequest(this.endpoint, { method: 'GET', path }, this.http)
    if (found.status === 404) return 0
    if (found.status !== 200)
      throw this.error(
        found,
        `get Deployment ${ROOT_SYNC_NAMESPACE}/${deployment}`,
        'deployments.apps',
        ROOT_SYNC_NAMESPACE,
        'get',
      )
    const labels = dig(this.json(found), ['spec', 'selector', 'matchLabels'])
    if (typeof labels !== 'object' || labels === null || Object.keys(labels).length === 0) {
      throw new ClusterError(
        `Deployment ${ROOT_SYNC_NAMESPACE}/${deployment} in cluster ${this.endpoint.name} has no spec.selector.matchLabels; restart it yourself`,
      )
    }
    const selector = Object.entries(labels as Record<string, unknown>)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(',')
    const deleted = await kubeRequest(
      this.endpoint,
      {
        method: 'DELETE',
        path: `/api/v1/namespaces/${ROOT_SYNC_NAMESPACE}/pods`,
        query: { labelSelector: selector },
      },
      this.http,
    )
    if (deleted.status !== 200)
      throw this.error(
        deleted,
        `delete the pods of Deployment ${ROOT_SYNC_NAMESPACE}/${deployment}`,
        'pods',
        ROOT_SYNC_NAMESPACE,
        'deletecollection',
      )
    const items = dig(this.json(deleted), ['items'])
    return Array.isArray(items) ? items.length : 0
  }

  private json(response: KubeResponse): unknown {
    try {
      return JSON.parse(response.text)
    } catch (cause: unknown) {
      throw new ClusterError(
        `cluster ${this.endpoint.name} answered with something that is not JSON (HTTP ${response.status})`,
        { cause },
      )
    }
  }

  /** The error for a non-2xx answer; only the API server's message (which never holds Secret values) is quoted. */
  private error(
    response: KubeResponse,
    what: string,
    resource: string,
    namespace?: string,
    verbs?: string,
  ): ClusterError {
    const said = statusMessage(response.text) ?? `HTTP ${response.status}`
    if (response.status === 403 && namespace !== undefined && verbs !== undefined) {
      return new ClusterError(
        `permission denied in cluster ${this.endpoint.name}: cannot ${what} (${said})`,
        {
          status: 403,
          hint: `grant the CI identity ${verbs} on ${resource} in ${namespace}, e.g. kubectl create role configsync-oci-secrets -n ${namespace} --verb=${verbs} --resource=${resource} and a RoleBinding`,
        },
      )
    }
    return new ClusterError(
      `cannot ${what} in cluster ${this.endpoint.name}: the API server answered ${response.status}: ${said}`,
      { status: response.status },
    )
  }
}

function secretPath(namespace: string, name?: string): string {
  return `/api/v1/namespaces/${encodeURIComponent(namespace)}/secrets${name === undefined ? '' : `/${encodeURIComponent(name)}`}`
}

function dig(value: unknown, path: readonly string[]): unknown {
  let here = value
  for (const key of path) {
    if (typeof here !== 'object' || here === null) return undefined
    here = (here as Record<string, unknown>)[key]
  }
  return here
}

function statusMessage(text: string): string | undefined {
  try {
    const parsed = JSON.parse(text) as { message?: unknown }
    return typeof parsed.message === 'string' ? parsed.message : undefined
  } catch {
    return text.trim().slice(0, 300) || undefined
  }
}
