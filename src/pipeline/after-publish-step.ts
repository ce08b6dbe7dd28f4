import type { ActionContext } from '../action/context.ts'
import type { Settings } from '../settings/settings.ts'
import type { PublishResult } from './publish.ts'

/** A step that runs after a successful publish (rollout, write-back, PR comment …). */
export interface AfterPublishStep {
  readonly name: string
  /** True when the settings ask for this step (a predicate over the record; its inputs were checked when they were read). */
  enabled(settings: Settings): boolean
  run(context: ActionContext, result: PublishResult): Promise<void>
}
