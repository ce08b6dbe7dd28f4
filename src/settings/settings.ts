/**
 * The one settings record of a run, built before any mode runs: the action
 * maps its inputs to it in one function (src/action/settings-inputs.ts). The
 * CLI's commands build the same section types from their flags. A
 * section per feature; a feature that is off has no section, so "is this
 * step enabled?" is a predicate over the record, never a read of an input.
 */
import type { PullRequestEvent } from '../preview/pull-request-event.ts'
import type { RegistrySettings } from '../registry/target-factory.ts'
import type { VerifyPolicy } from '../signing/verify-policy.ts'
import type { SigningPlan } from '../signing/sign-on-publish.ts'
import type {
  ActionInputs,
  PreviewInputs,
  PromoteInputs,
  RolloutInputs,
  SetupInputs,
  TagInputs,
  ValidationInputs,
  WriteBackInputs,
} from './sections.ts'

/** Signing on publish: the plan when sign is on (key mode), else empty. */
export interface SigningSettings {
  readonly plan?: SigningPlan
}

/** A preview run (mode: preview): the pull request, the preview inputs, and the preview sync's rollout. */
export interface PreviewSettings {
  readonly pullRequest: PullRequestEvent
  readonly inputs: PreviewInputs
  /**
   * The rollout settings of the preview sync (preview-sync: true): on open
   * and push with create-sync on (a preview is created on its first push);
   * on close as written, for the clusters and the wait.
   */
  readonly rollout?: RolloutInputs
}

/** Everything a run reads from its inputs or flags, checked. */
export interface Settings {
  /** The mode (action) or command (CLI). */
  readonly mode: string
  /** dir, image, tags, annotations, ignore, credentials, insecure, ca-file. */
  readonly core: ActionInputs
  /** The credential chain, retries, blob mounts, create-repository (env and mask are the runner's, added by the mode). */
  readonly registry: RegistrySettings
  readonly validation: ValidationInputs
  readonly tagging: TagInputs
  /** mode: promote only. */
  readonly promote?: PromoteInputs
  /** Present when the run rolls out (rollout: true). */
  readonly rollout?: RolloutInputs
  /** Present when the run writes back (config-repo set). */
  readonly writeBack?: WriteBackInputs
  /** mode: preview only. */
  readonly preview?: PreviewSettings
  /** mode: setup only. */
  readonly setup?: SetupInputs
  readonly signing: SigningSettings
  /** The verification policy (verify-* inputs / the verify flags): mode verify checks it; promote, rollout, write-back and release tagging gate on it. */
  readonly verify?: VerifyPolicy
}

/** True when the rollout step runs after the push. */
export function rolloutEnabled(
  settings: Settings,
): settings is Settings & { readonly rollout: RolloutInputs } {
  return settings.rollout !== undefined
}

/** True when the write-back step runs after the push. */
export function writeBackEnabled(
  settings: Settings,
): settings is Settings & { readonly writeBack: WriteBackInputs } {
  return settings.writeBack !== undefined
}

/** True when the preview step (diff, preview sync, comment) runs after the push. */
export function previewEnabled(
  settings: Settings,
): settings is Settings & { readonly preview: PreviewSettings } {
  return settings.preview !== undefined
}
