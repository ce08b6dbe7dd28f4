import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  ClusterRootSyncTarget
} from "./chunk-FFNLY7HW.js";
import {
  resolveEndpoints
} from "./chunk-GTV57VR5.js";
import "./chunk-TX5Q5YQZ.js";
import "./chunk-L5E3S6CR.js";
import "./chunk-ERSDYIHJ.js";
import {
  InputError
} from "./chunk-DYKBPGMV.js";
import "./chunk-22EKKPO2.js";
import "./chunk-XVBM2H2D.js";
import "./chunk-YVJEBMKL.js";

// src/rootsync/cluster/connect.ts
function openFleet(selection, canaries, env, http) {
  const endpoints = resolveEndpoints(selection, env);
  const names = endpoints.map((e) => e.name);
  const unknown = canaries.filter((name) => !names.includes(name));
  if (unknown.length > 0) {
    throw new InputError(
      `canary-contexts names ${unknown.join(", ")}, which ${unknown.length === 1 ? "is" : "are"} not among the clusters`,
      { hint: `the clusters: ${names.join(", ")}` }
    );
  }
  return endpoints.map((endpoint) => ({
    name: endpoint.name,
    canary: canaries.includes(endpoint.name),
    connect: async () => new ClusterRootSyncTarget(endpoint, http)
  }));
}
export {
  openFleet
};
//# sourceMappingURL=connect-AEGRWHIR.js.map
