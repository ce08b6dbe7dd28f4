import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { tagContextFrom, type EventPayload, type TagContext } from '../../src/tags/tag-context.ts'

/** One recorded event: what GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_SHA and the payload file hold. */
export interface EventFixture {
  readonly eventName: string
  readonly ref: string
  readonly sha: string
  readonly payload: EventPayload & Record<string, unknown>
}

/** The fixture names under test/fixtures/events. */
export type EventName =
  | 'push-branch'
  | 'push-feature-branch'
  | 'push-tag-release'
  | 'push-tag-prerelease'
  | 'pull-request-opened'
  | 'pull-request-synchronize'
  | 'workflow-dispatch'

/** Reads test/fixtures/events/NAME.json. */
export function loadEvent(name: EventName): EventFixture {
  return JSON.parse(
    readFileSync(join(import.meta.dirname, '../fixtures/events', `${name}.json`), 'utf8'),
  ) as EventFixture
}

/** The environment the runner sets for the fixture. */
export function eventEnv(event: EventFixture): NodeJS.ProcessEnv {
  return { GITHUB_EVENT_NAME: event.eventName, GITHUB_REF: event.ref, GITHUB_SHA: event.sha }
}

/** A TagContext for the fixture, optionally with another ref (same payload). */
export function contextFor(name: EventName, overrides: { ref?: string; revision?: string } = {}): TagContext {
  const event = loadEvent(name)
  const env = { ...eventEnv(event), ...(overrides.ref === undefined ? {} : { GITHUB_REF: overrides.ref }) }
  const now = new Date('2026-11-23T09:08:07Z')
  return tagContextFrom(env, event.payload, overrides.revision, {
    now,
    commitDate: new Date('2026-11-20T09:00:00Z'),
  })
}
