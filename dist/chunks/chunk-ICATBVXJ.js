import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  formatDuration
} from "./chunk-JAJQMYNP.js";
import {
  parseImageReference
} from "./chunk-5RM3NDNB.js";
import {
  CONFIG_SYNC_API,
  ROOT_SYNC_NAMESPACE,
  SYNC_KIND,
  SYNC_STATE,
  describeSyncRef,
  nomosSyncName
} from "./chunk-L5E3S6CR.js";
import {
  ClusterError,
  InputError
} from "./chunk-DYKBPGMV.js";

// src/rootsync/sync-patch.ts
import { posix } from "node:path";
var OCI_AUTH = ["gcenode", "gcpserviceaccount", "k8sserviceaccount", "none", "token"];
function digestHex(image) {
  const digest = parseImageReference(image).digest;
  if (digest === void 0) throw new InputError(`image "${image}" has no digest`);
  return digest.slice("sha256:".length);
}
function requireRolloutImage(image) {
  if (image.startsWith("oci-layout:")) {
    throw new InputError(`a rollout needs a registry image, but the artifact went to ${image}`, {
      hint: "set image to a registry repository a cluster can pull, e.g. us-docker.pkg.dev/my-project/config/app"
    });
  }
  if (parseImageReference(image).digest === void 0) {
    throw new InputError(`a rollout needs a digest reference (REPO@sha256:\u2026), got "${image}"`);
  }
  return image;
}
function buildImageApply(ref, image, resourceVersion) {
  return {
    apiVersion: `${CONFIG_SYNC_API.group}/${CONFIG_SYNC_API.version}`,
    kind: ref.kind,
    metadata: {
      name: ref.name,
      namespace: ref.namespace,
      ...resourceVersion === void 0 ? {} : { resourceVersion }
    },
    spec: { oci: { image } }
  };
}
function buildSyncObject(ref, image, spec) {
  return {
    apiVersion: `${CONFIG_SYNC_API.group}/${CONFIG_SYNC_API.version}`,
    kind: ref.kind,
    metadata: { name: ref.name, namespace: ref.namespace },
    spec: {
      sourceType: "oci",
      sourceFormat: spec.sourceFormat,
      oci: {
        image,
        dir: spec.dir,
        auth: spec.auth,
        ...spec.gcpServiceAccountEmail === void 0 ? {} : { gcpServiceAccountEmail: spec.gcpServiceAccountEmail },
        ...spec.secretRef === void 0 ? {} : { secretRef: { name: spec.secretRef } },
        ...spec.caCertSecretRef === void 0 ? {} : { caCertSecretRef: { name: spec.caCertSecretRef } }
      }
    }
  };
}
function planSyncChange(current, ref, image, create, cluster) {
  if (current === void 0) {
    if (create === void 0) {
      throw new ClusterError(`${describeSyncRef(ref)} does not exist in cluster ${cluster}`, {
        hint: 'create it first (README: "Roll out to a cluster"), or set create-sync: true to create it with sourceType oci'
      });
    }
    return { kind: "create", ref, body: buildSyncObject(ref, image, create) };
  }
  const sourceType = current.spec?.sourceType ?? "git";
  if (sourceType !== "oci") {
    throw new ClusterError(
      `${describeSyncRef(ref)} in cluster ${cluster} syncs from ${sourceType} (spec.sourceType), not oci`,
      {
        hint: "set spec.sourceType: oci and spec.oci.auth on it first; this action only changes spec.oci.image"
      }
    );
  }
  if (current.spec?.oci?.image === image) return { kind: "unchanged" };
  return { kind: "apply-image", ref, body: buildImageApply(ref, image, current.metadata.resourceVersion) };
}
function defaultOciAuth(image) {
  return isGoogleRegistry(parseImageReference(image).registry) ? "k8sserviceaccount" : "none";
}
function isGoogleRegistry(host) {
  const name = host.replace(/:\d+$/, "");
  return name.endsWith(".pkg.dev") || name === "gcr.io" || name.endsWith(".gcr.io");
}
function checkSourceFormat(ref, format, inputName) {
  if (ref.kind === SYNC_KIND.repo && format !== "unstructured") {
    throw new InputError(`${inputName} is "${format}", but a RepoSync reads only unstructured sources`, {
      hint: `set ${inputName}: unstructured`
    });
  }
}
function checkGcpServiceAccountEmail(email, inputName) {
  const at = email.lastIndexOf("@");
  const local = email.slice(0, at);
  if (at < 0 || local.length < 6 || local.length > 30 || !/^[a-z][a-z0-9-]*[a-z0-9]$/.test(local) || !email.slice(at + 1).endsWith(".iam.gserviceaccount.com")) {
    throw new InputError(
      `${inputName} "${email}" is not a Google service account email Config Sync accepts`,
      {
        hint: "e.g. config-sync@my-project.iam.gserviceaccount.com (6\u201330 characters before the @)"
      }
    );
  }
}
function syncDirOf(value, inputName, example) {
  const dir = posix.normalize((value ?? "").trim().replace(/^\/+/, "") || ".").replace(/(.)\/+$/, "$1");
  if (dir.split("/").includes(".."))
    throw new InputError(`${inputName} is "${dir}"; it must stay inside the image`, {
      hint: `e.g. ${example}`
    });
  return dir;
}

