import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  ActionError
} from "./chunk-DYKBPGMV.js";

// src/rootsync/cluster-loader.ts
var MIN_CLUSTER_NODE_MAJOR = 22;
async function loadClusterModule(what, nodeVersion = process.versions.node) {
  const major = Number(nodeVersion.split(".")[0]);
  if (!(major >= MIN_CLUSTER_NODE_MAJOR)) {
    throw new ActionError(
      `${what} needs Node ${MIN_CLUSTER_NODE_MAJOR} or later; this is Node ${nodeVersion}`,
      {
        hint: `@kubernetes/client-node 2 does not load on Node ${major}; run it with Node 22 or 24 (validate and publish work on Node 20)`
      }
    );
  }
  return import("./connect-7SINQC77.js");
}

export {
  loadClusterModule
};
//# sourceMappingURL=chunk-Y46TRFLR.js.map
