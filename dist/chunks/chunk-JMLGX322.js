import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  InputError
} from "./chunk-DYKBPGMV.js";

// src/tags/tag-context.ts
import { readFile } from "node:fs/promises";
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function tagContextFrom(env, payload, revision, times) {
  const eventName = env["GITHUB_EVENT_NAME"] ?? "";
  let ref = env["GITHUB_REF"] ?? "";
  const prNumber = payload.pull_request?.number ?? payload.number;
  if (eventName === "pull_request_target" && prNumber !== void 0) ref = `refs/pull/${prNumber}/merge`;
  const sha = (PR_EVENTS.has(eventName) ? payload.pull_request?.head?.sha : void 0) ?? revision ?? env["GITHUB_SHA"] ?? "";
  const baseRef = baseRefOf(ref, payload);
  const defaultBranch = payload.repository?.default_branch;
  return {
    eventName,
    ref,
    sha,
    now: times.now,
    ...times.commitDate === void 0 ? {} : { commitDate: times.commitDate },
    ...defaultBranch === void 0 ? {} : { defaultBranch },
    ...baseRef === void 0 ? {} : { baseRef }
  };
}
function baseRefOf(ref, payload) {
  if (ref.startsWith("refs/tags/") && typeof payload.base_ref === "string")
    return payload.base_ref.replace(/^refs\/heads\//, "");
  if (ref.startsWith("refs/pull/")) return payload.pull_request?.base?.ref;
  return void 0;
}
async function readEventPayload(env) {
  const path = env["GITHUB_EVENT_PATH"];
  if (path === void 0 || path === "") return {};
  const text = await readFile(path, "utf8").catch(() => void 0);
  if (text === void 0) return {};
  return parseEventFile(text, path);
}
function parseEventFile(text, path) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new InputError(`the event file ${path} (GITHUB_EVENT_PATH) is not valid JSON`, {
      cause,
      hint: "GITHUB_EVENT_PATH must name the event payload the runner wrote"
    });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new InputError(
      `the event file ${path} (GITHUB_EVENT_PATH) holds ${Array.isArray(parsed) ? "an array" : JSON.stringify(parsed)}, not a JSON object`,
      {
        hint: "GITHUB_EVENT_PATH must name the event payload the runner wrote"
      }
    );
  }
  return parsed;
}
function branchOf(ref) {
  return ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : "";
}
function gitTagOf(ref) {
  return ref.startsWith("refs/tags/") ? ref.slice("refs/tags/".length) : "";
}
function pullRequestOf(ref) {
  return /^refs\/pull\/([^/]+)\/(?:merge|head)$/.exec(ref)?.[1] ?? "";
}
function isDefaultBranch(context) {
  const branch = branchOf(context.ref);
  if (branch === "") return false;
  if (context.defaultBranch !== void 0 && context.defaultBranch === branch) return true;
  return /create|discussion|issues|schedule/.test(context.eventName);
}

export {
  tagContextFrom,
  readEventPayload,
  parseEventFile,
  branchOf,
  gitTagOf,
  pullRequestOf,
  isDefaultBranch
};
//# sourceMappingURL=chunk-JMLGX322.js.map
