import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  openImageStore
} from "./chunk-KSA2LMZT.js";
import {
  loadClusterModule
} from "./chunk-Y46TRFLR.js";
import {
  publish
} from "./chunk-SVQN2JFX.js";
import {
  ARTIFACT_REGISTRY_ENDPOINT_ENV,
  GOOGLE_TOKEN_USER,
  credentialChain
} from "./chunk-VNAU5XZX.js";
import {
  READER_ROLE,
  WORKLOAD_IDENTITY_USER_ROLE,
  nameWarnings,
  reconcilerIdentity
} from "./chunk-S3NWEP6Z.js";
import {
  apiError,
  endpointOptions,
  ensureRepository
} from "./chunk-BHYY5VJ3.js";
import {
  SYSTEM_CLOCK,
  requireTokenAuth,
  rolloutCluster,
  writeSyncSecrets
} from "./chunk-MKAH2KOZ.js";
import {
  SECRET_KEYS,
  buildSyncObject,
  digestHex,
  secretNamespace,
  secretPatch
} from "./chunk-ICATBVXJ.js";
import {
  formatDuration
} from "./chunk-JAJQMYNP.js";
import {
  parseImageReference,
  repositoryName
} from "./chunk-5RM3NDNB.js";
import {
  SYNC_KIND,
  describeSyncRef,
  reconcilerName
} from "./chunk-L5E3S6CR.js";
import {
  require_dist
} from "./chunk-XIYLFDQZ.js";
import {
  ActionError,
  ClusterError,
  GoogleApiError
} from "./chunk-DYKBPGMV.js";
import {
  __toESM
} from "./chunk-5JH4DS2R.js";

// src/bootstrap/types.ts
var STEP = {
  repository: "repository",
  readerBinding: "reader-binding",
  workloadIdentityBinding: "workload-identity-binding",
  artifact: "artifact",
  secret: "secret",
  sync: "sync",
  wait: "wait"
};

// src/bootstrap/commands.ts
var import_yaml = __toESM(require_dist(), 1);

// src/bootstrap/sync-spec.ts
import { posix } from "node:path";
function resourceOfRef(ref) {
  return ref.kind === SYNC_KIND.root ? "rootsync" : "reposync";
}
function syncDifferences(current, ref, image, spec, cluster) {
  const sourceType = current.spec?.sourceType ?? "git";
  if (sourceType !== "oci") {
    throw new ClusterError(
      `${describeSyncRef(ref)} in cluster ${cluster} syncs from ${sourceType} (spec.sourceType); bootstrap does not switch an existing sync to oci`,
      {
        hint: `choose another name (--root-sync / --repo-sync), or change that ${ref.kind} yourself first`
      }
    );
  }
  const have = fieldsOf(current, ref);
  const want = wantedFields(image, spec);
  return Object.keys(want).filter((field) => have[field] !== want[field]).map((field) => ({ field, current: have[field] || "(unset)", desired: want[field] || "(unset)" }));
}
function syncMergePatch(current, image, spec) {
  return {
    metadata: {
      ...current.metadata.resourceVersion === void 0 ? {} : { resourceVersion: current.metadata.resourceVersion }
    },
    spec: {
      sourceType: "oci",
      sourceFormat: spec.sourceFormat,
      oci: {
        image,
        dir: spec.dir,
        auth: spec.auth,
        // null removes an email left from an earlier gcpserviceaccount setup.
        gcpServiceAccountEmail: spec.gcpServiceAccountEmail ?? (current.spec?.oci?.gcpServiceAccountEmail === void 0 ? void 0 : null),
        ...refField("secretRef", spec.secretRef, current.spec?.oci?.secretRef !== void 0),
        ...refField(
          "caCertSecretRef",
          spec.caCertSecretRef,
          current.spec?.oci?.caCertSecretRef !== void 0
        )
      }
    }
  };
}
function refField(key, name, present) {
  if (name !== void 0) return { [key]: { name } };
  return present ? { [key]: null } : {};
}
function describeDifferences(differences) {
  return differences.map((d) => `${d.field}: ${d.current} \u2192 ${d.desired}`).join("; ");
}
function fieldsOf(object, ref) {
  const oci = object.spec?.oci ?? {};
  const format = object.spec?.sourceFormat || (ref.kind === SYNC_KIND.root ? "hierarchy" : "unstructured");
  return {
    "spec.sourceType": object.spec?.sourceType ?? "git",
    "spec.sourceFormat": format,
    "spec.oci.image": oci.image ?? "",
    "spec.oci.dir": normalizeDir(oci.dir),
    "spec.oci.auth": oci.auth ?? "",
    "spec.oci.gcpServiceAccountEmail": oci.gcpServiceAccountEmail ?? "",
    "spec.oci.secretRef.name": oci.secretRef?.name ?? "",
    "spec.oci.caCertSecretRef.name": oci.caCertSecretRef?.name ?? ""
  };
}
function wantedFields(image, spec) {
  return {
    "spec.sourceType": "oci",
    "spec.sourceFormat": spec.sourceFormat,
    "spec.oci.image": image,
    "spec.oci.dir": normalizeDir(spec.dir),
    "spec.oci.auth": spec.auth,
    "spec.oci.gcpServiceAccountEmail": spec.gcpServiceAccountEmail ?? "",
    "spec.oci.secretRef.name": spec.secretRef ?? "",
    "spec.oci.caCertSecretRef.name": spec.caCertSecretRef ?? ""
  };
}
function normalizeDir(dir) {
  const text = (dir ?? "").replace(/^\/+/, "");
  return text === "" ? "." : posix.normalize(text).replace(/(.)\/+$/, "$1");
}

