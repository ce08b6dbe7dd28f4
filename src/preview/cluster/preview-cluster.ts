import { describeError } from '../../errors.ts'
import { resourceOf } from '../../rootsync/cluster/api-errors.ts'
import { kubeRequest as send } from '../../rootsync/cluster/kube-http.ts'
import {
  resolveEndpoints,
  type ClusterEndpoint,
  type ClusterSelection,
} from '../../rootsync/cluster/kubeconfig.ts'
import { describeSyncRef } from '../../rootsync/sync-ref.ts'
import { CONFIG_SYNC_API, FIELD_MANAGER, type SyncRef } from '../../rootsync/types.ts'

/**
 * What a preview does to its RootSync/RepoSync beyond a rollout: mark it for
 * foreground deletion (so that deleting it deletes the objects it synced) and
 * delete it, through the rollout's transport (rootsync/cluster/kube-http.ts:
 * the same signing, retries and credential hint). Loaded only by dynamic
 * import(): it reaches @kubernetes/client-node (Node 22+).
 */

/** Config Sync's annotation: Foreground makes the reconciler delete the managed objects before the RSync goes. */
export const DELETION_PROPAGATION = 'configsync.gke.io/deletion-propagation-policy'

/** What happened to the preview RSync in one cluster. */
export interface SyncCleanup {
  readonly cluster: string
  readonly ref: SyncRef
  /** deleted: gone; deleting: the finalizer still removes its objects; absent: there was none; failed. */
  readonly result: 'deleted' | 'deleting' | 'absent' | 'failed' | 'marked'
  readonly message: string
}

/** The clusters of a selection (kubeconfig files / contexts, else KUBECONFIG …). */
export function previewEndpoints(selection: ClusterSelection, env: NodeJS.ProcessEnv): ClusterEndpoint[] {
  return resolveEndpoints(selection, env)
}

/** Sets the deletion-propagation annotation to Foreground (a JSON merge patch; nothing else changes). */
export async function markForegroundDeletion(endpoint: ClusterEndpoint, ref: SyncRef): Promise<SyncCleanup> {
  const body = { metadata: { annotations: { [DELETION_PROPAGATION]: 'Foreground' } } }
  try {
    const response = await send(endpoint, {
      method: 'PATCH',
      path: objectPath(ref),
      query: { fieldManager: FIELD_MANAGER },
      body,
      contentType: 'application/merge-patch+json',
    })
    if (response.status === 200)
      return { cluster: endpoint.name, ref, result: 'marked', message: `${DELETION_PROPAGATION}: Foreground` }
    return {
      cluster: endpoint.name,
      ref,
      result: 'failed',
      message: answer('annotate', ref, endpoint, response),
    }
  } catch (error: unknown) {
    return { cluster: endpoint.name, ref, result: 'failed', message: describeError(error).message }
  }
}

/** Deletes the RSync and, for up to waitMs, waits until it is gone (the finalizer deletes its objects first). */
export async function deletePreviewSync(
  endpoint: ClusterEndpoint,
  ref: SyncRef,
  waitMs: number,
  pollMs = 1000,
): Promise<SyncCleanup> {
  const done = (result: SyncCleanup['result'], message: string): SyncCleanup => ({
    cluster: endpoint.name,
    ref,
    result,
    message,
  })
  try {
    const response = await send(endpoint, { method: 'DELETE', path: objectPath(ref) })
    if (response.status === 404) return done('absent', `${describeSyncRef(ref)} did not exist`)
    if (response.status !== 200 && response.status !== 202)
      return done('failed', answer('delete', ref, endpoint, response))
    const started = Date.now()
    for (;;) {
      const read = await send(endpoint, { method: 'GET', path: objectPath(ref) })
      if (read.status === 404) return done('deleted', `${describeSyncRef(ref)} deleted`)
      if (Date.now() - started >= waitMs)
        return done(
          'deleting',
          `${describeSyncRef(ref)} is being deleted (Config Sync's finalizer removes its objects first)`,
        )
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(pollMs, Math.max(0, started + waitMs - Date.now()))),
      )
    }
  } catch (error: unknown) {
    return done('failed', describeError(error).message)
  }
}

function objectPath(ref: SyncRef): string {
  return `/apis/${CONFIG_SYNC_API.group}/${CONFIG_SYNC_API.version}/namespaces/${encodeURIComponent(ref.namespace)}/${resourceOf(ref)}/${encodeURIComponent(ref.name)}`
}

/** The API server's message for a refused request, with the RBAC verb it needs on a 403. */
function answer(
  verb: 'delete' | 'annotate',
  ref: SyncRef,
  endpoint: ClusterEndpoint,
  response: { status: number; text: string },
): string {
  let said = response.text.trim().slice(0, 300)
  try {
    said = String((JSON.parse(response.text) as { message?: unknown }).message ?? said)
  } catch {
    // not JSON: keep the text
  }
  const rbac =
    response.status === 403
      ? ` (grant the verb ${verb === 'delete' ? 'delete' : 'patch'} on ${resourceOf(ref)}.${CONFIG_SYNC_API.group} in ${ref.namespace})`
      : ''
  return `cannot ${verb} ${describeSyncRef(ref)} in cluster ${endpoint.name}: HTTP ${response.status}: ${said}${rbac}`
}
