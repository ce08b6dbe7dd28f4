/**
 * Status frames of an RSync as Config Sync writes them (field names from
 * upstream pkg/api/configsync/v1beta1/sync_types.go; messages in the shape
 * of the real ones, KNV code first and the acm-errors link last). Each frame
 * is the whole status at one moment of a rollout from the previously synced
 * image to the new one.
 */
import type { JsonObject } from './fields.ts'

/** What the reconciler last synced without errors. */
export interface SyncedState {
  readonly image: string
  readonly generation: number
  readonly dir: string
}

/** Everything a frame needs to know about the object. */
export interface FrameContext {
  readonly kind: 'RootSync' | 'RepoSync'
  readonly namespace: string
  readonly name: string
  readonly generation: number
  /** spec.oci.image now. */
  readonly image: string
  readonly dir: string
  readonly previous?: SyncedState
}

/** One moment of the status; undefined means no status at all. */
export type Frame = (context: FrameContext) => JsonObject | undefined

const TIME = '2026-11-20T10:00:00Z'
const LINK = (code: string): string =>
  `\n\nFor more information, see https://g.co/cloud/acm-errors#knv${code}`

/** The commit Config Sync reports for an image: the digest hex (CONFIG-SYNC.md §1.5). */
export function commitOf(image: string): string {
  const at = image.indexOf('@sha256:')
  return at < 0 ? '' : image.slice(at + '@sha256:'.length)
}

/** The reconciler's name (CONFIG-SYNC.md §3). */
export function reconcilerOf(context: FrameContext): string {
  if (context.kind === 'RootSync')
    return context.name === 'root-sync' ? 'root-reconciler' : `root-reconciler-${context.name}`
  return context.name === 'repo-sync'
    ? `ns-reconciler-${context.namespace}`
    : `ns-reconciler-${context.namespace}-${context.name}-${context.name.length}`
}

function stage(image: string, dir: string, extra: JsonObject = {}): JsonObject {
  const errors = Array.isArray(extra['errors']) ? extra['errors'].length : 0
  return {
    ociStatus: { image, dir },
    commit: commitOf(image),
    lastUpdate: TIME,
    ...(errors > 0 ? { errorSummary: { totalCount: errors, errorCountAfterTruncation: errors } } : {}),
    ...extra,
  }
}

function condition(
  type: string,
  status: 'True' | 'False',
  reason: string,
  message: string,
  extra: JsonObject = {},
): JsonObject {
  return { type, status, reason, message, lastUpdateTime: TIME, lastTransitionTime: TIME, ...extra }
}

const notReconciling = condition('Reconciling', 'False', 'Deployment', 'Deployment is Current')
const notStalled = condition('Stalled', 'False', 'Deployment', 'Reconciler deployment is not stalled')

/** The status of a finished sync of `image`. */
function syncedStatus(
  context: FrameContext,
  image: string,
  dir: string,
  observedGeneration: number,
): JsonObject {
  const commit = commitOf(image)
  return {
    observedGeneration,
    reconciler: reconcilerOf(context),
    lastSyncedCommit: commit,
    source: stage(image, dir),
    rendering: stage(image, dir, { message: 'Rendering skipped' }),
    sync: stage(image, dir),
    conditions: [
      notReconciling,
      notStalled,
      condition('Syncing', 'False', 'Sync', 'Sync Completed', { commit, errorSummary: {} }),
    ],
  }
}

/** The old state, or next to nothing for an object that never synced. */
function previousStatus(context: FrameContext, observedGeneration: number): JsonObject {
  if (context.previous === undefined) return { observedGeneration, reconciler: reconcilerOf(context) }
  return syncedStatus(context, context.previous.image, context.previous.dir, observedGeneration)
}

function withConditions(status: JsonObject, ...conditions: JsonObject[]): JsonObject {
  return { ...status, conditions }
}

function progressing(context: FrameContext, parts: JsonObject, syncing: JsonObject): JsonObject {
  return withConditions(
    { ...previousStatus(context, context.generation), ...parts },
    notReconciling,
    notStalled,
    syncing,
  )
}

