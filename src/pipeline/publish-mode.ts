import { ManifestValidationError } from '../errors.ts'
import { publish, type PublishResult } from './publish.ts'
import { annotateFindings, setOutputs, writeSummary } from '../action/github/action-report.ts'
import { writeSarifFile } from '../report/sarif-report.ts'
import { detectSourceInfo } from '../source/source-info.ts'
import type { ActionMode } from '../action/context.ts'
import { requireImage } from '../action/inputs.ts'
import { PublishTagging } from '../tags/publish-tagging.ts'
import { setTagOutputs, writeDiffSummary, writeSummaryNote } from '../action/github/retag-report.ts'
import { writeBackStep } from './writeback-step.ts'
import { rolloutStep } from './rollout-step.ts'
import { previewStep } from './preview-step.ts'
import { gateOnPolicy } from '../action/verify-gate.ts'
import type { AfterPublishStep } from './after-publish-step.ts'

/** Steps after the push, in order. A later feature adds its step here in one line. */
export const AFTER_PUBLISH_STEPS: readonly AfterPublishStep[] = [writeBackStep, rolloutStep, previewStep]

/** The default mode: validate, pack, push, then the enabled after-publish steps. */
export const publishMode: ActionMode = {
  async run(context) {
    const { settings, env, workspace, logger } = context
    const { core: inputs } = settings
    const image = requireImage(inputs)
    const { validation, render, failOn, sarifFile } = settings.validation
    const steps = AFTER_PUBLISH_STEPS.filter((step) => step.enabled(settings))
    const source = await detectSourceInfo(inputs.dir, env)
    const registry = { ...settings.registry, env, mask: context.mask }
    const connection = {
      insecure: inputs.insecure,
      ...(inputs.credentials ? { credentials: inputs.credentials } : {}),
      ...(inputs.caFile ? { caFile: inputs.caFile } : {}),
    }
    const tagging = await PublishTagging.start({
      tagging: settings.tagging,
      env,
      source,
      image,
      extraTags: inputs.tags,
      targetOptions: { logger, registry, ...connection },
      gate: (what, reference) => gateOnPolicy(context, what, reference),
    })
    // The SARIF log is written whether validation passes or stops the push.
    const sarif = async (findings: PublishResult['findings']): Promise<void> => {
      if (sarifFile !== undefined)
        await writeSarifFile(sarifFile, findings, { dir: inputs.dir, root: workspace })
    }
    const result =
      (await tagging.reuseRelease()) ??
      (await publish(
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
          ...(settings.signing.plan === undefined ? {} : { signing: settings.signing.plan }),
        },
        logger,
      ).catch(async (error: unknown) => {
        if (error instanceof ManifestValidationError) await sarif(error.findings)
        throw error
      }))
    await sarif(result.findings)
    annotateFindings(result.findings, inputs.dir, workspace)
    setOutputs(result)
    await writeSummary(result)
    await tagging.report(result, { setTagOutputs, writeSummaryNote, writeDiffSummary })
    tagging.close()
    for (const step of steps) await step.run(context, result)
  },
}
