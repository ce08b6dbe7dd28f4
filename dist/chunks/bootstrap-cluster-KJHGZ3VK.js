import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  ClusterRootSyncTarget
} from "./chunk-2AJGUKYC.js";
import {
  apiError,
  kubeRequest,
  resolveEndpoints,
  resourceOf
} from "./chunk-THSBXUER.js";
import "./chunk-D5WAAP7U.js";
import "./chunk-Q5L3YPNQ.js";
import {
  CONFIG_SYNC_API,
  FIELD_MANAGER
} from "./chunk-L5E3S6CR.js";
import "./chunk-ERSDYIHJ.js";
import {
  ClusterError,
  InputError
} from "./chunk-DYKBPGMV.js";
import "./chunk-4GFOSSJ4.js";
import "./chunk-N777IR3L.js";
import "./chunk-5JH4DS2R.js";

// src/bootstrap/bootstrap-cluster.ts
function openBootstrapCluster(selection, env) {
  const endpoints = resolveEndpoints(selection, env);
  const endpoint = endpoints[0];
  if (endpoint === void 0 || endpoints.length > 1) {
    throw new InputError(
      `bootstrap sets up one cluster, but ${endpoints.length} were named (${endpoints.map((e) => e.name).join(", ")})`,
      {
        hint: "name one kubeconfig context; run bootstrap once per cluster"
      }
    );
  }
  const target = new ClusterRootSyncTarget(endpoint);
  return {
    cluster: target.cluster,
    syncAuth: target.syncAuth,
    get: (ref) => target.get(ref),
    apply: (change) => target.apply(change),
    async update(ref, patch) {
      const path = `/apis/${CONFIG_SYNC_API.group}/${CONFIG_SYNC_API.version}/namespaces/${encodeURIComponent(ref.namespace)}/${resourceOf(ref)}/${encodeURIComponent(ref.name)}`;
      const response = await kubeRequest(endpoint, {
        method: "PATCH",
        path,
        query: { fieldManager: FIELD_MANAGER },
        body: patch,
        contentType: "application/merge-patch+json"
      });
      if (response.status !== 200) throw apiError(response, { cluster: target.cluster, verb: "patch", ref });
      try {
        return JSON.parse(response.text);
      } catch (cause) {
        throw new ClusterError(
          `cluster ${target.cluster} answered the patch with something that is not JSON`,
          { cause }
        );
      }
    }
  };
}
export {
  openBootstrapCluster
};
//# sourceMappingURL=bootstrap-cluster-KJHGZ3VK.js.map
