import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  lines,
  parseBoolean
} from "./chunk-CKU2FG4C.js";
import {
  OCI_AUTH,
  checkCaPem,
  checkGcpServiceAccountEmail,
  checkSourceFormat,
  defaultOciAuth,
  secretRefsOf,
  syncDirOf,
  syncSecretsOf
} from "./chunk-ICATBVXJ.js";
import {
  DEFAULT_ROOT_SYNC,
  parseFailOn,
  parseKubernetesVersion,
  parseSourceFormat,
  parseSyncScope
} from "./chunk-BPHO5FMR.js";
import {
  parseDuration
} from "./chunk-JAJQMYNP.js";
import {
  SYNC_KIND,
  checkSyncRef,
  rootSyncRef
} from "./chunk-L5E3S6CR.js";
import {
  InputError
} from "./chunk-DYKBPGMV.js";

// src/action/rollout-inputs.ts
import { readFileSync } from "node:fs";
import { resolve as resolve2 } from "node:path";

// src/action/validation-inputs.ts
import { resolve } from "node:path";
var VALIDATION_INPUT = {
  sourceFormat: "source-format",
  rootSync: "root-sync",
  repoSync: "repo-sync",
  allowSecrets: "allow-secrets",
  schemaChecks: "schema-checks",
  kubernetesVersion: "kubernetes-version",
  render: "render",
  failOn: "fail-on",
  sarifFile: "sarif-file"
};
function readValidationInputs(read, workspace) {
  const kubernetesVersion = parseKubernetesVersion(
    read(VALIDATION_INPUT.kubernetesVersion),
    inputName(VALIDATION_INPUT.kubernetesVersion)
  );
  const sarifFile = read(VALIDATION_INPUT.sarifFile).trim();
  return {
    validation: {
      sourceFormat: parseSourceFormat(
        read(VALIDATION_INPUT.sourceFormat),
        inputName(VALIDATION_INPUT.sourceFormat)
      ),
      scope: parseSyncScope(rootSyncInput(read), read(VALIDATION_INPUT.repoSync), {
        rootSync: inputName(VALIDATION_INPUT.rootSync),
        repoSync: inputName(VALIDATION_INPUT.repoSync)
      }),
      allowSecrets: parseBoolean(read(VALIDATION_INPUT.allowSecrets), VALIDATION_INPUT.allowSecrets),
      schemaChecks: booleanWithDefault(
        read(VALIDATION_INPUT.schemaChecks),
        VALIDATION_INPUT.schemaChecks,
        true
      ),
      ...kubernetesVersion === void 0 ? {} : { kubernetesVersion }
    },
    render: parseBoolean(read(VALIDATION_INPUT.render), VALIDATION_INPUT.render),
    failOn: parseFailOn(read(VALIDATION_INPUT.failOn), inputName(VALIDATION_INPUT.failOn)),
    ...sarifFile === "" ? {} : { sarifFile: resolve(workspace, sarifFile) }
  };
}
function rootSyncInput(read) {
  const value = read(VALIDATION_INPUT.rootSync).trim();
  return value === DEFAULT_ROOT_SYNC && read(VALIDATION_INPUT.repoSync).trim() !== "" ? "" : value;
}
function booleanWithDefault(value, name, fallback) {
  return value.trim() === "" ? fallback : parseBoolean(value, name);
}
function inputName(name) {
  return { label: `input "${name}"`, example: (value) => `${name}: ${value}` };
}

