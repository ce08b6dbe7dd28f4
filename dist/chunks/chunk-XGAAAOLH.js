import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  firstLine,
  renderStatusBlock
} from "./chunk-ICATBVXJ.js";
import {
  describeSyncRef
} from "./chunk-L5E3S6CR.js";

// src/report/bootstrap-text.ts
var INDENT = "   ";
function renderBootstrapText(report) {
  const out = [
    heading(report),
    `Reconciler: ${report.identity.ksaNamespace}/${report.identity.ksaName} (${describeSyncRef(report.ref)}, cluster ${report.cluster})`,
    `IAM member: ${report.identity.ksaMember}`
  ];
  for (const warning of report.warnings) out.push(`Warning: ${warning}`);
  out.push("");
  report.steps.forEach((step, index) => out.push(...stepLines(step, index + 1, report.dryRun)));
  out.push(conclusion(report));
  if (report.rollout?.status !== void 0 || report.rollout?.ok === false) {
    const notes = report.rollout.ok ? [] : [
      `Reason:  ${firstLine(report.rollout.reason)}`,
      ...report.rollout.hint === void 0 ? [] : [`Hint:    ${report.rollout.hint}`]
    ];
    out.push(
      "",
      renderStatusBlock(report.cluster, [
        {
          ref: report.ref,
          ...report.rollout.status === void 0 ? {} : { status: report.rollout.status },
          state: report.rollout.state,
          notes
        }
      ]).trimEnd()
    );
  }
  return `${out.join("\n")}
`;
}
function describeOutcome(step) {
  if (step.outcome !== "planned") return step.outcome;
  if (step.change === "update") return "would update";
  return step.id === "wait" ? "would wait" : step.id === "artifact" ? "would publish" : "would create";
}
function countChanges(report) {
  return report.steps.filter(
    (s) => s.outcome === "created" || s.outcome === "updated" || s.outcome === "planned" && s.change !== "none"
  ).length;
}
function bootstrapJson(report) {
  return {
    dryRun: report.dryRun,
    ok: report.ok,
    cluster: report.cluster,
    sync: { kind: report.ref.kind, namespace: report.ref.namespace, name: report.ref.name },
    reconciler: {
      serviceAccount: `${report.identity.ksaNamespace}/${report.identity.ksaName}`,
      member: report.identity.ksaMember,
      readerMember: report.identity.readerMember ?? null
    },
    image: report.image ?? null,
    changes: countChanges(report),
    steps: stepsJson(report),
    warnings: report.warnings,
    syncStatus: report.rollout?.state ?? null
  };
}
function stepsJson(report) {
  return report.steps.map((s) => ({
    id: s.id,
    title: s.title,
    outcome: s.outcome,
    current: s.current,
    desired: s.desired,
    commands: s.commands,
    yaml: s.yaml ?? null,
    note: s.note ?? null
  }));
}
function heading(report) {
  return report.dryRun ? "configsync-oci bootstrap, dry run: the changes it would make (nothing is changed)" : "configsync-oci bootstrap";
}
function stepLines(step, number, dryRun) {
  const lines = [`${number}. ${step.title}: ${describeOutcome(step)}`];
  if (step.change === "skip") return [...lines, `${INDENT}${step.note ?? ""}`, ""];
  lines.push(`${INDENT}current: ${step.current}`, `${INDENT}desired: ${step.desired}`);
  if (step.note !== void 0) lines.push(`${INDENT}note:    ${step.note}`);
  if (dryRun) {
    for (const command of step.commands)
      lines.push(...command.split("\n").map((line, i) => i === 0 ? `${INDENT}$ ${line}` : line));
  }
  return [...lines, ""];
}
function conclusion(report) {
  const changes = countChanges(report);
  if (report.dryRun)
    return changes === 0 ? "Dry run: nothing to change; every step is in place." : `Dry run: ${changes} change${changes === 1 ? "" : "s"} planned; nothing was changed.`;
  if (!report.ok)
    return `Bootstrap did not finish: ${describeSyncRef(report.ref)} is ${report.rollout?.state ?? "not synced"}.`;
  if (changes === 0) return "Nothing changed: every step was already in place.";
  const counts = ["created", "updated", "unchanged"].map(
    (o) => `${report.steps.filter((s) => s.outcome === o).length} ${o}`
  );
  return `Done: ${counts.join(", ")}.`;
}

export {
  renderBootstrapText,
  describeOutcome,
  countChanges,
  bootstrapJson,
  stepsJson
};
//# sourceMappingURL=chunk-XGAAAOLH.js.map
