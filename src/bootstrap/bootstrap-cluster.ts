import { ClusterError, InputError } from '../errors.ts'
import { apiError, resourceOf } from '../rootsync/cluster/api-errors.ts'
import { ClusterRootSyncTarget } from '../rootsync/cluster/cluster-target.ts'
import { kubeRequest } from '../rootsync/cluster/kube-http.ts'
import { resolveEndpoints, type ClusterSelection } from '../rootsync/cluster/kubeconfig.ts'
import { CONFIG_SYNC_API, FIELD_MANAGER, type SyncObject, type SyncRef } from '../rootsync/types.ts'
import type { BootstrapCluster } from './bootstrap.ts'

/**
 * The bootstrap's cluster: issue 5's ClusterRootSyncTarget (discovery
 * check, GET, create) plus one JSON merge patch for an RSync whose spec
 * differs. Reached only through loadBootstrapCluster's dynamic import: it
 * pulls in @kubernetes/client-node, which needs Node 22.
 */

/** The one cluster of the selection (kubeconfig and at most one context). */
export function openBootstrapCluster(selection: ClusterSelection, env: NodeJS.ProcessEnv): BootstrapCluster {
  const endpoints = resolveEndpoints(selection, env)
  const endpoint = endpoints[0]
  if (endpoint === undefined || endpoints.length > 1) {
    throw new InputError(
      `bootstrap sets up one cluster, but ${endpoints.length} were named (${endpoints.map((e) => e.name).join(', ')})`,
      {
        hint: 'name one kubeconfig context; run bootstrap once per cluster',
      },
    )
  }
  const target = new ClusterRootSyncTarget(endpoint)
  return {
    cluster: target.cluster,
    syncAuth: target.syncAuth,
    get: (ref) => target.get(ref),
    apply: (change) => target.apply(change),
    async update(ref: SyncRef, patch: Record<string, unknown>): Promise<SyncObject> {
      const path = `/apis/${CONFIG_SYNC_API.group}/${CONFIG_SYNC_API.version}/namespaces/${encodeURIComponent(ref.namespace)}/${resourceOf(ref)}/${encodeURIComponent(ref.name)}`
      const response = await kubeRequest(endpoint, {
        method: 'PATCH',
        path,
        query: { fieldManager: FIELD_MANAGER },
        body: patch,
        contentType: 'application/merge-patch+json',
      })
      if (response.status !== 200) throw apiError(response, { cluster: target.cluster, verb: 'patch', ref })
      try {
        return JSON.parse(response.text) as SyncObject
      } catch (cause: unknown) {
        throw new ClusterError(
          `cluster ${target.cluster} answered the patch with something that is not JSON`,
          { cause },
        )
      }
    },
  }
}