// src/action/rollout-inputs.ts
var ROLLOUT_INPUT = {
  rollout: "rollout",
  kubeconfig: "kubeconfig",
  contexts: "contexts",
  canaryContexts: "canary-contexts",
  concurrency: "concurrency",
  createSync: "create-sync",
  syncDir: "sync-dir",
  syncAuth: "sync-auth",
  gcpServiceAccountEmail: "gcp-service-account-email",
  syncUsername: "sync-username",
  syncToken: "sync-token",
  syncSecretName: "sync-secret-name",
  syncCaFile: "sync-ca-file",
  syncCaSecretName: "sync-ca-secret-name",
  restartReconciler: "restart-reconciler",
  wait: "wait",
  waitTimeout: "wait-timeout",
  rollbackOnFailure: "rollback-on-failure"
};
var MAX_CONCURRENCY = 50;
function readRolloutInputs(read, workspace, image, mask) {
  const enabled = parseBoolean(read(ROLLOUT_INPUT.rollout), ROLLOUT_INPUT.rollout);
  const { validation } = readValidationInputs(read, workspace);
  const ref = syncRefOf(validation.scope);
  checkSyncRef(
    ref,
    ref.kind === SYNC_KIND.root ? `input "${VALIDATION_INPUT.rootSync}"` : `input "${VALIDATION_INPUT.repoSync}"`
  );
  const wait = booleanOr(read(ROLLOUT_INPUT.wait), ROLLOUT_INPUT.wait, true);
  const canaries = lines(read(ROLLOUT_INPUT.canaryContexts));
  if (canaries.length > 0 && !wait) {
    throw new InputError(
      `input "${ROLLOUT_INPUT.canaryContexts}" needs "${ROLLOUT_INPUT.wait}: true": the other clusters wait for the canaries to sync`
    );
  }
  const secrets = readSyncSecrets(read, workspace, ref, mask);
  const createSync = parseBoolean(read(ROLLOUT_INPUT.createSync), ROLLOUT_INPUT.createSync);
  const create = createSync ? readCreateSpec(read, ref, validation.sourceFormat ?? "unstructured", image, secrets) : void 0;
  return {
    enabled,
    ref,
    selection: {
      kubeconfigs: lines(read(ROLLOUT_INPUT.kubeconfig)).map((file) => resolve2(workspace, file)),
      contexts: lines(read(ROLLOUT_INPUT.contexts))
    },
    canaries,
    concurrency: parseConcurrency(read(ROLLOUT_INPUT.concurrency)),
    ...create === void 0 ? {} : { create },
    ...secrets === void 0 ? {} : { secrets },
    wait,
    timeoutMs: parseDuration(read(ROLLOUT_INPUT.waitTimeout) || "5m", ROLLOUT_INPUT.waitTimeout),
    rollbackOnFailure: parseBoolean(read(ROLLOUT_INPUT.rollbackOnFailure), ROLLOUT_INPUT.rollbackOnFailure)
  };
}
function syncRefOf(scope) {
  if (scope === void 0) return rootSyncRef("root-sync");
  return scope.kind === "root" ? rootSyncRef(scope.name) : { kind: SYNC_KIND.repo, namespace: scope.namespace, name: scope.name };
}
function readCreateSpec(read, ref, sourceFormat, image, secrets) {
  checkSourceFormat(ref, sourceFormat, `input "${VALIDATION_INPUT.sourceFormat}"`);
  const dir = syncDirOf(
    read(ROLLOUT_INPUT.syncDir),
    `input "${ROLLOUT_INPUT.syncDir}"`,
    `${ROLLOUT_INPUT.syncDir}: .`
  );
  const authText = read(ROLLOUT_INPUT.syncAuth).trim();
  const auth = authText === "" ? secrets?.token !== void 0 ? "token" : defaultAuth(image) : parseAuth(authText);
  const email = read(ROLLOUT_INPUT.gcpServiceAccountEmail).trim();
  if (auth === "gcpserviceaccount" && email === "") {
    throw new InputError(
      `"${ROLLOUT_INPUT.syncAuth}: gcpserviceaccount" needs input "${ROLLOUT_INPUT.gcpServiceAccountEmail}"`,
      {
        hint: `e.g. ${ROLLOUT_INPUT.gcpServiceAccountEmail}: config-sync@my-project.iam.gserviceaccount.com`
      }
    );
  }
  if (email !== "" && auth !== "gcpserviceaccount") {
    throw new InputError(
      `input "${ROLLOUT_INPUT.gcpServiceAccountEmail}" is used only with "${ROLLOUT_INPUT.syncAuth}: gcpserviceaccount" (it is ${auth})`
    );
  }
  if (email !== "") checkGcpServiceAccountEmail(email, `input "${ROLLOUT_INPUT.gcpServiceAccountEmail}"`);
  return {
    sourceFormat,
    dir,
    auth,
    ...email === "" ? {} : { gcpServiceAccountEmail: email },
    ...secretRefsOf(secrets)
  };
}
function readSyncSecrets(read, workspace, ref, mask) {
  const token = read(ROLLOUT_INPUT.syncToken).replace(/\r?\n$/, "");
  if (token !== "") mask(token);
  const caFile = read(ROLLOUT_INPUT.syncCaFile).trim();
  const authText = read(ROLLOUT_INPUT.syncAuth).trim();
  if (authText !== "") parseAuth(authText);
  return syncSecretsOf(
    {
      auth: authText === "" ? void 0 : authText,
      username: read(ROLLOUT_INPUT.syncUsername),
      token,
      secretName: read(ROLLOUT_INPUT.syncSecretName),
      ...caFile === "" ? {} : { caPem: readCaFile(resolve2(workspace, caFile)) },
      caSecretName: read(ROLLOUT_INPUT.syncCaSecretName),
      restartReconciler: parseBoolean(read(ROLLOUT_INPUT.restartReconciler), ROLLOUT_INPUT.restartReconciler)
    },
    ref,
    {
      auth: `input "${ROLLOUT_INPUT.syncAuth}"`,
      username: `input "${ROLLOUT_INPUT.syncUsername}"`,
      token: `input "${ROLLOUT_INPUT.syncToken}"`,
      secretName: `input "${ROLLOUT_INPUT.syncSecretName}"`,
      caFile: `input "${ROLLOUT_INPUT.syncCaFile}"`,
      caSecretName: `input "${ROLLOUT_INPUT.syncCaSecretName}"`
    }
  );
}
function readCaFile(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new InputError(
      `input "${ROLLOUT_INPUT.syncCaFile}": cannot read ${file}: ${error.code ?? String(error)}`
    );
  }
  return checkCaPem(text, file, `input "${ROLLOUT_INPUT.syncCaFile}"`);
}
function parseAuth(text) {
  const auth = OCI_AUTH.find((a) => a === text);
  if (auth === void 0)
    throw new InputError(
      `input "${ROLLOUT_INPUT.syncAuth}" is "${text}", expected one of ${OCI_AUTH.join(", ")}`,
      {
        hint: `e.g. ${ROLLOUT_INPUT.syncAuth}: token (any registry, Config Sync 1.24+), or k8sserviceaccount (Google registries)`
      }
    );
  return auth;
}
function defaultAuth(image) {
  try {
    return defaultOciAuth(image);
  } catch {
    return "none";
  }
}
function parseConcurrency(text) {
  const value = text.trim() === "" ? 3 : Number(text.trim());
  if (!Number.isInteger(value) || value < 1 || value > MAX_CONCURRENCY) {
    throw new InputError(
      `input "${ROLLOUT_INPUT.concurrency}" is "${text}", expected a whole number from 1 to ${MAX_CONCURRENCY}`,
      { hint: `e.g. ${ROLLOUT_INPUT.concurrency}: 3` }
    );
  }
  return value;
}
function booleanOr(value, name, fallback) {
  return value.trim() === "" ? fallback : parseBoolean(value, name);
}

export {
  readValidationInputs,
  ROLLOUT_INPUT,
  readRolloutInputs
};
//# sourceMappingURL=chunk-XBTGJ63V.js.map
