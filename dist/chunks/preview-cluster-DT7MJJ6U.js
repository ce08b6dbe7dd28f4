import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  kubeRequest,
  resolveEndpoints,
  resourceOf
} from "./chunk-THSBXUER.js";
import "./chunk-D5WAAP7U.js";
import "./chunk-Q5L3YPNQ.js";
import {
  CONFIG_SYNC_API,
  FIELD_MANAGER,
  describeSyncRef
} from "./chunk-L5E3S6CR.js";
import "./chunk-ERSDYIHJ.js";
import {
  describeError
} from "./chunk-DYKBPGMV.js";
import "./chunk-4GFOSSJ4.js";
import "./chunk-N777IR3L.js";
import "./chunk-5JH4DS2R.js";

// src/preview/cluster/preview-cluster.ts
var DELETION_PROPAGATION = "configsync.gke.io/deletion-propagation-policy";
function previewEndpoints(selection, env) {
  return resolveEndpoints(selection, env);
}
async function markForegroundDeletion(endpoint, ref) {
  const body = { metadata: { annotations: { [DELETION_PROPAGATION]: "Foreground" } } };
  try {
    const response = await kubeRequest(endpoint, {
      method: "PATCH",
      path: objectPath(ref),
      query: { fieldManager: FIELD_MANAGER },
      body,
      contentType: "application/merge-patch+json"
    });
    if (response.status === 200)
      return { cluster: endpoint.name, ref, result: "marked", message: `${DELETION_PROPAGATION}: Foreground` };
    return {
      cluster: endpoint.name,
      ref,
      result: "failed",
      message: answer("annotate", ref, endpoint, response)
    };
  } catch (error) {
    return { cluster: endpoint.name, ref, result: "failed", message: describeError(error).message };
  }
}
async function deletePreviewSync(endpoint, ref, waitMs, pollMs = 1e3) {
  const done = (result, message) => ({
    cluster: endpoint.name,
    ref,
    result,
    message
  });
  try {
    const response = await kubeRequest(endpoint, { method: "DELETE", path: objectPath(ref) });
    if (response.status === 404) return done("absent", `${describeSyncRef(ref)} did not exist`);
    if (response.status !== 200 && response.status !== 202)
      return done("failed", answer("delete", ref, endpoint, response));
    const started = Date.now();
    for (; ; ) {
      const read = await kubeRequest(endpoint, { method: "GET", path: objectPath(ref) });
      if (read.status === 404) return done("deleted", `${describeSyncRef(ref)} deleted`);
      if (Date.now() - started >= waitMs)
        return done(
          "deleting",
          `${describeSyncRef(ref)} is being deleted (Config Sync's finalizer removes its objects first)`
        );
      await new Promise(
        (resolve) => setTimeout(resolve, Math.min(pollMs, Math.max(0, started + waitMs - Date.now())))
      );
    }
  } catch (error) {
    return done("failed", describeError(error).message);
  }
}
function objectPath(ref) {
  return `/apis/${CONFIG_SYNC_API.group}/${CONFIG_SYNC_API.version}/namespaces/${encodeURIComponent(ref.namespace)}/${resourceOf(ref)}/${encodeURIComponent(ref.name)}`;
}
function answer(verb, ref, endpoint, response) {
  let said = response.text.trim().slice(0, 300);
  try {
    said = String(JSON.parse(response.text).message ?? said);
  } catch {
  }
  const rbac = response.status === 403 ? ` (grant the verb ${verb === "delete" ? "delete" : "patch"} on ${resourceOf(ref)}.${CONFIG_SYNC_API.group} in ${ref.namespace})` : "";
  return `cannot ${verb} ${describeSyncRef(ref)} in cluster ${endpoint.name}: HTTP ${response.status}: ${said}${rbac}`;
}
export {
  DELETION_PROPAGATION,
  deletePreviewSync,
  markForegroundDeletion,
  previewEndpoints
};
//# sourceMappingURL=preview-cluster-DT7MJJ6U.js.map
