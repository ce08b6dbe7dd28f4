import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  FORMAT
} from "./chunk-JU2JAGYK.js";
import {
  InputError
} from "./chunk-DYKBPGMV.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var EXIT = { ok: 0, failed: 1, usage: 2 };
var UsageError = class extends InputError {
};
function parseCommandArgs(args, options) {
  try {
    const parsed = parseArgs({
      args: joinNegativeValues(args, options),
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true
    });
    return { values: parsed.values, positionals: parsed.positionals };
  } catch (cause) {
    throw new UsageError(cause instanceof Error ? cause.message : String(cause), {
      hint: "see configsync-oci help"
    });
  }
}
function joinNegativeValues(args, options) {
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const next = args[i + 1];
    const spec = arg.startsWith("--") ? options[arg.slice(2)] : void 0;
    if (spec?.type === "string" && next !== void 0 && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}
function parseFormat(value) {
  if (value === void 0 || value === FORMAT.text) return FORMAT.text;
  if (value === FORMAT.json) return FORMAT.json;
  throw new UsageError(`--format "${String(value)}" is not supported`, {
    hint: "use --format text or --format json"
  });
}
function str(value) {
  return typeof value === "string" ? value : void 0;
}
function strs(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}

// src/cli/command-summaries.ts
var SUMMARY = {
  publish: "validate DIR, pack it into one deterministic tar+gzip layer and push it",
  validate: "check the manifests in DIR with Config Sync's rules, push nothing",
  diff: "compare two artifacts or directories object by object (exit 1 when they differ)",
  promote: "add tags to an existing artifact without uploading anything (e.g. a tested digest to prod)",
  writeBack: "set a RootSync/RepoSync's spec.oci.image (or a marked value) in a config repo: commit or pull request",
  status: "show the sync status of a RootSync/RepoSync in clusters, like nomos status (Node 22+)",
  rollout: "point a RootSync/RepoSync at a digest in clusters and wait until synced (Node 22+)",
  bootstrap: "one-time setup: repository, IAM, first artifact, RootSync/RepoSync, wait (Node 22+)",
  verify: "check an artifact's signatures and attestations against a key or keyless identity (Node 22+)"
};

export {
  EXIT,
  UsageError,
  parseCommandArgs,
  parseFormat,
  str,
  strs,
  optional,
  SUMMARY
};
//# sourceMappingURL=chunk-55BG56ZH.js.map
