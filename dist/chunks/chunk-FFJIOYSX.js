import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  parseEventFile
} from "./chunk-JMLGX322.js";
import {
  InputError
} from "./chunk-DYKBPGMV.js";

// src/source/source-info.ts
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
var run = promisify(execFile);
async function detectSourceInfo(dir, env, overrides = {}) {
  const event = await readEvent(env);
  const revision = overrides.revision ?? event?.pull_request?.head?.sha ?? nonEmpty(env["GITHUB_SHA"]) ?? await gitOutput(dir, ["rev-parse", "HEAD"]);
  const url = overrides.url ?? repositoryUrl(env);
  const created = overrides.created ?? await commitTime(dir, revision, event, env);
  return {
    ...revision === void 0 ? {} : { revision },
    ...url === void 0 ? {} : { url },
    ...created === void 0 ? {} : { created: normalizeTime(created, "created") }
  };
}
async function readEvent(env) {
  const path = nonEmpty(env["GITHUB_EVENT_PATH"]);
  if (path === void 0) return void 0;
  const text = await readFile(path, "utf8").catch(() => void 0);
  return text === void 0 ? void 0 : parseEventFile(text, path);
}
function repositoryUrl(env) {
  const repository = nonEmpty(env["GITHUB_REPOSITORY"]);
  if (repository === void 0) return void 0;
  return `${nonEmpty(env["GITHUB_SERVER_URL"]) ?? "https://github.com"}/${repository}`;
}
async function commitTime(dir, revision, event, env) {
  const head = event?.head_commit;
  if (head?.timestamp !== void 0 && head.id === revision) return head.timestamp;
  if (revision !== void 0) {
    const fromGit = await gitOutput(nonEmpty(env["GITHUB_WORKSPACE"]) ?? dir, [
      "show",
      "-s",
      "--format=%cI",
      revision
    ]);
    if (fromGit !== void 0) return fromGit;
  }
  const epoch = nonEmpty(env["SOURCE_DATE_EPOCH"]);
  return epoch === void 0 ? void 0 : new Date(Number(epoch) * 1e3).toISOString();
}
function normalizeTime(text, inputName) {
  const time = new Date(text);
  if (Number.isNaN(time.getTime())) {
    throw new InputError(`${inputName} "${text}" is not a date`, {
      hint: "use RFC 3339, e.g. 2026-01-02T03:04:05Z"
    });
  }
  return time.toISOString().replace(/\.\d{3}Z$/, "Z");
}
async function gitOutput(cwd, args) {
  try {
    const { stdout } = await run("git", args, { cwd, timeout: 1e4 });
    return nonEmpty(stdout.trim());
  } catch {
    return void 0;
  }
}
function nonEmpty(value) {
  return value === void 0 || value === "" ? void 0 : value;
}

export {
  detectSourceInfo
};
//# sourceMappingURL=chunk-FFJIOYSX.js.map
