import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parseAnnotations } from '../artifact/annotations.ts'
import { ActionError, causeChain, describeError, InputError, ManifestValidationError } from '../errors.ts'
import { collectSource } from '../manifests/collect.ts'
import { hasErrors } from '../manifests/finding.ts'
import { loadAndValidate } from '../manifests/validate.ts'
import { publish } from '../publish.ts'
import { FORMAT, renderFindingsJson, renderFindingsText, renderPublishResult, stderrLogger, type Format } from '../report/text-report.ts'
import { detectSourceInfo } from '../source/source-info.ts'
import { VERSION } from '../version.ts'
import { MAIN_USAGE, PUBLISH_USAGE, VALIDATE_USAGE } from './usage.ts'

/** The CLI's view of the process, injected so tests run it in-process. */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  readStdin(): Promise<string>
  readonly env: NodeJS.ProcessEnv
}

/** Exit codes: 0 success, 1 failure, 2 usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const

/** Runs one CLI invocation and returns its exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'publish':
        return await publishCommand(rest, io)
      case 'validate':
        return await validateCommand(rest, io)
      case 'help':
      case '--help':
      case '-h':
        io.stdout(helpFor(rest[0]))
        return EXIT.ok
      case '--version':
      case '-V':
        io.stdout(`${VERSION}\n`)
        return EXIT.ok
      case undefined:
        io.stderr(MAIN_USAGE)
        return EXIT.usage
      default:
        throw new UsageError(`unknown command "${command}"`)
    }
  } catch (error: unknown) {
    return reportError(error, io)
  }
}

class UsageError extends InputError {}

function helpFor(command: string | undefined): string {
  if (command === 'publish') return PUBLISH_USAGE
  if (command === 'validate') return VALIDATE_USAGE
  return MAIN_USAGE
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>

function parse(args: readonly string[], options: OptionSpec): { values: Record<string, unknown>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: [...args], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true })
    return { values: parsed.values as Record<string, unknown>, positionals: parsed.positionals }
  } catch (cause) {
    throw new UsageError(cause instanceof Error ? cause.message : String(cause), { hint: 'see configsync-oci help' })
  }
}

async function publishCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    image: { type: 'string' },
    dir: { type: 'string' },
    tag: { type: 'string', short: 't', multiple: true },
    annotation: { type: 'string', short: 'a', multiple: true },
    ignore: { type: 'string', multiple: true },
    username: { type: 'string', short: 'u' },
    'password-stdin': { type: 'boolean' },
    insecure: { type: 'boolean' },
    'ca-file': { type: 'string' },
    revision: { type: 'string' },
    'source-url': { type: 'string' },
    created: { type: 'string' },
    format: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    verbose: { type: 'boolean', short: 'v' },
  })
  if (values['help'] === true) {
    io.stdout(PUBLISH_USAGE)
    return EXIT.ok
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`, { hint: 'give the directory with --dir' })
  const format = parseFormat(values['format'])
  const image = str(values['image'])
  if (image === undefined) throw new UsageError('--image is required', { hint: 'e.g. --image oci-layout:out:v1 or --image 127.0.0.1:5000/config/app' })
  const dir = resolve(str(values['dir']) ?? '.')
  const credentials = await readCredentials(str(values['username']), values['password-stdin'] === true, io)
  const source = await detectSourceInfo(dir, io.env, {
    ...optional('revision', str(values['revision'])),
    ...optional('url', str(values['source-url'])),
    ...optional('created', str(values['created'])),
  })
  const logger = stderrLogger({ verbose: values['verbose'] === true, quiet: values['quiet'] === true })
  const caFile = str(values['ca-file'])
  const result = await publish(
    {
      dir,
      image,
      tags: strs(values['tag']),
      annotations: parseAnnotations(strs(values['annotation']), '--annotation'),
      ignore: strs(values['ignore']),
      source,
      insecure: values['insecure'] === true,
      ...(credentials ? { credentials } : {}),
      ...(caFile ? { caFile: resolve(caFile) } : {}),
    },
    logger,
  )
  if (result.findings.length > 0) io.stderr(renderFindingsText(result.findings))
  io.stdout(renderPublishResult(result, format))
  return EXIT.ok
}

async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { format: { type: 'string' }, ignore: { type: 'string', multiple: true } })
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

async function readCredentials(username: string | undefined, passwordStdin: boolean, io: CliIo) {
  if (username === undefined && !passwordStdin) return undefined
  if (username === undefined || !passwordStdin) {
    throw new UsageError('--username and --password-stdin go together', { hint: 'echo "$TOKEN" | configsync-oci publish -u USER --password-stdin …' })
  }
  const password = (await io.readStdin()).replace(/\r?\n$/, '')
  if (password === '') throw new UsageError('--password-stdin: stdin was empty')
  return { username, password, source: '--username/--password-stdin' }
}

function parseFormat(value: unknown): Format {
  if (value === undefined || value === FORMAT.text) return FORMAT.text
  if (value === FORMAT.json) return FORMAT.json
  throw new UsageError(`--format "${String(value)}" is not supported`, { hint: 'use --format text or --format json' })
}

function reportError(error: unknown, io: CliIo): number {
  if (io.env['CONFIGSYNC_OCI_DEBUG'] === '1') io.stderr(`${causeChain(error).join('\ncaused by: ')}\n`)
  if (error instanceof ManifestValidationError) io.stderr(renderFindingsText(error.findings))
  const { message, hint } = describeError(error)
  const unexpected = error instanceof ActionError ? '' : ' (unexpected error; set CONFIGSYNC_OCI_DEBUG=1 for the stack)'
  io.stderr(`configsync-oci: error: ${message}${unexpected}\n${hint === undefined ? '' : `hint: ${hint}\n`}`)
  return error instanceof InputError ? EXIT.usage : EXIT.failed
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function strs(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string }
}
