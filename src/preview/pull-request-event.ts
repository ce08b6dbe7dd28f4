import { readFile } from 'node:fs/promises'
import { InputError } from '../errors.ts'

/**
 * The pull request a preview run is about, read from the event the runner
 * hands over (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_REPOSITORY).
 * Payload shapes: docs.github.com/webhooks/webhook-events-and-payloads#pull_request.
 */

/** The events a preview runs on. */
export const PREVIEW_EVENTS: readonly string[] = ['pull_request', 'pull_request_target']

/** The `action` of a pull_request event that ends a preview. */
export const CLOSED_ACTION = 'closed'

/** What a preview needs to know about its pull request. */
export interface PullRequestEvent {
  readonly eventName: string
  /** opened, synchronize, reopened, closed, … */
  readonly action: string
  readonly number: number
  /** The PR head commit: the one the artifact is built from. */
  readonly headSha: string
  /** The head branch, e.g. feature/shop-limits. */
  readonly headRef: string
  /** The branch the PR merges into, e.g. main. */
  readonly baseRef: string
  readonly merged: boolean
  /** owner/name of the repository that holds the PR (where the comment goes). */
  readonly repository: string
}

/** Reads the pull request from the run's event; an InputError when the run is not for one. */
export async function readPullRequestEvent(
  env: NodeJS.ProcessEnv,
  modeName: string,
): Promise<PullRequestEvent> {
  const eventName = env['GITHUB_EVENT_NAME'] ?? ''
  if (!PREVIEW_EVENTS.includes(eventName)) {
    throw new InputError(
      `mode "${modeName}" runs on pull_request events, but this run is for "${eventName || 'no event'}"`,
      {
        hint: 'trigger the workflow with on: pull_request: types: [opened, synchronize, reopened, closed]',
      },
    )
  }
  return pullRequestFrom(eventName, await readPayload(env), env['GITHUB_REPOSITORY'] ?? '')
}

/** The pull request in a payload; pure, for tests. */
export function pullRequestFrom(
  eventName: string,
  payload: Record<string, unknown>,
  repositoryEnv: string,
): PullRequestEvent {
  const pull = record(payload['pull_request'])
  const head = record(pull['head'])
  const base = record(pull['base'])
  const number = typeof pull['number'] === 'number' ? pull['number'] : payload['number']
  const repository = repositoryEnv || text(record(payload['repository'])['full_name'])
  if (typeof number !== 'number' || !Number.isInteger(number) || number <= 0 || text(head['sha']) === '') {
    throw new InputError(`the ${eventName} event payload names no pull request (number and head.sha)`, {
      hint: 'GITHUB_EVENT_PATH must be the pull_request event the runner wrote',
    })
  }
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository))
    throw new InputError(`GITHUB_REPOSITORY "${repository}" is not OWNER/NAME`)
  return {
    eventName,
    action: text(payload['action']),
    number,
    headSha: text(head['sha']),
    headRef: text(head['ref']),
    baseRef: text(base['ref']),
    merged: pull['merged'] === true,
    repository,
  }
}

async function readPayload(env: NodeJS.ProcessEnv): Promise<Record<string, unknown>> {
  const path = env['GITHUB_EVENT_PATH'] ?? ''
  if (path === '') return {}
  try {
    return record(JSON.parse(await readFile(path, 'utf8')))
  } catch (cause: unknown) {
    throw new InputError(`the event payload ${path} cannot be read`, { cause })
  }
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}
