import type { ActionContext } from '../action/context.ts'
import type { PublishResult } from './publish.ts'

/** A step that runs after a successful publish (rollout, write-back, PR comment …). */
export interface AfterPublishStep {
  readonly name: string
  /** True when the inputs ask for this step. Read and validate the step's inputs here. */
  enabled(context: ActionContext): boolean
  run(context: ActionContext, result: PublishResult): Promise<void>
}
