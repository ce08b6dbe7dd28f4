import {
  SYNC_STATE,
  type ConfigSyncError,
  type ErrorResource,
  type StageStatus,
  type SyncCondition,
  type SyncObject,
  type SyncState,
} from './types.ts'

/**
 * How `nomos status` labels an RSync (CONFIG-SYNC.md §2.3, upstream
 * cmd/nomos/status/cluster_state.go `RootRepoStatus`). It never compares
 * against the spec: right after a patch it still says SYNCED for the old
 * digest. The wait recipe (wait-recipe.ts) compares commits itself.
 */

/** One error as a status block shows it. */
export interface SyncErrorView {
  /** "KNV2009"; "" when the cluster gave no code. */
  readonly code: string
  readonly message: string
  /** "Deployment.apps shop/web (namespaces/shop/app.yaml)". */
  readonly resources: readonly string[]
}

/** An RSync's status, boiled down to what nomos prints. */
export interface SyncStatusSummary {
  readonly state: SyncState
  /** The commit (64-hex digest) the label is about. */
  readonly commit?: string
  /** status.source.ociStatus.image, else spec.oci.image. */
  readonly image?: string
  readonly dir?: string
  readonly errors: readonly SyncErrorView[]
  /** status.sync.lastUpdate for SYNCED. */
  readonly lastUpdate?: string
  /** More errors exist than the status lists (errorSummary.truncated or a larger totalCount). */
  readonly moreErrors: number
}

const STAGES = ['source', 'rendering', 'sync'] as const

/** The condition of that type, if present. */
export function findCondition(object: SyncObject, type: string): SyncCondition | undefined {
  return object.status?.conditions?.find((c) => c.type === type)
}

/** Applies nomos's rules, in its order: Stalled, Reconciling, then the Syncing condition (or the legacy rule). */
export function summarizeSyncStatus(object: SyncObject): SyncStatusSummary {
  const status = object.status ?? {}
  const base = {
    ...optional('image', status.source?.ociStatus?.image ?? object.spec?.oci?.image),
    ...optional('dir', status.source?.ociStatus?.dir ?? object.spec?.oci?.dir),
  }
  const stalled = findCondition(object, 'Stalled')
  if (stalled?.status === 'True') {
    const errors = stalled.errors?.length ? stalled.errors.map(viewError) : [messageAsError(stalled.message)]
    return { ...base, state: SYNC_STATE.stalled, errors, moreErrors: 0 }
  }
  const reconciling = findCondition(object, 'Reconciling')
  if (reconciling?.status === 'True') {
    return {
      ...base,
      state: SYNC_STATE.reconciling,
      ...optional('commit', status.source?.commit),
      errors: (reconciling.errors ?? []).map(viewError),
      moreErrors: 0,
    }
  }
  const syncing = findCondition(object, 'Syncing')
  if (syncing === undefined) return { ...base, ...legacyStatus(object) }
  const { errors, moreErrors } = conditionErrors(object, syncing)
  const commit = optional('commit', syncing.commit)
  if (syncing.status === 'True') return { ...base, ...commit, state: SYNC_STATE.pending, errors, moreErrors }
  if (syncing.status === 'False' && conditionHasNoErrors(syncing)) {
    return {
      ...base,
      ...commit,
      state: SYNC_STATE.synced,
      errors: [],
      moreErrors: 0,
      ...optional('lastUpdate', status.sync?.lastUpdate),
    }
  }
  return { ...base, ...commit, state: SYNC_STATE.error, errors, moreErrors }
}

/** ConditionHasNoErrors (pkg/rootsync/conditions.go): no summary and no errors, or a total count of 0. */
export function conditionHasNoErrors(condition: SyncCondition): boolean {
  if (condition.errorSummary === undefined) return (condition.errors ?? []).length === 0
  return (condition.errorSummary.totalCount ?? 0) === 0
}

