import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  UsageError,
  str
} from "./chunk-Y4E5J6JL.js";
import {
  causeChain,
  describeError
} from "./chunk-DYKBPGMV.js";

// src/cli/registry-flags.ts
import { resolve } from "node:path";
var REGISTRY_FLAG_OPTIONS = {
  username: { type: "string", short: "u" },
  "password-stdin": { type: "boolean" },
  insecure: { type: "boolean" },
  "ca-file": { type: "string" }
};
async function readRegistryFlags(values, io, command) {
  const username = str(values["username"]);
  const passwordStdin = values["password-stdin"] === true;
  const caFile = str(values["ca-file"]);
  const base = {
    insecure: values["insecure"] === true,
    ...caFile === void 0 ? {} : { caFile: resolve(caFile) }
  };
  if (username === void 0 && !passwordStdin) return base;
  if (username === void 0 || !passwordStdin) {
    throw new UsageError("--username and --password-stdin go together", {
      hint: `echo "$TOKEN" | configsync-oci ${command} -u USER --password-stdin \u2026`
    });
  }
  const password = (await io.readStdin()).replace(/\r?\n$/, "");
  if (password === "") throw new UsageError("--password-stdin: stdin was empty");
  return { ...base, credentials: { username, password, source: "--username/--password-stdin" } };
}
function printCliError(error, io) {
  if (io.env["CONFIGSYNC_OCI_DEBUG"] === "1") io.stderr(`${causeChain(error).join("\ncaused by: ")}
`);
  const { message, hint } = describeError(error);
  io.stderr(`configsync-oci: error: ${message}
${hint === void 0 ? "" : `hint: ${hint}
`}`);
}

export {
  REGISTRY_FLAG_OPTIONS,
  readRegistryFlags,
  printCliError
};
//# sourceMappingURL=chunk-DX4CVWKC.js.map
