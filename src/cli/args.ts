import { parseArgs } from 'node:util'
import { InputError } from '../errors.ts'
import { FORMAT, type Format } from '../report/text-report.ts'

/** The CLI's view of the process, injected so tests run it in-process. */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  readStdin(): Promise<string>
  readonly env: NodeJS.ProcessEnv
}

/** Exit codes: 0 success, 1 failure (or, for diff-like commands, "differs"), 2 usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const

/** One CLI command; one implementation per file under commands/. */
export interface CliCommand {
  readonly name: string
  /** One line for the main help. */
  readonly summary: string
  /** The command's full help text. */
  readonly usage: string
  run(args: readonly string[], io: CliIo): Promise<number>
}

/** A bad command line: exit code 2. */
export class UsageError extends InputError {}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>

/** parseArgs with --help added, strict, and errors turned into UsageErrors. */
export function parseCommandArgs(
  args: readonly string[],
  options: OptionSpec,
): { values: Record<string, unknown>; positionals: string[] } {
  try {
    const parsed = parseArgs({
      args: joinNegativeValues(args, options),
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    })
    return { values: parsed.values as Record<string, unknown>, positionals: parsed.positionals }
  } catch (cause) {
    throw new UsageError(cause instanceof Error ? cause.message : String(cause), {
      hint: 'see configsync-oci help',
    })
  }
}

/** `--retries -1` as `--retries=-1`, so the value reaches its own check ("0 to 10") instead of parseArgs' "ambiguous". */
function joinNegativeValues(args: readonly string[], options: OptionSpec): string[] {
  const out: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    const next = args[i + 1]
    const spec = arg.startsWith('--') ? options[arg.slice(2)] : undefined
    if (spec?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`)
      i++
    } else {
      out.push(arg)
    }
  }
  return out
}

/** --format text|json. */
export function parseFormat(value: unknown): Format {
  if (value === undefined || value === FORMAT.text) return FORMAT.text
  if (value === FORMAT.json) return FORMAT.json
  throw new UsageError(`--format "${String(value)}" is not supported`, {
    hint: 'use --format text or --format json',
  })
}

/** A string flag value, if given. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** The values of a repeatable string flag. */
export function strs(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** { key: value } when value is defined, else {} (for exactOptionalPropertyTypes). */
export function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string }
}
