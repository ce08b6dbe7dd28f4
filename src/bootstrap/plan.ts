import { formatDuration } from '../rootsync/duration.ts'
import { buildSyncObject, digestHex } from '../rootsync/sync-patch.ts'
import { describeSyncRef, reconcilerName } from '../rootsync/sync-ref.ts'
import { SYNC_KIND, type SyncObject } from '../rootsync/types.ts'
import {
  createRepositoryCommand,
  createSyncCommand,
  patchSyncCommand,
  publishCommand,
  repositoryBindingCommand,
  serviceAccountBindingCommand,
  toYaml,
  waitCommands,
} from './commands.ts'
import { membersOf, hasRole, type IamPolicy } from '../google/iam-policy.ts'
import { READER_ROLE, WORKLOAD_IDENTITY_USER_ROLE } from './identity.ts'
import { describeDifferences, syncDifferences, syncMergePatch } from './sync-spec.ts'
import { STEP, type BootstrapSettings, type ReconcilerIdentity, type StepPlan } from './types.ts'

/**
 * The plan of each step, computed from what was read ("current") and the
 * settings ("desired"), with the equivalent commands. Pure: reading and
 * writing happen in bootstrap.ts; a dry run prints these and stops.
 */

/** Step 1: the Artifact Registry repository exists (docker format). */
export function planRepository(settings: BootstrapSettings, exists: boolean | undefined): StepPlan {
  const repo = settings.repository
  const title = 'Artifact Registry repository'
  if (repo === undefined || exists === undefined) {
    return {
      id: STEP.repository,
      title,
      current: '-',
      desired: '-',
      change: 'skip',
      commands: [],
      note: `${registryOf(settings.image)} is not an Artifact Registry host: the registry creates repositories its own way`,
    }
  }
  return {
    id: STEP.repository,
    title: `${title} ${repo.resource}`,
    current: exists ? 'exists' : 'missing',
    desired: 'exists (docker format)',
    change: exists ? 'none' : 'create',
    commands: exists ? [] : [createRepositoryCommand(repo)],
  }
}

/** Step 2: the reader role on the repository, to the KSA (k8sserviceaccount) or the Google service account. */
export function planReaderBinding(
  settings: BootstrapSettings,
  identity: ReconcilerIdentity,
  policy: IamPolicy | undefined,
): StepPlan {
  const repo = settings.repository
  const member = identity.readerMember
  const base = { id: STEP.readerBinding, title: `Grant ${READER_ROLE} on the repository` }
  if (repo === undefined)
    return {
      ...base,
      current: '-',
      desired: '-',
      change: 'skip',
      commands: [],
      note: "not an Artifact Registry image: grant pull access the registry's own way (Config Sync pulls other registries anonymously, auth none)",
    }
  if (member === undefined)
    return {
      ...base,
      current: '-',
      desired: '-',
      change: 'skip',
      commands: [],
      note: authNote(settings.spec.auth),
    }
  const granted = policy !== undefined && hasRole(policy, READER_ROLE, member)
  return {
    ...base,
    title: `${base.title} to ${member}`,
    current:
      policy === undefined
        ? 'no policy yet (the repository is created in step 1)'
        : describeMembers(membersOf(policy, READER_ROLE)),
    desired: `${member} has ${READER_ROLE}`,
    change: granted ? 'none' : 'create',
    commands: granted ? [] : [repositoryBindingCommand(repo, READER_ROLE, member)],
  }
}

/** Step 3 (gcpserviceaccount only): the KSA may impersonate the Google service account. */
export function planWorkloadIdentityBinding(
  settings: BootstrapSettings,
  identity: ReconcilerIdentity,
  policy: IamPolicy,
): StepPlan {
  const email = settings.spec.gcpServiceAccountEmail ?? ''
  const granted = hasRole(policy, WORKLOAD_IDENTITY_USER_ROLE, identity.ksaMember)
  return {
    id: STEP.workloadIdentityBinding,
    title: `Grant ${WORKLOAD_IDENTITY_USER_ROLE} on service account ${email} to ${identity.ksaMember}`,
    current: describeMembers(membersOf(policy, WORKLOAD_IDENTITY_USER_ROLE)),
    desired: `${identity.ksaMember} may act as ${email}`,
    change: granted ? 'none' : 'create',
    commands: granted
      ? []
      : [serviceAccountBindingCommand(email, WORKLOAD_IDENTITY_USER_ROLE, identity.ksaMember)],
  }
}

/** What the registry held before step 4: the digest under every tag, the digest alone, nothing, or it could not be asked. */
export type RegistryHolding = 'tagged' | 'untagged' | 'missing' | 'unknown'

/** What step 4 found or produced. */
export interface ArtifactState {
  /** REPO@sha256:… */
  readonly reference: string
  readonly tags: readonly string[]
  readonly before: RegistryHolding
  readonly dir: string
}

