import { ActionError, causeChain, describeError, InputError, ManifestValidationError } from '../errors.ts'
import { renderFindingsText } from '../report/text-report.ts'
import { VERSION } from '../version.ts'
import { EXIT, UsageError, type CliCommand, type CliIo } from './args.ts'
import { bootstrapCommand } from './commands/bootstrap.ts'
import { diffCommand } from './commands/diff.ts'
import { promoteCommand } from './commands/promote.ts'
import { publishCommand } from './commands/publish.ts'
import { rolloutCommand } from './commands/rollout.ts'
import { statusCommand } from './commands/status.ts'
import { validateCommand } from './commands/validate.ts'
import { verifyCommand } from './commands/verify.ts'
import { writeBackCommand } from './commands/write-back.ts'
import { mainUsage } from './usage.ts'

export { EXIT, type CliIo } from './args.ts'

/** Every command, in help order. A later feature adds its command here in one line. */
export const COMMANDS: readonly CliCommand[] = [publishCommand, validateCommand, diffCommand, promoteCommand, writeBackCommand, statusCommand, rolloutCommand, bootstrapCommand, verifyCommand]

/** Runs one CLI invocation and returns its exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  try {
    if (name === undefined) {
      io.stderr(mainUsage(COMMANDS))
      return EXIT.usage
    }
    if (name === 'help' || name === '--help' || name === '-h') {
      io.stdout(COMMANDS.find((c) => c.name === rest[0])?.usage ?? mainUsage(COMMANDS))
      return EXIT.ok
    }
    if (name === '--version' || name === '-V') {
      io.stdout(`${VERSION}\n`)
      return EXIT.ok
    }
    const command = COMMANDS.find((c) => c.name === name)
    if (command === undefined) throw new UsageError(`unknown command "${name}"`, { hint: 'see configsync-oci help' })
    return await command.run(rest, io)
  } catch (error: unknown) {
    return reportError(error, io)
  }
}

function reportError(error: unknown, io: CliIo): number {
  if (io.env['CONFIGSYNC_OCI_DEBUG'] === '1') io.stderr(`${causeChain(error).join('\ncaused by: ')}\n`)
  if (error instanceof ManifestValidationError) io.stderr(renderFindingsText(error.findings))
  const { message, hint } = describeError(error)
  const unexpected = error instanceof ActionError ? '' : ' (unexpected error; set CONFIGSYNC_OCI_DEBUG=1 for the stack)'
  io.stderr(`configsync-oci: error: ${message}${unexpected}\n${hint === undefined ? '' : `hint: ${hint}\n`}`)
  return error instanceof InputError ? EXIT.usage : EXIT.failed
}

