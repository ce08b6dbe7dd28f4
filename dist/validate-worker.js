import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  validateInThisThread
} from "./chunks/chunk-MVSR6PJE.js";
import "./chunks/chunk-LKXBKSCP.js";
import "./chunks/chunk-DYKBPGMV.js";
import "./chunks/chunk-5JH4DS2R.js";

// src/manifests/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { options } = workerData;
var loading = Promise.all([
  import("./chunks/validate-5G65NAWA.js"),
  options.schemaChecks === false ? void 0 : import("./chunks/schema-check-IK5TWSYF.js")
]).catch(() => void 0);
parentPort?.once("message", (tree) => {
  void answer(tree);
});
async function answer(tree) {
  await loading;
  let reply;
  try {
    reply = { ok: await validateInThisThread(tree, options) };
  } catch (error) {
    reply = { error: serializeError(error) };
  }
  parentPort?.postMessage(reply);
}
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
