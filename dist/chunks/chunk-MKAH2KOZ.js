import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  TOKEN_AUTH_VERSION,
  buildSecret,
  digestHex,
  evaluateSync,
  planSyncChange,
  secretNamespace,
  secretPatch,
  summarizeSyncStatus
} from "./chunk-ICATBVXJ.js";
import {
  formatDuration
} from "./chunk-JAJQMYNP.js";
import {
  SYNC_STATE,
  describeSyncRef,
  reconcilerName
} from "./chunk-L5E3S6CR.js";
import {
  ClusterError,
  describeError
} from "./chunk-DYKBPGMV.js";

// src/rootsync/ports.ts
var SYSTEM_CLOCK = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
var DEFAULT_POLL = { initialMs: 500, factor: 1.5, maxMs: 5e3 };
function nextPollInterval(schedule, previous) {
  if (previous === void 0) return schedule.initialMs;
  return Math.min(schedule.maxMs, Math.round(previous * schedule.factor));
}

// src/rootsync/sync-auth.ts
async function requireTokenAuth(target, ref, cluster, logger) {
  const values = await target.ociAuthValues(ref.kind);
  if (values === void 0) {
    logger.warning(
      `${cluster}: could not read the ${ref.kind} CRD to check that it accepts spec.oci.auth: token (Config Sync ${TOKEN_AUTH_VERSION}+); going on`
    );
    return;
  }
  if (values.includes("token")) return;
  throw new ClusterError(
    `cluster ${cluster} runs a Config Sync older than ${TOKEN_AUTH_VERSION}: its ${ref.kind} CRD allows spec.oci.auth ${values.join(", ")}, not token`,
    {
      hint: `upgrade Config Sync to ${TOKEN_AUTH_VERSION} or later for token auth; on an older release only Google registries (k8sserviceaccount, gcpserviceaccount, gcenode) or public images (none) can be pulled`
    }
  );
}
async function writeSyncSecrets(target, ref, secrets, existed, cluster, logger) {
  const namespace = secretNamespace(ref);
  const token = secrets.token === void 0 ? void 0 : await writeSecret(target, namespace, secrets.token, cluster, logger);
  const caCert = secrets.caCert === void 0 ? void 0 : await writeSecret(target, namespace, secrets.caCert, cluster, logger);
  const restartNeeded = existed && (token === "updated" || caCert === "updated");
  if (!restartNeeded) return { ...optional({ token, caCert }), restartNeeded, restarted: false };
  const deployment = reconcilerName(ref);
  if (!secrets.restartReconciler) {
    logger.warning(
      `${cluster}: the reconciler of ${describeSyncRef(ref)} read the old Secret values at start and keeps them until it restarts: kubectl delete pod -n config-management-system -l app=reconciler,configsync.gke.io/deployment-name=${deployment} (or set restart-reconciler / --restart-reconciler)`
    );
    return { ...optional({ token, caCert }), restartNeeded, restarted: false };
  }
  const deleted = await target.restartReconciler(deployment);
  logger.info(
    `${cluster}: restarted reconciler ${deployment} (${deleted} pod${deleted === 1 ? "" : "s"} deleted) so that it reads the new Secret values`
  );
  return { ...optional({ token, caCert }), restartNeeded, restarted: deleted > 0 };
}
var MAX_ATTEMPTS = 5;
async function writeSecret(target, namespace, secret, cluster, logger) {
  const what = `${cluster}: Secret ${namespace}/${secret.name}`;
  for (let attempt = 1; ; attempt++) {
    const current = await target.readSecret(namespace, secret.name);
    if (secret.data === void 0) {
      if (current === void 0)
        throw new ClusterError(`${what} does not exist`, {
          hint: "create it, or give the values so that it is created"
        });
      return "referenced";
    }
    try {
      if (current === void 0) {
        await target.createSecret(namespace, buildSecret(namespace, { name: secret.name, data: secret.data }));
        logger.info(`${what} created (keys ${Object.keys(secret.data).join(", ")})`);
        return "created";
      }
      const patch = secretPatch(current, secret.data);
      if (patch === void 0) {
        logger.info(`${what} already holds these values; not written`);
        return "unchanged";
      }
      await target.patchSecret(namespace, secret.name, patch);
      logger.info(`${what} updated (keys ${Object.keys(patch["data"]).join(", ")})`);
      return "updated";
    } catch (error) {
      if (!(error instanceof ClusterError) || error.status !== 409 || attempt >= MAX_ATTEMPTS) throw error;
      logger.info(`${what} changed while we wrote it; reading it again`);
    }
  }
}
function ociAuthPatch(current, wanted) {
  const oci = current.spec?.oci ?? {};
  const have = {
    auth: oci.auth,
    secretRef: oci.secretRef?.name,
    caCertSecretRef: oci.caCertSecretRef?.name,
    gcpServiceAccountEmail: oci.gcpServiceAccountEmail
  };
  const same = have.auth === wanted.auth && have.secretRef === wanted.secretRef && have.caCertSecretRef === wanted.caCertSecretRef && have.gcpServiceAccountEmail === wanted.gcpServiceAccountEmail;
  if (same) return void 0;
  const resourceVersion = current.metadata.resourceVersion;
  return {
    metadata: resourceVersion === void 0 ? {} : { resourceVersion },
    spec: {
      oci: {
        auth: wanted.auth,
        // null removes a field left from an earlier setup.
        secretRef: wanted.secretRef === void 0 ? have.secretRef === void 0 ? void 0 : null : { name: wanted.secretRef },
        caCertSecretRef: wanted.caCertSecretRef === void 0 ? have.caCertSecretRef === void 0 ? void 0 : null : { name: wanted.caCertSecretRef },
        gcpServiceAccountEmail: wanted.gcpServiceAccountEmail ?? (have.gcpServiceAccountEmail === void 0 ? void 0 : null)
      }
    }
  };
}
function optional(outcomes) {
  return {
    ...outcomes.token === void 0 ? {} : { token: outcomes.token },
    ...outcomes.caCert === void 0 ? {} : { caCert: outcomes.caCert }
  };
}
async function prepareSyncAuth(target, ref, secrets, logger) {
  const auth = target.syncAuth;
  if (auth === void 0) throw new Error(`cluster ${target.cluster}: this target cannot write Secrets`);
  if (secrets.token !== void 0) await requireTokenAuth(auth, ref, target.cluster, logger);
  const current = await target.get(ref);
  const oci = current?.spec?.oci;
  const reads = oci !== void 0 && (secrets.token !== void 0 && oci.secretRef?.name === secrets.token.name || secrets.caCert !== void 0 && oci.caCertSecretRef?.name === secrets.caCert.name);
  const result = await writeSyncSecrets(auth, ref, secrets, reads, target.cluster, logger);
  if (current === void 0 || (current.spec?.sourceType ?? "git") !== "oci") return result;
  const wanted = secrets.token === void 0 ? {
    auth: oci?.auth ?? "none",
    ...opt("secretRef", oci?.secretRef?.name),
    ...opt("gcpServiceAccountEmail", oci?.gcpServiceAccountEmail),
    ...opt("caCertSecretRef", secrets.caCert?.name)
  } : {
    auth: "token",
    secretRef: secrets.token.name,
    ...opt("caCertSecretRef", secrets.caCert?.name ?? oci?.caCertSecretRef?.name)
  };
  const patch = ociAuthPatch(current, wanted);
  if (patch === void 0) return result;
  await auth.patchSync(ref, patch);
  const fields = [
    `auth ${oci?.auth ?? "(unset)"} \u2192 ${wanted.auth}`,
    wanted.secretRef === void 0 ? "" : `secretRef ${wanted.secretRef}`,
    wanted.caCertSecretRef === void 0 ? "" : `caCertSecretRef ${wanted.caCertSecretRef}`
  ];
  logger.info(
    `${target.cluster}: ${describeSyncRef(ref)}: spec.oci ${fields.filter((f) => f !== "").join(", ")}`
  );
  return result;
}
function opt(key, value) {
  return value === void 0 ? {} : { [key]: value };
}

