import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  CLUSTER_FLAGS_HELP,
  CLUSTER_FLAG_OPTIONS,
  readClusterSelection,
  readSyncRefs
} from "./chunk-LXPJQUBG.js";
import {
  loadClusterModule
} from "./chunk-Y46TRFLR.js";
import {
  digestHex,
  evaluateSync,
  renderStatusBlock,
  requireRolloutImage,
  summarizeSyncStatus
} from "./chunk-ICATBVXJ.js";
import "./chunk-BPHO5FMR.js";
import "./chunk-JAJQMYNP.js";
import "./chunk-5RM3NDNB.js";
import {
  SYNC_STATE
} from "./chunk-L5E3S6CR.js";
import "./chunk-M6VYJO7U.js";
import "./chunk-PHYQ5BUW.js";
import {
  EXIT,
  SUMMARY,
  UsageError,
  parseCommandArgs,
  parseFormat,
  str
} from "./chunk-Y4E5J6JL.js";
import "./chunk-AB3UUCUA.js";
import "./chunk-IDSBZXJC.js";
import {
  describeError
} from "./chunk-DYKBPGMV.js";
import "./chunk-5JH4DS2R.js";

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
    if (object === void 0)
      return {
        cluster: member.name,
        ref,
        state: "NOT FOUND",
        problem: `${ref.kind} ${ref.namespace}/${ref.name} does not exist`
      };
    const status = summarizeSyncStatus(object);
    if (image === void 0) return { cluster: member.name, ref, state: status.state, status };
    const expected = { generation: object.metadata.generation ?? 0, image, commit: digestHex(image) };
    if (object.spec?.oci?.image !== image) {
      return {
        cluster: member.name,
        ref,
        state: SYNC_STATE.pending,
        status,
        problem: `spec.oci.image is ${object.spec?.oci?.image ?? "(unset)"}, not ${image}`
      };
    }
    const verdict = evaluateSync(object, expected, {}, Date.now(), {
      sourceErrorGraceMs: Number.POSITIVE_INFINITY
    });
    if (verdict.kind === "synced") return { cluster: member.name, ref, state: SYNC_STATE.synced, status };
    if (verdict.kind === "failed")
      return { cluster: member.name, ref, state: verdict.state, status, problem: verdict.reason };
    return {
      cluster: member.name,
      ref,
      state: status.state === SYNC_STATE.synced ? SYNC_STATE.pending : status.state,
      status,
      problem: verdict.reason
    };
  } catch (error) {
    const { message, hint } = describeError(error);
    return {
      cluster: member.name,
      ref,
      state: SYNC_STATE.error,
      problem: message,
      ...hint === void 0 ? {} : { hint }
    };
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
  summary: SUMMARY.status,
  usage: STATUS_USAGE,
  run: runStatus
};
async function runStatus(args, io) {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      ...CLUSTER_FLAG_OPTIONS,
      image: { type: "string" },
      format: { type: "string" }
    },
    "status"
  );
  if (values["help"] === true) {
    io.stdout(STATUS_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument "${positionals[0]}"`, {
      hint: "name syncs with --root-sync or --repo-sync"
    });
  const format = parseFormat(values["format"]);
  const refs = readSyncRefs(values);
  const imageFlag = str(values["image"]);
  const image = imageFlag === void 0 ? void 0 : requireRolloutImage(imageFlag);
  const cluster = await loadClusterModule("configsync-oci status");
  const members = cluster.openFleet(readClusterSelection(values), [], io.env);
  const reports = await readSyncStatuses(members, refs, image);
  io.stdout(
    format === "json" ? `${JSON.stringify(reports.map(reportJson), null, 2)}
` : renderReports(reports)
  );
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
export {
  statusCommand
};
//# sourceMappingURL=status-EKSM4FVY.js.map
