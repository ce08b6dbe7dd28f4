import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  DEFAULT_HTTP,
  apiError,
  kubeRequest,
  resourceOf
} from "./chunk-THSBXUER.js";
import {
  CONFIG_SYNC_API,
  FIELD_MANAGER,
  ROOT_SYNC_NAMESPACE,
  SYNC_KIND
} from "./chunk-L5E3S6CR.js";
import {
  ClusterError
} from "./chunk-DYKBPGMV.js";

// src/rootsync/cluster/sync-auth-target.ts
var ClusterSyncAuthTarget = class {
  endpoint;
  http;
  constructor(endpoint, http = DEFAULT_HTTP) {
    this.endpoint = endpoint;
    this.http = http;
  }
  async ociAuthValues(kind) {
    const plural = kind === SYNC_KIND.root ? CONFIG_SYNC_API.rootSyncs : CONFIG_SYNC_API.repoSyncs;
    const name = `${plural}.${CONFIG_SYNC_API.group}`;
    const response = await kubeRequest(
      this.endpoint,
      { method: "GET", path: `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${name}` },
      this.http
    );
    if (response.status === 403) return void 0;
    if (response.status === 404)
      throw new ClusterError(
        `Config Sync is not installed in cluster ${this.endpoint.name}: there is no CustomResourceDefinition ${name}`,
        { status: 404 }
      );
    if (response.status !== 200)
      throw this.error(
        response,
        `get CustomResourceDefinition ${name}`,
        "customresourcedefinitions.apiextensions.k8s.io"
      );
    const crd = this.json(response);
    const version = (crd.spec?.versions ?? []).find((v) => v.name === CONFIG_SYNC_API.version);
    const auth = dig(version?.schema?.openAPIV3Schema, [
      "properties",
      "spec",
      "properties",
      "oci",
      "properties",
      "auth",
      "enum"
    ]);
    return Array.isArray(auth) && auth.every((a) => typeof a === "string") ? auth : void 0;
  }
  async readSecret(namespace, name) {
    const response = await kubeRequest(
      this.endpoint,
      { method: "GET", path: secretPath(namespace, name) },
      this.http
    );
    if (response.status === 404) return void 0;
    if (response.status !== 200)
      throw this.error(response, `get Secret ${namespace}/${name}`, "secrets", namespace, "get,create,patch");
    return this.json(response);
  }
  async createSecret(namespace, body) {
    const response = await kubeRequest(
      this.endpoint,
      { method: "POST", path: secretPath(namespace), query: { fieldManager: FIELD_MANAGER }, body },
      this.http
    );
    const name = String(body["metadata"]?.name ?? "");
    if (response.status !== 201 && response.status !== 200)
      throw this.error(
        response,
        `create Secret ${namespace}/${name}`,
        "secrets",
        namespace,
        "get,create,patch"
      );
  }
  async patchSecret(namespace, name, patch) {
    const response = await kubeRequest(
      this.endpoint,
      {
        method: "PATCH",
        path: secretPath(namespace, name),
        query: { fieldManager: FIELD_MANAGER },
        body: patch,
        contentType: "application/merge-patch+json"
      },
      this.http
    );
    if (response.status !== 200)
      throw this.error(
        response,
        `patch Secret ${namespace}/${name}`,
        "secrets",
        namespace,
        "get,create,patch"
      );
  }
  async patchSync(ref, patch) {
    const path = `/apis/${CONFIG_SYNC_API.group}/${CONFIG_SYNC_API.version}/namespaces/${encodeURIComponent(ref.namespace)}/${resourceOf(ref)}/${encodeURIComponent(ref.name)}`;
    const response = await kubeRequest(
      this.endpoint,
      {
        method: "PATCH",
        path,
        query: { fieldManager: FIELD_MANAGER },
        body: patch,
        contentType: "application/merge-patch+json"
      },
      this.http
    );
    if (response.status !== 200) throw apiError(response, { cluster: this.endpoint.name, verb: "patch", ref });
    return this.json(response);
  }
  async restartReconciler(deployment) {
    const path = `/apis/apps/v1/namespaces/${ROOT_SYNC_NAMESPACE}/deployments/${encodeURIComponent(deployment)}`;
    const found = await kubeRequest(this.endpoint, { method: "GET", path }, this.http);
    if (found.status === 404) return 0;
    if (found.status !== 200)
      throw this.error(
        found,
        `get Deployment ${ROOT_SYNC_NAMESPACE}/${deployment}`,
        "deployments.apps",
        ROOT_SYNC_NAMESPACE,
        "get"
      );
    const labels = dig(this.json(found), ["spec", "selector", "matchLabels"]);
    if (typeof labels !== "object" || labels === null || Object.keys(labels).length === 0) {
      throw new ClusterError(
        `Deployment ${ROOT_SYNC_NAMESPACE}/${deployment} in cluster ${this.endpoint.name} has no spec.selector.matchLabels; restart it yourself`
      );
    }
    const selector = Object.entries(labels).map(([k, v]) => `${k}=${String(v)}`).join(",");
    const deleted = await kubeRequest(
      this.endpoint,
      {
        method: "DELETE",
        path: `/api/v1/namespaces/${ROOT_SYNC_NAMESPACE}/pods`,
        query: { labelSelector: selector }
      },
      this.http
    );
    if (deleted.status !== 200)
      throw this.error(
        deleted,
        `delete the pods of Deployment ${ROOT_SYNC_NAMESPACE}/${deployment}`,
        "pods",
        ROOT_SYNC_NAMESPACE,
        "deletecollection"
      );
    const items = dig(this.json(deleted), ["items"]);
    return Array.isArray(items) ? items.length : 0;
  }
  json(response) {
    try {
      return JSON.parse(response.text);
    } catch (cause) {
      throw new ClusterError(
        `cluster ${this.endpoint.name} answered with something that is not JSON (HTTP ${response.status})`,
        { cause }
      );
    }
  }
  /** The error for a non-2xx answer; only the API server's message (which never holds Secret values) is quoted. */
  error(response, what, resource, namespace, verbs) {
    const said = statusMessage(response.text) ?? `HTTP ${response.status}`;
    if (response.status === 403 && namespace !== void 0 && verbs !== void 0) {
      return new ClusterError(
        `permission denied in cluster ${this.endpoint.name}: cannot ${what} (${said})`,
        {
          status: 403,
          hint: `grant the CI identity ${verbs} on ${resource} in ${namespace}, e.g. kubectl create role configsync-oci-secrets -n ${namespace} --verb=${verbs} --resource=${resource} and a RoleBinding`
        }
      );
    }
    return new ClusterError(
      `cannot ${what} in cluster ${this.endpoint.name}: the API server answered ${response.status}: ${said}`,
      { status: response.status }
    );
  }
};
function secretPath(namespace, name) {
  return `/api/v1/namespaces/${encodeURIComponent(namespace)}/secrets${name === void 0 ? "" : `/${encodeURIComponent(name)}`}`;
}
function dig(value, path) {
  let here = value;
  for (const key of path) {
    if (typeof here !== "object" || here === null) return void 0;
    here = here[key];
  }
  return here;
}
function statusMessage(text) {
  try {
    const parsed = JSON.parse(text);
    return typeof parsed.message === "string" ? parsed.message : void 0;
  } catch {
    return text.trim().slice(0, 300) || void 0;
  }
}

