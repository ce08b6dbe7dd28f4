import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  runValidation
} from "./chunks/chunk-CA2YZUJJ.js";
import "./chunks/chunk-SMCEAIRY.js";
import "./chunks/chunk-CYEDI7KS.js";
import "./chunks/chunk-YVJEBMKL.js";

// src/manifests/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var request = workerData;
var reply;
try {
  reply = { ok: await runValidation(request.tree, request.options) };
} catch (error) {
  reply = { error: serializeError(error) };
}
parentPort?.postMessage(reply);
function serializeError(error) {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const hint = error.hint;
  const findings = error.findings;
  return {
    name: error.name,
    message: error.message,
    ...error.stack === void 0 ? {} : { stack: error.stack },
    ...typeof hint === "string" ? { hint } : {},
    ...Array.isArray(findings) ? { findings } : {}
  };
}
//# sourceMappingURL=validate-worker.js.map