// src/bootstrap/commands.ts
function createRepositoryCommand(repo) {
  const labels = Object.entries(repo.labels).map(([k, v]) => `${k}=${v}`).join(",");
  return [
    `gcloud artifacts repositories create ${repo.repository}`,
    "--repository-format=docker",
    `--location=${repo.location}`,
    `--project=${repo.project}`,
    ...repo.description === void 0 ? [] : [`--description=${quote(repo.description)}`],
    ...labels === "" ? [] : [`--labels=${labels}`]
  ].join(" ");
}
function repositoryBindingCommand(repo, role, member) {
  return `gcloud artifacts repositories add-iam-policy-binding ${repo.repository} --location=${repo.location} --project=${repo.project} --role=${role} --member=${quote(member)}`;
}
function serviceAccountBindingCommand(email, role, member) {
  return `gcloud iam service-accounts add-iam-policy-binding ${email} --role=${role} --member=${quote(member)}`;
}
function publishCommand(dir, image) {
  return `configsync-oci publish --dir ${quote(dir)} --image ${quote(image)}`;
}
function createSyncCommand(yaml, context) {
  return `kubectl${contextFlag(context)} create -f - <<'EOF'
${yaml.trimEnd()}
EOF`;
}
function patchSyncCommand(ref, patch, context) {
  return `kubectl${contextFlag(context)} patch ${resourceOfRef(ref)} ${ref.name} -n ${ref.namespace} --type merge -p ${quote(JSON.stringify(patch))}`;
}
function waitCommands(ref, hex, timeout, context) {
  return [
    `kubectl${contextFlag(context)} wait ${resourceOfRef(ref)}/${ref.name} -n ${ref.namespace} --for=jsonpath='{.status.sync.commit}'=${hex} --timeout=${timeout}`,
    `nomos status${context === void 0 ? "" : ` --contexts ${quote(context)}`}`
  ];
}
function toYaml(object) {
  return (0, import_yaml.stringify)(object, { lineWidth: 0 });
}
function contextFlag(context) {
  return context === void 0 ? "" : ` --context ${quote(context)}`;
}
function quote(text) {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

// src/google/iam-policy.ts
var CONDITIONAL_POLICY_VERSION = 3;
function hasRole(policy, role, member) {
  return (policy.bindings ?? []).some(
    (b) => b.role === role && !isConditional(b) && b.members.includes(member)
  );
}
function membersOf(policy, role) {
  return (policy.bindings ?? []).filter((b) => b.role === role && !isConditional(b)).flatMap((b) => [...b.members]);
}
function grantRole(policy, role, member) {
  if (hasRole(policy, role, member)) return { kind: "unchanged" };
  const bindings = policy.bindings ?? [];
  const index = bindings.findIndex((b) => b.role === role && !isConditional(b));
  const next = index < 0 ? [...bindings, { role, members: [member] }] : bindings.map((b, i) => i === index ? { ...b, members: [...b.members, member] } : b);
  return {
    kind: index < 0 ? "add-binding" : "add-member",
    policy: { ...policy, bindings: next, version: policyVersion(policy, next) }
  };
}
function normalizePolicy(raw) {
  const value = isRecord(raw) ? raw : {};
  const bindings = Array.isArray(value["bindings"]) ? value["bindings"].filter(isRecord).map(normalizeBinding) : [];
  const { bindings: _b, etag, version, auditConfigs, ...rest } = value;
  return {
    ...rest,
    ...typeof version === "number" && version > 0 ? { version } : {},
    bindings,
    ...Array.isArray(auditConfigs) && auditConfigs.length > 0 ? { auditConfigs } : {},
    ...etag === void 0 || etag === null ? {} : { etag: etagText(etag) }
  };
}
function etagText(etag) {
  if (typeof etag === "string") return etag;
  if (etag instanceof Uint8Array) return Buffer.from(etag).toString("base64");
  return String(etag);
}
function normalizeBinding(raw) {
  const { role, members, condition, ...rest } = raw;
  return {
    ...rest,
    role: String(role ?? ""),
    members: Array.isArray(members) ? members.map(String) : [],
    ...isRecord(condition) && typeof condition["expression"] === "string" && condition["expression"] !== "" ? { condition } : {}
  };
}
function isConditional(binding) {
  return binding.condition !== void 0 && binding.condition !== null && (binding.condition.expression ?? "") !== "";
}
function policyVersion(policy, bindings) {
  return bindings.some(isConditional) ? CONDITIONAL_POLICY_VERSION : policy.version ?? 1;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/bootstrap/plan.ts
function planRepository(settings, exists) {
  const repo = settings.repository;
  const title = "Artifact Registry repository";
  if (repo === void 0 || exists === void 0) {
    return {
      id: STEP.repository,
      title,
      current: "-",
      desired: "-",
      change: "skip",
      commands: [],
      note: `${registryOf(settings.image)} is not an Artifact Registry host: the registry creates repositories its own way`
    };
  }
  return {
    id: STEP.repository,
    title: `${title} ${repo.resource}`,
    current: exists ? "exists" : "missing",
    desired: "exists (docker format)",
    change: exists ? "none" : "create",
    commands: exists ? [] : [createRepositoryCommand(repo)]
  };
}
function planReaderBinding(settings, identity, policy) {
  const repo = settings.repository;
  const member = identity.readerMember;
  const base = { id: STEP.readerBinding, title: `Grant ${READER_ROLE} on the repository` };
  if (repo === void 0)
    return {
      ...base,
      current: "-",
      desired: "-",
      change: "skip",
      commands: [],
      note: "not an Artifact Registry image: grant pull access the registry's own way (Config Sync pulls other registries anonymously, auth none)"
    };
  if (member === void 0)
    return {
      ...base,
      current: "-",
      desired: "-",
      change: "skip",
      commands: [],
      note: authNote(settings.spec.auth)
    };
  const granted = policy !== void 0 && hasRole(policy, READER_ROLE, member);
  return {
    ...base,
    title: `${base.title} to ${member}`,
    current: policy === void 0 ? "no policy yet (the repository is created in step 1)" : describeMembers(membersOf(policy, READER_ROLE)),
    desired: `${member} has ${READER_ROLE}`,
    change: granted ? "none" : "create",
    commands: granted ? [] : [repositoryBindingCommand(repo, READER_ROLE, member)]
  };
}
function planWorkloadIdentityBinding(settings, identity, policy) {
  const email = settings.spec.gcpServiceAccountEmail ?? "";
  const granted = hasRole(policy, WORKLOAD_IDENTITY_USER_ROLE, identity.ksaMember);
  return {
    id: STEP.workloadIdentityBinding,
    title: `Grant ${WORKLOAD_IDENTITY_USER_ROLE} on service account ${email} to ${identity.ksaMember}`,
    current: describeMembers(membersOf(policy, WORKLOAD_IDENTITY_USER_ROLE)),
    desired: `${identity.ksaMember} may act as ${email}`,
    change: granted ? "none" : "create",
    commands: granted ? [] : [serviceAccountBindingCommand(email, WORKLOAD_IDENTITY_USER_ROLE, identity.ksaMember)]
  };
}
var HOLDING = {
  tagged: { current: "in the registry under every tag", change: "none" },
  untagged: { current: "in the registry, but not under every tag", change: "update" },
  missing: { current: "not in the registry", change: "create" },
  unknown: { current: "not checked (the registry could not be asked)", change: "create" }
};
function planArtifact(settings, artifact) {
  const tagged = artifact.tags.length === 0 ? "" : ` (tags ${artifact.tags.join(", ")})`;
  const { current, change } = HOLDING[artifact.before];
  return {
    id: STEP.artifact,
    title: `Publish ${artifact.dir}`,
    current,
    desired: `${artifact.reference}${tagged}`,
    change,
    commands: change === "none" ? [] : [publishCommand(artifact.dir, settings.image)]
  };
}
function planSync(settings, current, image, cluster) {
  const { ref, spec, context } = settings;
  const object = buildSyncObject(ref, image, spec);
  const yaml = toYaml(object);
  const base = {
    id: STEP.sync,
    title: `${describeSyncRef(ref)} in cluster ${cluster}`,
    yaml,
    ...repoSyncNote(settings)
  };
  if (current === void 0)
    return {
      ...base,
      current: "missing",
      desired: `sourceType oci, image ${image}`,
      change: "create",
      commands: [createSyncCommand(yaml, context)],
      body: object
    };
  const differences = syncDifferences(current, ref, image, spec, cluster);
  if (differences.length === 0)
    return {
      ...base,
      current: `image ${image}, auth ${spec.auth}`,
      desired: "the same",
      change: "none",
      commands: []
    };
  const patch = syncMergePatch(current, image, spec);
  const { metadata: _precondition, ...shown } = patch;
  const found = differences.map((d) => `${d.field}: ${d.current}`).join("; ");
  return {
    ...base,
    current: found,
    desired: describeDifferences(differences),
    change: "update",
    commands: [patchSyncCommand(ref, shown, context)],
    body: patch
  };
}
function repoSyncNote(settings) {
  const { ref } = settings;
  if (ref.kind !== SYNC_KIND.repo) return {};
  const ksa = reconcilerName(ref);
  return {
    note: `the reconciler needs permissions in namespace ${ref.namespace}, which bootstrap does not grant, e.g. kubectl create rolebinding ${ksa} -n ${ref.namespace} --clusterrole=edit --serviceaccount=config-management-system:${ksa}`
  };
}
function planWait(settings, image) {
  const timeout = formatDuration(settings.timeoutMs);
  const base = { id: STEP.wait, title: `Wait until ${describeSyncRef(settings.ref)} synced` };
  if (!settings.wait)
    return {
      ...base,
      current: "-",
      desired: "-",
      change: "skip",
      commands: [],
      note: "not waiting (--no-wait / wait: false)"
    };
  const hex = digestHex(image);
  return {
    ...base,
    current: "not checked yet",
    desired: `SYNCED at ${hex.slice(0, 12)}`,
    change: "none",
    commands: waitCommands(settings.ref, hex, timeout, settings.context)
  };
}
function authNote(auth) {
  if (auth === "token")
    return "auth token: the cluster pulls with the username and token of the Secret (spec.oci.secretRef); no IAM grant is needed";
  if (auth === "gcenode")
    return "auth gcenode: the nodes' service account pulls; grant it roles/artifactregistry.reader yourself (bootstrap cannot know it)";
  return `auth ${auth}: Config Sync pulls anonymously; the repository must allow allUsers to read (bootstrap does not make it public)`;
}
function describeMembers(members) {
  return members.length === 0 ? "nobody has the role" : `the role is granted to ${members.join(", ")}`;
}
function registryOf(image) {
  return image.split("/")[0] ?? image;
}

// src/google/policy-update.ts
var PolicyConflictError = class extends ActionError {
};
var DEFAULT_POLICY_RETRY = {
  attempts: 5,
  initialDelayMs: 500,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
async function grantOnPolicy(store, role, member, logger, options = {}) {
  const retry = options.retry ?? DEFAULT_POLICY_RETRY;
  let read = options.firstRead;
  for (let attempt = 1; ; attempt++) {
    const policy = read ?? await store.get();
    read = void 0;
    const plan = grantRole(policy, role, member);
    if (plan.kind === "unchanged") return { outcome: "unchanged", conflicts: attempt - 1 };
    try {
      await store.set(plan.policy);
      logger.info(`IAM policy of ${store.resource}: granted ${role} to ${member}`);
      return { outcome: "created", conflicts: attempt - 1 };
    } catch (error) {
      if (!(error instanceof PolicyConflictError) || attempt >= retry.attempts) throw error;
      const delay = Math.round(retry.initialDelayMs * 2 ** (attempt - 1) * (0.75 + Math.random() / 2));
      logger.info(
        `IAM policy of ${store.resource} changed while we wrote it (409 ABORTED); reading it again in ${delay} ms (attempt ${attempt + 1} of ${retry.attempts})`
      );
      await retry.sleep(delay);
    }
  }
}

// src/bootstrap/bootstrap.ts
async function runBootstrap(settings, ports) {
  const { spec } = settings;
  const identity = reconcilerIdentity(
    settings.ref,
    settings.fleetHostProject,
    spec.auth,
    spec.gcpServiceAccountEmail
  );
  const warnings = nameWarnings(settings.ref);
  for (const warning of warnings) ports.logger.warning(warning);
  ports.logger.info(
    `Reconciler: ${identity.ksaNamespace}/${identity.ksaName}; IAM member ${identity.ksaMember} (workload pool of ${settings.fleetHostProject}, ${settings.fleetHostProjectSource})`
  );
  const steps = [];
  const record = (plan, outcome) => {
    steps.push({ ...plan, outcome });
    ports.logger.info(
      `[${steps.length}] ${plan.title}: ${outcome}${plan.change === "skip" ? ` (${plan.note ?? ""})` : ` (${plan.current} \u2192 ${plan.desired})`}`
    );
  };
  const packed = await ports.publisher(true);
  if (settings.secrets?.token !== void 0)
    await requireTokenAuth(syncAuthOf(ports), settings.ref, ports.cluster.cluster, ports.logger);
  const repositoryExists = await repositoryStep(settings, ports, record);
  await grantStep(settings, ports, identity, repositoryExists, record);
  const artifact = settings.dryRun ? packed : await ports.publisher(false);
  const published = planArtifact(settings, artifact.state);
  record(published, outcomeOf(published, settings.dryRun));
  const image = artifact.state.reference;
  await secretStep(settings, ports, record);
  const sync = await syncStep(settings, ports, image);
  record(sync, outcomeOf(sync, settings.dryRun));
  const rollout = await waitStep(settings, ports, image, record);
  const base = {
    dryRun: settings.dryRun,
    identity,
    ref: settings.ref,
    cluster: ports.cluster.cluster,
    steps,
    warnings,
    image,
    published: artifact.result
  };
  return { ...base, ...rollout === void 0 ? {} : { rollout }, ok: rollout?.ok ?? true };
}
async function repositoryStep(settings, ports, record) {
  const api = ports.repository;
  const exists = settings.repository === void 0 || api === void 0 ? void 0 : await api.exists();
  const plan = planRepository(settings, exists);
  if (plan.change === "create" && !settings.dryRun && api !== void 0) {
    const made = await api.create();
    record(plan, made === "created" ? "created" : "unchanged");
    return true;
  }
  record(plan, outcomeOf(plan, settings.dryRun));
  return exists === true;
}
async function grantStep(settings, ports, identity, repositoryExists, record) {
  const api = ports.repository;
  const member = identity.readerMember;
  const policy = repositoryExists && api !== void 0 && member !== void 0 ? await api.policy.get() : void 0;
  const reader = planReaderBinding(settings, identity, policy);
  record(reader, await grant(reader, api?.policy, READER_ROLE, member, policy, settings, ports));
  if (settings.spec.auth !== "gcpserviceaccount") return;
  const store = ports.serviceAccount;
  if (store === void 0)
    throw new Error("bootstrap: auth gcpserviceaccount needs the service account policy port");
  const saPolicy = await store.get();
  const impersonation = planWorkloadIdentityBinding(settings, identity, saPolicy);
  record(
    impersonation,
    await grant(
      impersonation,
      store,
      WORKLOAD_IDENTITY_USER_ROLE,
      identity.ksaMember,
      saPolicy,
      settings,
      ports
    )
  );
}
async function grant(plan, store, role, member, firstRead, settings, ports) {
  if (plan.change !== "create" || settings.dryRun || store === void 0 || member === void 0)
    return outcomeOf(plan, settings.dryRun);
  const result = await grantOnPolicy(store, role, member, ports.logger, {
    ...firstRead === void 0 ? {} : { firstRead },
    ...ports.policyRetry === void 0 ? {} : { retry: ports.policyRetry }
  });
  return result.outcome;
}
function syncAuthOf(ports) {
  const auth = ports.cluster.syncAuth;
  if (auth === void 0) throw new Error("bootstrap: token auth needs a cluster that can write Secrets");
  return auth;
}
async function secretStep(settings, ports, record) {
  const secrets = settings.secrets;
  if (secrets === void 0) return;
  const auth = syncAuthOf(ports);
  const namespace = secretNamespace(settings.ref);
  const entries = [secrets.token, secrets.caCert].filter((s) => s !== void 0);
  const plans = [];
  for (const secret of entries)
    plans.push(
      planSecret(
        secret,
        namespace,
        await auth.readSecret(namespace, secret.name),
        ports.cluster.cluster,
        settings.context
      )
    );
  if (settings.dryRun || plans.every((p) => p.change === "none")) {
    for (const plan of plans) record(plan, outcomeOf(plan, settings.dryRun));
    return;
  }
  const current = await ports.cluster.get(settings.ref);
  const oci = current?.spec?.oci;
  const reads = oci !== void 0 && (secrets.token !== void 0 && oci.secretRef?.name === secrets.token.name || secrets.caCert !== void 0 && oci.caCertSecretRef?.name === secrets.caCert.name);
  const result = await writeSyncSecrets(
    auth,
    settings.ref,
    secrets,
    reads,
    ports.cluster.cluster,
    ports.logger
  );
  const outcomes = [result.token, result.caCert].filter((o) => o !== void 0);
  plans.forEach((plan, index) => {
    const outcome = outcomes[index];
    const note = result.restartNeeded ? result.restarted ? "the reconciler was restarted to read the new values" : "the running reconciler keeps the old values until it restarts (--restart-reconciler / restart-reconciler: true)" : void 0;
    record(
      { ...plan, ...note === void 0 ? {} : { note } },
      outcome === "created" ? "created" : outcome === "updated" ? "updated" : "unchanged"
    );
  });
}
function planSecret(secret, namespace, current, cluster, context) {
  const keys = Object.keys(secret.data ?? {});
  const base = { id: STEP.secret, title: `Secret ${namespace}/${secret.name} in cluster ${cluster}` };
  if (secret.data === void 0) {
    if (current === void 0)
      throw new ClusterError(`Secret ${namespace}/${secret.name} does not exist in cluster ${cluster}`, {
        hint: "create it, or give the user name and token so that bootstrap creates it"
      });
    return { ...base, current: "exists", desired: "referenced as it is", change: "none", commands: [] };
  }
  const change = current === void 0 ? "create" : secretPatch(current, secret.data) === void 0 ? "none" : "update";
  const from = keys.map(
    (k) => k === SECRET_KEYS.username ? `--from-literal=${k}=USER` : `--from-file=${k}=${k === SECRET_KEYS.cert ? "CA.pem" : "TOKEN_FILE"}`
  ).join(" ");
  const ctx = context === void 0 ? "" : ` --context ${context}`;
  const command = `kubectl${ctx} create secret generic ${secret.name} -n ${namespace} ${from} --dry-run=client -o yaml | kubectl${ctx} apply -f -`;
  return {
    ...base,
    current: current === void 0 ? "missing" : change === "none" ? `keys ${keys.join(", ")} with these values` : "other values",
    desired: `keys ${keys.join(", ")}`,
    change,
    commands: change === "none" ? [] : [command]
  };
}
var MAX_SYNC_ATTEMPTS = 5;
async function syncStep(settings, ports, image) {
  const { cluster } = ports;
  for (let attempt = 1; ; attempt++) {
    const plan = planSync(settings, await cluster.get(settings.ref), image, cluster.cluster);
    if (settings.dryRun || plan.body === void 0) return plan;
    try {
      if (plan.change === "create")
        await cluster.apply({ kind: "create", ref: settings.ref, body: plan.body });
      else await cluster.update(settings.ref, plan.body);
      return plan;
    } catch (error) {
      if (!(error instanceof ClusterError) || error.status !== 409 || attempt >= MAX_SYNC_ATTEMPTS)
        throw error;
      ports.logger.info(`${plan.title} changed while we wrote it (409 Conflict); reading it again`);
    }
  }
}
async function waitStep(settings, ports, image, record) {
  const plan = planWait(settings, image);
  if (plan.change === "skip" || settings.dryRun) {
    record(plan, settings.dryRun && plan.change !== "skip" ? "planned" : "skipped");
    return void 0;
  }
  const rollout = await ports.logger.group(
    plan.title,
    () => rolloutCluster(
      ports.cluster,
      {
        ref: settings.ref,
        image,
        wait: true,
        timeoutMs: settings.timeoutMs,
        // As the rollout: a pull error (KNV2004) may last a minute while oci-sync retries.
        policy: { sourceErrorGraceMs: Math.min(6e4, settings.timeoutMs) }
      },
      ports.logger,
      ports.clock ?? SYSTEM_CLOCK
    )
  );
  record(
    { ...plan, current: rollout.state, ...rollout.ok ? {} : { note: rollout.reason } },
    rollout.ok ? "synced" : "failed"
  );
  return rollout;
}
function outcomeOf(plan, dryRun) {
  if (plan.change === "skip") return "skipped";
  if (plan.change === "none") return "unchanged";
  if (dryRun) return "planned";
  return plan.change === "create" ? "created" : "updated";
}

// src/bootstrap/publisher.ts
function createPublisher(settings, displayDir, logger) {
  return async (dryRun) => {
    let before = "unknown";
    const reuseExisting = async (image, _layer, tags) => {
      before = await registryHolding(settings, image.manifestDigest, tags, logger);
      const reference = `${repositoryName(parseImageReference(settings.image))}@${image.manifestDigest}`;
      if (!dryRun && before !== "tagged") return void 0;
      logger.info(
        `${reference}: validated and packed, ${dryRun ? "not pushed" : "already in the registry under every tag; nothing to push"}`
      );
      return { digest: image.manifestDigest, reference, tags: [...tags], uploadedBlobs: 0, skippedBlobs: 0 };
    };
    const result = await publish({ ...settings, reuseExisting }, logger);
    return {
      state: { reference: result.pushed.reference, tags: result.pushed.tags, before, dir: displayDir },
      result
    };
  };
}
async function registryHolding(settings, digest, tags, logger) {
  const options = {
    logger,
    insecure: settings.insecure,
    ...settings.credentials === void 0 ? {} : { credentials: settings.credentials },
    ...settings.caFile === void 0 ? {} : { caFile: settings.caFile },
    // One look, no retries: a registry that is down shows itself in the push.
    registry: { ...settings.registry, retries: 0 }
  };
  const { store } = openImageStore(settings.image, options, "image");
  try {
    if (await store.getManifest(digest) === void 0) return "missing";
    for (const tag of tags) if ((await store.getManifest(tag))?.digest !== digest) return "untagged";
    return "tagged";
  } catch (error) {
    logger.debug(
      `could not check whether ${store.describe()} holds ${digest}: ${error instanceof Error ? error.message : String(error)}`
    );
    return "unknown";
  } finally {
    store.close();
  }
}

// src/google/google-errors.ts
var RPC_TO_HTTP = { 3: 400, 5: 404, 6: 409, 7: 403, 10: 409, 16: 401 };
function googleCallError(error, call) {
  const facts = errorFacts(error);
  const fail = (what, hint) => new GoogleApiError(`${call.operation}: ${what} (${facts.message})`, {
    cause: error,
    hint,
    ...facts.status === void 0 ? {} : { status: facts.status }
  });
  if (facts.status === 409 || facts.rpcStatus === "ABORTED")
    return new PolicyConflictError(`${call.operation}: the policy changed concurrently (${facts.message})`, {
      cause: error
    });
  if (facts.reason === "SERVICE_DISABLED" || /has not been used in project|it is disabled/i.test(facts.message)) {
    return fail(
      `the API ${call.api} is not enabled in project ${call.project}`,
      `enable it: gcloud services enable ${call.api} --project ${call.project}`
    );
  }
  if (facts.status === 403)
    return fail(`permission denied: the credential needs ${call.permission}`, call.roleHint);
  if (facts.status === 404 && call.notFound !== void 0)
    return fail(call.notFound.message, call.notFound.hint);
  if (facts.status === 401)
    return fail(
      "Google refused the access token",
      "check google-github-actions/auth (or the access token given); tokens last an hour"
    );
  return fail(
    `the API answered ${facts.status ?? facts.rpcStatus}`,
    "see the message; rerun to retry (every step is idempotent)"
  );
}
function isNotFound(error) {
  return errorFacts(error).status === 404;
}
function errorFacts(error) {
  const record = typeof error === "object" && error !== null ? error : {};
  const response = typeof record["response"] === "object" && record["response"] !== null ? record["response"] : {};
  const rawCode = typeof response["status"] === "number" ? response["status"] : record["code"];
  const status = typeof rawCode === "number" ? rawCode < 100 ? RPC_TO_HTTP[rawCode] : rawCode : void 0;
  const body = bodyOf(response["data"]) ?? bodyOf(error instanceof Error ? error.message : void 0);
  const message = typeof body?.message === "string" ? body.message : firstLine(error);
  const reason = body?.details?.find((d) => typeof d.reason === "string")?.reason;
  return {
    ...status === void 0 ? {} : { status },
    rpcStatus: typeof body?.status === "string" ? body.status : "",
    message,
    reason: typeof reason === "string" ? reason : typeof record["reason"] === "string" ? record["reason"] : ""
  };
}
function bodyOf(data) {
  let value = data;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return void 0;
    }
  }
  if (typeof value !== "object" || value === null || !("error" in value)) return void 0;
  const inner = value.error;
  return typeof inner === "object" && inner !== null ? inner : void 0;
}
function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.trim().split("\n")[0] ?? "";
  return line.length > 300 ? `${line.slice(0, 300)}\u2026` : line;
}

