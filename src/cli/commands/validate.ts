import { resolve } from 'node:path'
import type { Finding } from '../../manifests/finding.ts'
import { failsRun } from '../../manifests/validation-settings.ts'
import { renderSarif } from '../../report/sarif-report.ts'
import { renderFindingsJson, renderFindingsText, stderrLogger } from '../../report/text-report.ts'
import { findCheckoutRoot } from '../../source/checkout-root.ts'
import { runValidation } from '../../pipeline/validation-run.ts'
import { EXIT, parseCommandArgs, strs, UsageError, type CliCommand, type CliIo } from '../args.ts'
import { VALIDATE_USAGE } from '../usage.ts'
import {
  parseValidateFormat,
  readValidationFlags,
  VALIDATE_FORMAT,
  VALIDATION_FLAG_OPTIONS,
  type ValidateFormat,
} from '../validation-flags.ts'
import { SUMMARY } from '../command-summaries.ts'

/** `configsync-oci validate`: check DIR with Config Sync's rules, push nothing (Node 20 and later). */
export const validateCommand: CliCommand = {
  name: 'validate',
  summary: SUMMARY.validate,
  usage: VALIDATE_USAGE,
  run: runValidate,
}

async function runValidate(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      format: { type: 'string' },
      dir: { type: 'string' },
      ignore: { type: 'string', multiple: true },
      ...VALIDATION_FLAG_OPTIONS,
    },
    'validate',
  )
  if (values['help'] === true) {
    io.stdout(VALIDATE_USAGE)
    return EXIT.ok
  }
  const flagDir = values['dir']
  if (typeof flagDir === 'string' && positionals.length > 0)
    throw new UsageError(`validate takes one directory: give it as DIR or as --dir, not both`, {
      hint: 'e.g. configsync-oci validate --dir config',
    })
  if (positionals.length > 1) throw new UsageError(`validate takes one directory, got ${positionals.length}`)
  const given = typeof flagDir === 'string' ? flagDir : positionals[0]
  if (given === '')
    throw new UsageError('validate: the directory is empty ("")', {
      hint: 'e.g. configsync-oci validate config, or leave it out for the current directory',
    })
  const format = parseValidateFormat(values['format'])
  const settings = readValidationFlags(values)
  const dir = resolve(given ?? '.')
  // Progress stays quiet as before; warnings from the stages still reach stderr.
  const logger = stderrLogger({ verbose: false, quiet: true })
  const { findings } = await runValidation({ ...settings, dir, ignore: strs(values['ignore']) }, logger)
  io.stdout(renderFindings(findings, format, dir))
  return failsRun(findings, settings.failOn) ? EXIT.failed : EXIT.ok
}

function renderFindings(findings: readonly Finding[], format: ValidateFormat, dir: string): string {
  if (format === VALIDATE_FORMAT.json) return renderFindingsJson(findings)
  if (format === VALIDATE_FORMAT.sarif) return renderSarif(findings, { dir, root: findCheckoutRoot(dir) })
  return renderFindingsText(findings)
}
