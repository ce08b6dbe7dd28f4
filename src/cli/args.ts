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

/**
 * parseArgs with --help added, strict, and errors turned into UsageErrors in our words:
 * an unknown option names the command and the closest known option, a string option given twice
 * is refused (the parser would keep the last silently), and every hint points at `help COMMAND`.
 */
export function parseCommandArgs(
  args: readonly string[],
  options: OptionSpec,
  command?: string,
): { values: Record<string, unknown>; positionals: string[] } {
  const all: OptionSpec = { ...options, help: { type: 'boolean', short: 'h' } }
  const hint = command === undefined ? 'see configsync-oci help' : `see configsync-oci help ${command}`
  let parsed
  try {
    parsed = parseArgs({
      args: joinNegativeValues(args, options),
      options: all,
      allowPositionals: true,
      strict: true,
      tokens: true,
    })
  } catch (cause) {
    throw new UsageError(parseErrorMessage(cause, all, command), { hint })
  }
  const seen = new Set<string>()
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue
    const spec = all[token.name]
    if (spec?.type !== 'string' || spec.multiple === true) continue
    if (seen.has(token.name))
      throw new UsageError(`--${token.name} is given more than once${forCommand(command)}; give it once`, {
        hint,
      })
    seen.add(token.name)
  }
  return { values: parsed.values as Record<string, unknown>, positionals: parsed.positionals }
}

function forCommand(command: string | undefined): string {
  return command === undefined ? '' : ` for ${command}`
}

/** node:util parseArgs' error, said in our words. */
function parseErrorMessage(cause: unknown, options: OptionSpec, command: string | undefined): string {
  const raw = cause instanceof Error ? cause.message : String(cause)
  const code = (cause as { code?: unknown } | null)?.code
  const unknown = /^Unknown option '([^']+)'/.exec(raw)
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown?.[1] !== undefined) {
    const given = unknown[1]
    const suggestion = closestOption(given, options)
    return `unknown option ${given}${forCommand(command)}${suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`}`
  }
  const missing = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(raw)
  if (missing?.[1] !== undefined) return `${missing[1]} needs a value`
  const noValue = /^Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(raw)
  if (noValue?.[1] !== undefined) return `${noValue[1]} takes no value`
  return raw
}

/** The known long option nearest to a misspelled one (edit distance 2 at most, or a prefix), as `--name`. */
function closestOption(given: string, options: OptionSpec): string | undefined {
  const name = given.replace(/^-+/, '').split('=')[0] ?? ''
  if (!given.startsWith('--')) return undefined
  let best: { name: string; distance: number } | undefined
  for (const candidate of Object.keys(options)) {
    const distance =
      candidate.startsWith(name) || name.startsWith(candidate) ? 1 : editDistance(name, candidate)
    if (distance <= 2 && (best === undefined || distance < best.distance))
      best = { name: candidate, distance }
  }
  return best === undefined ? undefined : `--${best.name}`
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution)
    }
    previous = current
  }
  return previous[b.length] ?? 0
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

/** The values of a repeatable string flag, none of them empty (`--tag ''` is a usage error naming the flag). */
export function nonEmptyStrs(value: unknown, flag: string): string[] {
  const values = strs(value)
  if (values.some((v) => v.trim() === ''))
    throw new UsageError(`${flag} is empty`, { hint: `give ${flag} a value, e.g. ${flag} v1` })
  return values
}
