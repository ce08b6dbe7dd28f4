import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  InputError
} from "./chunk-DYKBPGMV.js";

// src/rootsync/types.ts
var CONFIG_SYNC_API = {
  group: "configsync.gke.io",
  version: "v1beta1",
  rootSyncs: "rootsyncs",
  repoSyncs: "reposyncs"
};
var ROOT_SYNC_NAMESPACE = "config-management-system";
var FIELD_MANAGER = "configsync-oci";
var SYNC_KIND = { root: "RootSync", repo: "RepoSync" };
var SYNC_STATE = {
  synced: "SYNCED",
  pending: "PENDING",
  error: "ERROR",
  stalled: "STALLED",
  reconciling: "RECONCILING"
};

// src/rootsync/sync-ref.ts
var MAX_ROOT_SYNC_NAME = 38;
var MAX_REPO_SYNC_NN = 45;
var DEFAULT_ROOT_SYNC = "root-sync";
var DEFAULT_REPO_SYNC = "repo-sync";
var DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function rootSyncRef(name) {
  return { kind: SYNC_KIND.root, namespace: ROOT_SYNC_NAMESPACE, name };
}
function checkSyncRef(ref, inputName) {
  const fail = (why, hint) => {
    throw new InputError(`${inputName}: ${describeSyncRef(ref)} ${why}`, { hint });
  };
  if (ref.name.length > 253 || !DNS1123_SUBDOMAIN.test(ref.name)) {
    fail(
      "is not a valid name",
      'names are lowercase letters, digits, "-" and ".", starting and ending with a letter or digit'
    );
  }
  if (!DNS1123_LABEL.test(ref.namespace) || ref.namespace.length > 63) {
    fail(
      "has an invalid namespace",
      'a namespace is a DNS-1123 label: lowercase letters, digits and "-", at most 63 characters'
    );
  }
  if (ref.kind === SYNC_KIND.root) {
    if (ref.name.length > MAX_ROOT_SYNC_NAME) {
      fail(
        `has a ${ref.name.length}-character name; Config Sync allows at most ${MAX_ROOT_SYNC_NAME}`,
        "shorten the RootSync name"
      );
    }
    if (ref.namespace !== ROOT_SYNC_NAMESPACE)
      fail(`must be in ${ROOT_SYNC_NAMESPACE}`, "RootSyncs live only there");
    return;
  }
  if (ref.namespace === ROOT_SYNC_NAMESPACE) {
    fail(
      `must not be in ${ROOT_SYNC_NAMESPACE}`,
      "that namespace holds RootSyncs; use a RootSync, or another namespace"
    );
  }
  const length = ref.namespace.length + ref.name.length;
  if (length > MAX_REPO_SYNC_NN) {
    fail(
      `has namespace + name of ${length} characters; Config Sync allows at most ${MAX_REPO_SYNC_NN}`,
      "shorten the namespace or the name"
    );
  }
}
function reconcilerName(ref) {
  if (ref.kind === SYNC_KIND.root)
    return ref.name === DEFAULT_ROOT_SYNC ? "root-reconciler" : `root-reconciler-${ref.name}`;
  if (ref.name === DEFAULT_REPO_SYNC) return `ns-reconciler-${ref.namespace}`;
  return `ns-reconciler-${ref.namespace}-${ref.name}-${ref.name.length}`;
}
function describeSyncRef(ref) {
  return `${ref.kind} ${ref.namespace}/${ref.name}`;
}
function nomosSyncName(ref) {
  return ref.kind === SYNC_KIND.root ? `<root>:${ref.name}` : `${ref.namespace}:${ref.name}`;
}

export {
  CONFIG_SYNC_API,
  ROOT_SYNC_NAMESPACE,
  FIELD_MANAGER,
  SYNC_KIND,
  SYNC_STATE,
  rootSyncRef,
  checkSyncRef,
  reconcilerName,
  describeSyncRef,
  nomosSyncName
};
//# sourceMappingURL=chunk-L5E3S6CR.js.map
