import { ClusterError } from '../errors.ts'
import type { Logger } from '../logger.ts'
import type { PublishResult } from '../pipeline/publish.ts'
import { SYSTEM_CLOCK, type Clock, type RootSyncTarget } from '../rootsync/ports.ts'
import { rolloutCluster, type ClusterRollout } from '../rootsync/rollout.ts'
import type { SyncAuthTarget } from '../rootsync/ports.ts'
import { requireTokenAuth, writeSyncSecrets } from '../rootsync/sync-auth.ts'
import { secretNamespace, secretPatch, SECRET_KEYS, type SyncSecret } from '../rootsync/sync-secrets.ts'
import { STEP } from './types.ts'
import type { SyncObject, SyncRef } from '../rootsync/types.ts'
import type { IamPolicy } from '../google/iam-policy.ts'
import { nameWarnings, READER_ROLE, reconcilerIdentity, WORKLOAD_IDENTITY_USER_ROLE } from './identity.ts'
import {
  planArtifact,
  planReaderBinding,
  planRepository,
  planSync,
  planWait,
  planWorkloadIdentityBinding,
  type ArtifactState,
  type SyncStepPlan,
} from './plan.ts'
import { grantOnPolicy, type PolicyStore, type RetrySchedule } from '../google/policy-update.ts'
import type { RepositoryApi } from '../google/repository-api.ts'
import type {
  BootstrapReport,
  BootstrapSettings,
  ReconcilerIdentity,
  StepOutcome,
  StepPlan,
  StepResult,
} from './types.ts'

/**
 * The bootstrap engine: runs the steps in order — repository, IAM grants,
 * first artifact, RootSync/RepoSync, wait — each planned from a fresh read
 * and carried out only when something differs, so a second run changes
 * nothing and says so. The artifact is validated and packed before
 * anything else, so a manifest error changes nothing. In a dry run every
 * step is read and planned, and nothing is written anywhere.
 */

/** What a publish gives the bootstrap: the state for the plan, the result for outputs. */
export interface PublishedArtifact {
  readonly state: ArtifactState
  readonly result: PublishResult
}

/** Publishes the directory (dryRun: packs it and computes the digest, pushes nothing). */
export type Publisher = (dryRun: boolean) => Promise<PublishedArtifact>

/** The cluster: get and create as a rollout does, plus a JSON merge patch for an RSync that differs. */
export interface BootstrapCluster extends RootSyncTarget {
  update(ref: SyncRef, patch: Record<string, unknown>): Promise<SyncObject>
}

/** The adapters a bootstrap runs against; tests give fakes. */
export interface BootstrapPorts {
  /** The Artifact Registry repository's API; required when settings.repository is set. */
  readonly repository?: RepositoryApi
  /** The Google service account's IAM policy; required with auth gcpserviceaccount. */
  readonly serviceAccount?: PolicyStore
  readonly publisher: Publisher
  readonly cluster: BootstrapCluster
  readonly logger: Logger
  readonly clock?: Clock
  readonly policyRetry?: RetrySchedule
}

/** Runs (or, with settings.dryRun, plans) the whole bootstrap; a failed wait comes back as ok: false. */
export async function runBootstrap(
  settings: BootstrapSettings,
  ports: BootstrapPorts,
): Promise<BootstrapReport> {
  const { spec } = settings
  const identity = reconcilerIdentity(
    settings.ref,
    settings.fleetHostProject,
    spec.auth,
    spec.gcpServiceAccountEmail,
  )
  const warnings = nameWarnings(settings.ref)
  for (const warning of warnings) ports.logger.warning(warning)
  ports.logger.info(
    `Reconciler: ${identity.ksaNamespace}/${identity.ksaName}; IAM member ${identity.ksaMember} (workload pool of ${settings.fleetHostProject}, ${settings.fleetHostProjectSource})`,
  )
  const steps: StepResult[] = []
  const record = (plan: StepPlan, outcome: StepOutcome): void => {
    steps.push({ ...plan, outcome })
    ports.logger.info(
      `[${steps.length}] ${plan.title}: ${outcome}${plan.change === 'skip' ? ` (${plan.note ?? ''})` : ` (${plan.current} → ${plan.desired})`}`,
    )
  }
  // Validate and pack first (no push): a manifest or tag problem must stop the run before it changes anything.
  // (publish groups its own stages; groups do not nest in the runner's log.)
  const packed = await ports.publisher(true)
  // An older Config Sync refuses auth token: say so before anything is created.
  if (settings.secrets?.token !== undefined)
    await requireTokenAuth(syncAuthOf(ports), settings.ref, ports.cluster.cluster, ports.logger)
  const repositoryExists = await repositoryStep(settings, ports, record)
  await grantStep(settings, ports, identity, repositoryExists, record)
  const artifact = settings.dryRun ? packed : await ports.publisher(false)
  const published = planArtifact(settings, artifact.state)
  record(published, outcomeOf(published, settings.dryRun))
  const image = artifact.state.reference
  await secretStep(settings, ports, record)
  const sync = await syncStep(settings, ports, image)
  record(sync, outcomeOf(sync, settings.dryRun))
  const rollout = await waitStep(settings, ports, image, record)
  const base = {
    dryRun: settings.dryRun,
    identity,
    ref: settings.ref,
    cluster: ports.cluster.cluster,
    steps,
    warnings,
    image,
    published: artifact.result,
  }
  return { ...base, ...(rollout === undefined ? {} : { rollout }), ok: rollout?.ok ?? true }
}

