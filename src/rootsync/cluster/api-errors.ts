import { ClusterError } from '../../errors.ts'
import { describeSyncRef } from '../sync-ref.ts'
import { CONFIG_SYNC_API, type SyncRef } from '../types.ts'
import type { KubeResponse } from './kube-http.ts'

/**
 * Turns an API server's error answer (a metav1.Status) into a ClusterError
 * that says what failed, in which cluster, and what to do about it —
 * notably the RBAC verb and resource the identity is missing.
 */

/** The fields of a metav1.Status we read. */
interface ApiStatus {
  readonly message?: string
  readonly reason?: string
  readonly details?: { readonly causes?: readonly { readonly message?: string; readonly field?: string }[] }
}

/** What was being done when the server said no. */
export interface FailedCall {
  readonly cluster: string
  /** The RBAC verb of the request: get, patch or create. */
  readonly verb: 'get' | 'patch' | 'create'
  readonly ref: SyncRef
}

/** The error for a non-2xx answer. */
export function apiError(response: KubeResponse, call: FailedCall): ClusterError {
  const status = readStatus(response.text)
  const said = status.message ?? (response.text.trim().slice(0, 300) || `HTTP ${response.status}`)
  const what = `${call.verb} ${describeSyncRef(call.ref)} in cluster ${call.cluster}`
  switch (response.status) {
    case 401:
      return new ClusterError(`cannot ${what}: the API server rejected the credentials (401 Unauthorized)`, {
        status: 401,
        hint: 'the token may have expired (get-gke-credentials writes one that lasts about an hour); run the auth steps again',
      })
    case 403:
      return forbidden(call, said)
    case 409:
      return new ClusterError(`cannot ${what}: conflict: ${said}`, { status: 409 })
    case 422:
      return new ClusterError(`cannot ${what}: the API server rejected the object: ${said}`, { status: 422 })
    default:
      return new ClusterError(
        `cannot ${what}: the API server answered ${response.status}${status.reason ? ` ${status.reason}` : ''}: ${said}`,
        { status: response.status },
      )
  }
}

/** 403: name the verb and resource, and show the Role that grants them. */
function forbidden(call: FailedCall, said: string): ClusterError {
  const resource = resourceOf(call.ref)
  const verbs = call.verb === 'create' ? 'get,patch,create' : 'get,patch'
  return new ClusterError(
    `permission denied in cluster ${call.cluster}: the identity cannot ${call.verb} ${resource}.${CONFIG_SYNC_API.group} in namespace ${call.ref.namespace} (${said})`,
    {
      status: 403,
      hint:
        `grant it the verbs ${verbs} on ${resource}.${CONFIG_SYNC_API.group} in ${call.ref.namespace}, e.g. ` +
        `kubectl create role configsync-oci -n ${call.ref.namespace} --verb=${verbs} --resource=${resource}.${CONFIG_SYNC_API.group} ` +
        `and a RoleBinding of it to the CI identity`,
    },
  )
}

/** rootsyncs or reposyncs. */
export function resourceOf(ref: SyncRef): string {
  return ref.kind === 'RootSync' ? CONFIG_SYNC_API.rootSyncs : CONFIG_SYNC_API.repoSyncs
}

function readStatus(text: string): ApiStatus {
  try {
    const parsed: unknown = JSON.parse(text)
    return typeof parsed === 'object' && parsed !== null ? (parsed as ApiStatus) : {}
  } catch {
    return {}
  }
}