// src/google/repository-api.ts
function repositoryApi(target, access) {
  let client;
  const open = () => client ??= openClient(access);
  const repo = { project: target.project, location: target.location, repository: target.repository };
  return {
    async exists() {
      try {
        await (await open()).getRepository({ name: target.resource });
        return true;
      } catch (error) {
        if (isNotFound(error)) return false;
        throw apiError(error, "get", repo);
      }
    },
    create: () => ensureRepository(
      repo,
      {
        create: true,
        labels: target.labels,
        ...target.description === void 0 ? {} : { description: target.description }
      },
      {
        accessToken: access.accessToken,
        logger: access.logger,
        ...access.endpoint === void 0 ? {} : { endpoint: access.endpoint }
      }
    ),
    policy: repositoryPolicy(target, open),
    async close() {
      if (client !== void 0) await (await client).close().catch(() => void 0);
    }
  };
}
function repositoryPolicy(target, open) {
  const call = (verb) => ({
    operation: `${verb === "getIamPolicy" ? "read" : "change"} the IAM policy of Artifact Registry repository ${target.resource}`,
    permission: `artifactregistry.repositories.${verb}`,
    roleHint: `grant roles/artifactregistry.admin on the repository or project ${target.project} (reader, writer and repoAdmin cannot ${verb === "getIamPolicy" ? "read" : "change"} IAM policies)`,
    api: "artifactregistry.googleapis.com",
    project: target.project,
    notFound: {
      message: `repository ${target.repository} does not exist`,
      hint: "it was deleted while the bootstrap ran, or the image names another project; rerun to create it"
    }
  });
  return {
    resource: target.resource,
    async get() {
      try {
        const [policy] = await (await open()).getIamPolicy({
          resource: target.resource,
          options: { requestedPolicyVersion: CONDITIONAL_POLICY_VERSION }
        });
        return normalizePolicy(policy);
      } catch (error) {
        throw googleCallError(error, call("getIamPolicy"));
      }
    },
    async set(policy) {
      try {
        const [written] = await (await open()).setIamPolicy({ resource: target.resource, policy: clientPolicy(policy) });
        return normalizePolicy(written);
      } catch (error) {
        throw googleCallError(error, call("setIamPolicy"));
      }
    }
  };
}
function clientPolicy(policy) {
  const { bindings = [], etag, version, auditConfigs } = policy;
  return {
    bindings: bindings.map((b) => ({
      role: b.role,
      members: [...b.members],
      ...b.condition ? { condition: { ...b.condition } } : {}
    })),
    ...version === void 0 ? {} : { version },
    ...etag === void 0 ? {} : { etag },
    ...Array.isArray(auditConfigs) ? { auditConfigs } : {}
  };
}
async function openClient(access) {
  const [{ ArtifactRegistryClient }, { OAuth2Client }] = await Promise.all([
    import("./artifact-registry-sdk-L73E3JAK.js"),
    import("./google-auth-sdk-UYBPVKLK.js")
  ]);
  const authClient = new OAuth2Client();
  authClient.setCredentials({ access_token: await access.accessToken() });
  return new ArtifactRegistryClient({ fallback: true, authClient, ...endpointOptions(access.endpoint) });
}

