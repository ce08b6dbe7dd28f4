import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);

// src/manifests/scope/sync-scope.ts
var CONTROLLER_NAMESPACE = "config-management-system";
var DEFAULT_SCOPE = { kind: "root", name: "root-sync" };
function rootReconcilerName(name) {
  return name === "root-sync" ? "root-reconciler" : `root-reconciler-${name}`;
}
function namespaceReconcilerName(namespace, name) {
  return name === "repo-sync" ? `ns-reconciler-${namespace}` : `ns-reconciler-${namespace}-${name}-${name.length}`;
}
function reconcilerNameOf(scope) {
  return scope.kind === "root" ? rootReconcilerName(scope.name) : namespaceReconcilerName(scope.namespace, scope.name);
}
function defaultNamespaceOf(scope) {
  return scope.kind === "root" ? "default" : scope.namespace;
}
function describeSyncScope(scope) {
  return scope.kind === "root" ? `RootSync ${scope.name}` : `RepoSync ${scope.namespace}/${scope.name}`;
}

export {
  CONTROLLER_NAMESPACE,
  DEFAULT_SCOPE,
  rootReconcilerName,
  namespaceReconcilerName,
  reconcilerNameOf,
  defaultNamespaceOf,
  describeSyncScope
};
//# sourceMappingURL=chunk-PHYQ5BUW.js.map
