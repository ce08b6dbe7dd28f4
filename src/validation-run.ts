/**
 * The composition root of validation alone (the `validate` CLI command and
 * the action's validate-only mode): collect → validate (rendering a root
 * kustomization, as Config Sync does), the same stages publish runs before it
 * packs; nothing is written or pushed.
 */
import type { Logger } from './logger.ts'
import { collectSource } from './manifests/collect.ts'
import type { Finding } from './manifests/finding.ts'
import { closingOnError, startValidator } from './manifests/validate-isolated.ts'
import { countSeverities, type ValidationSettings } from './manifests/validation-settings.ts'

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
export async function runValidation(settings: ValidationRunSettings, logger: Logger): Promise<ValidationRunResult> {
  // As publish does: with render the artifact would hold kustomize's output, rendered from dir itself.
  const validator = startValidator(settings.render ? { ...settings.validation, render: true } : settings.validation)
  return closingOnError(validator, async () => {
    const tree = await logger.group('Collect files', async () => {
      const collected = await collectSource(settings.dir, { ignore: settings.ignore })
      logger.info(`${collected.fileCount} files, ${collected.totalBytes} bytes under ${settings.dir}`)
      return collected
    })
    return logger.group('Validate manifests', async () => {
      const loaded = await validator.validate(tree)
      const { errors, warnings } = countSeverities(loaded.findings)
      logger.info(`${loaded.objectCount} objects in ${loaded.manifestFiles} manifest files, ${errors} errors, ${warnings} warnings`)
      return { findings: loaded.findings, fileCount: tree.fileCount, manifestFiles: loaded.manifestFiles, objectCount: loaded.objectCount }
    })
  })
}
