import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  SYSTEM_CLOCK,
  failedJudgement,
  repointCluster,
  rolloutCluster
} from "./chunk-MKAH2KOZ.js";
import {
  SYNC_STATE
} from "./chunk-L5E3S6CR.js";

// src/rootsync/fleet.ts
async function rolloutFleet(members, settings, options) {
  const results = /* @__PURE__ */ new Map();
  const targets = /* @__PURE__ */ new Map();
  const canaries = members.filter((m) => m.canary);
  const waves = canaries.length > 0 && canaries.length < members.length ? [canaries, members.filter((m) => !m.canary)] : [members];
  for (const [index, wave] of waves.entries()) {
    if (waves.length > 1)
      options.logger.info(
        `${index === 0 ? "Canary" : "Remaining"} clusters: ${wave.map((m) => m.name).join(", ")}`
      );
    const ok = await runWave(wave, settings, options, results, targets);
    if (!ok) break;
  }
  const clusters = members.map((m) => results.get(m.name) ?? skipped(m, settings));
  const final = options.rollbackOnFailure ? await rollBack(clusters, targets, options.logger) : clusters;
  return { clusters: final, ok: final.every((c) => c.ok) };
}
async function runWave(wave, settings, options, results, targets) {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < wave.length) {
      const member = wave[next++];
      const result = await rolloutMember(member, settings, options, targets);
      results.set(member.name, result);
      if (!result.ok) {
        failed = true;
        options.logger.warning(
          `${member.name}: ${result.state}: ${result.reason.split("\n")[0]}; no further clusters are started`
        );
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, wave.length)) }, worker));
  return !failed;
}
async function rolloutMember(member, settings, options, targets) {
  try {
    const target = await member.connect();
    targets.set(member.name, target);
    return await rolloutCluster(target, settings, options.logger, options.clock ?? SYSTEM_CLOCK);
  } catch (error) {
    return {
      cluster: member.name,
      ref: settings.ref,
      image: settings.image,
      action: "none",
      ...failedJudgement(error)
    };
  }
}
function skipped(member, settings) {
  return {
    cluster: member.name,
    ref: settings.ref,
    image: settings.image,
    action: "none",
    state: "SKIPPED",
    ok: false,
    reason: "not started: an earlier cluster failed",
    errors: []
  };
}
async function rollBack(clusters, targets, logger) {
  const out = [];
  for (const cluster of clusters) {
    const target = targets.get(cluster.cluster);
    const changed = cluster.action === "patched" && cluster.previousImage !== void 0 && cluster.previousImage !== cluster.image;
    if (cluster.ok || cluster.state === "SKIPPED" || target === void 0 || !changed || cluster.previousImage === void 0) {
      out.push(cluster);
      continue;
    }
    logger.info(`${cluster.cluster}: rolling back to ${cluster.previousImage}`);
    const result = await repointCluster(target, cluster.ref, cluster.previousImage, logger);
    out.push({ ...cluster, rolledBack: { image: cluster.previousImage, ...result } });
  }
  return out;
}
function fleetState(result) {
  if (result.clusters.every((c) => c.state === SYNC_STATE.synced)) return SYNC_STATE.synced;
  const failed = result.clusters.find((c) => !c.ok && c.state !== "SKIPPED");
  return failed?.state ?? result.clusters.find((c) => c.state !== SYNC_STATE.synced)?.state ?? SYNC_STATE.pending;
}
function fleetSyncedCommit(result) {
  const commits = new Set(result.clusters.map((c) => c.syncedCommit ?? ""));
  return commits.size === 1 ? [...commits][0] : "";
}

export {
  rolloutFleet,
  fleetState,
  fleetSyncedCommit
};
//# sourceMappingURL=chunk-GDYN2CVT.js.map
