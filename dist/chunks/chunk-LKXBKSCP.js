import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  ActionError
} from "./chunk-DYKBPGMV.js";

// src/manifests/kustomize/kustomize-runner.ts
import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
var KustomizeMissingError = class extends ActionError {
};
var DEFAULT_TIMEOUT_MS = 5 * 6e4;
var MAX_OUTPUT_BYTES = 512 * 1024 * 1024;
function findExecutable(command, env) {
  for (const dir of (env["PATH"] ?? "").split(delimiter)) {
    if (dir === "") continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
    }
  }
  return void 0;
}
function kustomizeCommand(dir, env) {
  const flags = [
    "--load-restrictor",
    "LoadRestrictionsNone",
    ...findExecutable("helm", env) === void 0 ? [] : ["--enable-helm"]
  ];
  const kubectl = findExecutable("kubectl", env);
  if (kubectl !== void 0) return { file: kubectl, args: ["kustomize", dir, ...flags] };
  const kustomize = findExecutable("kustomize", env);
  if (kustomize !== void 0) return { file: kustomize, args: ["build", dir, ...flags] };
  throw new KustomizeMissingError(
    "the directory has a kustomization.yaml, which Config Sync renders, but neither kubectl nor kustomize is on PATH to render it here",
    {
      hint: "Install kubectl (GitHub-hosted runners have it; e.g. azure/setup-kubectl) or kustomize, then run again."
    }
  );
}
async function runKustomize(dir, environment) {
  const { file, args } = kustomizeCommand(dir, environment.env);
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      env: toolEnvironment(environment.env),
      stdio: ["ignore", "pipe", "pipe"],
      timeout: environment.timeoutMs ?? DEFAULT_TIMEOUT_MS
    });
    const stdout = [];
    const stderr = [];
    let size = 0;
    child.stdout.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_OUTPUT_BYTES) child.kill();
      else stdout.push(chunk);
    });
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.on(
      "error",
      (error) => reject(new KustomizeMissingError(`cannot run ${file}: ${error.message}`, { cause: error }))
    );
    child.on("close", (code, signal) => {
      if (code === 0) return resolve({ ok: true, output: Buffer.concat(stdout).toString("utf8") });
      const why = signal === null ? "" : size > MAX_OUTPUT_BYTES ? ` (output over ${MAX_OUTPUT_BYTES} bytes)` : ` (stopped by ${signal}, e.g. the ${(environment.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1e3} s timeout)`;
      resolve({ ok: false, message: `${kustomizeMessage(Buffer.concat(stderr).toString("utf8"))}${why}` });
    });
  });
}
function toolEnvironment(env) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^(INPUT_|ACTIONS_)/i.test(name)));
}
function kustomizeMessage(stderr) {
  const text = stderr.trim();
  const klog = /"command failed" err="((?:[^"\\]|\\.)*)"/.exec(text);
  if (klog?.[1] !== void 0) return klog[1].replace(/\\(.)/g, "$1");
  return text.replace(/^Error: /, "") || "kustomize failed without a message";
}

export {
  KustomizeMissingError,
  runKustomize
};
//# sourceMappingURL=chunk-LKXBKSCP.js.map
