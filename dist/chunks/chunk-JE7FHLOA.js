import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  apiError,
  resourceOf
} from "./chunk-JZJJSB7D.js";
import {
  CONFIG_SYNC_API,
  FIELD_MANAGER,
  VERSION
} from "./chunk-2JCFALZS.js";
import {
  ClusterError
} from "./chunk-CYEDI7KS.js";

// src/rootsync/cluster/kube-http.ts
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
var DEFAULT_HTTP = { timeoutMs: 3e4, attempts: 3, retryDelayMs: 250 };
async function kubeRequest(endpoint, request, options = DEFAULT_HTTP) {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await sendOnce(endpoint, request, options);
      if (!isTransient(response.status) || attempt >= options.attempts) return response;
    } catch (error) {
      if (!(error instanceof ClusterError) || error.status !== void 0 || attempt >= options.attempts) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs * 2 ** (attempt - 1)));
  }
}
function isTransient(status) {
  return status === 429 || status >= 500;
}
async function sendOnce(endpoint, request, options) {
  const url = new URL(endpoint.server.replace(/\/+$/, "") + request.path);
  for (const [name, value] of Object.entries(request.query ?? {})) url.searchParams.set(name, value);
  const body = request.body === void 0 ? void 0 : JSON.stringify(request.body);
  const headers = { Accept: "application/json", "User-Agent": `configsync-oci/${VERSION}` };
  if (body !== void 0) Object.assign(headers, { "Content-Type": request.contentType ?? "application/json", "Content-Length": String(Buffer.byteLength(body)) });
  const opts = { method: request.method, headers, timeout: options.timeoutMs };
  try {
    await endpoint.config.applyToHTTPSOptions(opts);
  } catch (cause) {
    throw new ClusterError(`cluster ${endpoint.name}: the kubeconfig's credentials could not be obtained: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
      hint: "for GKE, use google-github-actions/get-gke-credentials (a token) or install gke-gcloud-auth-plugin on the runner"
    });
  }
  return exchange(url, opts, body, endpoint);
}
function exchange(url, opts, body, endpoint) {
  return new Promise((resolve, reject) => {
    const send = url.protocol === "http:" ? httpRequest : httpsRequest;
    const req = send(url, opts, (res) => {
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", (error) => reject(unreachable(endpoint, error)));
    });
    req.on("timeout", () => req.destroy(Object.assign(new Error(`no answer within ${opts.timeout ?? 0} ms`), { code: "ETIMEDOUT" })));
    req.on("error", (error) => reject(unreachable(endpoint, error)));
    req.end(body);
  });
}
function unreachable(endpoint, error) {
  const code = error.code ?? "";
  const certificate = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code);
  return new ClusterError(`cannot reach the API server ${endpoint.server} of cluster ${endpoint.name}: ${error.message}${code && !error.message.includes(code) ? ` (${code})` : ""}`, {
    cause: error,
    hint: certificate ? "the server's certificate does not chain to the kubeconfig's certificate-authority-data" : "check that the cluster endpoint is reachable from the runner (private clusters need a self-hosted runner, Connect Gateway or DNS-based endpoint)"
  });
}

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
  kubeRequest,
  ClusterRootSyncTarget
};
//# sourceMappingURL=chunk-JE7FHLOA.js.map
