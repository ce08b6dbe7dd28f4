import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  SYNC_SECRET_FLAGS_HELP,
  SYNC_SECRET_FLAG_OPTIONS,
  readSyncAuth,
  readSyncSecretFlags
} from "./chunk-LXPJQUBG.js";
import {
  REGISTRY_FLAG_OPTIONS,
  readRegistryFlags
} from "./chunk-DX4CVWKC.js";
import {
  bootstrap
} from "./chunk-2ZLQXGMY.js";
import {
  VALIDATION_FLAG_OPTIONS,
  readValidationFlags
} from "./chunk-VYGMZJHT.js";
import {
  PUSH_FLAG_OPTIONS,
  readPushFlags
} from "./chunk-UKZ4ZHOA.js";
import "./chunk-KSA2LMZT.js";
import "./chunk-Y46TRFLR.js";
import "./chunk-SVQN2JFX.js";
import {
  detectSourceInfo
} from "./chunk-FFJIOYSX.js";
import "./chunk-OOQFCQ3S.js";
import "./chunk-VNAU5XZX.js";
import "./chunk-X6P3JLYL.js";
import "./chunk-ZI5DKXYO.js";
import "./chunk-PQY5GRTF.js";
import {
  bootstrapSettings
} from "./chunk-IHH33HRL.js";
import "./chunk-S3NWEP6Z.js";
import "./chunk-EY52L45C.js";
import "./chunk-VIIWKV7H.js";
import "./chunk-JMLGX322.js";
import "./chunk-CKU2FG4C.js";
import "./chunk-P25MGRZS.js";
import "./chunk-BHYY5VJ3.js";
import {
  bootstrapJson,
  renderBootstrapText
} from "./chunk-XGAAAOLH.js";
import "./chunk-MKAH2KOZ.js";
import {
  checkSourceFormat,
  syncDirOf
} from "./chunk-ICATBVXJ.js";
import "./chunk-BPHO5FMR.js";
import "./chunk-3BDJZUYS.js";
import {
  parseDuration
} from "./chunk-JAJQMYNP.js";
import "./chunk-5RM3NDNB.js";
import {
  SYNC_KIND,
  checkSyncRef,
  rootSyncRef
} from "./chunk-L5E3S6CR.js";
import "./chunk-M6VYJO7U.js";
import "./chunk-XIYLFDQZ.js";
import "./chunk-PHYQ5BUW.js";
import {
  EXIT,
  SUMMARY,
  UsageError,
  nonEmptyStrs,
  parseCommandArgs,
  parseFormat,
  str,
  strs
} from "./chunk-Y4E5J6JL.js";
import {
  renderFindingsText,
  stderrLogger
} from "./chunk-AB3UUCUA.js";
import "./chunk-ERSDYIHJ.js";
import "./chunk-IDSBZXJC.js";
import "./chunk-MVSR6PJE.js";
import "./chunk-LKXBKSCP.js";
import "./chunk-DYKBPGMV.js";
import "./chunk-5JH4DS2R.js";

