import { ManifestValidationError } from '../../errors.ts'
import { publish, type PublishResult } from '../../publish.ts'
import { annotateFindings, setOutputs, writeSummary } from '../../report/action-report.ts'
import { writeSarifFile } from '../../report/sarif-report.ts'
import { detectSourceInfo } from '../../source/source-info.ts'
import type { ActionContext, ActionMode } from '../context.ts'
import { requireImage } from '../inputs.ts'
import { readRegistryInputs } from '../registry-inputs.ts'
import { PublishTagging } from '../tagging.ts'
import { readValidationInputs } from '../validation-inputs.ts'
import { writeBackStep } from '../steps/writeback-step.ts'
import { rolloutStep } from '../steps/rollout-step.ts'
import { previewStep } from '../steps/preview-step.ts'
import { gateOnPolicy } from '../verify-gate.ts'

/** A step that runs after a successful publish (rollout, write-back, PR comment …). */
export interface AfterPublishStep {
  readonly name: string
  /** True when the inputs ask for this step. Read and validate the step's inputs here. */
  enabled(context: ActionContext): boolean
  run(context: ActionContext, result: PublishResult): Promise<void>
}

/** Steps after the push, in order. A later feature adds its step here in one line. */
export const AFTER_PUBLISH_STEPS: readonly AfterPublishStep[] = [writeBackStep, rolloutStep, previewStep]

/** The default mode: validate, pack, push, then the enabled after-publish steps. */
export const publishMode: ActionMode = {
  async run(context) {
    const { inputs, env, workspace, logger } = context
    const image = requireImage(inputs)
    const { validation, render, failOn, sarifFile } = readValidationInputs(context.read, workspace)
    const steps = AFTER_PUBLISH_STEPS.filter((step) => step.enabled(context))
    const source = await detectSourceInfo(inputs.dir, env)
    const registry = { ...readRegistryInputs(context.read, context.mask), env, mask: context.mask }
    const connection = { insecure: inputs.insecure, ...(inputs.credentials ? { credentials: inputs.credentials } : {}), ...(inputs.caFile ? { caFile: inputs.caFile } : {}) }
    const tagging = await PublishTagging.start({ read: context.read, env, source, image, extraTags: inputs.tags, targetOptions: { logger, registry, ...connection }, gate: (what, reference) => gateOnPolicy(context, what, reference) })
    // The SARIF log is written whether validation passes or stops the push.
    const sarif = async (findings: PublishResult['findings']): Promise<void> => {
      if (sarifFile !== undefined) await writeSarifFile(sarifFile, findings, { dir: inputs.dir, root: workspace })
    }
    const result = (await tagging.reuseRelease()) ?? await publish(
      {
        dir: inputs.dir,
        image,
        tags: inputs.tags,
        annotations: inputs.annotations,
        ignore: inputs.ignore,
        source,
        insecure: inputs.insecure,
        ...(inputs.credentials ? { credentials: inputs.credentials } : {}),
        ...(inputs.caFile ? { caFile: inputs.caFile } : {}),
        registry,
        computedTags: tagging.computedTags,
        reuseExisting: tagging.reuseExisting,
        validation,
        render,
        failOn,
      },
      logger,
    ).catch(async (error: unknown) => {
      if (error instanceof ManifestValidationError) await sarif(error.findings)
      throw error
    })
    await sarif(result.findings)
    annotateFindings(result.findings, inputs.dir, workspace)
    setOutputs(result)
    await writeSummary(result)
    await tagging.report(result)
    tagging.close()
    for (const step of steps) await step.run(context, result)
  },
}
