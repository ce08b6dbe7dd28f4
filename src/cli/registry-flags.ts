import { resolve } from 'node:path'
import { causeChain, describeError } from '../errors.ts'
import type { Credentials } from '../registry/auth.ts'
import { str, UsageError, type CliIo } from './args.ts'

/** The registry flags that diff and promote share (publish has the same ones). */
export const REGISTRY_FLAG_OPTIONS = {
  username: { type: 'string', short: 'u' },
  'password-stdin': { type: 'boolean' },
  insecure: { type: 'boolean' },
  'ca-file': { type: 'string' },
} as const

/** How to reach the registry, from the flags. */
export interface RegistryFlags {
  readonly credentials?: Credentials
  readonly insecure: boolean
  readonly caFile?: string
}

/** Reads --username/--password-stdin (the password from stdin, never from argv), --insecure and --ca-file. */
export async function readRegistryFlags(
  values: Record<string, unknown>,
  io: CliIo,
  command: string,
): Promise<RegistryFlags> {
  const username = str(values['username'])
  const passwordStdin = values['password-stdin'] === true
  const caFile = str(values['ca-file'])
  const base = {
    insecure: values['insecure'] === true,
    ...(caFile === undefined ? {} : { caFile: resolve(caFile) }),
  }
  if (username === undefined && !passwordStdin) return base
  if (username === undefined || !passwordStdin) {
    throw new UsageError('--username and --password-stdin go together', {
      hint: `echo "$TOKEN" | configsync-oci ${command} -u USER --password-stdin …`,
    })
  }
  const password = (await io.readStdin()).replace(/\r?\n$/, '')
  if (password === '') throw new UsageError('--password-stdin: stdin was empty')
  return { ...base, credentials: { username, password, source: '--username/--password-stdin' } }
}

/** Prints an error the way run-cli does, for commands whose exit codes leave 1 to mean "differs". */
export function printCliError(error: unknown, io: CliIo): void {
  if (io.env['CONFIGSYNC_OCI_DEBUG'] === '1') io.stderr(`${causeChain(error).join('\ncaused by: ')}\n`)
  const { message, hint } = describeError(error)
  io.stderr(`configsync-oci: error: ${message}\n${hint === undefined ? '' : `hint: ${hint}\n`}`)
}
