import {
  ActionError,
  causeChain,
  describeError,
  InputError,
  ManifestValidationError,
  MissingSourceError,
} from '../errors.ts'
import { renderFindingsText } from '../report/text-report.ts'
import { VERSION } from '../version.ts'
import { EXIT, UsageError, type CliIo } from './args.ts'
import { COMMANDS } from './command-index.ts'
import { mainUsage } from './usage.ts'

export { EXIT, type CliIo } from './args.ts'

export { COMMANDS } from './command-index.ts'

/** Runs one CLI invocation and returns its exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  try {
    if (name === undefined) {
      io.stderr(mainUsage(COMMANDS))
      return EXIT.usage
    }
    if (name === 'help' || name === '--help' || name === '-h') {
      if (rest[0] === undefined) {
        io.stdout(mainUsage(COMMANDS))
        return EXIT.ok
      }
      const entry = COMMANDS.find((c) => c.name === rest[0])
      if (entry === undefined)
        throw new UsageError(`unknown command "${rest[0]}"`, {
          hint: `the commands are ${COMMANDS.map((c) => c.name).join(', ')}; see configsync-oci help`,
        })
      io.stdout((await entry.load()).usage)
      return EXIT.ok
    }
    if (name === '--version' || name === '-V') {
      io.stdout(`${VERSION}\n`)
      return EXIT.ok
    }
    const command = COMMANDS.find((c) => c.name === name)
    if (command === undefined)
      throw new UsageError(`unknown command "${name}"`, { hint: 'see configsync-oci help' })
    return await (await command.load()).run(rest, io)
  } catch (error: unknown) {
    return reportError(error, io)
  }
}

function reportError(error: unknown, io: CliIo): number {
  if (io.env['CONFIGSYNC_OCI_DEBUG'] === '1') io.stderr(`${causeChain(error).join('\ncaused by: ')}\n`)
  if (error instanceof ManifestValidationError) io.stderr(renderFindingsText(error.findings))
  const { message, hint } = describeError(error)
  const unexpected =
    error instanceof ActionError ? '' : ' (unexpected error; set CONFIGSYNC_OCI_DEBUG=1 for the stack)'
  io.stderr(`configsync-oci: error: ${message}${unexpected}\n${hint === undefined ? '' : `hint: ${hint}\n`}`)
  return error instanceof InputError || error instanceof MissingSourceError ? EXIT.usage : EXIT.failed
}