// src/report/sync-status-text.ts
var INDENT = "  ";
var RULE = `${INDENT}--------------------`;
function renderStatusBlock(cluster, entries) {
  const out = [cluster, RULE];
  for (const entry of entries) out.push(...entryLines(entry));
  return `${out.join("\n")}
`;
}
function entryLines(entry) {
  const status = entry.status;
  const source = status?.image === void 0 ? "(no image)" : `${status.image}${status.dir !== void 0 && status.dir !== "." ? ` (dir ${status.dir})` : ""}`;
  const lines = [`${INDENT}${nomosSyncName(entry.ref)}   ${source}`];
  const state = entry.state ?? status?.state ?? "UNKNOWN";
  const when = state === "SYNCED" && status?.lastUpdate !== void 0 ? ` @ ${status.lastUpdate}` : "";
  lines.push(`${INDENT}${state}${when}   ${status?.commit ?? ""}`.trimEnd());
  if (entry.problem !== void 0) lines.push(`${INDENT}Error:   ${entry.problem}`);
  const errors = status?.errors ?? [];
  if (errors.length > 1 || (status?.moreErrors ?? 0) > 0)
    lines.push(`${INDENT}TotalErrorCount: ${errors.length + (status?.moreErrors ?? 0)}`);
  for (const error of errors) lines.push(...errorLines(error));
  for (const note of entry.notes ?? []) lines.push(`${INDENT}${note}`);
  return lines;
}
function errorLines(error) {
  const [first = "", ...rest] = error.message.split("\n");
  const lines = [
    `${INDENT}Error:   ${first}`,
    ...rest.filter((line) => line.trim() !== "").map((line) => `${INDENT}         ${line}`)
  ];
  for (const resource of error.resources) lines.push(`${INDENT}         Resource: ${resource}`);
  return lines;
}
function renderFleetText(result) {
  return result.clusters.map((c) => renderStatusBlock(c.cluster, [rolloutEntry(c)])).join("\n");
}
function rolloutEntry(c) {
  const notes = [`Rollout: ${describeAction(c)}`];
  if (!c.ok && c.state !== "SKIPPED" && !repeatsAnError(c)) notes.push(`Reason:  ${firstLine(c.reason)}`);
  if (c.hint !== void 0) notes.push(`Hint:    ${c.hint}`);
  if (c.rolledBack !== void 0) notes.push(`Rollback: ${c.rolledBack.message}`);
  return { ref: c.ref, ...c.status === void 0 ? {} : { status: c.status }, state: c.state, notes };
}
function repeatsAnError(c) {
  const reason = firstLine(c.reason);
  return [...c.errors, ...c.status?.errors ?? []].some((e) => reason.endsWith(firstLine(e.message)));
}
function describeAction(c) {
  switch (c.action) {
    case "patched":
      return `${c.previousImage ?? "(none)"} \u2192 ${c.image}`;
    case "created":
      return `created with ${c.image}`;
    case "unchanged":
      return `already at ${c.image}`;
    default:
      return c.state === "SKIPPED" ? "not started (an earlier cluster failed)" : "nothing written";
  }
}
function rolloutJson(result) {
  return result.clusters.map((c) => ({
    cluster: c.cluster,
    kind: c.ref.kind,
    namespace: c.ref.namespace,
    name: c.ref.name,
    action: c.action,
    previousImage: c.previousImage ?? null,
    image: c.image,
    state: c.state,
    ok: c.ok,
    syncedCommit: c.syncedCommit ?? null,
    reason: c.reason,
    errors: c.errors.map(({ code, message, resources }) => ({ code, message, resources })),
    rolledBack: c.rolledBack ?? null
  }));
}
function firstLine(text) {
  return text.split("\n")[0].trim();
}

