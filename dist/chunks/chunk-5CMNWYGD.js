import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  renderDiffMarkdown
} from "./chunk-7PCZ6IVU.js";
import {
  describeOutcome,
  describeRepo,
  describeTarget,
  diffText
} from "./chunk-CUPWETSR.js";
import {
  fleetState,
  fleetSyncedCommit
} from "./chunk-GDYN2CVT.js";
import {
  countChanges,
  describeOutcome as describeOutcome2,
  stepsJson
} from "./chunk-XGAAAOLH.js";
import {
  describeAction,
  firstLine,
  isGoogleRegistry,
  rolloutJson
} from "./chunk-ICATBVXJ.js";
import {
  debug,
  error,
  group,
  info,
  setOutput,
  summary,
  warning
} from "./chunk-KQRLUDKS.js";
import {
  OCI_LAYOUT_PREFIX
} from "./chunk-3BDJZUYS.js";
import {
  describeSyncRef
} from "./chunk-L5E3S6CR.js";
import {
  UNKNOWN_SCOPE_ADVICE
} from "./chunk-AB3UUCUA.js";
import {
  SEVERITY,
  formatFinding,
  sortFindings
} from "./chunk-IDSBZXJC.js";

// src/action/github/retag-report.ts
var TAG_OUTPUT = { json: "json", changed: "changed" };
function setTagOutputs(metadata) {
  setOutput(TAG_OUTPUT.json, JSON.stringify(metadata));
  setOutput(TAG_OUTPUT.changed, String(metadata.changed));
}
async function writeSummaryNote(text) {
  await summary.addRaw(`<p>${escapeHtml(text)}</p>`, true).write();
}
async function writeDiffSummary(diff, heading) {
  await summary.addRaw(renderDiffMarkdown(diff, { heading }), true).write();
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// src/action/github/rollout-report.ts
var ROLLOUT_OUTPUT = {
  syncStatus: "sync-status",
  syncedCommit: "synced-commit",
  clusters: "rollout-clusters"
};
function setRolloutOutputs(result) {
  setOutput(ROLLOUT_OUTPUT.syncStatus, fleetState(result));
  setOutput(ROLLOUT_OUTPUT.syncedCommit, fleetSyncedCommit(result));
  setOutput(ROLLOUT_OUTPUT.clusters, JSON.stringify(rolloutJson(result)));
}
async function writeRolloutSummary(result) {
  const first = result.clusters[0];
  const heading = `configsync-oci: rollout ${result.ok ? "synced" : "failed"}${first === void 0 ? "" : ` (${describeSyncRef(first.ref)})`}`;
  summary.addHeading(escapeHtml2(heading), 2).addTable([
    ["Cluster", "Image", "State", "Details"].map((data) => ({ data, header: true })),
    ...result.clusters.map((c) => [
      code(c.cluster),
      escapeHtml2(describeAction(c)),
      `<b>${c.state}</b>`,
      escapeHtml2(details(c))
    ])
  ]);
  await summary.write();
}
function details(c) {
  const parts = [firstLine(c.reason)];
  for (const error2 of c.errors.slice(0, 3))
    if (!parts[0].endsWith(firstLine(error2.message))) parts.push(firstLine(error2.message));
  if (c.errors.length > 3) parts.push(`\u2026 ${c.errors.length - 3} more`);
  if (c.rolledBack !== void 0) parts.push(`rollback: ${c.rolledBack.message}`);
  return parts.join(" \xB7 ");
}
function code(text) {
  return `<code>${escapeHtml2(text)}</code>`;
}
function escapeHtml2(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// src/action/github/bootstrap-report.ts
var BOOTSTRAP_OUTPUT = { setupSteps: "setup-steps" };
function setBootstrapOutputs(report) {
  setOutput(BOOTSTRAP_OUTPUT.setupSteps, JSON.stringify(stepsJson(report)));
}
async function writeBootstrapSummary(report) {
  const changes = countChanges(report);
  const state = report.dryRun ? `dry run, ${changes} change${changes === 1 ? "" : "s"} planned` : !report.ok ? "did not finish" : changes === 0 ? "nothing changed" : `${changes} change${changes === 1 ? "" : "s"}`;
  summary.addHeading(
    escapeHtml3(
      `configsync-oci setup: ${describeSyncRef(report.ref)} in cluster ${report.cluster} (${state})`
    ),
    2
  ).addRaw(
    `Reconciler <code>${escapeHtml3(`${report.identity.ksaNamespace}/${report.identity.ksaName}`)}</code>, IAM member <code>${escapeHtml3(report.identity.ksaMember)}</code>`,
    true
  ).addTable([
    ["#", "Step", "Current", "Desired", "Outcome"].map((data) => ({ data, header: true })),
    ...report.steps.map((s, i) => [
      String(i + 1),
      escapeHtml3(s.title),
      escapeHtml3(s.change === "skip" ? s.note ?? "" : s.current),
      escapeHtml3(s.change === "skip" ? "" : s.desired),
      `<b>${describeOutcome2(s)}</b>`
    ])
  ]);
  for (const warning2 of report.warnings) summary.addRaw(`\u26A0\uFE0F ${escapeHtml3(warning2)}`, true);
  if (report.dryRun) {
    const commands = report.steps.flatMap((s) => s.commands);
    if (commands.length > 0)
      summary.addRaw("The same changes by hand:", true).addCodeBlock(commands.join("\n\n"), "sh");
  }
  await summary.write();
}
function escapeHtml3(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// src/action/github/signing-report.ts
function keyVerificationSnippets(repository, digest, signing) {
  const publicKey = signing.publicKey;
  if (publicKey === void 0) return [];
  const indented = (spaces) => publicKey.trimEnd().split("\n").map((line) => `${" ".repeat(spaces)}${line}`).join("\n");
  const snippets = [
    {
      title: "Public key (cosign.pub)",
      language: "text",
      text: publicKey.trimEnd()
    },
    {
      title: "cosign (key mode: no transparency-log entry was made, hence --insecure-ignore-tlog)",
      language: "sh",
      text: `cosign verify --key cosign.pub --insecure-ignore-tlog=true ${repository}@${digest}`
    },
    {
      title: "Flux (source-controller \u2265 1.8): a Secret with cosign.pub, and OCIRepository.spec.verify",
      language: "yaml",
      text: [
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: configsync-oci-cosign-key",
        "stringData:",
        "  cosign.pub: |",
        indented(4),
        "---",
        "spec:",
        "  verify:",
        "    provider: cosign",
        "    secretRef:",
        "      name: configsync-oci-cosign-key"
      ].join("\n")
    },
    {
      title: "Kyverno verifyImages",
      language: "yaml",
      text: [
        "verifyImages:",
        `  - imageReferences: ["${repository}*"]`,
        "    attestors:",
        "      - entries:",
        "          - keys:",
        "              publicKeys: |-",
        indented(18),
        "              rekor:",
        "                ignoreTlog: true"
      ].join("\n")
    }
  ];
  return snippets;
}
function configSyncNote(signing) {
  return signing.legacyTag === void 0 ? "Config Sync: its documented pre-sync webhook reads the legacy `sha256-<hex>.sig` signature; publish with `signature-format: legacy` or `both` for it." : `Config Sync: the pre-sync webhook verifies the legacy signature \`${signing.legacyTag}\` with the public key above (the transparency log is ignored).`;
}

// src/action/github/action-report.ts
import { relative, join, sep } from "node:path";

// src/action/github/writeback-report.ts
var WRITEBACK_OUTPUT = {
  status: "write-back-status",
  commitSha: "commit-sha",
  pullRequestNumber: "pull-request-number",
  pullRequestUrl: "pull-request-url"
};
function setWriteBackOutputs(result) {
  setOutput(WRITEBACK_OUTPUT.status, result.status);
  setOutput(WRITEBACK_OUTPUT.commitSha, result.commitSha);
  setOutput(
    WRITEBACK_OUTPUT.pullRequestNumber,
    result.pullRequest ? String(result.pullRequest.number) : ""
  );
  setOutput(WRITEBACK_OUTPUT.pullRequestUrl, result.pullRequest?.url ?? "");
}
async function writeWriteBackSummary(result, place) {
  summary.addHeading("configsync-oci: write-back", 3).addTable([
    [
      { data: "Field", header: true },
      { data: "Value", header: true }
    ],
    ["Repository", code2(describeRepo(place.repo))],
    ["Target", escapeHtml4(describeTarget(place.target))],
    ["Result", escapeHtml4(describeOutcome(result, place))]
  ]);
  const diff = diffText(result);
  if (diff !== "") summary.addCodeBlock(diff, "diff");
  await summary.write();
}
function code2(text) {
  return `<code>${escapeHtml4(text)}</code>`;
}
function escapeHtml4(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// src/action/github/preview-report.ts
var PREVIEW_OUTPUT = {
  name: "preview-name",
  commentUrl: "comment-url",
  removedTags: "removed-tags",
  keptTags: "kept-tags",
  removedSyncs: "removed-syncs"
};
async function writePreviewSummary(markdown) {
  await summary.addRaw(markdown, true).write();
}
function setPreviewOutputs(name, commentUrl) {
  setOutput(PREVIEW_OUTPUT.name, name);
  setOutput(PREVIEW_OUTPUT.commentUrl, commentUrl);
}
function setCleanupOutputs(view, commentUrl) {
  setOutput(PREVIEW_OUTPUT.name, view.name);
  setOutput(PREVIEW_OUTPUT.commentUrl, commentUrl);
  setOutput(PREVIEW_OUTPUT.removedTags, (view.tags?.removed ?? []).map((r) => r.tag).join("\n"));
  setOutput(PREVIEW_OUTPUT.keptTags, (view.tags?.kept ?? []).map((k) => k.tag).join("\n"));
  const removed = (view.syncs ?? []).filter((s) => s.result === "deleted" || s.result === "deleting");
  setOutput(
    PREVIEW_OUTPUT.removedSyncs,
    removed.map((s) => `${s.cluster}: ${s.ref.kind} ${s.ref.namespace}/${s.ref.name}`).join("\n")
  );
}

// src/action/github/action-report.ts
var OUTPUT = {
  digest: "digest",
  image: "image",
  tags: "tags",
  size: "size",
  findings: "findings",
  errors: "errors",
  warnings: "warnings",
  ...TAG_OUTPUT,
  ...WRITEBACK_OUTPUT,
  ...ROLLOUT_OUTPUT,
  ...PREVIEW_OUTPUT,
  ...BOOTSTRAP_OUTPUT,
  verified: "verified",
  signatureDigest: "signature-digest",
  attestationDigest: "attestation-digest",
  publicKey: "public-key"
};
var CORE_LOGGER = {
  info: (message) => info(message),
  debug: (message) => debug(message),
  warning: (message) => warning(message),
  group: (name, fn) => group(name, fn)
};
function annotateFindings(findings, dir, workspace) {
  for (const finding of sortFindings(findings)) {
    const file = relative(workspace, join(dir, finding.file)).split(sep).join("/");
    const properties = { file, title: finding.code, ...finding.line > 0 ? { startLine: finding.line } : {} };
    const message = formatFinding({ ...finding, file });
    if (finding.severity === SEVERITY.error) error(message, properties);
    else warning(message, properties);
  }
}
function setOutputs(result) {
  setOutput(OUTPUT.digest, result.pushed.digest);
  setOutput(OUTPUT.image, result.pushed.reference);
  setOutput(OUTPUT.tags, result.pushed.tags.join("\n"));
  setOutput(OUTPUT.size, String(result.layer.size));
  const signing = result.signing;
  if (signing !== void 0) {
    setOutput(OUTPUT.signatureDigest, signing.signatureDigest);
    if (signing.attestationDigest !== void 0)
      setOutput(OUTPUT.attestationDigest, signing.attestationDigest);
    if (signing.publicKey !== void 0) setOutput(OUTPUT.publicKey, signing.publicKey);
  }
}
async function writeSummary(result) {
  const { pushed, layer } = result;
  summary.addHeading("configsync-oci: published", 2).addTable([
    [
      { data: "Field", header: true },
      { data: "Value", header: true }
    ],
    ["Image", code3(pushed.reference)],
    ["Digest", code3(pushed.digest)],
    ["Tags", pushed.tags.map(code3).join(" ")],
    ["Layer size", `${layer.size} bytes (tar ${layer.uncompressedSize} bytes)`],
    ["Files", String(layer.fileCount)],
    ["Objects", `${result.objectCount} in ${result.manifestFiles} manifest files`],
    ["Blobs", `${pushed.uploadedBlobs} uploaded, ${pushed.skippedBlobs} already present`],
    ...result.signing === void 0 ? [] : [
      ["Signature", code3(result.signing.signatureDigest)],
      ...result.signing.legacyTag === void 0 ? [] : [["Legacy signature", code3(result.signing.legacyTag)]],
      ...result.signing.attestationDigest === void 0 ? [] : [["Validation attestation", code3(result.signing.attestationDigest)]]
    ]
  ]);
  addFindings(result.findings);
  if (pushed.reference.startsWith(OCI_LAYOUT_PREFIX)) {
    summary.addRaw(
      "No cluster can pull an OCI layout on the runner. Push it to a registry first (the digest stays the same):",
      true
    ).addCodeBlock(layoutPushCommands(pushed.reference), "sh");
    summary.addRaw("Then point a RootSync at it:", true).addCodeBlock(rootSyncSnippet(`REGISTRY/REPOSITORY@${pushed.digest}`), "yaml");
  } else {
    summary.addRaw("Point a RootSync at it:", true).addCodeBlock(rootSyncSnippet(pushed.reference), "yaml");
  }
  if (result.signing !== void 0) {
    summary.addHeading("Verify the signature", 3);
    const repository = pushed.reference.slice(0, pushed.reference.lastIndexOf("@"));
    for (const snippet of keyVerificationSnippets(repository, pushed.digest, result.signing))
      summary.addRaw(snippet.title, true).addCodeBlock(snippet.text, snippet.language);
    summary.addRaw(configSyncNote(result.signing), true);
  }
  await summary.write();
}
async function writeFailureSummary(message, findings) {
  summary.addHeading("configsync-oci: failed", 2).addRaw(escapeHtml5(message), true);
  addFindings(findings);
  await summary.write();
}
function addFindings(findings) {
  if (findings.length === 0) {
    summary.addRaw("No validation findings.", true);
    return;
  }
  const errors = findings.filter((f) => f.severity === SEVERITY.error).length;
  summary.addHeading(`Findings (${findings.length})`, 3).addList([`Errors: ${errors}`, `Warnings: ${findings.length - errors}`]).addTable([
    [
      { data: "Code", header: true },
      { data: "Severity", header: true },
      { data: "File", header: true },
      { data: "Message", header: true }
    ],
    ...sortFindings(findings).map((f) => [
      f.code,
      f.severity,
      code3(f.line > 0 ? `${f.file}:${f.line}` : f.file),
      escapeHtml5(f.message)
    ])
  ]);
  if (findings.some((f) => f.code === "KNV1021")) summary.addRaw(escapeHtml5(UNKNOWN_SCOPE_ADVICE), true);
}
function rootSyncSnippet(reference) {
  const google = isGoogleRegistry(reference.split("/")[0] ?? "");
  const head = [
    "apiVersion: configsync.gke.io/v1beta1",
    "kind: RootSync",
    "metadata:",
    "  name: root-sync",
    "  namespace: config-management-system",
    "spec:",
    "  sourceFormat: unstructured",
    "  sourceType: oci",
    "  oci:",
    `    image: ${reference}`,
    "    dir: ."
  ];
  if (google) return [...head, "    auth: k8sserviceaccount"].join("\n");
  return [
    ...head,
    "    auth: token  # Config Sync 1.24+; the Secret holds a long-lived read-only token",
    "    secretRef:",
    "      name: root-sync-oci-token",
    "# kubectl create secret generic root-sync-oci-token -n config-management-system \\",
    "#   --from-literal=username=USER --from-file=password=TOKEN_FILE",
    "# (or let the rollout write it: sync-username and sync-token)"
  ].join("\n");
}
function layoutPushCommands(reference) {
  const text = reference.slice(OCI_LAYOUT_PREFIX.length);
  const at = text.lastIndexOf("@");
  const named = at < 0 ? text : text.slice(0, at);
  const colon = named.lastIndexOf(":");
  const path = colon > named.lastIndexOf("/") ? named.slice(0, colon) : named;
  const digest = at < 0 ? "" : text.slice(at);
  return [
    `skopeo copy oci:${path} docker://REGISTRY/REPOSITORY:TAG`,
    "# or",
    `oras cp --from-oci-layout ${path}${digest} REGISTRY/REPOSITORY:TAG`
  ].join("\n");
}
function code3(text) {
  return `<code>${escapeHtml5(text)}</code>`;
}
function escapeHtml5(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export {
  setTagOutputs,
  writeSummaryNote,
  writeDiffSummary,
  setWriteBackOutputs,
  writeWriteBackSummary,
  setRolloutOutputs,
  writeRolloutSummary,
  writePreviewSummary,
  setPreviewOutputs,
  setCleanupOutputs,
  setBootstrapOutputs,
  writeBootstrapSummary,
  OUTPUT,
  CORE_LOGGER,
  annotateFindings,
  setOutputs,
  writeSummary,
  writeFailureSummary,
  addFindings
};
//# sourceMappingURL=chunk-5CMNWYGD.js.map
