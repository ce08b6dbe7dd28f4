import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  OCI_AUTH,
  checkCaPem,
  checkGcpServiceAccountEmail,
  defaultOciAuth,
  syncSecretsOf
} from "./chunk-ICATBVXJ.js";
import {
  parseSyncScope
} from "./chunk-BPHO5FMR.js";
import {
  SYNC_KIND,
  checkSyncRef,
  rootSyncRef
} from "./chunk-L5E3S6CR.js";
import {
  UsageError,
  str,
  strs
} from "./chunk-Y4E5J6JL.js";

// src/cli/cluster-flags.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var CLUSTER_FLAG_OPTIONS = {
  kubeconfig: { type: "string", multiple: true },
  context: { type: "string", multiple: true },
  "root-sync": { type: "string", multiple: true },
  "repo-sync": { type: "string", multiple: true }
};
var CLUSTER_FLAGS_HELP = `  --kubeconfig FILE      kubeconfig file; repeatable (one cluster per file, its
                         current context). Default: KUBECONFIG, ~/.kube/config,
                         or the pod's service account
  --context NAME         kubeconfig context to use; repeatable (one cluster each)
  --root-sync NAME       the RootSync (in config-management-system)      (default root-sync)
  --repo-sync NS/NAME    a RepoSync instead
`;
function readClusterSelection(values) {
  return {
    kubeconfigs: strs(values["kubeconfig"]).map((file) => resolve(file)),
    contexts: strs(values["context"])
  };
}
function readSyncRefs(values) {
  const refs = [
    ...strs(values["root-sync"]).map((name) => refOf(parseSyncScope(name, void 0, names))),
    ...strs(values["repo-sync"]).map((text) => refOf(parseSyncScope(void 0, text, names)))
  ];
  for (const ref of refs) checkSyncRef(ref, ref.kind === SYNC_KIND.root ? "--root-sync" : "--repo-sync");
  return refs.length > 0 ? refs : [rootSyncRef("root-sync")];
}
var flag = (name) => ({ label: `--${name}`, example: (value) => `--${name} ${value}` });
var names = { rootSync: flag("root-sync"), repoSync: flag("repo-sync") };
function refOf(scope) {
  return scope.kind === "root" ? rootSyncRef(scope.name) : { kind: SYNC_KIND.repo, namespace: scope.namespace, name: scope.name };
}
function readSyncAuth(values, image, secrets) {
  const authFlag = str(values["sync-auth"]);
  const auth = authFlag === void 0 ? secrets?.token !== void 0 ? "token" : defaultOciAuth(image) : OCI_AUTH.find((a) => a === authFlag);
  if (auth === void 0)
    throw new UsageError(`--sync-auth "${authFlag}" is not one of ${OCI_AUTH.join(", ")}`);
  const email = str(values["gcp-service-account-email"]);
  if (auth === "gcpserviceaccount" !== (email !== void 0))
    throw new UsageError(
      "--gcp-service-account-email goes with --sync-auth gcpserviceaccount, and only with it"
    );
  if (email !== void 0) checkGcpServiceAccountEmail(email, "--gcp-service-account-email");
  return {
    auth,
    ...email === void 0 ? {} : { gcpServiceAccountEmail: email },
    ...secrets?.token === void 0 ? {} : { secretRef: secrets.token.name },
    ...secrets?.caCert === void 0 ? {} : { caCertSecretRef: secrets.caCert.name }
  };
}
var SYNC_SECRET_FLAG_OPTIONS = {
  "sync-username": { type: "string" },
  "sync-token-file": { type: "string" },
  "sync-token-stdin": { type: "boolean" },
  "sync-secret-name": { type: "string" },
  "sync-ca-file": { type: "string" },
  "sync-ca-secret-name": { type: "string" },
  "restart-reconciler": { type: "boolean" }
};
var SYNC_SECRET_FLAGS_HELP = `  --sync-username USER   registry user name the cluster pulls with (auth token, Config Sync 1.24+)
  --sync-token-file FILE / --sync-token-stdin
                         the registry token the cluster pulls with (long-lived, read-only),
                         from a file or stdin; written to a Secret (keys username, password)
  --sync-secret-name NAME  that Secret, spec.oci.secretRef      (default SYNC-oci-token)
  --sync-ca-file FILE    the registry's CA (PEM) \u2192 a Secret (key cert), spec.oci.caCertSecretRef
  --sync-ca-secret-name NAME                                     (default SYNC-oci-ca)
  --restart-reconciler   restart the reconciler when a Secret it already read changed
`;
async function readSyncSecretFlags(values, ref, io) {
  const file = str(values["sync-token-file"]);
  const stdin = values["sync-token-stdin"] === true;
  if (file !== void 0 && stdin)
    throw new UsageError("give the sync token once: --sync-token-file or --sync-token-stdin");
  if (stdin && (values["password-stdin"] === true || values["access-token-stdin"] === true)) {
    throw new UsageError(
      "--sync-token-stdin cannot share stdin with --password-stdin or --access-token-stdin",
      { hint: "give the sync token with --sync-token-file FILE" }
    );
  }
  const token = stdin ? await io.readStdin() : file === void 0 ? "" : await readText(resolve(file), "--sync-token-file");
  if ((stdin || file !== void 0) && token.trim() === "")
    throw new UsageError(`${stdin ? "--sync-token-stdin: stdin" : `--sync-token-file: ${file}`} was empty`);
  const caFile = str(values["sync-ca-file"]);
  const caPem = caFile === void 0 ? void 0 : checkCaPem(await readText(resolve(caFile), "--sync-ca-file"), caFile, "--sync-ca-file");
  return syncSecretsOf(
    {
      auth: str(values["sync-auth"]),
      username: str(values["sync-username"]) ?? "",
      token: token.replace(/\r?\n$/, ""),
      secretName: str(values["sync-secret-name"]) ?? "",
      ...caPem === void 0 ? {} : { caPem },
      caSecretName: str(values["sync-ca-secret-name"]) ?? "",
      restartReconciler: values["restart-reconciler"] === true
    },
    ref,
    {
      auth: "--sync-auth",
      username: "--sync-username",
      token: stdin ? "--sync-token-stdin" : "--sync-token-file",
      secretName: "--sync-secret-name",
      caFile: "--sync-ca-file",
      caSecretName: "--sync-ca-secret-name"
    }
  );
}
async function readText(file, flag2) {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(
      `${flag2}: cannot read ${file} (${error.code ?? String(error)})`
    );
  }
}

export {
  CLUSTER_FLAG_OPTIONS,
  CLUSTER_FLAGS_HELP,
  readClusterSelection,
  readSyncRefs,
  readSyncAuth,
  SYNC_SECRET_FLAG_OPTIONS,
  SYNC_SECRET_FLAGS_HELP,
  readSyncSecretFlags
};
//# sourceMappingURL=chunk-LXPJQUBG.js.map