// src/rootsync/sync-secrets.ts
var TOKEN_AUTH_VERSION = "1.24.0";
var SECRET_KEYS = { username: "username", password: "password", cert: "cert" };
var MANAGED_BY = { "app.kubernetes.io/managed-by": "configsync-oci" };
function secretNamespace(ref) {
  return ref.kind === SYNC_KIND.root ? ROOT_SYNC_NAMESPACE : ref.namespace;
}
function tokenSecretData(username, token) {
  return { [SECRET_KEYS.username]: username, [SECRET_KEYS.password]: token };
}
function caCertSecretData(pem) {
  return { [SECRET_KEYS.cert]: pem };
}
function buildSecret(namespace, secret) {
  return {
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name: secret.name, namespace, labels: { ...MANAGED_BY } },
    type: "Opaque",
    data: encodeData(secret.data)
  };
}
function secretPatch(current, data) {
  const have = current.data ?? {};
  const wanted = encodeData(data);
  const changed = Object.entries(wanted).filter(([key, value]) => have[key] !== value);
  if (changed.length === 0) return void 0;
  const resourceVersion = current.metadata?.resourceVersion;
  return {
    metadata: resourceVersion === void 0 ? {} : { resourceVersion },
    data: Object.fromEntries(changed)
  };
}
function encodeData(data) {
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, Buffer.from(value, "utf8").toString("base64")])
  );
}
function checkSecretName(name, inputName, example) {
  const text = name.trim();
  if (text.length === 0 || text.length > 253 || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(text)) {
    throw new InputError(
      `${inputName} "${text}" is not a valid Secret name (lowercase letters, digits, '-' and '.', at most 253 characters)`,
      { hint: `e.g. ${example}` }
    );
  }
  return text;
}
function defaultSecretName(ref, purpose) {
  return `${ref.name}-oci-${purpose}`;
}
function checkTokenCredentials(username, token, names) {
  if (username.trim() === "")
    throw new InputError(
      `${names.token} is set, but ${names.username} is empty: Config Sync sends both as HTTP Basic credentials`,
      { hint: `set ${names.username} (for GHCR: the account that owns the token)` }
    );
  if (/[\r\n]/.test(username)) throw new InputError(`${names.username} contains a line break`);
  if (token === "")
    throw new InputError(`${names.token} is empty`, {
      hint: "give a long-lived read-only token (for GHCR: a personal access token with read:packages)"
    });
  if (/[\r\n]/.test(token))
    throw new InputError(
      `${names.token} contains a line break inside it (only a trailing newline is removed)`
    );
}
function checkCaPem(pem, file, inputName) {
  if (!pem.includes("-----BEGIN CERTIFICATE-----")) {
    throw new InputError(`${inputName}: ${file} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`, {
      hint: "give the registry CA certificate in PEM form"
    });
  }
  return pem;
}
function syncSecretsOf(values, ref, names) {
  const tokenAuth = values.auth === "token" || values.auth === void 0 && values.token !== "";
  if (values.token !== "" && !tokenAuth) {
    throw new InputError(
      `${names.token} is set, but ${names.auth} is ${values.auth}: the token is used only with auth token`,
      { hint: `drop ${names.auth}, or set it to token` }
    );
  }
  if (values.username.trim() !== "" && values.token === "")
    throw new InputError(`${names.username} is set without ${names.token}`, {
      hint: `give both, or neither to use an existing Secret (${names.secretName})`
    });
  if (!tokenAuth && values.secretName.trim() !== "")
    throw new InputError(
      `${names.secretName} is used only with auth token (${names.auth} is ${values.auth ?? "empty"})`
    );
  if (values.caPem === void 0 && values.caSecretName.trim() !== "")
    throw new InputError(`${names.caSecretName} is used only with ${names.caFile}`);
  if (values.token !== "") checkTokenCredentials(values.username, values.token, names);
  const tokenName = values.secretName.trim() === "" ? defaultSecretName(ref, "token") : checkSecretName(values.secretName, names.secretName, `${names.secretName} ghcr-pull`);
  const caName = values.caSecretName.trim() === "" ? defaultSecretName(ref, "ca") : checkSecretName(values.caSecretName, names.caSecretName, `${names.caSecretName} registry-ca`);
  const token = !tokenAuth ? void 0 : values.token === "" ? { name: tokenName } : { name: tokenName, data: tokenSecretData(values.username.trim(), values.token) };
  const caCert = values.caPem === void 0 ? void 0 : { name: caName, data: caCertSecretData(values.caPem) };
  if (token === void 0 && caCert === void 0) return void 0;
  return {
    ...token === void 0 ? {} : { token },
    ...caCert === void 0 ? {} : { caCert },
    restartReconciler: values.restartReconciler
  };
}
function secretRefsOf(secrets) {
  return {
    ...secrets?.token === void 0 ? {} : { secretRef: secrets.token.name },
    ...secrets?.caCert === void 0 ? {} : { caCertSecretRef: secrets.caCert.name }
  };
}

