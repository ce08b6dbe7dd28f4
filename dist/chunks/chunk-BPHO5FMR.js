import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  BUNDLED_KUBERNETES_MINOR,
  OLDEST_KUBERNETES_MINOR
} from "./chunk-M6VYJO7U.js";
import {
  CONTROLLER_NAMESPACE,
  DEFAULT_SCOPE
} from "./chunk-PHYQ5BUW.js";
import {
  SEVERITY
} from "./chunk-IDSBZXJC.js";
import {
  InputError,
  ManifestValidationError
} from "./chunk-DYKBPGMV.js";

// src/manifests/validation-settings.ts
var FAIL_ON = { error: "error", warning: "warning" };
var SOURCE_FORMATS = ["unstructured", "hierarchy"];
var DEFAULT_ROOT_SYNC = DEFAULT_SCOPE.name;
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var MAX_ROOT_SYNC_NAME = 38;
var MAX_REPO_SYNC_NAME_AND_NAMESPACE = 45;
function parseSourceFormat(value, name) {
  const text = value.trim();
  if (text === "") return "unstructured";
  const format = SOURCE_FORMATS.find((f) => f === text);
  if (format === void 0) {
    throw new InputError(`${name.label} is "${text}", expected ${SOURCE_FORMATS.join(" or ")}`, {
      hint: `e.g. ${name.example("hierarchy")}`
    });
  }
  return format;
}
function parseFailOn(value, name) {
  const text = value.trim();
  if (text === "" || text === FAIL_ON.error) return FAIL_ON.error;
  if (text === FAIL_ON.warning) return FAIL_ON.warning;
  throw new InputError(`${name.label} is "${text}", expected error or warning`, {
    hint: `e.g. ${name.example("warning")} to fail on warnings too`
  });
}
function parseKubernetesVersion(value, name) {
  const text = value.trim();
  if (text === "") return void 0;
  const hint = `e.g. ${name.example(`1.${BUNDLED_KUBERNETES_MINOR}`)}`;
  const match = /^v?1\.(0|[1-9]\d{0,2})(?:\.\d+)?$/.exec(text);
  if (match === null)
    throw new InputError(`${name.label} is "${text}", expected a Kubernetes minor version`, { hint });
  const minor = Number(match[1]);
  if (minor < OLDEST_KUBERNETES_MINOR || minor > BUNDLED_KUBERNETES_MINOR) {
    throw new InputError(
      `${name.label} is "${text}": the schema checks support Kubernetes 1.${OLDEST_KUBERNETES_MINOR} to 1.${BUNDLED_KUBERNETES_MINOR} (the bundled schemas are 1.${BUNDLED_KUBERNETES_MINOR})`,
      { hint }
    );
  }
  return `1.${minor}`;
}
function parseSyncScope(rootSync, repoSync, names) {
  const root = rootSync?.trim() ?? "";
  const repo = repoSync?.trim() ?? "";
  if (root !== "" && repo !== "") {
    throw new InputError(
      `exactly one of ${names.rootSync.label} and ${names.repoSync.label} may be set: a source is synced by a RootSync or by a RepoSync`,
      {
        hint: `e.g. ${names.repoSync.example("shop/repo-sync")} for a namespace repo, or ${names.rootSync.example(DEFAULT_ROOT_SYNC)} for a root repo`
      }
    );
  }
  if (repo !== "") return parseRepoSync(repo, names.repoSync);
  const name = root === "" ? DEFAULT_ROOT_SYNC : root;
  checkName(name, names.rootSync, DEFAULT_ROOT_SYNC);
  if (name.length > MAX_ROOT_SYNC_NAME) {
    throw new InputError(
      `${names.rootSync.label} "${name}" is ${name.length} characters; Config Sync allows at most ${MAX_ROOT_SYNC_NAME} for a RootSync name`
    );
  }
  return { kind: "root", name };
}
function parseRepoSync(text, name) {
  const parts = text.split("/");
  if (parts.length !== 2 || parts[0] === "" || parts[1] === "") {
    throw new InputError(`${name.label} is "${text}", expected NAMESPACE/NAME of the RepoSync`, {
      hint: `e.g. ${name.example("shop/repo-sync")}`
    });
  }
  const [namespace, syncName] = parts;
  if (!DNS_LABEL.test(namespace) || namespace.length > 63) {
    throw new InputError(
      `${name.label}: the namespace "${namespace}" is not a valid namespace name (lower-case letters, digits and "-")`,
      {
        hint: `e.g. ${name.example("shop/repo-sync")}`
      }
    );
  }
  if (namespace === CONTROLLER_NAMESPACE) {
    throw new InputError(
      `${name.label}: a RepoSync cannot live in ${CONTROLLER_NAMESPACE} (Config Sync's KNV1061)`,
      { hint: `e.g. ${name.example("shop/repo-sync")}` }
    );
  }
  checkName(syncName, name, "shop/repo-sync");
  if (namespace.length + syncName.length > MAX_REPO_SYNC_NAME_AND_NAMESPACE) {
    throw new InputError(
      `${name.label} "${text}": Config Sync allows at most ${MAX_REPO_SYNC_NAME_AND_NAMESPACE} characters for a RepoSync's namespace and name together, got ${namespace.length + syncName.length}`
    );
  }
  return { kind: "namespace", namespace, name: syncName };
}
function checkName(value, name, example) {
  if (!DNS_SUBDOMAIN.test(value) || value.length > 253) {
    throw new InputError(
      `${name.label}: "${value}" is not a valid object name (lower-case letters, digits, "-" and ".")`,
      { hint: `e.g. ${name.example(example)}` }
    );
  }
}
function countSeverities(findings) {
  const errors = findings.filter((f) => f.severity === SEVERITY.error).length;
  return { errors, warnings: findings.length - errors };
}
function failsRun(findings, failOn) {
  const { errors, warnings } = countSeverities(findings);
  return errors > 0 || failOn === FAIL_ON.warning && warnings > 0;
}
function validationFailure(findings, failOn, outcome) {
  if (!failsRun(findings, failOn)) return void 0;
  return new ManifestValidationError(`${describeFailure(findings, failOn)}; ${outcome}`, { findings });
}
function describeFailure(findings, failOn) {
  const { errors, warnings } = countSeverities(findings);
  if (failOn === FAIL_ON.error || warnings === 0) return plural(errors, "validation error");
  if (errors === 0) return `${plural(warnings, "validation warning")} (fail-on: warning)`;
  return `${plural(errors, "validation error")} and ${plural(warnings, "warning")} (fail-on: warning)`;
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

export {
  FAIL_ON,
  DEFAULT_ROOT_SYNC,
  parseSourceFormat,
  parseFailOn,
  parseKubernetesVersion,
  parseSyncScope,
  countSeverities,
  failsRun,
  validationFailure,
  describeFailure
};
//# sourceMappingURL=chunk-BPHO5FMR.js.map
