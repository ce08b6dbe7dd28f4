import * as core from '@actions/core'
import { relative, sep } from 'node:path'
import { DEFAULT_SCOPE, describeSyncScope } from '../../manifests/scope/sync-scope.ts'
import { countSeverities } from '../../manifests/validation-settings.ts'
import type { ValidationRunResult } from '../../pipeline/validation-run.ts'
import type { ValidationOptions } from '../../manifests/validate.ts'
import { addFindings, OUTPUT } from './action-report.ts'

/** The validation outputs: how many findings, errors and warnings. */
export function setValidationOutputs(result: ValidationRunResult): void {
  const { errors, warnings } = countSeverities(result.findings)
  core.setOutput(OUTPUT.findings, String(result.findings.length))
  core.setOutput(OUTPUT.errors, String(errors))
  core.setOutput(OUTPUT.warnings, String(warnings))
}

/** What the summary says about the run besides its findings. */
export interface ValidationSummaryContext {
  readonly dir: string
  readonly workspace: string
  readonly validation: ValidationOptions
  /** The failure message when the findings fail the run. */
  readonly failure?: string
}

/** The job summary of a validate-only run: what was checked, under which settings, and the findings. */
export async function writeValidationSummary(
  result: ValidationRunResult,
  context: ValidationSummaryContext,
): Promise<void> {
  const dir = relative(context.workspace, context.dir).split(sep).join('/') || '.'
  core.summary.addHeading(
    context.failure === undefined ? 'configsync-oci: validated' : 'configsync-oci: validation failed',
    2,
  )
  if (context.failure !== undefined) core.summary.addRaw(escapeHtml(context.failure), true)
  core.summary.addTable([
    [
      { data: 'Field', header: true },
      { data: 'Value', header: true },
    ],
    ['Directory', `<code>${escapeHtml(dir)}</code>`],
    ['Source format', context.validation.sourceFormat ?? 'unstructured'],
    ['Synced by', escapeHtml(describeSyncScope(context.validation.scope ?? DEFAULT_SCOPE))],
    ['Files', String(result.fileCount)],
    ['Objects', `${result.objectCount} in ${result.manifestFiles} manifest files`],
  ])
  addFindings(result.findings)
  await core.summary.write()
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
