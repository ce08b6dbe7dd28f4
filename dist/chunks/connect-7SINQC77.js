import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  ClusterRootSyncTarget
} from "./chunk-2AJGUKYC.js";
import {
  resolveEndpoints
} from "./chunk-THSBXUER.js";
import "./chunk-D5WAAP7U.js";
import "./chunk-Q5L3YPNQ.js";
import "./chunk-L5E3S6CR.js";
import "./chunk-ERSDYIHJ.js";
import {
  InputError
} from "./chunk-DYKBPGMV.js";
import "./chunk-4GFOSSJ4.js";
import "./chunk-N777IR3L.js";
import "./chunk-5JH4DS2R.js";

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
//# sourceMappingURL=connect-7SINQC77.js.map
