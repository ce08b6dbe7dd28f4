import { ActionError } from '../errors.ts'
import { describeFailure, failsRun } from '../manifests/validation-settings.ts'
import { annotateFindings } from '../action/github/action-report.ts'
import { writeSarifFile } from '../report/sarif-report.ts'
import { setValidationOutputs, writeValidationSummary } from '../action/github/validation-report.ts'
import { runValidation } from './validation-run.ts'
import type { ActionMode } from '../action/context.ts'

/**
 * `mode: validate-only`: collect and validate, report (annotations, summary,
 * outputs, SARIF), push nothing. Needs no image or credentials.
 */
export const validateMode: ActionMode = {
  async run(context) {
    const { workspace, logger } = context
    const { core: inputs, validation: settings } = context.settings
    const result = await runValidation({ ...settings, dir: inputs.dir, ignore: inputs.ignore }, logger)
    annotateFindings(result.findings, inputs.dir, workspace)
    setValidationOutputs(result)
    if (settings.sarifFile !== undefined) {
      await writeSarifFile(settings.sarifFile, result.findings, { dir: inputs.dir, root: workspace })
      logger.info(`SARIF log with ${result.findings.length} results written to ${settings.sarifFile}`)
    }
    const failure = failsRun(result.findings, settings.failOn)
      ? describeFailure(result.findings, settings.failOn)
      : undefined
    await writeValidationSummary(result, {
      dir: inputs.dir,
      workspace,
      validation: settings.validation,
      ...(failure === undefined ? {} : { failure }),
    })
    // Findings are already annotated: fail with the count only, not as a ManifestValidationError that would annotate them again.
    if (failure !== undefined)
      throw new ActionError(failure, {
        hint: 'each finding is annotated on its file and line, and listed in the job summary',
      })
  },
}
