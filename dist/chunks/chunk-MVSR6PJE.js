import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  KustomizeMissingError
} from "./chunk-LKXBKSCP.js";
import {
  ActionError,
  InputError,
  ManifestValidationError,
  SourceError
} from "./chunk-DYKBPGMV.js";

// src/manifests/validate-isolated.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var YOUNG_GENERATION_MB = 16;
var VALIDATE_WORKER_ENV = "CONFIGSYNC_OCI_VALIDATE_WORKER";
var WORKER_SOURCE = "./validate-worker.ts";
var WORKER_BUNDLED = ["./validate-worker.js", "../validate-worker.js"];
function startValidator(options) {
  if (process.env[VALIDATE_WORKER_ENV] === "0")
    return { validate: (tree) => validateInThisThread(tree, options), close: async () => {
    } };
  return new WorkerValidator(workerScript(), options);
}
async function closingOnError(validator, work) {
  try {
    return await work();
  } catch (error) {
    await validator.close();
    throw error;
  }
}
async function validateInThisThread(tree, options) {
  const { loadAndValidate } = await import("./validate-5G65NAWA.js");
  const loaded = await loadAndValidate(tree, options);
  return {
    findings: loaded.findings,
    manifestFiles: loaded.manifestFiles,
    objectCount: loaded.objects.length,
    ...loaded.rendered === void 0 ? {} : { rendered: loaded.rendered }
  };
}
var WorkerValidator = class {
  #worker;
  /** Settles with the worker's answer, or with why it stopped without one. */
  #reply;
  constructor(script, options) {
    const setup = { options };
    this.#worker = new Worker(script, {
      workerData: setup,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
    });
    this.#reply = new Promise((resolve, reject) => {
      this.#worker.once("message", resolve);
      this.#worker.once("error", reject);
      this.#worker.once(
        "exit",
        (code) => reject(new ActionError(`the validation worker stopped (exit code ${code}) before it answered`))
      );
    });
    this.#reply.catch(() => {
    });
  }
  async validate(tree) {
    this.#worker.postMessage(tree);
    try {
      const reply = await this.#reply;
      if (reply.error !== void 0) throw rebuildError(reply.error);
      return reply.ok;
    } finally {
      await this.close();
    }
  }
  async close() {
    await this.#worker.terminate();
  }
};
function workerScript() {
  const here = import.meta.url;
  const candidates = (here.endsWith(".ts") ? [WORKER_SOURCE] : WORKER_BUNDLED).map(
    (name) => new URL(name, here)
  );
  const found = candidates.find((url) => existsSync(fileURLToPath(url)));
  if (found === void 0) {
    throw new ActionError(
      `the validation worker script is missing (looked for ${candidates.map((url) => fileURLToPath(url)).join(", ")})`,
      {
        hint: `the bundle is incomplete: reinstall it, or set ${VALIDATE_WORKER_ENV}=0 to validate in the main thread`
      }
    );
  }
  return found;
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
  startValidator,
  closingOnError,
  validateInThisThread
};
//# sourceMappingURL=chunk-MVSR6PJE.js.map