/** True when a stage lists errors or counts any. */
export function stageHasErrors(stage: StageStatus | undefined): boolean {
  return (stage?.errors ?? []).length > 0 || (stage?.errorSummary?.totalCount ?? 0) > 0
}

/** The errors of one stage, as views. */
export function stageErrors(stage: StageStatus | undefined): SyncErrorView[] {
  return (stage?.errors ?? []).map(viewError)
}

/** "KNV2004" for `{code: "2004"}`; the code is read from the message when the field is missing. */
export function errorCode(error: ConfigSyncError): string {
  if (error.code !== undefined && error.code !== '')
    return /^KNV/.test(error.code) ? error.code : `KNV${error.code}`
  return /^(KNV\d{4})\b/.exec(error.errorMessage ?? '')?.[1] ?? ''
}

/** A ConfigSyncError as a view: code, message, the resources it names. */
export function viewError(error: ConfigSyncError): SyncErrorView {
  return {
    code: errorCode(error),
    message: (error.errorMessage ?? '').trim() || '(no message)',
    resources: (error.errorResources ?? []).map(describeResource),
  }
}

function messageAsError(message: string | undefined): SyncErrorView {
  const text = (message ?? '').trim() || '(no message)'
  return { code: /^(KNV\d{4})\b/.exec(text)?.[1] ?? '', message: text, resources: [] }
}

function describeResource(resource: ErrorResource): string {
  const gvk = resource.resourceGVK
  const kind = gvk?.kind === undefined ? 'object' : gvk.group ? `${gvk.kind}.${gvk.group}` : gvk.kind
  const name = resource.namespace ? `${resource.namespace}/${resource.name ?? ''}` : (resource.name ?? '')
  return `${kind} ${name}${resource.sourcePath ? ` (${resource.sourcePath})` : ''}`
}

/** The errors a Syncing condition points at through errorSourceRefs (nomos's `ErrorSourceRefs`). */
function conditionErrors(
  object: SyncObject,
  syncing: SyncCondition,
): { errors: SyncErrorView[]; moreErrors: number } {
  const refs = syncing.errorSourceRefs ?? []
  const stages = STAGES.filter((stage) => refs.includes(stage)).map((stage) => object.status?.[stage])
  const errors = [...(syncing.errors ?? []).map(viewError), ...stages.flatMap(stageErrors)]
  const total =
    syncing.errorSummary?.totalCount ??
    stages.reduce((sum, stage) => sum + (stage?.errorSummary?.totalCount ?? 0), 0)
  return { errors, moreErrors: Math.max(0, total - errors.length) }
}

/** multiRepoSyncStatus: the rule nomos uses when there is no Syncing condition. */
function legacyStatus(object: SyncObject): Omit<SyncStatusSummary, 'image' | 'dir'> {
  const status = object.status ?? {}
  const errors = STAGES.flatMap((stage) => stageErrors(status[stage]))
  const counted = STAGES.reduce((sum, stage) => sum + (status[stage]?.errorSummary?.totalCount ?? 0), 0)
  if (errors.length > 0 || counted > 0)
    return { state: SYNC_STATE.error, errors, moreErrors: Math.max(0, counted - errors.length) }
  const syncCommit = status.sync?.commit ?? ''
  if (syncCommit === '') return { state: SYNC_STATE.pending, errors: [], moreErrors: 0 }
  const rendering = status.rendering?.commit ?? ''
  if (syncCommit === status.source?.commit && (rendering === '' || rendering === syncCommit)) {
    return {
      state: SYNC_STATE.synced,
      commit: syncCommit,
      errors: [],
      moreErrors: 0,
      ...optional('lastUpdate', status.sync?.lastUpdate),
    }
  }
  return { state: SYNC_STATE.pending, commit: syncCommit, errors: [], moreErrors: 0 }
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined || value === '' ? {} : { [key]: value }) as { [P in K]?: string }
}
