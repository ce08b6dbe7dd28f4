#!/usr/bin/env node
import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  ACTIONS_BOT,
  DEFAULT_COMMIT_MESSAGE,
  DEFAULT_TARGET,
  DIFF_FORMAT,
  FORMAT,
  OCI_AUTH,
  WRITE_BACK_MODE,
  bootstrap,
  bootstrapJson,
  bootstrapSettings,
  checkGcpServiceAccountEmail,
  checkSourceFormat,
  checkTemplate,
  defaultOciAuth,
  detectSourceInfo,
  diffArtifacts,
  digestHex,
  evaluateSync,
  failsRun,
  findStoredArtifact,
  fleetState,
  loadClusterModule,
  loadDiffOperand,
  logWriteBack,
  normalizePath,
  openImageStore,
  parseAnnotations,
  parseAutoMerge,
  parseDuration,
  parseFailOn,
  parseKubernetesVersion,
  parsePerson,
  parseRepositoryLabels,
  parseRetries,
  parseSourceFormat,
  parseSyncScope,
  parseTarget,
  publish,
  pullRequestBranch,
  renderBootstrapText,
  renderDiff,
  renderFindingsJson,
  renderFindingsText,
  renderFleetText,
  renderPublishResult,
  renderSarif,
  renderStatusBlock,
  renderWriteBackResult,
  requireDigestReference,
  requireRolloutImage,
  resolveConfigRepo,
  retagArtifact,
  rolloutFleet,
  rolloutJson,
  runValidation,
  sourceValues,
  stderrLogger,
  summarizeSyncStatus,
  syncDirOf,
  writeBack
} from "./chunks/chunk-TN5MAXJG.js";
import "./chunks/chunk-LVBTMGRS.js";
import "./chunks/chunk-5CTBGZ67.js";
import "./chunks/chunk-EFRLH7DT.js";
import "./chunks/chunk-WVK2ANLM.js";
import "./chunks/chunk-IDSBZXJC.js";
import "./chunks/chunk-AS22GFYV.js";
import "./chunks/chunk-SMCEAIRY.js";
import {
  SYNC_KIND,
  SYNC_STATE,
  VERSION,
  checkSyncRef,
  rootSyncRef
} from "./chunks/chunk-2JCFALZS.js";
import {
  ActionError,
  InputError,
  ManifestValidationError,
  causeChain,
  describeError
} from "./chunks/chunk-CYEDI7KS.js";
import "./chunks/chunk-YVJEBMKL.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var EXIT = { ok: 0, failed: 1, usage: 2 };
var UsageError = class extends InputError {
};
function parseCommandArgs(args, options) {
  try {
    const parsed = parseArgs({ args: [...args], options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
    return { values: parsed.values, positionals: parsed.positionals };
  } catch (cause) {
    throw new UsageError(cause instanceof Error ? cause.message : String(cause), { hint: "see configsync-oci help" });
  }
}
function parseFormat(value) {
  if (value === void 0 || value === FORMAT.text) return FORMAT.text;
  if (value === FORMAT.json) return FORMAT.json;
  throw new UsageError(`--format "${String(value)}" is not supported`, { hint: "use --format text or --format json" });
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

// src/cli/cluster-flags.ts
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
  return { kubeconfigs: strs(values["kubeconfig"]).map((file) => resolve(file)), contexts: strs(values["context"]) };
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
function readSyncAuth(values, image) {
  const authFlag = str(values["sync-auth"]);
  const auth = authFlag === void 0 ? defaultOciAuth(image) : OCI_AUTH.find((a) => a === authFlag);
  if (auth === void 0) throw new UsageError(`--sync-auth "${authFlag}" is not one of ${OCI_AUTH.join(", ")}`);
  const email = str(values["gcp-service-account-email"]);
  if (auth === "gcpserviceaccount" !== (email !== void 0)) throw new UsageError("--gcp-service-account-email goes with --sync-auth gcpserviceaccount, and only with it");
  if (email !== void 0) checkGcpServiceAccountEmail(email, "--gcp-service-account-email");
  return { auth, ...email === void 0 ? {} : { gcpServiceAccountEmail: email } };
}

// src/cli/commands/bootstrap.ts
import { resolve as resolve3 } from "node:path";

// src/cli/push-flags.ts
var PUSH_FLAG_OPTIONS = {
  "access-token-stdin": { type: "boolean" },
  retries: { type: "string" },
  "mount-from": { type: "string", multiple: true },
  "create-repository": { type: "boolean" },
  "repository-description": { type: "string" },
  "repository-label": { type: "string", multiple: true }
};
async function readPushFlags(values, io) {
  const tokenStdin = values["access-token-stdin"] === true;
  if (tokenStdin && (values["password-stdin"] === true || values["username"] !== void 0)) {
    throw new UsageError("--access-token-stdin replaces --username/--password-stdin: give one of them", {
      hint: "for Google registries: gcloud auth print-access-token | configsync-oci publish --access-token-stdin \u2026"
    });
  }
  const create = values["create-repository"] === true;
  const description = str(values["repository-description"]);
  const labels = parseRepositoryLabels(strs(values["repository-label"]).join("\n"), "--repository-label", "--repository-label");
  if (!create && (description !== void 0 || Object.keys(labels).length > 0)) {
    throw new UsageError("--repository-description and --repository-label apply only with --create-repository");
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

// src/cli/registry-flags.ts
import { resolve as resolve2 } from "node:path";
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
  const base = { insecure: values["insecure"] === true, ...caFile === void 0 ? {} : { caFile: resolve2(caFile) } };
  if (username === void 0 && !passwordStdin) return base;
  if (username === void 0 || !passwordStdin) {
    throw new UsageError("--username and --password-stdin go together", { hint: `echo "$TOKEN" | configsync-oci ${command} -u USER --password-stdin \u2026` });
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
  const kubernetesVersion = parseKubernetesVersion(str(values["kubernetes-version"]) ?? "", flagName("kubernetes-version"));
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
    throw new UsageError(`--format "${String(value)}" is not supported`, { hint: "use --format text, --format json or --format sarif" });
  }
  return format;
}
function flagName(flag2) {
  return { label: `--${flag2}`, example: (value) => `--${flag2} ${value}` };
}

// src/cli/commands/bootstrap.ts
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
                         (older releases), gcenode or none
                         (default k8sserviceaccount for Google registries, else none)
  --gcp-service-account-email EMAIL   for --sync-auth gcpserviceaccount
  --fleet-host-project PROJECT
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
  summary: "one-time setup: repository, IAM, first artifact, RootSync/RepoSync, wait (Node 22+)",
  usage: BOOTSTRAP_USAGE,
  run: runBootstrapCommand
};
var { "create-repository": _implied, ...PUSH_FLAGS } = PUSH_FLAG_OPTIONS;
async function runBootstrapCommand(args, io) {
  const { values, positionals } = parseCommandArgs(args, {
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
    ...PUSH_FLAGS
  });
  if (values["help"] === true) {
    io.stdout(BOOTSTRAP_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`, { hint: "give the directory with --dir" });
  const format = parseFormat(values["format"]);
  const request = await readRequest(values, io);
  const report = await bootstrap(request);
  if ((report.published?.findings.length ?? 0) > 0) io.stderr(renderFindingsText(report.published?.findings ?? []));
  io.stdout(format === "json" ? `${JSON.stringify(bootstrapJson(report), null, 2)}
` : renderBootstrapText(report));
  return report.ok ? EXIT.ok : EXIT.failed;
}
async function readRequest(values, io) {
  const image = str(values["image"]);
  if (image === void 0) throw new UsageError("--image is required", { hint: "e.g. --image us-docker.pkg.dev/my-project/config/app" });
  const { validation, render, failOn } = readValidationFlags(values);
  const ref = syncRefOf(validation.scope);
  const spec = createSpec(values, ref, validation.sourceFormat ?? "unstructured", image);
  const push = await readPushFlags({ ...values, "create-repository": true }, io);
  const connection = await readRegistryFlags(values, io, "bootstrap");
  const dirText = str(values["dir"]) ?? ".";
  const dir = resolve3(dirText);
  const context = str(values["context"]);
  const kubeconfig = str(values["kubeconfig"]);
  const settings = bootstrapSettings({
    image,
    ref,
    spec,
    fleetHostProject: str(values["fleet-host-project"]) ?? "",
    repositoryLabels: push.repository?.labels ?? {},
    ...push.repository?.description === void 0 ? {} : { repositoryDescription: push.repository.description },
    ...context === void 0 ? {} : { context },
    wait: values["no-wait"] !== true,
    timeoutMs: parseDuration(str(values["timeout"]) ?? "5m", "--timeout"),
    dryRun: values["dry-run"] === true
  }, { image: "--image", fleetHostProject: "--fleet-host-project", fleetHostProjectExample: "--fleet-host-project my-fleet-host", auth: "--sync-auth" });
  return {
    settings,
    displayDir: dirText,
    env: io.env,
    what: "configsync-oci bootstrap",
    logger: stderrLogger({ verbose: values["verbose"] === true, quiet: values["quiet"] === true }),
    cluster: { kubeconfigs: kubeconfig === void 0 ? [] : [resolve3(kubeconfig)], contexts: context === void 0 ? [] : [context] },
    publish: {
      dir,
      image,
      tags: strs(values["tag"]),
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
function createSpec(values, ref, sourceFormat, image) {
  checkSourceFormat(ref, sourceFormat, "--source-format");
  const syncAuth = readSyncAuth(values, image);
  return { sourceFormat, dir: syncDirOf(str(values["sync-dir"]), "--sync-dir", "--sync-dir ."), ...syncAuth };
}

// src/cli/commands/diff.ts
var DIFF_USAGE = `Usage: configsync-oci diff OLD NEW [--format text|json|markdown] [options]

Compares two artifacts object by object (group, kind, namespace, name):
objects added, removed and changed (a unified diff of each changed object's
YAML, keys in a stable order, Secret values redacted), changed files, and
the layer size change. OLD and NEW are each
  REGISTRY/REPO:TAG or REGISTRY/REPO@sha256:\u2026   an artifact in a registry
  oci-layout:PATH[:TAG|@sha256:\u2026]                an artifact in an OCI layout
  DIR                                            a directory, packed as publish would
(an existing directory wins over a reference; write ./name to be explicit).
Exit codes: 0 no differences, 1 differences, 2 error (a reference that does
not exist is an error, never "differs").

  --format text|json|markdown  output format                            (default text)
  --ignore PATTERN             gitignore-style pattern for DIR operands; repeatable
  -u, --username USER          registry user name; the password is read from stdin
      --password-stdin         read the registry password (or token) from stdin
  --insecure                   allow plain HTTP and skip TLS verification
  --ca-file FILE               PEM file of extra CA certificates for the registry
  -v, --verbose                debug lines on stderr (never secrets)
`;
var diffCommand = {
  name: "diff",
  summary: "compare two artifacts or directories object by object (exit 1 when they differ)",
  usage: DIFF_USAGE,
  run: runDiff
};
async function runDiff(args, io) {
  try {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: "string" },
      ignore: { type: "string", multiple: true },
      verbose: { type: "boolean", short: "v" },
      ...REGISTRY_FLAG_OPTIONS
    });
    if (values["help"] === true) {
      io.stdout(DIFF_USAGE);
      return EXIT.ok;
    }
    const [oldOperand, newOperand, ...extra] = positionals;
    if (oldOperand === void 0 || newOperand === void 0 || extra.length > 0) {
      throw new UsageError(`diff takes two operands, OLD and NEW; got ${positionals.length}`, { hint: "configsync-oci diff ghcr.io/acme/config:main ./config" });
    }
    const format = parseDiffFormat(values["format"]);
    const registry = await readRegistryFlags(values, io, "diff");
    const logger = stderrLogger({ verbose: values["verbose"] === true, quiet: true });
    const options = { ...registry, logger, ignore: strs(values["ignore"]) };
    const [before, after] = await Promise.all([loadDiffOperand(oldOperand, options, "OLD"), loadDiffOperand(newOperand, options, "NEW")]);
    const diff = diffArtifacts(before, after);
    io.stdout(renderDiff(diff, format));
    return diff.identical ? EXIT.ok : EXIT.failed;
  } catch (error) {
    printCliError(error, io);
    return EXIT.usage;
  }
}
function parseDiffFormat(value) {
  if (value === void 0) return DIFF_FORMAT.text;
  if (value === DIFF_FORMAT.text || value === DIFF_FORMAT.json || value === DIFF_FORMAT.markdown) return value;
  throw new UsageError(`--format "${String(value)}" is not supported`, { hint: "use --format text, json or markdown" });
}

// src/cli/commands/promote.ts
var PROMOTE_USAGE = `Usage: configsync-oci promote FROM TAG... [options]

Adds TAGs to the artifact FROM names, in the same repository: nothing is
packed or uploaded, and the digest stays FROM's (promote a tested digest to
prod). FROM is REGISTRY/REPO:TAG, REGISTRY/REPO@sha256:\u2026 or
oci-layout:PATH[:TAG|@sha256:\u2026].

  --format text|json     result format on stdout                          (default text)
  -u, --username USER    registry user name; the password is read from stdin
      --password-stdin   read the registry password (or token) from stdin
  --insecure             allow plain HTTP and skip TLS verification
  --ca-file FILE         PEM file of extra CA certificates for the registry
  -q, --quiet            no progress lines on stderr
  -v, --verbose          debug lines on stderr (never secrets)
`;
var promoteCommand = {
  name: "promote",
  summary: "add tags to an existing artifact without uploading anything (e.g. a tested digest to prod)",
  usage: PROMOTE_USAGE,
  run: runPromote
};
async function runPromote(args, io) {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: "string" },
    quiet: { type: "boolean", short: "q" },
    verbose: { type: "boolean", short: "v" },
    ...REGISTRY_FLAG_OPTIONS
  });
  if (values["help"] === true) {
    io.stdout(PROMOTE_USAGE);
    return EXIT.ok;
  }
  const [from, ...tags] = positionals;
  if (from === void 0 || tags.length === 0) {
    throw new UsageError("promote takes FROM and at least one TAG", { hint: "configsync-oci promote ghcr.io/acme/config@sha256:\u2026 prod" });
  }
  const format = parseFormat(values["format"]);
  const registry = await readRegistryFlags(values, io, "promote");
  const logger = stderrLogger({ verbose: values["verbose"] === true, quiet: values["quiet"] === true });
  const { store, reference } = openImageStore(from, { ...registry, logger }, "FROM");
  try {
    if (reference === void 0 && !from.startsWith("oci-layout:")) throw new UsageError(`FROM "${from}" names no tag or digest`, { hint: "write REPOSITORY:TAG or REPOSITORY@sha256:\u2026" });
    const artifact = await findStoredArtifact(store, reference ?? "");
    if (artifact === void 0) throw new ActionError(`${from} does not exist in ${store.describe()}`);
    const pushed = await retagArtifact(store, artifact, tags, logger);
    io.stdout(format === FORMAT.json ? `${JSON.stringify({ digest: pushed.digest, image: pushed.reference, tags: pushed.tags, uploadedBlobs: pushed.uploadedBlobs }, null, 2)}
` : `image:  ${pushed.reference}
tags:   ${pushed.tags.join(", ")}
`);
    return EXIT.ok;
  } finally {
    store.close();
  }
}

// src/cli/commands/publish.ts
import { resolve as resolve4 } from "node:path";

// src/cli/usage.ts
function mainUsage(commands) {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `configsync-oci: validate, pack and push Kubernetes configuration as an OCI artifact

Usage:
  configsync-oci COMMAND [options]
  configsync-oci help [COMMAND]
  configsync-oci --version

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Exit codes: 0 success, 1 validation errors or a failed operation, 2 usage errors.
Run "configsync-oci help COMMAND" for the options of a command.
validate, publish, write-back, diff and promote work on Node 20 and later; status and rollout need Node 22 or later.
bootstrap needs Node 22 or later too (the cluster client).
`;
}
var VALIDATION_FLAGS_HELP = `  --source-format unstructured|hierarchy
                         spec.sourceFormat of the RootSync/RepoSync       (default unstructured)
  --root-sync NAME       the RootSync that syncs DIR (a root repo)        (default root-sync)
  --repo-sync NS/NAME    the RepoSync that syncs DIR (a namespace repo); not with --root-sync
  --allow-secrets        allow Secrets with data or stringData (anyone who can
                         pull the image can read them)
  --no-schema-checks     skip the OpenAPI schema checks of built-in kinds and CRs
  --kubernetes-version 1.N
                         Kubernetes minor version of the schemas          (default newest bundled)
  --render               hydrated artifact: publish packs the rendered output of
                         a root kustomization.yaml instead of the sources
  --fail-on error|warning
                         which findings fail the run                      (default error)
`;
var PUBLISH_USAGE = `Usage: configsync-oci publish --image REF [--dir DIR] [options]

Validates the manifests in DIR, packs DIR into one deterministic tar+gzip layer
and pushes it as an OCI image tagged with the commit SHA (and --tag values).
Nothing is pushed when validation finds an error.

  --image REF            registry repository, optionally with a tag
                         (us-docker.pkg.dev/PROJECT/REPO/NAME[:TAG], ghcr.io/OWNER/NAME,
                         127.0.0.1:5000/NAME), or oci-layout:PATH[:TAG] to write
                         an OCI image layout on disk instead of pushing   (required)
  --dir DIR              directory to publish                             (default .)
  -t, --tag TAG          extra tag; repeatable
  -a, --annotation K=V   manifest annotation; repeatable
  --ignore PATTERN       gitignore-style pattern to leave out; repeatable
                         (added to .configsyncignore and the built-in exclusions)
  -u, --username USER    registry user name; the password is read from stdin
      --password-stdin   read the registry password (or token) from stdin
  --insecure             allow plain HTTP and skip TLS verification
  --ca-file FILE         PEM file of extra CA certificates for the registry
  --access-token-stdin   read a Google access token from stdin (Artifact Registry,
                         gcr.io); without it Google hosts use Application Default
                         Credentials. Without --username, the Docker config
                         (credHelpers, credsStore, auths) is used next
  --retries N            retries of a failed request or upload (429, 5xx,
                         resets), 0 to 10                                 (default 4)
  --mount-from REPO      repository of the same registry to mount blobs from
                         instead of uploading them; repeatable
  --create-repository    create the Artifact Registry repository if missing
  --repository-description TEXT, --repository-label K=V (repeatable)
                         for a repository that --create-repository creates
  --revision SHA         commit SHA (default: GITHUB_SHA, else git HEAD of DIR)
  --source-url URL       repository URL annotation (default: from GITHUB_REPOSITORY)
  --created TIME         creation time annotation (default: the commit time)
  --format text|json     result format on stdout                          (default text)
  -q, --quiet            no progress lines on stderr
  -v, --verbose          debug lines on stderr (never secrets)

Validation (as for validate; nothing is pushed when it fails):
${VALIDATION_FLAGS_HELP}`;
var VALIDATE_USAGE = `Usage: configsync-oci validate [DIR] [--format text|json|sarif] [options]

Checks every .yaml/.yml/.json file under DIR (default .) as Config Sync reads
it and prints the findings with code, file and line: as text grouped by file,
as JSON {"findings":[{"code","severity","file","line","message"}]}, or as a
SARIF 2.1.0 log for github/codeql-action/upload-sarif (paths relative to the
git checkout that holds DIR). Pushes nothing.
Exits 1 when any finding is an error (or a warning, with --fail-on warning),
2 on usage errors.

  --format text|json|sarif  output format                                 (default text)
  --ignore PATTERN       gitignore-style pattern to leave out; repeatable
${VALIDATION_FLAGS_HELP}`;

// src/cli/commands/publish.ts
var publishCommand = {
  name: "publish",
  summary: "validate DIR, pack it into one deterministic tar+gzip layer and push it",
  usage: PUBLISH_USAGE,
  run: runPublish
};
async function runPublish(args, io) {
  const { values, positionals } = parseCommandArgs(args, {
    image: { type: "string" },
    dir: { type: "string" },
    tag: { type: "string", short: "t", multiple: true },
    annotation: { type: "string", short: "a", multiple: true },
    ignore: { type: "string", multiple: true },
    username: { type: "string", short: "u" },
    "password-stdin": { type: "boolean" },
    insecure: { type: "boolean" },
    "ca-file": { type: "string" },
    revision: { type: "string" },
    "source-url": { type: "string" },
    created: { type: "string" },
    format: { type: "string" },
    quiet: { type: "boolean", short: "q" },
    verbose: { type: "boolean", short: "v" },
    ...VALIDATION_FLAG_OPTIONS,
    ...PUSH_FLAG_OPTIONS
  });
  if (values["help"] === true) {
    io.stdout(PUBLISH_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`, { hint: "give the directory with --dir" });
  const format = parseFormat(values["format"]);
  const { validation, render, failOn } = readValidationFlags(values);
  const image = str(values["image"]);
  if (image === void 0) throw new UsageError("--image is required", { hint: "e.g. --image oci-layout:out:v1 or --image 127.0.0.1:5000/config/app" });
  const dir = resolve4(str(values["dir"]) ?? ".");
  const registry = await readPushFlags(values, io);
  const credentials = await readCredentials(str(values["username"]), values["password-stdin"] === true, io);
  const source = await detectSourceInfo(dir, io.env, {
    ...optional("revision", str(values["revision"])),
    ...optional("url", str(values["source-url"])),
    ...optional("created", str(values["created"]))
  });
  const logger = stderrLogger({ verbose: values["verbose"] === true, quiet: values["quiet"] === true });
  const caFile = str(values["ca-file"]);
  const result = await publish(
    {
      dir,
      image,
      tags: strs(values["tag"]),
      annotations: parseAnnotations(strs(values["annotation"]), "--annotation"),
      ignore: strs(values["ignore"]),
      source,
      insecure: values["insecure"] === true,
      ...credentials ? { credentials } : {},
      ...caFile ? { caFile: resolve4(caFile) } : {},
      validation,
      render,
      failOn,
      registry
    },
    logger
  );
  if (result.findings.length > 0) io.stderr(renderFindingsText(result.findings));
  io.stdout(renderPublishResult(result, format));
  return EXIT.ok;
}
async function readCredentials(username, passwordStdin, io) {
  if (username === void 0 && !passwordStdin) return void 0;
  if (username === void 0 || !passwordStdin) {
    throw new UsageError("--username and --password-stdin go together", { hint: 'echo "$TOKEN" | configsync-oci publish -u USER --password-stdin \u2026' });
  }
  const password = (await io.readStdin()).replace(/\r?\n$/, "");
  if (password === "") throw new UsageError("--password-stdin: stdin was empty");
  return { username, password, source: "--username/--password-stdin" };
}

// src/cli/commands/rollout.ts
var ROLLOUT_USAGE = `Usage: configsync-oci rollout --image REF@sha256:HEX [options]

Points a RootSync/RepoSync at a pushed digest (server-side apply of
spec.oci.image only) in one or more clusters \u2014 canaries first, then the rest
\u2014 and waits until each synced exactly that digest. Stops at the first
failure and prints every cluster's status. Exits 0 when all synced, 1
otherwise. Needs Node 22 or later.

  --image REF@sha256:HEX the digest reference to roll out                 (required)
${CLUSTER_FLAGS_HELP}  --canary NAME          a context rolled out (and synced) before the rest; repeatable
  --concurrency N        clusters at once after the canaries              (default 3)
  --no-wait              write the image and report without waiting
  --timeout DURATION     how long to wait per cluster, e.g. 90s, 5m       (default 5m)
  --rollback-on-failure  re-point failed clusters at their previous image
  --create-sync          create the RSync when missing (sourceType oci), with:
    --source-format unstructured|hierarchy                                (default unstructured)
    --sync-dir DIR       spec.oci.dir                                     (default .)
    --sync-auth AUTH     gcenode|gcpserviceaccount|k8sserviceaccount|none
                         (default k8sserviceaccount for Google registries, else none)
    --gcp-service-account-email EMAIL   for --sync-auth gcpserviceaccount
  --format text|json     result format on stdout                          (default text)
  -q, --quiet            no progress lines on stderr
`;
var rolloutCommand = {
  name: "rollout",
  summary: "point a RootSync/RepoSync at a digest in clusters and wait until synced (Node 22+)",
  usage: ROLLOUT_USAGE,
  run: runRollout
};
var ROLLOUT_OPTIONS = {
  ...CLUSTER_FLAG_OPTIONS,
  image: { type: "string" },
  canary: { type: "string", multiple: true },
  concurrency: { type: "string" },
  "no-wait": { type: "boolean" },
  timeout: { type: "string" },
  "rollback-on-failure": { type: "boolean" },
  "create-sync": { type: "boolean" },
  "source-format": { type: "string" },
  "sync-dir": { type: "string" },
  "sync-auth": { type: "string" },
  "gcp-service-account-email": { type: "string" },
  format: { type: "string" },
  quiet: { type: "boolean", short: "q" }
};
async function runRollout(args, io) {
  const { values, positionals } = parseCommandArgs(args, ROLLOUT_OPTIONS);
  if (values["help"] === true) {
    io.stdout(ROLLOUT_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const format = parseFormat(values["format"]);
  const settings = readRolloutFlags(values);
  const canaries = strs(values["canary"]);
  if (canaries.length > 0 && !settings.wait) throw new UsageError("--canary needs waiting; drop --no-wait");
  const cluster = await loadClusterModule("configsync-oci rollout");
  const members = cluster.openFleet(readClusterSelection(values), canaries, io.env);
  const result = await rolloutFleet(members, settings, {
    concurrency: parseConcurrency(str(values["concurrency"])),
    rollbackOnFailure: values["rollback-on-failure"] === true,
    logger: stderrLogger({ verbose: false, quiet: values["quiet"] === true })
  });
  io.stdout(format === "json" ? `${JSON.stringify({ syncStatus: fleetState(result), clusters: rolloutJson(result) }, null, 2)}
` : renderFleetText(result));
  return result.ok ? EXIT.ok : EXIT.failed;
}
function readRolloutFlags(values) {
  const imageFlag = str(values["image"]);
  if (imageFlag === void 0) throw new UsageError("--image is required", { hint: "e.g. --image us-docker.pkg.dev/p/r/app@sha256:<64 hex> (publish prints it)" });
  const image = requireRolloutImage(imageFlag);
  const refs = readSyncRefs(values);
  if (refs.length > 1) throw new UsageError("rollout takes one --root-sync or --repo-sync");
  const ref = refs[0];
  const create = values["create-sync"] === true ? createSpec2(values, ref, image) : void 0;
  const timeoutMs = parseDuration(str(values["timeout"]) ?? "5m", "--timeout");
  return { ref, image, wait: values["no-wait"] !== true, timeoutMs, policy: { sourceErrorGraceMs: Math.min(6e4, timeoutMs) }, ...create === void 0 ? {} : { create } };
}
function createSpec2(values, ref, image) {
  const sourceFormat = parseSourceFormat(str(values["source-format"]) ?? "", { label: "--source-format", example: (v) => `--source-format ${v}` });
  checkSourceFormat(ref, sourceFormat, "--source-format");
  const syncAuth = readSyncAuth(values, image);
  return { sourceFormat, dir: syncDirOf(str(values["sync-dir"]), "--sync-dir", "--sync-dir ."), ...syncAuth };
}
function parseConcurrency(text) {
  const value = text === void 0 ? 3 : Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 50) throw new UsageError(`--concurrency "${text}" is not a whole number from 1 to 50`);
  return value;
}

// src/rootsync/status-check.ts
async function readSyncStatuses(members, refs, image) {
  const reports = [];
  for (const member of members) {
    for (const ref of refs) reports.push(await readOne(member, ref, image));
  }
  return reports;
}
async function readOne(member, ref, image) {
  try {
    const target = await member.connect();
    const object = await target.get(ref);
    if (object === void 0) return { cluster: member.name, ref, state: "NOT FOUND", problem: `${ref.kind} ${ref.namespace}/${ref.name} does not exist` };
    const status = summarizeSyncStatus(object);
    if (image === void 0) return { cluster: member.name, ref, state: status.state, status };
    const expected = { generation: object.metadata.generation ?? 0, image, commit: digestHex(image) };
    if (object.spec?.oci?.image !== image) {
      return { cluster: member.name, ref, state: SYNC_STATE.pending, status, problem: `spec.oci.image is ${object.spec?.oci?.image ?? "(unset)"}, not ${image}` };
    }
    const verdict = evaluateSync(object, expected, {}, Date.now(), { sourceErrorGraceMs: Number.POSITIVE_INFINITY });
    if (verdict.kind === "synced") return { cluster: member.name, ref, state: SYNC_STATE.synced, status };
    if (verdict.kind === "failed") return { cluster: member.name, ref, state: verdict.state, status, problem: verdict.reason };
    return { cluster: member.name, ref, state: status.state === SYNC_STATE.synced ? SYNC_STATE.pending : status.state, status, problem: verdict.reason };
  } catch (error) {
    const { message, hint } = describeError(error);
    return { cluster: member.name, ref, state: SYNC_STATE.error, problem: message, ...hint === void 0 ? {} : { hint } };
  }
}

// src/cli/commands/status.ts
var STATUS_USAGE = `Usage: configsync-oci status [--root-sync NAME | --repo-sync NS/NAME]... [options]

Prints the sync status of RootSyncs/RepoSyncs in one or more clusters, the
way nomos status does: SYNCED, PENDING, ERROR, STALLED or RECONCILING, the
commit (the image digest), and each error with its KNV code and the
resources it names. With --image, SYNCED means synced exactly that digest.
Exits 0 when every one is SYNCED, 1 otherwise. Needs Node 22 or later.

${CLUSTER_FLAGS_HELP}  --image REF@sha256:HEX report against this digest reference
  --format text|json     output format                                    (default text)
`;
var statusCommand = {
  name: "status",
  summary: "show the sync status of a RootSync/RepoSync in clusters, like nomos status (Node 22+)",
  usage: STATUS_USAGE,
  run: runStatus
};
async function runStatus(args, io) {
  const { values, positionals } = parseCommandArgs(args, { ...CLUSTER_FLAG_OPTIONS, image: { type: "string" }, format: { type: "string" } });
  if (values["help"] === true) {
    io.stdout(STATUS_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`, { hint: "name syncs with --root-sync or --repo-sync" });
  const format = parseFormat(values["format"]);
  const refs = readSyncRefs(values);
  const imageFlag = str(values["image"]);
  const image = imageFlag === void 0 ? void 0 : requireRolloutImage(imageFlag);
  const cluster = await loadClusterModule("configsync-oci status");
  const members = cluster.openFleet(readClusterSelection(values), [], io.env);
  const reports = await readSyncStatuses(members, refs, image);
  io.stdout(format === "json" ? `${JSON.stringify(reports.map(reportJson), null, 2)}
` : renderReports(reports));
  return reports.every((r) => r.state === "SYNCED") ? EXIT.ok : EXIT.failed;
}
function renderReports(reports) {
  const clusters = [...new Set(reports.map((r) => r.cluster))];
  return clusters.map((name) => renderStatusBlock(name, reports.filter((r) => r.cluster === name).map(entryOf))).join("\n");
}
function entryOf(report) {
  const failed = report.state !== "PENDING" && report.state !== "RECONCILING";
  const listed = (report.status?.errors.length ?? 0) > 0;
  const notes = [
    ...report.problem !== void 0 && !failed ? [`Waiting: ${report.problem}`] : [],
    ...report.hint === void 0 ? [] : [`Hint:    ${report.hint}`]
  ];
  return {
    ref: report.ref,
    state: report.state,
    ...report.status === void 0 ? {} : { status: report.status },
    ...report.problem !== void 0 && failed && !listed ? { problem: report.problem } : {},
    notes
  };
}
function reportJson(report) {
  return {
    cluster: report.cluster,
    kind: report.ref.kind,
    namespace: report.ref.namespace,
    name: report.ref.name,
    state: report.state,
    image: report.status?.image ?? null,
    commit: report.status?.commit ?? null,
    errors: report.status?.errors ?? [],
    problem: report.problem ?? null
  };
}

// src/cli/commands/validate.ts
import { resolve as resolve6 } from "node:path";

// src/source/checkout-root.ts
import { existsSync } from "node:fs";
import { dirname, join, resolve as resolve5 } from "node:path";
var MAX_LEVELS = 256;
function findCheckoutRoot(dir) {
  const start = resolve5(dir);
  let current = start;
  for (let level = 0; level < MAX_LEVELS; level++) {
    if (existsSync(join(current, ".git"))) return current;
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return start;
}

// src/cli/commands/validate.ts
var validateCommand = {
  name: "validate",
  summary: "check the manifests in DIR with Config Sync's rules, push nothing",
  usage: VALIDATE_USAGE,
  run: runValidate
};
async function runValidate(args, io) {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: "string" },
    ignore: { type: "string", multiple: true },
    ...VALIDATION_FLAG_OPTIONS
  });
  if (values["help"] === true) {
    io.stdout(VALIDATE_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError(`validate takes one directory, got ${positionals.length}`);
  const format = parseValidateFormat(values["format"]);
  const settings = readValidationFlags(values);
  const dir = resolve6(positionals[0] ?? ".");
  const logger = stderrLogger({ verbose: false, quiet: true });
  const { findings } = await runValidation({ ...settings, dir, ignore: strs(values["ignore"]) }, logger);
  io.stdout(renderFindings(findings, format, dir));
  return failsRun(findings, settings.failOn) ? EXIT.failed : EXIT.ok;
}
function renderFindings(findings, format, dir) {
  if (format === VALIDATE_FORMAT.json) return renderFindingsJson(findings);
  if (format === VALIDATE_FORMAT.sarif) return renderSarif(findings, { dir, root: findCheckoutRoot(dir) });
  return renderFindingsText(findings);
}

// src/cli/commands/write-back.ts
import { tmpdir } from "node:os";
var TOKEN_ENV = "CONFIG_REPO_TOKEN";
var OPTIONS = {
  repo: { type: "string" },
  image: { type: "string" },
  branch: { type: "string" },
  path: { type: "string" },
  target: { type: "string" },
  mode: { type: "string" },
  message: { type: "string" },
  author: { type: "string" },
  committer: { type: "string" },
  "pr-branch": { type: "string" },
  label: { type: "string", multiple: true },
  "auto-merge": { type: "string" },
  "server-url": { type: "string" },
  "api-url": { type: "string" },
  "token-stdin": { type: "boolean" },
  revision: { type: "string" },
  "source-url": { type: "string" },
  "max-attempts": { type: "string" },
  format: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  verbose: { type: "boolean", short: "v" }
};
var WRITE_BACK_USAGE = `Usage: configsync-oci write-back --repo REPO --image REF@sha256:HEX [options]

Clones REPO shallow, sets spec.oci.image of the target RootSync/RepoSync (or
every value marked "# configsync-oci: image [NAME]") to REF, changing only that
value's characters, and commits and pushes it, or pushes configsync-oci/<target>
and opens or updates one pull request. Nothing is committed when the value is
already REF. A push that loses a race is retried on the new branch head.
The token comes from $${TOKEN_ENV} or --token-stdin, and reaches git only
through its environment: never the command line, the URL or the output.

  --repo REPO            owner/name (on --server-url), a git URL, or a path  (required)
  --image REF            the digest reference to write                     (required)
  --branch BRANCH        branch to commit to / pull-request base  (default: the remote's default)
  --path PATH            file or directory inside REPO to edit             (default .)
  --target TARGET        RootSync/NAME, RootSync/NAMESPACE/NAME, RepoSync/NAMESPACE/NAME,
                         marker or marker:NAME   (default ${DEFAULT_TARGET})
  --mode MODE            commit or pull-request                            (default commit)
  --message TEMPLATE     commit message; {target} {image} {digest} {short-digest}
                         {repository} {sha} {short-sha} {commit-url} {run-url}
  --author "N <E>"       author (default ${ACTIONS_BOT.name} <${ACTIONS_BOT.email}>)
  --committer "N <E>"    committer (default: the author)
  --pr-branch BRANCH     pull-request branch (default configsync-oci/[PATH--]TARGET)
  --label LABEL          pull-request label; repeatable
  --auto-merge METHOD    false, merge, squash or rebase                    (default false)
  --server-url URL       GitHub server for owner/name (default $GITHUB_SERVER_URL or https://github.com)
  --api-url URL          GitHub API (default $GITHUB_API_URL or https://api.github.com)
  --token-stdin          read the config-repo token from stdin
  --revision SHA         source commit for the message (default $GITHUB_SHA)
  --source-url URL       source repository URL for the commit link
  --max-attempts N       pushes to try when the branch keeps moving        (default 5)
  --format text|json     result format on stdout                           (default text)
  -q, --quiet            no progress lines on stderr
  -v, --verbose          debug lines on stderr, including each git call (never the token)
`;
var writeBackCommand = {
  name: "write-back",
  summary: "set a RootSync/RepoSync's spec.oci.image (or a marked value) in a config repo: commit or pull request",
  usage: WRITE_BACK_USAGE,
  run: runWriteBack
};
async function runWriteBack(args, io) {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  if (values["help"] === true) {
    io.stdout(WRITE_BACK_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`, { hint: "see configsync-oci help write-back" });
  const format = parseFormat(values["format"]);
  const settings = await readSettings(values, io);
  const logger = stderrLogger({ verbose: values["verbose"] === true, quiet: values["quiet"] === true });
  const result = await writeBack(settings, io.env, logger);
  const place = { repo: settings.repo, target: settings.target, image: settings.image };
  logWriteBack(result, place, logger);
  io.stdout(renderWriteBackResult(result, place, format));
  return EXIT.ok;
}
async function readSettings(values, io) {
  const repoText = required(values, "repo", "e.g. --repo acme/platform-config or --repo file:///srv/git/config.git");
  const image = requireDigestReference(required(values, "image", "e.g. --image us-docker.pkg.dev/p/r/app@sha256:<64 hex>"), "--image");
  const target = parseTarget(str(values["target"]) ?? DEFAULT_TARGET, "--target");
  const path = normalizePath(str(values["path"]) ?? ".", "--path");
  const message = str(values["message"]) ?? DEFAULT_COMMIT_MESSAGE;
  checkTemplate(message, "--message");
  const author = parsePerson(str(values["author"]) ?? "", "--author") ?? ACTIONS_BOT;
  const env = io.env;
  return {
    repo: resolveConfigRepo(repoText, str(values["server-url"]) ?? (env["GITHUB_SERVER_URL"] || "https://github.com"), "--repo"),
    branch: str(values["branch"]) ?? "",
    path,
    target,
    image,
    token: await readToken(values["token-stdin"] === true, io),
    mode: parseMode(str(values["mode"])),
    message,
    source: sourceValues(env, str(values["revision"]) ?? (env["GITHUB_SHA"] || void 0), str(values["source-url"])),
    author,
    committer: parsePerson(str(values["committer"]) ?? "", "--committer") ?? author,
    pullRequest: {
      branch: str(values["pr-branch"]) ?? pullRequestBranch(target, path),
      labels: strs(values["label"]),
      autoMerge: parseAutoMerge(str(values["auto-merge"]) ?? "false", "--auto-merge"),
      apiUrl: (str(values["api-url"]) ?? (env["GITHUB_API_URL"] || "https://api.github.com")).replace(/\/+$/, "")
    },
    maxAttempts: parseAttempts(str(values["max-attempts"])),
    tempDir: tmpdir()
  };
}
function required(values, name, hint) {
  const value = str(values[name])?.trim();
  if (value === void 0 || value === "") throw new UsageError(`--${name} is required`, { hint });
  return value;
}
async function readToken(fromStdin, io) {
  if (!fromStdin) return (io.env[TOKEN_ENV] ?? "").trim();
  const token = (await io.readStdin()).trim();
  if (token === "") throw new UsageError("--token-stdin: stdin was empty");
  return token;
}
function parseMode(value) {
  const mode = Object.values(WRITE_BACK_MODE).find((m) => m === (value ?? WRITE_BACK_MODE.commit));
  if (mode === void 0) throw new UsageError(`--mode "${value}" is not supported`, { hint: "use --mode commit or --mode pull-request" });
  return mode;
}
function parseAttempts(value) {
  const attempts = Number(value ?? "5");
  if (!Number.isInteger(attempts) || attempts < 1 || attempts > 20) throw new UsageError(`--max-attempts "${value}" is not a whole number from 1 to 20`);
  return attempts;
}

// src/cli/run-cli.ts
var COMMANDS = [publishCommand, validateCommand, diffCommand, promoteCommand, writeBackCommand, statusCommand, rolloutCommand, bootstrapCommand];
async function runCli(argv, io) {
  const [name, ...rest] = argv;
  try {
    if (name === void 0) {
      io.stderr(mainUsage(COMMANDS));
      return EXIT.usage;
    }
    if (name === "help" || name === "--help" || name === "-h") {
      io.stdout(COMMANDS.find((c) => c.name === rest[0])?.usage ?? mainUsage(COMMANDS));
      return EXIT.ok;
    }
    if (name === "--version" || name === "-V") {
      io.stdout(`${VERSION}
`);
      return EXIT.ok;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (command === void 0) throw new UsageError(`unknown command "${name}"`, { hint: "see configsync-oci help" });
    return await command.run(rest, io);
  } catch (error) {
    return reportError(error, io);
  }
}
function reportError(error, io) {
  if (io.env["CONFIGSYNC_OCI_DEBUG"] === "1") io.stderr(`${causeChain(error).join("\ncaused by: ")}
`);
  if (error instanceof ManifestValidationError) io.stderr(renderFindingsText(error.findings));
  const { message, hint } = describeError(error);
  const unexpected = error instanceof ActionError ? "" : " (unexpected error; set CONFIGSYNC_OCI_DEBUG=1 for the stack)";
  io.stderr(`configsync-oci: error: ${message}${unexpected}
${hint === void 0 ? "" : `hint: ${hint}
`}`);
  return error instanceof InputError ? EXIT.usage : EXIT.failed;
}

// src/cli/main.ts
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: readAllStdin,
  env: process.env
});
async function readAllStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
//# sourceMappingURL=cli.js.map