// src/rootsync/rollout.ts
var MAX_CONFLICT_RETRIES = 5;
var MAX_READ_FAILURES = 3;
async function rolloutCluster(target, settings, logger, clock = SYSTEM_CLOCK) {
  const secrets = settings.secrets === void 0 ? void 0 : await prepareSyncAuth(target, settings.ref, settings.secrets, logger);
  const written = await writeImage(target, settings, logger);
  const expected = {
    generation: written.object.metadata.generation ?? 0,
    image: settings.image,
    commit: digestHex(settings.image)
  };
  const base = {
    cluster: target.cluster,
    ref: settings.ref,
    image: settings.image,
    action: written.action,
    ...optionalImage(written.previousImage),
    ...secrets === void 0 ? {} : { secrets }
  };
  if (!settings.wait) return { ...base, ...judgeOnce(written.object, expected, settings.policy, clock) };
  try {
    return { ...base, ...await waitForSync(target, settings, expected, logger, clock) };
  } catch (error) {
    return { ...base, ...failedJudgement(error) };
  }
}
function failedJudgement(error) {
  const { message, hint } = describeError(error);
  return {
    state: SYNC_STATE.error,
    ok: false,
    reason: message,
    errors: [],
    ...hint === void 0 ? {} : { hint }
  };
}
async function repointCluster(target, ref, image, logger) {
  try {
    const written = await writeImage(
      target,
      { ref, image, wait: false, timeoutMs: 0, policy: { sourceErrorGraceMs: 0 } },
      logger
    );
    return {
      ok: true,
      message: written.action === "unchanged" ? `already at ${image}` : `re-pointed at ${image}`
    };
  } catch (error) {
    return { ok: false, message: `rollback failed: ${describeError(error).message}` };
  }
}
async function writeImage(target, settings, logger) {
  const what = `${target.cluster}: ${describeSyncRef(settings.ref)}`;
  for (let attempt = 1; ; attempt++) {
    const current = await target.get(settings.ref);
    const plan = planSyncChange(current, settings.ref, settings.image, settings.create, target.cluster);
    if (plan.kind === "unchanged" && current !== void 0) {
      logger.info(`${what} already points at ${settings.image}; confirming its sync state`);
      return { action: "unchanged", object: current, ...optionalImage(current.spec?.oci?.image) };
    }
    if (plan.kind === "unchanged") throw new ClusterError(`${what}: nothing to write and nothing read`);
    try {
      const object = await target.apply(plan);
      logger.info(
        plan.kind === "create" ? `${what} created with ${settings.image}` : `${what}: ${current?.spec?.oci?.image ?? "(none)"} \u2192 ${settings.image}`
      );
      return {
        action: plan.kind === "create" ? "created" : "patched",
        object,
        ...optionalImage(current?.spec?.oci?.image)
      };
    } catch (error) {
      if (!(error instanceof ClusterError) || error.status !== 409 || attempt >= MAX_CONFLICT_RETRIES)
        throw error;
      logger.info(
        `${what} changed while we wrote it (409 Conflict); reading it again (attempt ${attempt + 1} of ${MAX_CONFLICT_RETRIES})`
      );
    }
  }
}
function judgeOnce(object, expected, policy, clock) {
  const verdict = evaluateSync(object, expected, {}, clock.now(), policy);
  const status = summarizeSyncStatus(object);
  if (verdict.kind === "waiting")
    return { ...judge(verdict, status, expected), ok: true, reason: `not waiting: ${verdict.reason}` };
  return judge(verdict, status, expected);
}
async function waitForSync(target, settings, expected, logger, clock) {
  const started = clock.now();
  const poll = settings.poll ?? DEFAULT_POLL;
  let memory = {};
  let interval;
  let lastReason = "";
  let failures = 0;
  for (; ; ) {
    const object = await readForWait(target, settings.ref, failures, logger);
    if (object === "retry") failures++;
    else {
      failures = 0;
      const verdict = evaluateSync(object, expected, memory, clock.now(), settings.policy);
      const status = summarizeSyncStatus(object);
      if (verdict.kind !== "waiting") return judge(verdict, status, expected);
      memory = verdict.memory;
      if (verdict.reason !== lastReason)
        logger.info(
          `${target.cluster}: ${describeSyncRef(settings.ref)}: ${verdict.reason} [${formatDuration(clock.now() - started)}]`
        );
      lastReason = verdict.reason;
      if (clock.now() - started >= settings.timeoutMs)
        return timedOut(verdict, status, expected, settings.timeoutMs);
    }
    interval = nextPollInterval(poll, interval);
    await clock.sleep(Math.min(interval, Math.max(0, started + settings.timeoutMs - clock.now())));
  }
}
async function readForWait(target, ref, failures, logger) {
  let object;
  try {
    object = await target.get(ref);
  } catch (error) {
    const transient = error instanceof ClusterError && (error.status === void 0 || error.status >= 500);
    if (!transient || failures + 1 >= MAX_READ_FAILURES) throw error;
    logger.warning(
      `${target.cluster}: reading ${describeSyncRef(ref)} failed (${describeError(error).message}); trying again`
    );
    return "retry";
  }
  if (object === void 0)
    throw new ClusterError(
      `${describeSyncRef(ref)} was deleted from cluster ${target.cluster} while we waited for it`
    );
  return object;
}
function judge(verdict, status, expected) {
  const synced = status.state === SYNC_STATE.synced ? optionalCommit(status.commit) : {};
  if (verdict.kind === "synced") {
    return {
      state: SYNC_STATE.synced,
      ok: true,
      reason: `synced ${expected.commit.slice(0, 12)}${verdict.lastSyncedConfirmed ? "" : " (lastSyncedCommit not yet updated)"}`,
      errors: [],
      status,
      syncedCommit: expected.commit
    };
  }
  if (verdict.kind === "failed")
    return {
      state: verdict.state,
      ok: false,
      reason: verdict.reason,
      errors: verdict.errors,
      status,
      ...synced
    };
  return {
    state: pendingState(status),
    ok: false,
    reason: verdict.reason,
    errors: status.errors,
    status,
    ...synced
  };
}
function timedOut(verdict, status, expected, timeoutMs) {
  const judged = judge(verdict, status, expected);
  return { ...judged, reason: `not synced after ${formatDuration(timeoutMs)}: ${judged.reason}` };
}
function pendingState(status) {
  return status.state === SYNC_STATE.synced ? SYNC_STATE.pending : status.state;
}
function optionalImage(image) {
  return image === void 0 ? {} : { previousImage: image };
}
function optionalCommit(commit) {
  return commit === void 0 ? {} : { syncedCommit: commit };
}

export {
  SYSTEM_CLOCK,
  requireTokenAuth,
  writeSyncSecrets,
  rolloutCluster,
  failedJudgement,
  repointCluster
};
//# sourceMappingURL=chunk-MKAH2KOZ.js.map
