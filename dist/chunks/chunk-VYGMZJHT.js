import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  parseFailOn,
  parseKubernetesVersion,
  parseSourceFormat,
  parseSyncScope
} from "./chunk-BPHO5FMR.js";
import {
  UsageError,
  str
} from "./chunk-Y4E5J6JL.js";

// src/cli/validation-flags.ts
var VALIDATION_FLAG_OPTIONS = {
  "source-format": { type: "string" },
  "root-sync": { type: "string" },
  "repo-sync": { type: "string" },
  "allow-secrets": { type: "boolean" },
  "no-schema-checks": { type: "boolean" },
  "kubernetes-version": { type: "string" },
  render: { type: "boolean" },
  "fail-on": { type: "string" }
};
var VALIDATE_FORMAT = { text: "text", json: "json", sarif: "sarif" };
function readValidationFlags(values) {
  const kubernetesVersion = parseKubernetesVersion(
    str(values["kubernetes-version"]) ?? "",
    flagName("kubernetes-version")
  );
  return {
    validation: {
      sourceFormat: parseSourceFormat(str(values["source-format"]) ?? "", flagName("source-format")),
      scope: parseSyncScope(str(values["root-sync"]), str(values["repo-sync"]), {
        rootSync: flagName("root-sync"),
        repoSync: flagName("repo-sync")
      }),
      allowSecrets: values["allow-secrets"] === true,
      schemaChecks: values["no-schema-checks"] !== true,
      ...kubernetesVersion === void 0 ? {} : { kubernetesVersion }
    },
    render: values["render"] === true,
    failOn: parseFailOn(str(values["fail-on"]) ?? "", flagName("fail-on"))
  };
}
function parseValidateFormat(value) {
  if (value === void 0) return VALIDATE_FORMAT.text;
  const format = Object.values(VALIDATE_FORMAT).find((f) => f === value);
  if (format === void 0) {
    throw new UsageError(`--format "${String(value)}" is not supported`, {
      hint: "use --format text, --format json or --format sarif"
    });
  }
  return format;
}
function flagName(flag) {
  return { label: `--${flag}`, example: (value) => `--${flag} ${value}` };
}

export {
  VALIDATION_FLAG_OPTIONS,
  VALIDATE_FORMAT,
  readValidationFlags,
  parseValidateFormat
};
//# sourceMappingURL=chunk-VYGMZJHT.js.map