// src/rootsync/cluster/cluster-target.ts
var APPLY_PATCH = "application/apply-patch+yaml";
var ClusterRootSyncTarget = class {
  cluster;
  syncAuth;
  endpoint;
  http;
  installed = false;
  constructor(endpoint, http = DEFAULT_HTTP) {
    this.endpoint = endpoint;
    this.cluster = endpoint.name;
    this.http = http;
    this.syncAuth = new ClusterSyncAuthTarget(endpoint, http);
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
      create ? {
        method: "POST",
        path: collectionPath(change.ref),
        query: { fieldManager: FIELD_MANAGER },
        body: change.body
      } : {
        method: "PATCH",
        path: objectPath(change.ref),
        query: { fieldManager: FIELD_MANAGER, force: "true" },
        body: change.body,
        contentType: APPLY_PATCH
      },
      this.http
    );
    if (response.status === 404 && !create) {
      throw new ClusterError(
        `${change.ref.kind} ${change.ref.namespace}/${change.ref.name} was deleted from cluster ${this.cluster} while we patched it`,
        { status: 404 }
      );
    }
    if (response.status !== 200 && response.status !== 201)
      throw apiError(response, { cluster: this.cluster, verb: create ? "create" : "patch", ref: change.ref });
    return parseSyncObject(response, this.cluster);
  }
  /** GET /apis/configsync.gke.io: a 404 means the CRDs (Config Sync) are not installed. */
  async checkInstalled(ref) {
    if (this.installed) return;
    const response = await kubeRequest(
      this.endpoint,
      { method: "GET", path: `/apis/${CONFIG_SYNC_API.group}` },
      this.http
    );
    if (response.status === 404) {
      throw new ClusterError(
        `Config Sync is not installed in cluster ${this.cluster}: the API server does not serve the ${CONFIG_SYNC_API.group} API group`,
        {
          status: 404,
          hint: "install Config Sync first (gcloud beta container fleet config-management enable, or the open-source release manifests)"
        }
      );
    }
    if (response.status !== 200) throw apiError(response, { cluster: this.cluster, verb: "get", ref });
    const versions = parseJson(response, this.cluster);
    if (!(versions.versions ?? []).some((v) => v.version === CONFIG_SYNC_API.version)) {
      throw new ClusterError(
        `cluster ${this.cluster} serves ${CONFIG_SYNC_API.group} but not its ${CONFIG_SYNC_API.version} version`,
        { hint: "upgrade Config Sync" }
      );
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
    throw new ClusterError(
      `cluster ${cluster} answered with something that is not JSON (HTTP ${response.status})`,
      { cause }
    );
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
//# sourceMappingURL=chunk-2AJGUKYC.js.map
