/**
 * A scripted stand-in for Config Sync's reconciler-manager and reconciler:
 * when an RSync's generation changes, it plays a scenario — a list of status
 * frames written through the status subresource — advancing one frame each
 * time a client reads the object. Reads, not wall time, drive it, so a test
 * sees every frame in order however fast or slow it polls. The frames follow
 * the sequences CONFIG-SYNC.md §2.2–2.4 describes (upstream
 * pkg/parse/root_sync_client.go, rootsync_controller.go).
 */
import { isObject, type JsonObject } from './fields.ts'
import { FRAMES, type Frame, type FrameContext, type SyncedState } from './status-frames.ts'
import type { ObjectKey, ObjectStore } from './store.ts'

/** A named sequence of frames; the last one holds. */
export interface Scenario {
  readonly name: string
  readonly frames: readonly Frame[]
  /** Whether the last frame means the new image synced (the reconciler then remembers it). */
  readonly endsSynced: boolean
}

/** The sequences the tests play (see status-frames.ts for each frame). */
export const SCENARIOS = {
  /** Reconciling → source fetched → rendered → applying → synced. */
  happy: {
    name: 'happy',
    frames: [
      FRAMES.before,
      FRAMES.reconciling,
      FRAMES.sourceFetched,
      FRAMES.rendered,
      FRAMES.applying,
      FRAMES.synced,
    ],
    endsSynced: true,
  },
  /** Stalled with KNV1061 after the reconciler-manager observes the change. */
  stalled: { name: 'stalled', frames: [FRAMES.before, FRAMES.stalled], endsSynced: false },
  /** KNV2004 (the pull fails) and it never recovers. */
  sourceError: {
    name: 'sourceError',
    frames: [FRAMES.before, FRAMES.reconciling, FRAMES.pullFailed],
    endsSynced: false,
  },
  /** KNV2004 for two reads, then oci-sync's retry succeeds. */
  sourceErrorRecovers: {
    name: 'sourceErrorRecovers',
    frames: [
      FRAMES.before,
      FRAMES.reconciling,
      FRAMES.pullFailed,
      FRAMES.pullFailed,
      FRAMES.sourceFetched,
      FRAMES.rendered,
      FRAMES.applying,
      FRAMES.synced,
    ],
    endsSynced: true,
  },
  /** The source is rejected in the cluster (KNV1029 at the new commit). */
  sourceInvalid: {
    name: 'sourceInvalid',
    frames: [FRAMES.before, FRAMES.reconciling, FRAMES.sourceInvalid],
    endsSynced: false,
  },
  /** An apply error (KNV2009) for the new commit. */
  syncError: {
    name: 'syncError',
    frames: [
      FRAMES.before,
      FRAMES.reconciling,
      FRAMES.sourceFetched,
      FRAMES.rendered,
      FRAMES.applying,
      FRAMES.syncFailed,
    ],
    endsSynced: false,
  },
  /** KNV2016 while the hydration-controller is being added, then synced. */
  renderingTransient: {
    name: 'renderingTransient',
    frames: [
      FRAMES.before,
      FRAMES.reconciling,
      FRAMES.sourceFetched,
      FRAMES.renderingDisabled,
      FRAMES.renderingDisabled,
      FRAMES.rendered,
      FRAMES.applying,
      FRAMES.synced,
    ],
    endsSynced: true,
  },
  /** The generation is observed but the old reconciler keeps reporting the old digest (nomos: SYNCED) for a while. */
  lateDigest: {
    name: 'lateDigest',
    frames: [
      FRAMES.before,
      FRAMES.observedOld,
      FRAMES.observedOld,
      FRAMES.observedOld,
      FRAMES.reconciling,
      FRAMES.sourceFetched,
      FRAMES.rendered,
      FRAMES.applying,
      FRAMES.synced,
    ],
    endsSynced: true,
  },
  /** Nothing ever happens (the reconciler-manager is down). */
  frozen: { name: 'frozen', frames: [FRAMES.before], endsSynced: false },
} as const satisfies Record<string, Scenario>

interface Tracking {
  generation: number
  image: string
  frame: number
  synced?: SyncedState
}

/** The reconciler of one fake cluster. */
export class ScriptedReconciler {
  private readonly tracking = new Map<string, Tracking>()
  private readonly byImage = new Map<string, Scenario>()
  private fallback: Scenario = SCENARIOS.happy
  /** Every frame written, per object, for tests that look at the sequence. */
  readonly played: { key: string; scenario: string; frame: number }[] = []

  private readonly store: ObjectStore

  constructor(store: ObjectStore) {
    this.store = store
  }

  /** The scenario for rollouts to `image` (or, without an image, for all others). */
  use(scenario: Scenario, image?: string): void {
    if (image === undefined) this.fallback = scenario
    else this.byImage.set(image, scenario)
  }

  /** Marks an object as already synced at its current image (as after a past rollout) and writes that status. */
  settle(key: ObjectKey): void {
    const object = this.store.get(key)
    if (object === undefined)
      throw new Error(`settle: ${key.resource}/${key.namespace}/${key.name} does not exist`)
    const { generation, image } = specState(object)
    const synced = { image, generation, dir: ociDir(object) }
    this.tracking.set(id(key), { generation, image, frame: Number.MAX_SAFE_INTEGER, synced })
    this.store.setStatus(key, FRAMES.synced(context(key, object, synced)))
  }

  /** Called before a client reads the object: writes the next frame of its scenario. */
  observe(key: ObjectKey): void {
    const object = this.store.get(key)
    if (object === undefined) return
    const { generation, image } = specState(object)
    let track = this.tracking.get(id(key))
    if (track === undefined || track.generation !== generation) {
      track = {
        generation,
        image,
        frame: 0,
        ...(track?.synced === undefined ? {} : { synced: track.synced }),
      }
      this.tracking.set(id(key), track)
    }
    if (track.frame === Number.MAX_SAFE_INTEGER) return
    const scenario = this.byImage.get(image) ?? this.fallback
    const index = Math.min(track.frame, scenario.frames.length - 1)
    this.store.setStatus(key, scenario.frames[index]!(context(key, object, track.synced)))
    this.played.push({ key: id(key), scenario: scenario.name, frame: index })
    track.frame += 1
    if (index === scenario.frames.length - 1 && scenario.endsSynced) {
      track.synced = { image, generation, dir: ociDir(object) }
      track.frame = Number.MAX_SAFE_INTEGER
    }
  }
}

function context(key: ObjectKey, object: JsonObject, previous: SyncedState | undefined): FrameContext {
  const { generation, image } = specState(object)
  return {
    kind: key.resource === 'rootsyncs' ? 'RootSync' : 'RepoSync',
    namespace: key.namespace,
    name: key.name,
    generation,
    image,
    dir: ociDir(object),
    ...(previous === undefined ? {} : { previous }),
  }
}

function specState(object: JsonObject): { generation: number; image: string } {
  const metadata = isObject(object['metadata']) ? object['metadata'] : {}
  const spec = isObject(object['spec']) ? object['spec'] : {}
  const oci = isObject(spec['oci']) ? spec['oci'] : {}
  return { generation: Number(metadata['generation'] ?? 0), image: String(oci['image'] ?? '') }
}

function ociDir(object: JsonObject): string {
  const spec = isObject(object['spec']) ? object['spec'] : {}
  const oci = isObject(spec['oci']) ? spec['oci'] : {}
  const dir = String(oci['dir'] ?? '').replace(/^\/+/, '')
  return dir === '' ? '.' : dir
}

function id(key: ObjectKey): string {
  return `${key.resource}/${key.namespace}/${key.name}`
}
