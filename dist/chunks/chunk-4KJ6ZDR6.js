import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  InputError
} from "./chunk-DYKBPGMV.js";

// src/preview/pull-request-event.ts
import { readFile } from "node:fs/promises";
var PREVIEW_EVENTS = ["pull_request", "pull_request_target"];
var CLOSED_ACTION = "closed";
async function readPullRequestEvent(env, modeName) {
  const eventName = env["GITHUB_EVENT_NAME"] ?? "";
  if (!PREVIEW_EVENTS.includes(eventName)) {
    throw new InputError(
      `mode "${modeName}" runs on pull_request events, but this run is for "${eventName || "no event"}"`,
      {
        hint: "trigger the workflow with on: pull_request: types: [opened, synchronize, reopened, closed]"
      }
    );
  }
  return pullRequestFrom(eventName, await readPayload(env), env["GITHUB_REPOSITORY"] ?? "");
}
function pullRequestFrom(eventName, payload, repositoryEnv) {
  const pull = record(payload["pull_request"]);
  const head = record(pull["head"]);
  const base = record(pull["base"]);
  const number = typeof pull["number"] === "number" ? pull["number"] : payload["number"];
  const repository = repositoryEnv || text(record(payload["repository"])["full_name"]);
  if (typeof number !== "number" || !Number.isInteger(number) || number <= 0 || text(head["sha"]) === "") {
    throw new InputError(`the ${eventName} event payload names no pull request (number and head.sha)`, {
      hint: "GITHUB_EVENT_PATH must be the pull_request event the runner wrote"
    });
  }
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository))
    throw new InputError(`GITHUB_REPOSITORY "${repository}" is not OWNER/NAME`);
  return {
    eventName,
    action: text(payload["action"]),
    number,
    headSha: text(head["sha"]),
    headRef: text(head["ref"]),
    baseRef: text(base["ref"]),
    merged: pull["merged"] === true,
    repository
  };
}
async function readPayload(env) {
  const path = env["GITHUB_EVENT_PATH"] ?? "";
  if (path === "") return {};
  try {
    return record(JSON.parse(await readFile(path, "utf8")));
  } catch (cause) {
    throw new InputError(`the event payload ${path} cannot be read`, { cause });
  }
}
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function text(value) {
  return typeof value === "string" ? value : "";
}

export {
  CLOSED_ACTION,
  readPullRequestEvent
};
//# sourceMappingURL=chunk-4KJ6ZDR6.js.map
