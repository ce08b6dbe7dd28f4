import { resolve } from 'node:path'
import { collectSource } from '../../manifests/collect.ts'
import { hasErrors } from '../../manifests/finding.ts'
import { loadAndValidate } from '../../manifests/validate.ts'
import { FORMAT, renderFindingsJson, renderFindingsText } from '../../report/text-report.ts'
import { EXIT, parseCommandArgs, parseFormat, strs, UsageError, type CliCommand, type CliIo } from '../args.ts'
import { VALIDATE_USAGE } from '../usage.ts'

/** `configsync-oci validate`: check DIR with Config Sync's rules, push nothing (Node 20 and later). */
export const validateCommand: CliCommand = {
  name: 'validate',
  summary: "check the manifests in DIR with Config Sync's rules, push nothing",
  usage: VALIDATE_USAGE,
  run: runValidate,
}

async function runValidate(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { format: { type: 'string' }, ignore: { type: 'string', multiple: true } })
  if (values['help'] === true) {
    io.stdout(VALIDATE_USAGE)
    return EXIT.ok
  }
  if (positionals.length > 1) throw new UsageError(`validate takes one directory, got ${positionals.length}`)
  const format = parseFormat(values['format'])
  const tree = await collectSource(resolve(positionals[0] ?? '.'), { ignore: strs(values['ignore']) })
  const { findings } = await loadAndValidate(tree)
  io.stdout(format === FORMAT.json ? renderFindingsJson(findings) : renderFindingsText(findings))
  return hasErrors(findings) ? EXIT.failed : EXIT.ok
}