// src/cli/commands/bootstrap.ts
import { resolve } from "node:path";
var BOOTSTRAP_USAGE = `Usage: configsync-oci bootstrap --image REPOSITORY [--dir DIR] [options]

The one-time setup of a cluster that syncs from an OCI artifact, as one
idempotent command (Google's "Sync OCI artifacts from Artifact Registry"):
  1. the Artifact Registry repository exists (docker format)
  2. the reconciler's identity gets roles/artifactregistry.reader on it
     (k8sserviceaccount: its KSA through workload identity; gcpserviceaccount:
     the Google service account, plus roles/iam.workloadIdentityUser for the KSA)
  3. DIR is validated and published (pinned by digest)
  4. the RootSync/RepoSync is created or updated (sourceType oci)
  5. it waits until the cluster synced exactly that digest
Each step reads first and changes only what differs; a second run changes
nothing and says so. --dry-run prints every change as the equivalent gcloud
and kubectl commands and YAML, and makes none. Needs Node 22 or later (the
cluster client). Exits 0 when done (or planned), 1 on failure, 2 on usage errors.

  --image REPOSITORY     where to publish, e.g. us-docker.pkg.dev/PROJECT/REPO/NAME[:TAG] (required)
  --dir DIR              directory to publish                             (default .)
  --root-sync NAME       the RootSync (in config-management-system)      (default root-sync)
  --repo-sync NS/NAME    a RepoSync instead (reconciler ns-reconciler-NS[-NAME-LEN])
  --source-format unstructured|hierarchy                                  (default unstructured)
  --sync-dir DIR         spec.oci.dir                                     (default .)
  --sync-auth AUTH       k8sserviceaccount (Config Sync 1.17.2+), gcpserviceaccount
                         (older releases), gcenode, token (any registry, 1.24+) or none
                         (default token with a sync token, k8sserviceaccount for
                         Google registries, else none)
  --gcp-service-account-email EMAIL   for --sync-auth gcpserviceaccount
  For GHCR and other registries (auth token; the Secret is created or updated
  before the RSync, and the cluster's CRD must accept token):
${SYNC_SECRET_FLAGS_HELP}  --fleet-host-project PROJECT
                         project of the workload identity pool (PROJECT.svc.id.goog)
                         (default the image's project)
  --repository-description TEXT, --repository-label K=V (repeatable)
                         for a repository that step 1 creates
  --kubeconfig FILE      kubeconfig file (default KUBECONFIG, ~/.kube/config)
  --context NAME         kubeconfig context (default the current one)
  --dry-run              read and plan every step; change nothing
  --no-wait              do not wait for the sync
  --timeout DURATION     how long to wait, e.g. 90s, 5m                   (default 5m)
  --access-token-stdin   read a Google access token from stdin (else ADC); used for the
                         push and the Artifact Registry and IAM APIs
  -u, --username USER / --password-stdin, --insecure, --ca-file FILE, --retries N
                         as for publish; -t, --tag TAG and --ignore PATTERN too
  --allow-secrets, --no-schema-checks, --kubernetes-version 1.N, --render, --fail-on
                         validation, as for publish
  --format text|json     result format on stdout                          (default text)
  -q, --quiet / -v, --verbose
`;
var bootstrapCommand = {
  name: "bootstrap",
  summary: SUMMARY.bootstrap,
  usage: BOOTSTRAP_USAGE,
  run: runBootstrapCommand
};
var { "create-repository": _implied, ...PUSH_FLAGS } = PUSH_FLAG_OPTIONS;
async function runBootstrapCommand(args, io) {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      image: { type: "string" },
      dir: { type: "string" },
      tag: { type: "string", short: "t", multiple: true },
      ignore: { type: "string", multiple: true },
      kubeconfig: { type: "string" },
      context: { type: "string" },
      "sync-dir": { type: "string" },
      "sync-auth": { type: "string" },
      "gcp-service-account-email": { type: "string" },
      "fleet-host-project": { type: "string" },
      "dry-run": { type: "boolean" },
      "no-wait": { type: "boolean" },
      timeout: { type: "string" },
      format: { type: "string" },
      quiet: { type: "boolean", short: "q" },
      verbose: { type: "boolean", short: "v" },
      ...VALIDATION_FLAG_OPTIONS,
      ...REGISTRY_FLAG_OPTIONS,
      ...PUSH_FLAGS,
      ...SYNC_SECRET_FLAG_OPTIONS
    },
    "bootstrap"
  );
  if (values["help"] === true) {
    io.stdout(BOOTSTRAP_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument "${positionals[0]}"`, { hint: "give the directory with --dir" });
  const format = parseFormat(values["format"]);
  const request = await readRequest(values, io);
  const report = await bootstrap(request);
  if ((report.published?.findings.length ?? 0) > 0)
    io.stderr(renderFindingsText(report.published?.findings ?? []));
  io.stdout(
    format === "json" ? `${JSON.stringify(bootstrapJson(report), null, 2)}
` : renderBootstrapText(report)
  );
  return report.ok ? EXIT.ok : EXIT.failed;
}
async function readRequest(values, io) {
  const image = str(values["image"]);
  if (image === void 0)
    throw new UsageError("--image is required", {
      hint: "e.g. --image us-docker.pkg.dev/my-project/config/app"
    });
  const { validation, render, failOn } = readValidationFlags(values);
  const ref = syncRefOf(validation.scope);
  const secrets = await readSyncSecretFlags(values, ref, io);
  const spec = createSpec(values, ref, validation.sourceFormat ?? "unstructured", image, secrets);
  const push = await readPushFlags({ ...values, "create-repository": true }, io);
  const connection = await readRegistryFlags(values, io, "bootstrap");
  const dirText = str(values["dir"]) ?? ".";
  const dir = resolve(dirText);
  const context = str(values["context"]);
  const kubeconfig = str(values["kubeconfig"]);
  const settings = bootstrapSettings(
    {
      image,
      ref,
      spec,
      ...secrets === void 0 ? {} : { secrets },
      fleetHostProject: str(values["fleet-host-project"]) ?? "",
      repositoryLabels: push.repository?.labels ?? {},
      ...push.repository?.description === void 0 ? {} : { repositoryDescription: push.repository.description },
      ...context === void 0 ? {} : { context },
      wait: values["no-wait"] !== true,
      timeoutMs: parseDuration(str(values["timeout"]) ?? "5m", "--timeout"),
      dryRun: values["dry-run"] === true
    },
    {
      image: "--image",
      fleetHostProject: "--fleet-host-project",
      fleetHostProjectExample: "--fleet-host-project my-fleet-host",
      auth: "--sync-auth"
    }
  );
  return {
    settings,
    displayDir: dirText,
    env: io.env,
    what: "configsync-oci bootstrap",
    logger: stderrLogger({ verbose: values["verbose"] === true, quiet: values["quiet"] === true }),
    cluster: {
      kubeconfigs: kubeconfig === void 0 ? [] : [resolve(kubeconfig)],
      contexts: context === void 0 ? [] : [context]
    },
    publish: {
      dir,
      image,
      tags: nonEmptyStrs(values["tag"], "--tag"),
      annotations: {},
      ignore: strs(values["ignore"]),
      source: await detectSourceInfo(dir, io.env),
      ...connection,
      registry: { ...push, repository: { create: false, labels: {} } },
      validation,
      render,
      failOn
    }
  };
}
function syncRefOf(scope) {
  const ref = scope === void 0 ? rootSyncRef("root-sync") : scope.kind === "root" ? rootSyncRef(scope.name) : { kind: SYNC_KIND.repo, namespace: scope.namespace, name: scope.name };
  checkSyncRef(ref, ref.kind === SYNC_KIND.root ? "--root-sync" : "--repo-sync");
  return ref;
}
function createSpec(values, ref, sourceFormat, image, secrets) {
  checkSourceFormat(ref, sourceFormat, "--source-format");
  const syncAuth = readSyncAuth(values, image, secrets);
  return { sourceFormat, dir: syncDirOf(str(values["sync-dir"]), "--sync-dir", "--sync-dir ."), ...syncAuth };
}
export {
  bootstrapCommand
};
//# sourceMappingURL=bootstrap-S6JP5ZJ4.js.map