// src/rootsync/sync-status.ts
var STAGES = ["source", "rendering", "sync"];
function findCondition(object, type) {
  return object.status?.conditions?.find((c) => c.type === type);
}
function summarizeSyncStatus(object) {
  const status = object.status ?? {};
  const base = {
    ...optional("image", status.source?.ociStatus?.image ?? object.spec?.oci?.image),
    ...optional("dir", status.source?.ociStatus?.dir ?? object.spec?.oci?.dir)
  };
  const stalled2 = findCondition(object, "Stalled");
  if (stalled2?.status === "True") {
    const errors2 = stalled2.errors?.length ? stalled2.errors.map(viewError) : [messageAsError(stalled2.message)];
    return { ...base, state: SYNC_STATE.stalled, errors: errors2, moreErrors: 0 };
  }
  const reconciling2 = findCondition(object, "Reconciling");
  if (reconciling2?.status === "True") {
    return {
      ...base,
      state: SYNC_STATE.reconciling,
      ...optional("commit", status.source?.commit),
      errors: (reconciling2.errors ?? []).map(viewError),
      moreErrors: 0
    };
  }
  const syncing = findCondition(object, "Syncing");
  if (syncing === void 0) return { ...base, ...legacyStatus(object) };
  const { errors, moreErrors } = conditionErrors(object, syncing);
  const commit = optional("commit", syncing.commit);
  if (syncing.status === "True") return { ...base, ...commit, state: SYNC_STATE.pending, errors, moreErrors };
  if (syncing.status === "False" && conditionHasNoErrors(syncing)) {
    return {
      ...base,
      ...commit,
      state: SYNC_STATE.synced,
      errors: [],
      moreErrors: 0,
      ...optional("lastUpdate", status.sync?.lastUpdate)
    };
  }
  return { ...base, ...commit, state: SYNC_STATE.error, errors, moreErrors };
}
function conditionHasNoErrors(condition) {
  if (condition.errorSummary === void 0) return (condition.errors ?? []).length === 0;
  return (condition.errorSummary.totalCount ?? 0) === 0;
}
function stageHasErrors(stage) {
  return (stage?.errors ?? []).length > 0 || (stage?.errorSummary?.totalCount ?? 0) > 0;
}
function stageErrors(stage) {
  return (stage?.errors ?? []).map(viewError);
}
function errorCode(error) {
  if (error.code !== void 0 && error.code !== "")
    return /^KNV/.test(error.code) ? error.code : `KNV${error.code}`;
  return /^(KNV\d{4})\b/.exec(error.errorMessage ?? "")?.[1] ?? "";
}
function viewError(error) {
  return {
    code: errorCode(error),
    message: (error.errorMessage ?? "").trim() || "(no message)",
    resources: (error.errorResources ?? []).map(describeResource)
  };
}
function messageAsError(message) {
  const text = (message ?? "").trim() || "(no message)";
  return { code: /^(KNV\d{4})\b/.exec(text)?.[1] ?? "", message: text, resources: [] };
}
function describeResource(resource) {
  const gvk = resource.resourceGVK;
  const kind = gvk?.kind === void 0 ? "object" : gvk.group ? `${gvk.kind}.${gvk.group}` : gvk.kind;
  const name = resource.namespace ? `${resource.namespace}/${resource.name ?? ""}` : resource.name ?? "";
  return `${kind} ${name}${resource.sourcePath ? ` (${resource.sourcePath})` : ""}`;
}
function conditionErrors(object, syncing) {
  const refs = syncing.errorSourceRefs ?? [];
  const stages = STAGES.filter((stage) => refs.includes(stage)).map((stage) => object.status?.[stage]);
  const errors = [...(syncing.errors ?? []).map(viewError), ...stages.flatMap(stageErrors)];
  const total = syncing.errorSummary?.totalCount ?? stages.reduce((sum, stage) => sum + (stage?.errorSummary?.totalCount ?? 0), 0);
  return { errors, moreErrors: Math.max(0, total - errors.length) };
}
function legacyStatus(object) {
  const status = object.status ?? {};
  const errors = STAGES.flatMap((stage) => stageErrors(status[stage]));
  const counted = STAGES.reduce((sum, stage) => sum + (status[stage]?.errorSummary?.totalCount ?? 0), 0);
  if (errors.length > 0 || counted > 0)
    return { state: SYNC_STATE.error, errors, moreErrors: Math.max(0, counted - errors.length) };
  const syncCommit = status.sync?.commit ?? "";
  if (syncCommit === "") return { state: SYNC_STATE.pending, errors: [], moreErrors: 0 };
  const rendering = status.rendering?.commit ?? "";
  if (syncCommit === status.source?.commit && (rendering === "" || rendering === syncCommit)) {
    return {
      state: SYNC_STATE.synced,
      commit: syncCommit,
      errors: [],
      moreErrors: 0,
      ...optional("lastUpdate", status.sync?.lastUpdate)
    };
  }
  return { state: SYNC_STATE.pending, commit: syncCommit, errors: [], moreErrors: 0 };
}
function optional(key, value) {
  return value === void 0 || value === "" ? {} : { [key]: value };
}

