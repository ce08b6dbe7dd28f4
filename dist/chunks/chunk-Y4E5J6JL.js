import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  FORMAT
} from "./chunk-AB3UUCUA.js";
import {
  InputError
} from "./chunk-DYKBPGMV.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var EXIT = { ok: 0, failed: 1, usage: 2 };
var UsageError = class extends InputError {
};
function parseCommandArgs(args, options, command) {
  const all = { ...options, help: { type: "boolean", short: "h" } };
  const hint = command === void 0 ? "see configsync-oci help" : `see configsync-oci help ${command}`;
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(args, options),
      options: all,
      allowPositionals: true,
      strict: true,
      tokens: true
    });
  } catch (cause) {
    throw new UsageError(parseErrorMessage(cause, all, command), { hint });
  }
  const seen = /* @__PURE__ */ new Set();
  for (const token of parsed.tokens) {
    if (token.kind !== "option") continue;
    const spec = all[token.name];
    if (spec?.type !== "string" || spec.multiple === true) continue;
    if (seen.has(token.name))
      throw new UsageError(`--${token.name} is given more than once${forCommand(command)}; give it once`, {
        hint
      });
    seen.add(token.name);
  }
  return { values: parsed.values, positionals: parsed.positionals };
}
function forCommand(command) {
  return command === void 0 ? "" : ` for ${command}`;
}
function parseErrorMessage(cause, options, command) {
  const raw = cause instanceof Error ? cause.message : String(cause);
  const code = cause?.code;
  const unknown = /^Unknown option '([^']+)'/.exec(raw);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown?.[1] !== void 0) {
    const given = unknown[1];
    const suggestion = closestOption(given, options);
    return `unknown option ${given}${forCommand(command)}${suggestion === void 0 ? "" : ` (did you mean ${suggestion}?)`}`;
  }
  const missing = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(raw);
  if (missing?.[1] !== void 0) return `${missing[1]} needs a value`;
  const noValue = /^Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(raw);
  if (noValue?.[1] !== void 0) return `${noValue[1]} takes no value`;
  return raw;
}
function closestOption(given, options) {
  const name = given.replace(/^-+/, "").split("=")[0] ?? "";
  if (!given.startsWith("--")) return void 0;
  let best;
  for (const candidate of Object.keys(options)) {
    const distance = candidate.startsWith(name) || name.startsWith(candidate) ? 1 : editDistance(name, candidate);
    if (distance <= 2 && (best === void 0 || distance < best.distance))
      best = { name: candidate, distance };
  }
  return best === void 0 ? void 0 : `--${best.name}`;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
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
function nonEmptyStrs(value, flag) {
  const values = strs(value);
  if (values.some((v) => v.trim() === ""))
    throw new UsageError(`${flag} is empty`, { hint: `give ${flag} a value, e.g. ${flag} v1` });
  return values;
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
  nonEmptyStrs,
  SUMMARY
};
//# sourceMappingURL=chunk-Y4E5J6JL.js.map