// src/google/service-account-api.ts
var IAM_ENDPOINT_ENV = "CONFIGSYNC_OCI_IAM_ENDPOINT";
var IAM_API = "https://iam.googleapis.com";
function serviceAccountPolicy(email, access) {
  let client;
  const open = () => client ??= openClient2(access);
  const base = `${(access.endpoint || IAM_API).replace(/\/+$/, "")}/v1/projects/-/serviceAccounts/${encodeURIComponent(email).replace(/%40/g, "@")}`;
  const project = /@([^.]+)\.iam\.gserviceaccount\.com$/.exec(email)?.[1] ?? "PROJECT";
  const call = (verb) => ({
    operation: `${verb === "getIamPolicy" ? "read" : "change"} the IAM policy of service account ${email}`,
    permission: `iam.serviceAccounts.${verb}`,
    roleHint: `grant roles/iam.serviceAccountAdmin on the service account ${email} (or its project ${project})`,
    api: "iam.googleapis.com",
    project,
    notFound: {
      message: `service account ${email} does not exist`,
      hint: `create it: gcloud iam service-accounts create ${email.split("@")[0] ?? "NAME"} --project ${project}`
    }
  });
  return {
    resource: email,
    async get() {
      try {
        const response = await (await open()).request({
          url: `${base}:getIamPolicy`,
          method: "POST",
          params: { "options.requestedPolicyVersion": CONDITIONAL_POLICY_VERSION }
        });
        return normalizePolicy(response.data);
      } catch (error) {
        throw googleCallError(error, call("getIamPolicy"));
      }
    },
    async set(policy) {
      try {
        const response = await (await open()).request({ url: `${base}:setIamPolicy`, method: "POST", data: { policy } });
        return normalizePolicy(response.data);
      } catch (error) {
        throw googleCallError(error, call("setIamPolicy"));
      }
    }
  };
}
async function openClient2(access) {
  const { OAuth2Client } = await import("./google-auth-sdk-UYBPVKLK.js");
  const client = new OAuth2Client();
  client.setCredentials({ access_token: await access.accessToken() });
  return client;
}