// src/rootsync/wait-recipe.ts
var SOURCE_PULL_ERROR = "KNV2004";
var TRANSIENT_RENDERING_ERROR = "KNV2016";
var RENDERING_DONE = ["Rendering succeeded", "Rendering skipped"];
function evaluateSync(object, expected, memory, now, policy) {
  const steps = [
    observedGeneration,
    stalled,
    reconciling,
    reportedImage,
    sourceStage,
    renderingStage,
    syncStage,
    syncingCondition
  ];
  for (const step of steps) {
    const verdict = step(object, expected, memory, now, policy);
    if (verdict !== void 0) return verdict;
  }
  return { kind: "synced", lastSyncedConfirmed: object.status?.lastSyncedCommit === expected.commit };
}
var wait = (step, reason, memory = {}) => ({
  kind: "waiting",
  step,
  reason,
  memory
});
function observedGeneration(object, expected, memory) {
  const observed = object.status?.observedGeneration;
  if (observed !== void 0 && observed >= expected.generation) return void 0;
  return wait(
    1,
    `the reconciler-manager has not observed generation ${expected.generation} yet (observedGeneration ${observed ?? "unset"})`,
    memory
  );
}
function stalled(object) {
  const condition = findCondition(object, "Stalled");
  if (condition?.status !== "True") return void 0;
  const errors = condition.errors?.length ? condition.errors.map(viewError) : [
    {
      code: /^(KNV\d{4})/.exec(condition.message ?? "")?.[1] ?? "",
      message: condition.message ?? "(no message)",
      resources: []
    }
  ];
  return {
    kind: "failed",
    state: SYNC_STATE.stalled,
    reason: `Stalled (${condition.reason ?? "no reason"}): ${condition.message ?? ""}`.trim(),
    errors
  };
}
function reconciling(object, _expected, memory) {
  const condition = findCondition(object, "Reconciling");
  if (condition?.status !== "True") return void 0;
  return wait(
    3,
    `the reconciler is rolling out (Reconciling: ${condition.reason ?? condition.message ?? "True"})`,
    memory
  );
}
function reportedImage(object, expected, memory) {
  const image = object.status?.source?.ociStatus?.image;
  if (image === expected.image) return void 0;
  return wait(
    4,
    image === void 0 ? "the reconciler has not reported an image yet" : `the reconciler still reports ${image}`,
    memory
  );
}
function sourceStage(object, expected, memory, now, policy) {
  const source = object.status?.source;
  const errors = stageErrors(source);
  if (errors.some((e) => e.code === SOURCE_PULL_ERROR)) {
    const since = memory.sourceErrorSince ?? now;
    if (now - since >= policy.sourceErrorGraceMs) {
      return {
        kind: "failed",
        state: SYNC_STATE.error,
        reason: `the image could not be pulled for ${formatDuration(now - since)} (${SOURCE_PULL_ERROR})`,
        errors
      };
    }
    return wait(5, `pulling the image failed (${SOURCE_PULL_ERROR}); oci-sync retries`, {
      sourceErrorSince: since
    });
  }
  if (source?.commit === expected.commit && stageHasErrors(source)) {
    return {
      kind: "failed",
      state: SYNC_STATE.error,
      reason: "the cluster rejected the source (parse or validation errors)",
      errors
    };
  }
  if (source?.commit !== expected.commit)
    return wait(5, `fetching: the source commit is ${short(source?.commit)}`);
  return stageHasErrors(source) ? wait(5, "the source has errors") : void 0;
}
function renderingStage(object, expected) {
  const rendering = object.status?.rendering;
  const errors = stageErrors(rendering);
  if (errors.some((e) => e.code === TRANSIENT_RENDERING_ERROR))
    return wait(
      6,
      `rendering: ${TRANSIENT_RENDERING_ERROR} (transient while the hydration-controller is added or removed)`
    );
  if (rendering?.commit === expected.commit && stageHasErrors(rendering)) {
    return { kind: "failed", state: SYNC_STATE.error, reason: "rendering failed", errors };
  }
  if (rendering?.commit !== expected.commit)
    return wait(6, `rendering: the commit is ${short(rendering?.commit)}`);
  if (!RENDERING_DONE.includes(rendering.message ?? ""))
    return wait(6, `rendering: ${rendering.message ?? "no message yet"}`);
  return void 0;
}
function syncStage(object, expected) {
  const sync = object.status?.sync;
  if (sync?.commit !== expected.commit) return wait(7, `applying: the sync commit is ${short(sync?.commit)}`);
  if (!stageHasErrors(sync)) return void 0;
  const syncing = findCondition(object, "Syncing");
  if (syncing?.status === "False" && syncing.commit === expected.commit) {
    return {
      kind: "failed",
      state: SYNC_STATE.error,
      reason: "applying the objects failed",
      errors: stageErrors(sync)
    };
  }
  return wait(7, `applying: ${stageErrors(sync).length} errors so far`);
}
function syncingCondition(object, expected) {
  const syncing = findCondition(object, "Syncing");
  if (syncing === void 0) return wait(8, "no Syncing condition yet");
  if (syncing.status !== "False")
    return wait(8, `syncing (${syncing.reason ?? syncing.message ?? "in progress"})`);
  if (syncing.commit !== expected.commit)
    return wait(8, `the Syncing condition is about ${short(syncing.commit)}`);
  if (conditionHasNoErrors(syncing)) return void 0;
  const errors = [...(syncing.errors ?? []).map(viewError)];
  return {
    kind: "failed",
    state: SYNC_STATE.error,
    reason: "the sync finished with errors",
    errors: errors.length > 0 ? errors : [{ code: "", message: `${syncing.errorSummary?.totalCount ?? 0} errors`, resources: [] }]
  };
}
function short(commit) {
  return commit === void 0 || commit === "" ? "not set yet" : commit.slice(0, 12);
}

export {
  OCI_AUTH,
  digestHex,
  requireRolloutImage,
  buildSyncObject,
  planSyncChange,
  defaultOciAuth,
  isGoogleRegistry,
  checkSourceFormat,
  checkGcpServiceAccountEmail,
  syncDirOf,
  TOKEN_AUTH_VERSION,
  SECRET_KEYS,
  secretNamespace,
  buildSecret,
  secretPatch,
  checkCaPem,
  syncSecretsOf,
  secretRefsOf,
  summarizeSyncStatus,
  evaluateSync,
  renderStatusBlock,
  renderFleetText,
  describeAction,
  rolloutJson,
  firstLine
};
//# sourceMappingURL=chunk-ICATBVXJ.js.map
