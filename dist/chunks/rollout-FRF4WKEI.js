import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  CLUSTER_FLAGS_HELP,
  CLUSTER_FLAG_OPTIONS,
  SYNC_SECRET_FLAGS_HELP,
  SYNC_SECRET_FLAG_OPTIONS,
  readClusterSelection,
  readSyncAuth,
  readSyncRefs,
  readSyncSecretFlags
} from "./chunk-LXPJQUBG.js";
import {
  VERIFY_FLAGS_HELP,
  VERIFY_FLAG_OPTIONS,
  readVerifyFlags
} from "./chunk-636K7BNQ.js";
import {
  loadClusterModule
} from "./chunk-Y46TRFLR.js";
import {
  requireVerified
} from "./chunk-3MGMBFCM.js";
import "./chunk-VNAU5XZX.js";
import "./chunk-LOOKIQUP.js";
import "./chunk-P25MGRZS.js";
import "./chunk-BHYY5VJ3.js";
import {
  fleetState,
  rolloutFleet
} from "./chunk-GDYN2CVT.js";
import "./chunk-MKAH2KOZ.js";
import {
  checkSourceFormat,
  renderFleetText,
  requireRolloutImage,
  rolloutJson,
  syncDirOf
} from "./chunk-ICATBVXJ.js";
import {
  parseSourceFormat
} from "./chunk-BPHO5FMR.js";
import "./chunk-3BDJZUYS.js";
import {
  parseDuration
} from "./chunk-JAJQMYNP.js";
import "./chunk-5RM3NDNB.js";
import "./chunk-L5E3S6CR.js";
import "./chunk-M6VYJO7U.js";
import "./chunk-PHYQ5BUW.js";
import {
  EXIT,
  SUMMARY,
  UsageError,
  parseCommandArgs,
  parseFormat,
  str,
  strs
} from "./chunk-Y4E5J6JL.js";
import {
  stderrLogger
} from "./chunk-AB3UUCUA.js";
import "./chunk-IDSBZXJC.js";
import "./chunk-DYKBPGMV.js";
import "./chunk-5JH4DS2R.js";

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
    --sync-auth AUTH     gcenode|gcpserviceaccount|k8sserviceaccount|none|token
                         (default token with a sync token, k8sserviceaccount for
                         Google registries, else none)
    --gcp-service-account-email EMAIL   for --sync-auth gcpserviceaccount
  Token auth and a private CA (also for an RSync that exists: its spec.oci.auth
  and secretRef are set, the Secret created or updated):
${SYNC_SECRET_FLAGS_HELP}  --format text|json     result format on stdout                          (default text)
  -q, --quiet            no progress lines on stderr
With a verification policy (as for verify), a digest that does not verify is
not rolled out (registry credentials from the docker config / helpers):
${VERIFY_FLAGS_HELP}  --insecure             registry: allow plain HTTP and skip TLS verification
  --ca-file FILE         registry: PEM file of extra CA certificates
`;
var rolloutCommand = {
  name: "rollout",
  summary: SUMMARY.rollout,
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
  ...SYNC_SECRET_FLAG_OPTIONS,
  format: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  ...VERIFY_FLAG_OPTIONS,
  insecure: { type: "boolean" },
  "ca-file": { type: "string" }
};
async function runRollout(args, io) {
  const { values, positionals } = parseCommandArgs(args, ROLLOUT_OPTIONS, "rollout");
  if (values["help"] === true) {
    io.stdout(ROLLOUT_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const format = parseFormat(values["format"]);
  const settings = await readRolloutFlags(values, io);
  const canaries = strs(values["canary"]);
  if (canaries.length > 0 && !settings.wait) throw new UsageError("--canary needs waiting; drop --no-wait");
  const policy = await readVerifyFlags(values);
  const gateLogger = stderrLogger({ verbose: false, quiet: values["quiet"] === true });
  const caFile = str(values["ca-file"]);
  await requireVerified(
    "rollout",
    settings.image,
    policy,
    {
      logger: gateLogger,
      insecure: values["insecure"] === true,
      ...caFile === void 0 ? {} : { caFile }
    },
    gateLogger
  );
  const cluster = await loadClusterModule("configsync-oci rollout");
  const members = cluster.openFleet(readClusterSelection(values), canaries, io.env);
  const result = await rolloutFleet(members, settings, {
    concurrency: parseConcurrency(str(values["concurrency"])),
    rollbackOnFailure: values["rollback-on-failure"] === true,
    logger: stderrLogger({ verbose: false, quiet: values["quiet"] === true })
  });
  io.stdout(
    format === "json" ? `${JSON.stringify({ syncStatus: fleetState(result), clusters: rolloutJson(result) }, null, 2)}
` : renderFleetText(result)
  );
  return result.ok ? EXIT.ok : EXIT.failed;
}
async function readRolloutFlags(values, io) {
  const imageFlag = str(values["image"]);
  if (imageFlag === void 0)
    throw new UsageError("--image is required", {
      hint: "e.g. --image us-docker.pkg.dev/p/r/app@sha256:<64 hex> (publish prints it)"
    });
  const image = requireRolloutImage(imageFlag);
  const refs = readSyncRefs(values);
  if (refs.length > 1) throw new UsageError("rollout takes one --root-sync or --repo-sync");
  const ref = refs[0];
  const secrets = await readSyncSecretFlags(values, ref, io);
  const create = values["create-sync"] === true ? createSpec(values, ref, image, secrets) : void 0;
  const timeoutMs = parseDuration(str(values["timeout"]) ?? "5m", "--timeout");
  return {
    ref,
    image,
    wait: values["no-wait"] !== true,
    timeoutMs,
    policy: { sourceErrorGraceMs: Math.min(6e4, timeoutMs) },
    ...create === void 0 ? {} : { create },
    ...secrets === void 0 ? {} : { secrets }
  };
}
function createSpec(values, ref, image, secrets) {
  const sourceFormat = parseSourceFormat(str(values["source-format"]) ?? "", {
    label: "--source-format",
    example: (v) => `--source-format ${v}`
  });
  checkSourceFormat(ref, sourceFormat, "--source-format");
  const syncAuth = readSyncAuth(values, image, secrets);
  return { sourceFormat, dir: syncDirOf(str(values["sync-dir"]), "--sync-dir", "--sync-dir ."), ...syncAuth };
}
function parseConcurrency(text) {
  const value = text === void 0 ? 3 : Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 50)
    throw new UsageError(`--concurrency "${text}" is not a whole number from 1 to 50`);
  return value;
}
export {
  rolloutCommand
};
//# sourceMappingURL=rollout-FRF4WKEI.js.map