const HOLDING: Readonly<Record<RegistryHolding, { current: string; change: StepPlan['change'] }>> = {
  tagged: { current: 'in the registry under every tag', change: 'none' },
  untagged: { current: 'in the registry, but not under every tag', change: 'update' },
  missing: { current: 'not in the registry', change: 'create' },
  unknown: { current: 'not checked (the registry could not be asked)', change: 'create' },
}

/** Step 4: the first artifact is in the registry under its tags. */
export function planArtifact(settings: BootstrapSettings, artifact: ArtifactState): StepPlan {
  const tagged = artifact.tags.length === 0 ? '' : ` (tags ${artifact.tags.join(', ')})`
  const { current, change } = HOLDING[artifact.before]
  return {
    id: STEP.artifact,
    title: `Publish ${artifact.dir}`,
    current,
    desired: `${artifact.reference}${tagged}`,
    change,
    commands: change === 'none' ? [] : [publishCommand(artifact.dir, settings.image)],
  }
}

/** Step 5 plan, with what to send: the whole object (create) or a merge patch (update). */
export interface SyncStepPlan extends StepPlan {
  readonly body?: Record<string, unknown>
}

/** Step 5: the RSync exists with sourceType oci, the pinned image, dir, auth (and email). */
export function planSync(
  settings: BootstrapSettings,
  current: SyncObject | undefined,
  image: string,
  cluster: string,
): SyncStepPlan {
  const { ref, spec, context } = settings
  const object = buildSyncObject(ref, image, spec)
  const yaml = toYaml(object)
  const base = {
    id: STEP.sync,
    title: `${describeSyncRef(ref)} in cluster ${cluster}`,
    yaml,
    ...repoSyncNote(settings),
  }
  if (current === undefined)
    return {
      ...base,
      current: 'missing',
      desired: `sourceType oci, image ${image}`,
      change: 'create',
      commands: [createSyncCommand(yaml, context)],
      body: object,
    }
  const differences = syncDifferences(current, ref, image, spec, cluster)
  if (differences.length === 0)
    return {
      ...base,
      current: `image ${image}, auth ${spec.auth}`,
      desired: 'the same',
      change: 'none',
      commands: [],
    }
  const patch = syncMergePatch(current, image, spec)
  const { metadata: _precondition, ...shown } = patch
  const found = differences.map((d) => `${d.field}: ${d.current}`).join('; ')
  return {
    ...base,
    current: found,
    desired: describeDifferences(differences),
    change: 'update',
    commands: [patchSyncCommand(ref, shown, context)],
    body: patch,
  }
}

/** A RepoSync's reconciler may change nothing in its namespace until a RoleBinding lets it; bootstrap does not grant cluster RBAC. */
function repoSyncNote(settings: BootstrapSettings): { note?: string } {
  const { ref } = settings
  if (ref.kind !== SYNC_KIND.repo) return {}
  const ksa = reconcilerName(ref)
  return {
    note: `the reconciler needs permissions in namespace ${ref.namespace}, which bootstrap does not grant, e.g. kubectl create rolebinding ${ksa} -n ${ref.namespace} --clusterrole=edit --serviceaccount=config-management-system:${ksa}`,
  }
}

/** Step 6: wait until the cluster synced exactly that digest (CONFIG-SYNC.md §2.4). */
export function planWait(settings: BootstrapSettings, image: string): StepPlan {
  const timeout = formatDuration(settings.timeoutMs)
  const base = { id: STEP.wait, title: `Wait until ${describeSyncRef(settings.ref)} synced` }
  if (!settings.wait)
    return {
      ...base,
      current: '-',
      desired: '-',
      change: 'skip',
      commands: [],
      note: 'not waiting (--no-wait / wait: false)',
    }
  const hex = digestHex(image)
  return {
    ...base,
    current: 'not checked yet',
    desired: `SYNCED at ${hex.slice(0, 12)}`,
    change: 'none',
    commands: waitCommands(settings.ref, hex, timeout, settings.context),
  }
}

function authNote(auth: string): string {
  if (auth === 'token')
    return 'auth token: the cluster pulls with the username and token of the Secret (spec.oci.secretRef); no IAM grant is needed'
  if (auth === 'gcenode')
    return "auth gcenode: the nodes' service account pulls; grant it roles/artifactregistry.reader yourself (bootstrap cannot know it)"
  return `auth ${auth}: Config Sync pulls anonymously; the repository must allow allUsers to read (bootstrap does not make it public)`
}

function describeMembers(members: readonly string[]): string {
  return members.length === 0 ? 'nobody has the role' : `the role is granted to ${members.join(', ')}`
}

function registryOf(image: string): string {
  return image.split('/')[0] ?? image
}
