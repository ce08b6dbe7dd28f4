import { InputError } from '../errors.ts'
import { readFile } from 'node:fs/promises'

/**
 * What tag rules are evaluated against: the GitHub event, reduced to the
 * few facts the rules read. Built by a pure function from the environment,
 * the payload and the commit, so tests pass plain objects.
 */
export interface TagContext {
  /** GITHUB_EVENT_NAME, e.g. push, pull_request, workflow_dispatch ('' outside Actions). */
  readonly eventName: string
  /** refs/heads/…, refs/tags/… or refs/pull/N/merge ('' when unknown). */
  readonly ref: string
  /** The content's commit: on pull_request events the PR head, not the merge commit. */
  readonly sha: string
  /** The repository's default branch from the payload, if it names one. */
  readonly defaultBranch?: string
  /** `{{base_ref}}`: the PR's base branch, or the branch a pushed tag was made from. */
  readonly baseRef?: string
  /** The commit time, for `{{commit_date}}`. */
  readonly commitDate?: Date
  /** The run's clock, for `{{date}}`. */
  readonly now: Date
}

/** The parts of an event payload that are read (https://docs.github.com/webhooks/webhook-events-and-payloads). */
export interface EventPayload {
  readonly number?: number
  readonly base_ref?: string | null
  readonly pull_request?: {
    readonly number?: number
    readonly head?: { readonly sha?: string }
    readonly base?: { readonly ref?: string }
  }
  readonly repository?: { readonly default_branch?: string }
}

/** Events whose runs see refs/pull/N/merge-like content, though pull_request_target's GITHUB_REF is the base branch. */
const PR_EVENTS = new Set(['pull_request', 'pull_request_target'])

/**
 * Builds the context. `revision` is the commit already worked out for the
 * artifact (PR head, else GITHUB_SHA, else git HEAD), so tags and the
 * revision annotation always name the same commit.
 */
export function tagContextFrom(
  env: NodeJS.ProcessEnv,
  payload: EventPayload,
  revision: string | undefined,
  times: { now: Date; commitDate?: Date },
): TagContext {
  const eventName = env['GITHUB_EVENT_NAME'] ?? ''
  let ref = env['GITHUB_REF'] ?? ''
  const prNumber = payload.pull_request?.number ?? payload.number
  // metadata-action does the same: a pull_request_target run is about the PR, not the base branch.
  if (eventName === 'pull_request_target' && prNumber !== undefined) ref = `refs/pull/${prNumber}/merge`
  const sha =
    (PR_EVENTS.has(eventName) ? payload.pull_request?.head?.sha : undefined) ??
    revision ??
    env['GITHUB_SHA'] ??
    ''
  const baseRef = baseRefOf(ref, payload)
  const defaultBranch = payload.repository?.default_branch
  return {
    eventName,
    ref,
    sha,
    now: times.now,
    ...(times.commitDate === undefined ? {} : { commitDate: times.commitDate }),
    ...(defaultBranch === undefined ? {} : { defaultBranch }),
    ...(baseRef === undefined ? {} : { baseRef }),
  }
}

function baseRefOf(ref: string, payload: EventPayload): string | undefined {
  if (ref.startsWith('refs/tags/') && typeof payload.base_ref === 'string')
    return payload.base_ref.replace(/^refs\/heads\//, '')
  if (ref.startsWith('refs/pull/')) return payload.pull_request?.base?.ref
  return undefined
}

/** The event payload at GITHUB_EVENT_PATH; {} when there is none or it cannot be read. */
export async function readEventPayload(env: NodeJS.ProcessEnv): Promise<EventPayload> {
  const path = env['GITHUB_EVENT_PATH']
  if (path === undefined || path === '') return {}
  const text = await readFile(path, 'utf8').catch(() => undefined)
  if (text === undefined) return {}
  return parseEventFile(text, path) as EventPayload
}

/** An event file that exists must be a JSON object: an InputError naming the file otherwise (issue 15). */
export function parseEventFile(text: string, path: string): object {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (cause) {
    throw new InputError(`the event file ${path} (GITHUB_EVENT_PATH) is not valid JSON`, {
      cause,
      hint: 'GITHUB_EVENT_PATH must name the event payload the runner wrote',
    })
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError(
      `the event file ${path} (GITHUB_EVENT_PATH) holds ${Array.isArray(parsed) ? 'an array' : JSON.stringify(parsed)}, not a JSON object`,
      {
        hint: 'GITHUB_EVENT_PATH must name the event payload the runner wrote',
      },
    )
  }
  return parsed
}

/** The branch of a refs/heads/ ref, else ''. */
export function branchOf(ref: string): string {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ''
}

/** The tag of a refs/tags/ ref, else ''. */
export function gitTagOf(ref: string): string {
  return ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : ''
}

/** The N of refs/pull/N/merge (or /head), else ''. */
export function pullRequestOf(ref: string): string {
  return /^refs\/pull\/([^/]+)\/(?:merge|head)$/.exec(ref)?.[1] ?? ''
}

/** True when the run is for the default branch, with metadata-action's rule for events that always are. */
export function isDefaultBranch(context: TagContext): boolean {
  const branch = branchOf(context.ref)
  if (branch === '') return false
  if (context.defaultBranch !== undefined && context.defaultBranch === branch) return true
  // These events always run on the default branch's last commit (GitHub docs, "Events that trigger workflows").
  return /create|discussion|issues|schedule/.test(context.eventName)
}
