/**
 * The composition root of validation alone (the `validate` CLI command and
 * the action's validate-only mode): collect → validate (rendering a root
 * kustomization, as Config Sync does), the same stages publish runs before it
 * packs; nothing is written or pushed.
 */
import type { Logger } from '../logger.ts'
import { collectSource, type SourceTree } from '../manifests/collect.ts'
import type { Finding } from '../manifests/finding.ts'
import { closingOnError, startValidator, type ValidationSummary } from '../manifests/validate-isolated.ts'
import { countSeverities, type ValidationSettings } from '../manifests/validation-settings.ts'

/** What to validate and how. */
export interface ValidationRunSettings extends ValidationSettings {
  /** Absolute path of the directory. */
  readonly dir: string
  /** Extra gitignore-style patterns to leave out, as for publish. */
  readonly ignore: readonly string[]
}

/** What a validation run found, for reports and outputs. */
export interface ValidationRunResult {
  readonly findings: readonly Finding[]
  readonly fileCount: number
  readonly manifestFiles: number
  readonly objectCount: number
}

/** Collects and validates dir; findings never throw, the caller decides with the fail-on policy. */
export async function runValidation(
  settings: ValidationRunSettings,
  logger: Logger,
): Promise<ValidationRunResult> {
  const { tree, summary } = await collectAndValidate(settings, logger)
  return {
    findings: summary.findings,
    fileCount: tree.fileCount,
    manifestFiles: summary.manifestFiles,
    objectCount: summary.objectCount,
  }
}

/** What collectAndValidate needs: where, what to leave out, how to validate. */
export type CollectAndValidateSettings = Pick<
  ValidationRunSettings,
  'dir' | 'ignore' | 'validation' | 'render'
>

/**
 * The stages validation and publish share, each in its group: collect the
 * tree, then validate it in the worker thread started before the walk.
 */
export async function collectAndValidate(
  settings: CollectAndValidateSettings,
  logger: Logger,
): Promise<{ tree: SourceTree; summary: ValidationSummary }> {
  // With render the artifact holds kustomize's output, so kustomize reads dir itself (it may load files outside it).
  const validator = startValidator(
    settings.render ? { ...settings.validation, render: true } : settings.validation,
  )
  return closingOnError(validator, async () => {
    const tree = await logger.group('Collect files', async () => {
      const collected = await collectSource(settings.dir, { ignore: settings.ignore })
      logger.info(`${collected.fileCount} files, ${collected.totalBytes} bytes under ${settings.dir}`)
      return collected
    })
    // The parsed objects, the largest allocation of a run, never reach this heap: the counts,
    // the findings and the rendered output come back.
    const summary = await logger.group('Validate manifests', async () => {
      const validated = await validator.validate(tree)
      const { errors, warnings } = countSeverities(validated.findings)
      logger.info(
        `${validated.objectCount} objects in ${validated.manifestFiles} manifest files, ${errors} errors, ${warnings} warnings`,
      )
      return validated
    })
    return { tree, summary }
  })
}
