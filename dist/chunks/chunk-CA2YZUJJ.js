import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  KustomizeMissingError
} from "./chunk-SMCEAIRY.js";
import {
  ActionError,
  InputError,
  ManifestValidationError,
  SourceError
} from "./chunk-CYEDI7KS.js";

// src/manifests/validate-isolated.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var YOUNG_GENERATION_MB = 16;
var WORKER_ENABLED = process.env["CONFIGSYNC_OCI_VALIDATE_WORKER"] !== "0";
var WORKER_CANDIDATES = ["./validate-worker.ts", "./validate-worker.js", "../validate-worker.js"];
async function validateIsolated(tree, options) {
  const script = WORKER_ENABLED ? workerScript() : void 0;
  if (script === void 0) return runValidation(tree, options);
  const request = { tree, options };
  const worker = new Worker(script, { workerData: request, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  const reply = await new Promise((resolve, reject) => {
    let answered = false;
    worker.once("message", (message) => {
      answered = true;
      resolve(message);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (!answered) reject(new ActionError(`the validation worker stopped (exit code ${code}) before it answered`));
    });
  });
  await worker.terminate();
  if (reply.error !== void 0) throw rebuildError(reply.error);
  return reply.ok;
}
async function runValidation(tree, options) {
  const { loadAndValidate } = await import("./validate-PMICCGUP.js");
  const loaded = await loadAndValidate(tree, options);
  return {
    findings: loaded.findings,
    manifestFiles: loaded.manifestFiles,
    objectCount: loaded.objects.length,
    ...loaded.rendered === void 0 ? {} : { rendered: loaded.rendered }
  };
}
function workerScript() {
  const here = import.meta.url;
  const candidates = here.endsWith(".ts") ? WORKER_CANDIDATES.slice(0, 1) : WORKER_CANDIDATES.slice(1);
  return candidates.map((name) => new URL(name, here)).find((url) => existsSync(fileURLToPath(url)));
}
var ERROR_CLASSES = {
  ActionError,
  InputError,
  SourceError,
  KustomizeMissingError
};
function rebuildError(error) {
  const options = error.hint === void 0 ? {} : { hint: error.hint };
  const ErrorClass = ERROR_CLASSES[error.name];
  const rebuilt = error.name === "ManifestValidationError" ? new ManifestValidationError(error.message, { ...options, findings: error.findings ?? [] }) : ErrorClass === void 0 ? new Error(error.message) : new ErrorClass(error.message, options);
  if (error.stack !== void 0) rebuilt.stack = error.stack;
  return rebuilt;
}

export {
  validateIsolated,
  runValidation
};
//# sourceMappingURL=chunk-CA2YZUJJ.js.map
