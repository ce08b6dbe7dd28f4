import { publish, type PublishResult } from '../../publish.ts'
import { annotateFindings, setOutputs, writeSummary } from '../../report/action-report.ts'
import { detectSourceInfo } from '../../source/source-info.ts'
import type { ActionContext, ActionMode } from '../context.ts'

/** A step that runs after a successful publish (rollout, write-back, PR comment …). */
export interface AfterPublishStep {
  readonly name: string
  /** True when the inputs ask for this step. Read and validate the step's inputs here. */
  enabled(context: ActionContext): boolean
  run(context: ActionContext, result: PublishResult): Promise<void>
}

/** Steps after the push, in order. A later feature adds its step here in one line. */
export const AFTER_PUBLISH_STEPS: readonly AfterPublishStep[] = []

/** The default mode: validate, pack, push, then the enabled after-publish steps. */
export const publishMode: ActionMode = {
  async run(context) {
    const { inputs, env, workspace, logger } = context
    const steps = AFTER_PUBLISH_STEPS.filter((step) => step.enabled(context))
    const source = await detectSourceInfo(inputs.dir, env)
    const result = await publish(
      {
        dir: inputs.dir,
        image: inputs.image,
        tags: inputs.tags,
        annotations: inputs.annotations,
        ignore: inputs.ignore,
        source,
        insecure: inputs.insecure,
        ...(inputs.credentials ? { credentials: inputs.credentials } : {}),
        ...(inputs.caFile ? { caFile: inputs.caFile } : {}),
      },
      logger,
    )
    annotateFindings(result.findings, inputs.dir, workspace)
    setOutputs(result)
    await writeSummary(result)
    for (const step of steps) await step.run(context, result)
  },
}
