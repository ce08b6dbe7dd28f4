/**
 * The RootSync or RepoSync that syncs a source, and the names Config Sync
 * derives from it (../shared/CONFIG-SYNC.md §3; pkg/core/names.go).
 */

/** The RootSync or RepoSync that syncs this source (CONFIG-SYNC.md §3). */
export type SyncScope =
  | { readonly kind: 'root'; readonly name: string }
  | { readonly kind: 'namespace'; readonly namespace: string; readonly name: string }

/** Config Sync's own namespace, where every RootSync lives. */
export const CONTROLLER_NAMESPACE = 'config-management-system'

/** The scope used when none is given: the RootSync `root-sync`. */
export const DEFAULT_SCOPE: SyncScope = { kind: 'root', name: 'root-sync' }

/** `root-reconciler` for `root-sync`, else `root-reconciler-NAME`. */
export function rootReconcilerName(name: string): string {
  return name === 'root-sync' ? 'root-reconciler' : `root-reconciler-${name}`
}

/** `ns-reconciler-NS` for `repo-sync`, else `ns-reconciler-NS-NAME-LEN`. */
export function namespaceReconcilerName(namespace: string, name: string): string {
  return name === 'repo-sync'
    ? `ns-reconciler-${namespace}`
    : `ns-reconciler-${namespace}-${name}-${name.length}`
}

/** The reconciler that syncs with this scope: compared by the self-management check (KNV1069). */
export function reconcilerNameOf(scope: SyncScope): string {
  return scope.kind === 'root'
    ? rootReconcilerName(scope.name)
    : namespaceReconcilerName(scope.namespace, scope.name)
}

/** The namespace Config Sync gives a namespaced object that declares none: `default`, or the RepoSync's. */
export function defaultNamespaceOf(scope: SyncScope): string {
  return scope.kind === 'root' ? 'default' : scope.namespace
}

/** "RootSync root-sync" or "RepoSync shop/repo-sync". */
export function describeSyncScope(scope: SyncScope): string {
  return scope.kind === 'root' ? `RootSync ${scope.name}` : `RepoSync ${scope.namespace}/${scope.name}`
}
