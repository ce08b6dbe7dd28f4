import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  parseRepositoryLabels,
  parseRetries
} from "./chunk-EY52L45C.js";
import {
  parseRunTimeout,
  runDeadline
} from "./chunk-BHYY5VJ3.js";
import {
  UsageError,
  str,
  strs
} from "./chunk-Y4E5J6JL.js";

// src/cli/push-flags.ts
var PUSH_FLAG_OPTIONS = {
  "access-token-stdin": { type: "boolean" },
  retries: { type: "string" },
  "mount-from": { type: "string", multiple: true },
  "create-repository": { type: "boolean" },
  "repository-description": { type: "string" },
  "repository-label": { type: "string", multiple: true }
};
var TIMEOUT_FLAG_OPTION = { timeout: { type: "string" } };
function readTimeoutFlag(values) {
  return runDeadline(parseRunTimeout(str(values["timeout"]) ?? "", "--timeout"));
}
async function readPushFlags(values, io) {
  const tokenStdin = values["access-token-stdin"] === true;
  if (tokenStdin && (values["password-stdin"] === true || values["username"] !== void 0)) {
    throw new UsageError("--access-token-stdin replaces --username/--password-stdin: give one of them", {
      hint: "for Google registries: gcloud auth print-access-token | configsync-oci publish --access-token-stdin \u2026"
    });
  }
  const create = values["create-repository"] === true;
  const description = str(values["repository-description"]);
  const labels = parseRepositoryLabels(
    strs(values["repository-label"]).join("\n"),
    "--repository-label",
    "--repository-label"
  );
  if (!create && (description !== void 0 || Object.keys(labels).length > 0)) {
    throw new UsageError(
      "--repository-description and --repository-label apply only with --create-repository"
    );
  }
  const retries = parseRetries(str(values["retries"]) ?? "", "--retries", "--retries");
  const accessToken = tokenStdin ? (await io.readStdin()).trim() : void 0;
  if (accessToken === "") throw new UsageError("--access-token-stdin: stdin was empty");
  return {
    env: io.env,
    retries,
    mountFrom: strs(values["mount-from"]),
    repository: { create, labels, ...description === void 0 ? {} : { description } },
    ...accessToken === void 0 ? {} : { accessToken }
  };
}

export {
  PUSH_FLAG_OPTIONS,
  TIMEOUT_FLAG_OPTION,
  readTimeoutFlag,
  readPushFlags
};
//# sourceMappingURL=chunk-UKZ4ZHOA.js.map