type Recorder = (plan: StepPlan, outcome: StepOutcome) => void

/** Step 1; true when the repository exists afterwards (in a dry run: already). */
async function repositoryStep(
  settings: BootstrapSettings,
  ports: BootstrapPorts,
  record: Recorder,
): Promise<boolean> {
  const api = ports.repository
  const exists = settings.repository === undefined || api === undefined ? undefined : await api.exists()
  const plan = planRepository(settings, exists)
  if (plan.change === 'create' && !settings.dryRun && api !== undefined) {
    const made = await api.create()
    record(plan, made === 'created' ? 'created' : 'unchanged')
    return true
  }
  record(plan, outcomeOf(plan, settings.dryRun))
  return exists === true
}

/** Steps 2 and 3: the reader role on the repository, and (gcpserviceaccount) workloadIdentityUser on the service account. */
async function grantStep(
  settings: BootstrapSettings,
  ports: BootstrapPorts,
  identity: ReconcilerIdentity,
  repositoryExists: boolean,
  record: Recorder,
): Promise<void> {
  const api = ports.repository
  const member = identity.readerMember
  // In a dry run a repository that step 1 would create has no policy to read yet.
  const policy =
    repositoryExists && api !== undefined && member !== undefined ? await api.policy.get() : undefined
  const reader = planReaderBinding(settings, identity, policy)
  record(reader, await grant(reader, api?.policy, READER_ROLE, member, policy, settings, ports))
  // The impersonation grant does not depend on the registry: any Google registry pulled as the service account needs it.
  if (settings.spec.auth !== 'gcpserviceaccount') return
  const store = ports.serviceAccount
  if (store === undefined)
    throw new Error('bootstrap: auth gcpserviceaccount needs the service account policy port')
  const saPolicy = await store.get()
  const impersonation = planWorkloadIdentityBinding(settings, identity, saPolicy)
  record(
    impersonation,
    await grant(
      impersonation,
      store,
      WORKLOAD_IDENTITY_USER_ROLE,
      identity.ksaMember,
      saPolicy,
      settings,
      ports,
    ),
  )
}

async function grant(
  plan: StepPlan,
  store: PolicyStore | undefined,
  role: string,
  member: string | undefined,
  firstRead: IamPolicy | undefined,
  settings: BootstrapSettings,
  ports: BootstrapPorts,
): Promise<StepOutcome> {
  if (plan.change !== 'create' || settings.dryRun || store === undefined || member === undefined)
    return outcomeOf(plan, settings.dryRun)
  const result = await grantOnPolicy(store, role, member, ports.logger, {
    ...(firstRead === undefined ? {} : { firstRead }),
    ...(ports.policyRetry === undefined ? {} : { retry: ports.policyRetry }),
  })
  return result.outcome
}

function syncAuthOf(ports: BootstrapPorts): SyncAuthTarget {
  const auth = ports.cluster.syncAuth
  if (auth === undefined) throw new Error('bootstrap: token auth needs a cluster that can write Secrets')
  return auth
}

/**
 * Step 5a: the token and CA Secrets (values never shown; the commands use
 * placeholders). Written before the RSync so that its reconciler finds them.
 */
async function secretStep(
  settings: BootstrapSettings,
  ports: BootstrapPorts,
  record: Recorder,
): Promise<void> {
  const secrets = settings.secrets
  if (secrets === undefined) return
  const auth = syncAuthOf(ports)
  const namespace = secretNamespace(settings.ref)
  const entries = [secrets.token, secrets.caCert].filter((s): s is SyncSecret => s !== undefined)
  const plans: StepPlan[] = []
  for (const secret of entries)
    plans.push(
      planSecret(
        secret,
        namespace,
        await auth.readSecret(namespace, secret.name),
        ports.cluster.cluster,
        settings.context,
      ),
    )
  if (settings.dryRun || plans.every((p) => p.change === 'none')) {
    for (const plan of plans) record(plan, outcomeOf(plan, settings.dryRun))
    return
  }
  const current = await ports.cluster.get(settings.ref)
  const oci = current?.spec?.oci
  const reads =
    oci !== undefined &&
    ((secrets.token !== undefined && oci.secretRef?.name === secrets.token.name) ||
      (secrets.caCert !== undefined && oci.caCertSecretRef?.name === secrets.caCert.name))
  const result = await writeSyncSecrets(
    auth,
    settings.ref,
    secrets,
    reads,
    ports.cluster.cluster,
    ports.logger,
  )
  const outcomes = [result.token, result.caCert].filter((o) => o !== undefined)
  plans.forEach((plan, index) => {
    const outcome = outcomes[index]
    const note = result.restartNeeded
      ? result.restarted
        ? 'the reconciler was restarted to read the new values'
        : 'the running reconciler keeps the old values until it restarts (--restart-reconciler / restart-reconciler: true)'
      : undefined
    record(
      { ...plan, ...(note === undefined ? {} : { note }) },
      outcome === 'created' ? 'created' : outcome === 'updated' ? 'updated' : 'unchanged',
    )
  })
}

