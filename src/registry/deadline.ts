import { RegistryError } from '../errors.ts'
import { formatDuration, parseDuration } from '../rootsync/duration.ts'

/**
 * The run's deadline (the `timeout` input / `--timeout` flag): one point in
 * time shared by every registry client of a run. Each request gets at most
 * what is left of it as its total deadline, and a retry never waits past it,
 * so a registry that never answers, or drips one byte a second, ends the run
 * when it passes, with an error naming what was being done.
 */

/** Ten minutes: a large push over a slow link, with retries. */
export const DEFAULT_RUN_TIMEOUT_MS = 10 * 60_000

/** When the run must be over, and the timeout it came from (for messages). */
export interface RunDeadline {
  readonly timeoutMs: number
  /** Date.now() value after which no request is sent or waited for. */
  readonly expiresAt: number
}

/** A deadline `timeoutMs` from now. */
export function runDeadline(timeoutMs: number, now: number = Date.now()): RunDeadline {
  return { timeoutMs, expiresAt: now + timeoutMs }
}

/** Milliseconds left (0 or less once passed). */
export function remainingMs(deadline: RunDeadline, now: number = Date.now()): number {
  return deadline.expiresAt - now
}

/** The run's timeout passed: never retried; the message names the operation (and, from push, what was left undone). */
export class DeadlineExceededError extends RegistryError {}

/** The error for `operation` when the deadline passed; `undone` lists what was not done. */
export function deadlineExceeded(
  deadline: RunDeadline,
  operation: string,
  undone?: string,
  cause?: unknown,
): DeadlineExceededError {
  const left = undone === undefined || undone === '' ? '' : `; not done: ${undone}`
  return new DeadlineExceededError(
    operation,
    `timeout of ${formatDuration(deadline.timeoutMs)} passed during ${operation}${left}`,
    {
      hint: 'a registry that does not answer, or answers very slowly, ends the run here; raise the timeout input (CLI: --timeout) for a large push over a slow link',
      ...(cause === undefined ? {} : { cause }),
    },
  )
}

/** Throws when the deadline has passed. */
export function checkDeadline(deadline: RunDeadline | undefined, operation: string): void {
  if (deadline !== undefined && remainingMs(deadline) <= 0) throw deadlineExceeded(deadline, operation)
}

/** The timeout input or --timeout flag (30s, 5m, 1h, or seconds); empty means DEFAULT_RUN_TIMEOUT_MS. */
export function parseRunTimeout(text: string, inputName: string): number {
  return text.trim() === '' ? DEFAULT_RUN_TIMEOUT_MS : parseDuration(text, inputName)
}
