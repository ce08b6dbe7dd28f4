import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  DEFAULT_HTTP,
  apiError,
  kubeRequest,
  resourceOf
} from "./chunk-A77UBAZV.js";
import {
  CONFIG_SYNC_API,
  FIELD_MANAGER
} from "./chunk-23FCESCC.js";
import {
  ClusterError
} from "./chunk-RSJPG6JE.js";

// src/rootsync/cluster/cluster-target.ts
var APPLY_PATCH = "application/apply-patch+yaml";
var ClusterRootSyncTarget = class {
  cluster;
  endpoint;
  http;
  installed = false;
  constructor(endpoint, http = DEFAULT_HTTP) {
    this.endpoint = endpoint;
    this.cluster = endpoint.name;
    this.http = http;
  }
  async get(ref) {
    await this.checkInstalled(ref);
    const response = await kubeRequest(this.endpoint, { method: "GET", path: objectPath(ref) }, this.http);
    if (response.status === 404) return void 0;
    if (response.status !== 200) throw apiError(response, { cluster: this.cluster, verb: "get", ref });
    return parseSyncObject(response, this.cluster);
  }
  async apply(change) {
    await this.checkInstalled(change.ref);
    const create = change.kind === "create";
    const response = await kubeRequest(
      this.endpoint,
      create ? { method: "POST", path: collectionPath(change.ref), query: { fieldManager: FIELD_MANAGER }, body: change.body } : { method: "PATCH", path: objectPath(change.ref), query: { fieldManager: FIELD_MANAGER, force: "true" }, body: change.body, contentType: APPLY_PATCH },
      this.http
    );
    if (response.status === 404 && !create) {
      throw new ClusterError(`${change.ref.kind} ${change.ref.namespace}/${change.ref.name} was deleted from cluster ${this.cluster} while we patched it`, { status: 404 });
    }
    if (response.status !== 200 && response.status !== 201) throw apiError(response, { cluster: this.cluster, verb: create ? "create" : "patch", ref: change.ref });
    return parseSyncObject(response, this.cluster);
  }
  /** GET /apis/configsync.gke.io: a 404 means the CRDs (Config Sync) are not installed. */
  async checkInstalled(ref) {
    if (this.installed) return;
    const response = await kubeRequest(this.endpoint, { method: "GET", path: `/apis/${CONFIG_SYNC_API.group}` }, this.http);
    if (response.status === 404) {
      throw new ClusterError(`Config Sync is not installed in cluster ${this.cluster}: the API server does not serve the ${CONFIG_SYNC_API.group} API group`, {
        status: 404,
        hint: "install Config Sync first (gcloud beta container fleet config-management enable, or the open-source release manifests)"
      });
    }
    if (response.status !== 200) throw apiError(response, { cluster: this.cluster, verb: "get", ref });
    const versions = parseJson(response, this.cluster);
    if (!(versions.versions ?? []).some((v) => v.version === CONFIG_SYNC_API.version)) {
      throw new ClusterError(`cluster ${this.cluster} serves ${CONFIG_SYNC_API.group} but not its ${CONFIG_SYNC_API.version} version`, { hint: "upgrade Config Sync" });
    }
    this.installed = true;
  }
};
function collectionPath(ref) {
  return `/apis/${CONFIG_SYNC_API.group}/${CONFIG_SYNC_API.version}/namespaces/${encodeURIComponent(ref.namespace)}/${resourceOf(ref)}`;
}
function objectPath(ref) {
  return `${collectionPath(ref)}/${encodeURIComponent(ref.name)}`;
}
function parseJson(response, cluster) {
  try {
    return JSON.parse(response.text);
  } catch (cause) {
    throw new ClusterError(`cluster ${cluster} answered with something that is not JSON (HTTP ${response.status})`, { cause });
  }
}
function parseSyncObject(response, cluster) {
  const value = parseJson(response, cluster);
  if (typeof value !== "object" || value === null || typeof value.metadata !== "object") {
    throw new ClusterError(`cluster ${cluster} answered with an object without metadata`);
  }
  return value;
}

export {
  ClusterRootSyncTarget
};
//# sourceMappingURL=chunk-XLP6IF4E.js.map