function planSecret(
  secret: SyncSecret,
  namespace: string,
  current: Parameters<typeof secretPatch>[0] | undefined,
  cluster: string,
  context: string | undefined,
): StepPlan {
  const keys = Object.keys(secret.data ?? {})
  const base = { id: STEP.secret, title: `Secret ${namespace}/${secret.name} in cluster ${cluster}` }
  if (secret.data === undefined) {
    if (current === undefined)
      throw new ClusterError(`Secret ${namespace}/${secret.name} does not exist in cluster ${cluster}`, {
        hint: 'create it, or give the user name and token so that bootstrap creates it',
      })
    return { ...base, current: 'exists', desired: 'referenced as it is', change: 'none', commands: [] }
  }
  const change =
    current === undefined ? 'create' : secretPatch(current, secret.data) === undefined ? 'none' : 'update'
  const from = keys
    .map((k) =>
      k === SECRET_KEYS.username
        ? `--from-literal=${k}=USER`
        : `--from-file=${k}=${k === SECRET_KEYS.cert ? 'CA.pem' : 'TOKEN_FILE'}`,
    )
    .join(' ')
  const ctx = context === undefined ? '' : ` --context ${context}`
  const command = `kubectl${ctx} create secret generic ${secret.name} -n ${namespace} ${from} --dry-run=client -o yaml | kubectl${ctx} apply -f -`
  return {
    ...base,
    current:
      current === undefined
        ? 'missing'
        : change === 'none'
          ? `keys ${keys.join(', ')} with these values`
          : 'other values',
    desired: `keys ${keys.join(', ')}`,
    change,
    commands: change === 'none' ? [] : [command],
  }
}

/** Conflicting writers get this many fresh reads before the step gives up. */
const MAX_SYNC_ATTEMPTS = 5

/** Step 5: read, plan, write; a 409 (someone wrote in between, or created it) means read and plan again. */
async function syncStep(
  settings: BootstrapSettings,
  ports: BootstrapPorts,
  image: string,
): Promise<SyncStepPlan> {
  const { cluster } = ports
  for (let attempt = 1; ; attempt++) {
    const plan = planSync(settings, await cluster.get(settings.ref), image, cluster.cluster)
    if (settings.dryRun || plan.body === undefined) return plan
    try {
      if (plan.change === 'create')
        await cluster.apply({ kind: 'create', ref: settings.ref, body: plan.body })
      else await cluster.update(settings.ref, plan.body)
      return plan
    } catch (error: unknown) {
      if (!(error instanceof ClusterError) || error.status !== 409 || attempt >= MAX_SYNC_ATTEMPTS)
        throw error
      ports.logger.info(`${plan.title} changed while we wrote it (409 Conflict); reading it again`)
    }
  }
}

/** Step 6: issue 5's wait-for-sync recipe; the RSync already names the image, so this only waits. */
async function waitStep(
  settings: BootstrapSettings,
  ports: BootstrapPorts,
  image: string,
  record: Recorder,
): Promise<ClusterRollout | undefined> {
  const plan = planWait(settings, image)
  if (plan.change === 'skip' || settings.dryRun) {
    record(plan, settings.dryRun && plan.change !== 'skip' ? 'planned' : 'skipped')
    return undefined
  }
  const rollout = await ports.logger.group(plan.title, () =>
    rolloutCluster(
      ports.cluster,
      {
        ref: settings.ref,
        image,
        wait: true,
        timeoutMs: settings.timeoutMs,
        // As the rollout: a pull error (KNV2004) may last a minute while oci-sync retries.
        policy: { sourceErrorGraceMs: Math.min(60_000, settings.timeoutMs) },
      },
      ports.logger,
      ports.clock ?? SYSTEM_CLOCK,
    ),
  )
  record(
    { ...plan, current: rollout.state, ...(rollout.ok ? {} : { note: rollout.reason }) },
    rollout.ok ? 'synced' : 'failed',
  )
  return rollout
}

/** The outcome of a plan that needed no special write handling. */
function outcomeOf(plan: StepPlan, dryRun: boolean): StepOutcome {
  if (plan.change === 'skip') return 'skipped'
  if (plan.change === 'none') return 'unchanged'
  if (dryRun) return 'planned'
  return plan.change === 'create' ? 'created' : 'updated'
}