const ERRORS = {
  knv1061: (c: FrameContext): JsonObject => ({
    code: '1061',
    errorMessage: `KNV1061: ${c.kind}s must specify spec.oci.gcpServiceAccountEmail when spec.oci.auth is "gcpserviceaccount"${LINK('1061')}`,
  }),
  knv2004: (c: FrameContext): JsonObject => ({
    code: '2004',
    errorMessage: `KNV2004: error in the oci-sync container: {"Msg":"failed to pull image ${c.image}: GET https://${c.image.split('/')[0]}/v2/: DENIED: Permission \\"artifactregistry.repositories.downloadArtifacts\\" denied on resource","Err":"","Args":{}}${LINK('2004')}`,
  }),
  knv1029: (): JsonObject => ({
    code: '1029',
    errorMessage: `KNV1029: Multiple objects share the same name, namespace and kind, which is not allowed:\n\nsource: namespaces/shop/a.yaml\nnamespace: shop\nmetadata.name: web\ngroup: apps\nversion: v1\nkind: Deployment${LINK('1029')}`,
    errorResources: [
      {
        sourcePath: 'namespaces/shop/a.yaml',
        name: 'web',
        namespace: 'shop',
        resourceGVK: { group: 'apps', version: 'v1', kind: 'Deployment' },
      },
    ],
  }),
  knv2009: (): JsonObject => ({
    code: '2009',
    errorMessage: `KNV2009: failed to apply Deployment.apps, shop/web: admission webhook "policy.example.com" denied the request: replicas must be at most 10\n\nsource: namespaces/shop/app.yaml\nnamespace: shop\nmetadata.name: web\ngroup: apps\nversion: v1\nkind: Deployment${LINK('2009')}`,
    errorResources: [
      {
        sourcePath: 'namespaces/shop/app.yaml',
        name: 'web',
        namespace: 'shop',
        resourceGVK: { group: 'apps', version: 'v1', kind: 'Deployment' },
      },
    ],
  }),
  knv2016: (): JsonObject => ({
    code: '2016',
    errorMessage: `KNV2016: sync source contains dry configs and hydration-controller is not running${LINK('2016')}`,
  }),
}

const failed = (refs: string[], commit: string, reason: string): JsonObject =>
  condition('Syncing', 'False', reason, reason, {
    commit,
    errorSourceRefs: refs,
    errorSummary: { totalCount: 1, errorCountAfterTruncation: 1 },
  })

/** Every frame the scenarios use. */
export const FRAMES = {
  /** The old state: the reconciler-manager has not seen the new generation yet. */
  before: ((c) => (c.previous === undefined ? undefined : previousStatus(c, c.previous.generation))) as Frame,
  /** The new generation is observed, but the old reconciler still reports the old digest. */
  observedOld: ((c) => previousStatus(c, c.generation)) as Frame,
  /** The new reconciler Deployment rolls out. */
  reconciling: ((c) =>
    withConditions(
      previousStatus(c, c.generation),
      condition('Reconciling', 'True', 'Deployment', 'Replicas: 0/1'),
      notStalled,
    )) as Frame,
  stalled: ((c) =>
    withConditions(
      previousStatus(c, c.generation),
      notReconciling,
      condition('Stalled', 'True', 'Validation', ERRORS.knv1061(c)['errorMessage'] as string, {
        errors: [ERRORS.knv1061(c)],
      }),
    )) as Frame,
  sourceFetched: ((c) =>
    progressing(
      c,
      { source: stage(c.image, c.dir) },
      condition('Syncing', 'True', 'Source', 'Source', { commit: commitOf(c.image) }),
    )) as Frame,
  rendered: ((c) =>
    progressing(
      c,
      { source: stage(c.image, c.dir), rendering: stage(c.image, c.dir, { message: 'Rendering skipped' }) },
      condition('Syncing', 'True', 'Rendering', 'Rendering skipped', { commit: commitOf(c.image) }),
    )) as Frame,
  applying: ((c) =>
    progressing(
      c,
      {
        source: stage(c.image, c.dir),
        rendering: stage(c.image, c.dir, { message: 'Rendering skipped' }),
        sync: stage(c.image, c.dir),
      },
      condition('Syncing', 'True', 'Sync', 'Syncing', { commit: commitOf(c.image) }),
    )) as Frame,
  synced: ((c) => syncedStatus(c, c.image, c.dir, c.generation)) as Frame,
  pullFailed: ((c) => {
    const oldCommit = c.previous === undefined ? '' : commitOf(c.previous.image)
    return progressing(
      c,
      { source: { ...stage(c.image, c.dir, { errors: [ERRORS.knv2004(c)] }), commit: oldCommit } },
      failed(['source'], oldCommit, 'Source'),
    )
  }) as Frame,
  sourceInvalid: ((c) =>
    progressing(
      c,
      { source: stage(c.image, c.dir, { errors: [ERRORS.knv1029()] }) },
      failed(['source'], commitOf(c.image), 'Source'),
    )) as Frame,
  renderingDisabled: ((c) =>
    progressing(
      c,
      {
        source: stage(c.image, c.dir),
        rendering: stage(c.image, c.dir, {
          message: 'Rendering required but is currently disabled',
          errors: [ERRORS.knv2016()],
        }),
      },
      failed(['rendering'], commitOf(c.image), 'Rendering'),
    )) as Frame,
  syncFailed: ((c) =>
    progressing(
      c,
      {
        source: stage(c.image, c.dir),
        rendering: stage(c.image, c.dir, { message: 'Rendering skipped' }),
        sync: stage(c.image, c.dir, { errors: [ERRORS.knv2009()] }),
      },
      failed(['sync'], commitOf(c.image), 'Sync'),
    )) as Frame,
} satisfies Record<string, Frame>
