import { parseEventFile } from '../tags/tag-context.ts'
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import type { SourceInfo } from '../artifact/oci-image.ts'
import { InputError } from '../errors.ts'

const run = promisify(execFile)

/** The subset of a GitHub event payload we read. */
interface EventPayload {
  pull_request?: { head?: { sha?: string } }
  head_commit?: { id?: string; timestamp?: string }
}

/** Explicit values (CLI flags) win over everything detected. */
export interface SourceOverrides {
  readonly revision?: string
  readonly url?: string
  readonly created?: string
}

/**
 * Works out the commit, repository URL and commit time of the content: from
 * the GitHub event (on pull_request the PR head, not the merge commit), then
 * GITHUB_SHA, then the git checkout that holds `dir`. The time is the commit
 * time, never the clock, so republishing a commit gives the same digest.
 */
export async function detectSourceInfo(
  dir: string,
  env: NodeJS.ProcessEnv,
  overrides: SourceOverrides = {},
): Promise<SourceInfo> {
  const event = await readEvent(env)
  const revision =
    overrides.revision ??
    event?.pull_request?.head?.sha ??
    nonEmpty(env['GITHUB_SHA']) ??
    (await gitOutput(dir, ['rev-parse', 'HEAD']))
  const url = overrides.url ?? repositoryUrl(env)
  const created = overrides.created ?? (await commitTime(dir, revision, event, env))
  return {
    ...(revision === undefined ? {} : { revision }),
    ...(url === undefined ? {} : { url }),
    ...(created === undefined ? {} : { created: normalizeTime(created, 'created') }),
  }
}

async function readEvent(env: NodeJS.ProcessEnv): Promise<EventPayload | undefined> {
  const path = nonEmpty(env['GITHUB_EVENT_PATH'])
  if (path === undefined) return undefined
  const text = await readFile(path, 'utf8').catch(() => undefined)
  return text === undefined ? undefined : (parseEventFile(text, path) as EventPayload)
}

function repositoryUrl(env: NodeJS.ProcessEnv): string | undefined {
  const repository = nonEmpty(env['GITHUB_REPOSITORY'])
  if (repository === undefined) return undefined
  return `${nonEmpty(env['GITHUB_SERVER_URL']) ?? 'https://github.com'}/${repository}`
}

async function commitTime(
  dir: string,
  revision: string | undefined,
  event: EventPayload | undefined,
  env: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  const head = event?.head_commit
  if (head?.timestamp !== undefined && head.id === revision) return head.timestamp
  if (revision !== undefined) {
    const fromGit = await gitOutput(nonEmpty(env['GITHUB_WORKSPACE']) ?? dir, [
      'show',
      '-s',
      '--format=%cI',
      revision,
    ])
    if (fromGit !== undefined) return fromGit
  }
  const epoch = nonEmpty(env['SOURCE_DATE_EPOCH'])
  return epoch === undefined ? undefined : new Date(Number(epoch) * 1000).toISOString()
}

/** RFC 3339 in UTC with second precision, e.g. 2026-01-02T03:04:05Z. */
export function normalizeTime(text: string, inputName: string): string {
  const time = new Date(text)
  if (Number.isNaN(time.getTime())) {
    throw new InputError(`${inputName} "${text}" is not a date`, {
      hint: 'use RFC 3339, e.g. 2026-01-02T03:04:05Z',
    })
  }
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

async function gitOutput(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd, timeout: 10_000 })
    return nonEmpty(stdout.trim())
  } catch {
    return undefined
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value
}
