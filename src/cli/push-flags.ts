import { parseRepositoryLabels, parseRetries } from '../action/registry-inputs.ts'
import { parseRunTimeout, runDeadline, type RunDeadline } from '../registry/deadline.ts'
import type { RegistrySettings } from '../registry/target-factory.ts'
import { str, strs, UsageError, type CliIo } from './args.ts'

/** The push flags of `publish` (issue 4: credentials, retries, mounts, repository creation), as parseCommandArgs options. */
export const PUSH_FLAG_OPTIONS = {
  'access-token-stdin': { type: 'boolean' },
  retries: { type: 'string' },
  'mount-from': { type: 'string', multiple: true },
  'create-repository': { type: 'boolean' },
  'repository-description': { type: 'string' },
  'repository-label': { type: 'string', multiple: true },
} as const

/** --timeout of publish, promote and diff (not bootstrap, whose --timeout is the cluster wait). */
export const TIMEOUT_FLAG_OPTION = { timeout: { type: 'string' } } as const

/** The run's deadline from --timeout (default 10m), counted from now. */
export function readTimeoutFlag(values: Readonly<Record<string, unknown>>): RunDeadline {
  return runDeadline(parseRunTimeout(str(values['timeout']) ?? '', '--timeout'))
}

/**
 * The registry settings from parsed flags. A Google access token comes on
 * stdin (never as an argument, where `ps` would show it), so it excludes
 * --password-stdin; call this before reading the password. GHCR needs a
 * docker login here: the CLI has no workflow token.
 */
export async function readPushFlags(
  values: Readonly<Record<string, unknown>>,
  io: CliIo,
): Promise<RegistrySettings> {
  const tokenStdin = values['access-token-stdin'] === true
  if (tokenStdin && (values['password-stdin'] === true || values['username'] !== undefined)) {
    throw new UsageError('--access-token-stdin replaces --username/--password-stdin: give one of them', {
      hint: 'for Google registries: gcloud auth print-access-token | configsync-oci publish --access-token-stdin …',
    })
  }
  const create = values['create-repository'] === true
  const description = str(values['repository-description'])
  const labels = parseRepositoryLabels(
    strs(values['repository-label']).join('\n'),
    '--repository-label',
    '--repository-label',
  )
  if (!create && (description !== undefined || Object.keys(labels).length > 0)) {
    throw new UsageError(
      '--repository-description and --repository-label apply only with --create-repository',
    )
  }
  const retries = parseRetries(str(values['retries']) ?? '', '--retries', '--retries')
  const accessToken = tokenStdin ? (await io.readStdin()).trim() : undefined
  if (accessToken === '') throw new UsageError('--access-token-stdin: stdin was empty')
  return {
    env: io.env,
    retries,
    mountFrom: strs(values['mount-from']),
    repository: { create, labels, ...(description === undefined ? {} : { description }) },
    ...(accessToken === undefined ? {} : { accessToken }),
  }
}