// src/pipeline/bootstrap-adapters.ts
async function bootstrap(request) {
  const { settings, logger, env } = request;
  await loadClusterModule(request.what);
  const { openBootstrapCluster } = await import("./bootstrap-cluster-KJHGZ3VK.js");
  const cluster = openBootstrapCluster(request.cluster, env);
  const accessToken = googleToken(request);
  const endpoint = env[ARTIFACT_REGISTRY_ENDPOINT_ENV] || void 0;
  const iamEndpoint = env[IAM_ENDPOINT_ENV] || void 0;
  const repository = settings.repository === void 0 ? void 0 : repositoryApi(settings.repository, {
    accessToken,
    logger,
    ...endpoint === void 0 ? {} : { endpoint }
  });
  const email = settings.spec.auth === "gcpserviceaccount" ? settings.spec.gcpServiceAccountEmail : void 0;
  const serviceAccount = email === void 0 ? void 0 : serviceAccountPolicy(email, {
    accessToken,
    ...iamEndpoint === void 0 ? {} : { endpoint: iamEndpoint }
  });
  try {
    return await runBootstrap(settings, {
      ...repository === void 0 ? {} : { repository },
      ...serviceAccount === void 0 ? {} : { serviceAccount },
      publisher: request.publisher ?? createPublisher(request.publish, request.displayDir, logger),
      cluster,
      logger
    });
  } finally {
    await repository?.close();
  }
}
function googleToken(request) {
  const { publish: publish2, env, logger } = request;
  const host = request.settings.image.split("/")[0] ?? "";
  const source = credentialChain(host, {
    env,
    logger,
    mask: publish2.registry?.mask ?? (() => {
    }),
    ...publish2.credentials === void 0 ? {} : { credentials: publish2.credentials },
    ...publish2.registry?.accessToken === void 0 ? {} : { accessToken: publish2.registry.accessToken }
  });
  let token;
  return () => token ??= source.resolve().then((credentials) => {
    if (credentials?.username === GOOGLE_TOKEN_USER && credentials.password !== "")
      return credentials.password;
    throw new GoogleApiError(
      `the Artifact Registry and IAM APIs need a Google access token for ${host}, but the credentials are ${credentials === void 0 ? "none" : credentials.source}`,
      {
        hint: "run google-github-actions/auth before this step (Application Default Credentials), or give an access token (access-token input, --access-token-stdin)"
      }
    );
  });
}

export {
  bootstrap
};
//# sourceMappingURL=chunk-2ZLQXGMY.js.map
