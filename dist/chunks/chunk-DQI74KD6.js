import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  loadClusterModule
} from "./chunk-Y46TRFLR.js";
import {
  gateOnPolicy
} from "./chunk-RHEIN47V.js";
import {
  detectSourceInfo
} from "./chunk-FFJIOYSX.js";
import {
  ROLLOUT_INPUT
} from "./chunk-XBTGJ63V.js";
import {
  isDigestReference,
  sourceValues,
  writeBack
} from "./chunk-MX5TIDN5.js";
import {
  setRolloutOutputs,
  setWriteBackOutputs,
  writeRolloutSummary,
  writeWriteBackSummary
} from "./chunk-5CMNWYGD.js";
import {
  logWriteBack
} from "./chunk-CUPWETSR.js";
import {
  rolloutFleet
} from "./chunk-GDYN2CVT.js";
import {
  firstLine,
  renderFleetText,
  requireRolloutImage
} from "./chunk-ICATBVXJ.js";
import {
  formatDuration
} from "./chunk-JAJQMYNP.js";
import {
  describeSyncRef
} from "./chunk-L5E3S6CR.js";
import {
  ClusterError,
  InputError
} from "./chunk-DYKBPGMV.js";

// src/pipeline/writeback-step.ts
import { tmpdir } from "node:os";

// src/settings/settings.ts
function rolloutEnabled(settings) {
  return settings.rollout !== void 0;
}
function writeBackEnabled(settings) {
  return settings.writeBack !== void 0;
}
function previewEnabled(settings) {
  return settings.preview !== void 0;
}

// src/pipeline/writeback-step.ts
var MAX_ATTEMPTS = 5;
var writeBackStep = {
  name: "write-back",
  enabled: writeBackEnabled,
  async run(context, result) {
    const inputs = context.settings.writeBack;
    if (inputs === void 0) return;
    const image = result.pushed.reference;
    if (!isDigestReference(image))
      throw new InputError(`cannot write back "${image}": it is not a REPOSITORY@sha256:\u2026 reference`);
    await gateOnPolicy(context, "write-back", image);
    const source = await detectSourceInfo(context.settings.core.dir, context.env);
    const settings = {
      ...inputs,
      image,
      source: sourceValues(context.env, source.revision, source.url),
      maxAttempts: MAX_ATTEMPTS,
      tempDir: context.env["RUNNER_TEMP"] || tmpdir()
    };
    const outcome = await writeBack(settings, context.env, context.logger);
    const place = { repo: inputs.repo, target: inputs.target, image };
    logWriteBack(outcome, place, context.logger);
    setWriteBackOutputs(outcome);
    await writeWriteBackSummary(outcome, place);
  }
};

// src/pipeline/rollout-step.ts
var SOURCE_ERROR_GRACE_MS = 6e4;
var rolloutStep = {
  name: "rollout",
  enabled: rolloutEnabled,
  async run(context, result) {
    const inputs = context.settings.rollout;
    if (inputs === void 0) return;
    await gateOnPolicy(context, "rollout", result.pushed.reference);
    const fleet = await rollOut(context, inputs, result);
    context.logger.info(renderFleetText(fleet).trimEnd());
    setRolloutOutputs(fleet);
    await writeRolloutSummary(fleet);
    if (!fleet.ok) throw failure(fleet, inputs);
  }
};
async function rollOut(context, inputs, result) {
  const image = requireRolloutImage(result.pushed.reference);
  const cluster = await loadClusterModule(`input "${ROLLOUT_INPUT.rollout}"`);
  const members = cluster.openFleet(inputs.selection, inputs.canaries, context.env);
  const where = members.length === 1 ? `cluster ${members[0].name}` : `${members.length} clusters`;
  return context.logger.group(
    `Roll out ${describeSyncRef(inputs.ref)} in ${where}`,
    () => rolloutFleet(
      members,
      {
        ref: inputs.ref,
        image,
        ...inputs.create === void 0 ? {} : { create: inputs.create },
        ...inputs.secrets === void 0 ? {} : { secrets: inputs.secrets },
        wait: inputs.wait,
        timeoutMs: inputs.timeoutMs,
        policy: { sourceErrorGraceMs: Math.min(SOURCE_ERROR_GRACE_MS, inputs.timeoutMs) }
      },
      {
        concurrency: inputs.concurrency,
        rollbackOnFailure: inputs.rollbackOnFailure,
        logger: context.logger
      }
    )
  );
}
function failure(fleet, inputs) {
  const failed = fleet.clusters.filter((c) => !c.ok && c.state !== "SKIPPED");
  const first = failed[0] ?? fleet.clusters.find((c) => !c.ok);
  const skipped = fleet.clusters.filter((c) => c.state === "SKIPPED").length;
  const others = [
    failed.length > 1 ? `${failed.length - 1} more failed` : "",
    skipped > 0 ? `${skipped} not started` : ""
  ].filter((s) => s !== "").join(", ");
  return new ClusterError(
    `rollout failed in cluster ${first.cluster}: ${first.state}: ${firstLine(first.reason)}${others === "" ? "" : `; ${others}`}`,
    {
      hint: first.hint ?? (first.state === "PENDING" ? `it did not sync within wait-timeout (${formatDuration(inputs.timeoutMs)}); see the status block above` : "see the status block above and the job summary")
    }
  );
}

export {
  previewEnabled,
  writeBackStep,
  rolloutStep
};
//# sourceMappingURL=chunk-DQI74KD6.js.map
