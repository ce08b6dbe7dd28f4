import { setTimeout as sleepFor } from 'node:timers/promises'
import { RegistryError } from '../errors.ts'
import type { Logger } from '../logger.ts'
import { deadlineExceeded, DeadlineExceededError, remainingMs, type RunDeadline } from './deadline.ts'
import type { HttpResponse } from './http-transport.ts'

/**
 * When and how long to wait before sending a request again. Registries
 * answer 429 with Retry-After under load, 5xx while a backend restarts, and
 * networks reset connections; all of those usually pass within seconds.
 */

/** Retry settings; every delay is in milliseconds. */
export interface RetryPolicy {
  /** Retries after the first attempt (the `retries` input); 0 disables retrying. */
  readonly retries: number
  /** First backoff; doubled on each further retry. */
  readonly baseDelayMs: number
  /** Cap of one computed backoff. */
  readonly maxDelayMs: number
  /** Longest Retry-After honoured; a longer one waits this long. */
  readonly maxRetryAfterMs: number
  /** Injectable for tests. */
  readonly sleep: (ms: number) => Promise<void>
  /** In [0, 1); injectable for tests. */
  readonly random: () => number
  /** The run's deadline: no wait reaches past it. */
  readonly deadline?: RunDeadline
}

/** The default of the `retries` input. */
export const DEFAULT_RETRIES = 4

/** Production timing: 1 s, 2 s, 4 s, 8 s (each with jitter), Retry-After up to 60 s. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: DEFAULT_RETRIES,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 60_000,
  sleep: (ms) => sleepFor(ms),
  random: Math.random,
}

/** Statuses that a later attempt may well not get: timeouts, throttling, server trouble. */
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504])

/**
 * Node network codes worth another attempt. Not ECONNREFUSED (a wrong host or
 * port; failing at once beats 15 s of retries), not DNS "not found", not TLS.
 */
const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'CONNECT_TIMEOUT',
  'IDLE_TIMEOUT',
  'REQUEST_DEADLINE',
  'UND_ERR_SOCKET',
])

/** True for 408, 429, 500, 502, 503 and 504. */
export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status)
}

/** True when the error (or an error in its cause chain) is a transient network failure. */
export function isTransientError(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = 'code' in current ? current.code : undefined
    if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true
    current = 'cause' in current ? current.cause : undefined
  }
  return false
}

/**
 * True for errors another attempt may fix: transient network failures, and
 * RegistryErrors carrying a retryable status (e.g. the /v2/ probe or the token
 * server answering 503).
 */
export function isRetryableError(error: unknown): boolean {
  if (error instanceof RegistryError && error.status !== undefined && isRetryableStatus(error.status))
    return true
  return isTransientError(error)
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined
  const text = value.trim()
  if (/^\d+$/.test(text)) return Number(text) * 1000
  const date = Date.parse(text)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/**
 * The wait before retry number `retry` (0 for the first retry): Retry-After
 * when the server named one (capped), else exponential backoff with "equal
 * jitter" (half fixed, half random), so parallel uploads do not retry in step.
 */
export function retryDelay(policy: RetryPolicy, retry: number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxRetryAfterMs)
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry)
  return Math.round(backoff / 2 + (backoff / 2) * policy.random())
}

/** A response carries how many attempts it took, for the error message when it is a failure. */
export type AttemptedResponse = HttpResponse & { readonly attempts: number }

/**
 * Sends with `send` until the answer is neither a retryable status nor a
 * transient network error, or the retries run out. The last answer is
 * returned (the caller turns a failure status into its own error); the last
 * network error is thrown with the attempt count.
 */
export async function withRetries(
  policy: RetryPolicy,
  logger: Logger,
  operation: string,
  send: () => Promise<HttpResponse>,
): Promise<AttemptedResponse> {
  for (let retry = 0; ; retry++) {
    let reason: string
    let wait: number
    try {
      const response = await send()
      if (!isRetryableStatus(response.status) || retry >= policy.retries)
        return { ...response, attempts: retry + 1 }
      const retryAfter = parseRetryAfter(headerValue(response, 'retry-after'))
      wait = retryDelay(policy, retry, retryAfter)
      reason = `HTTP ${response.status}${retryAfter === undefined ? '' : ` (Retry-After ${Math.round(retryAfter / 1000)} s)`}`
    } catch (error) {
      if (!isRetryableError(error) || retry >= policy.retries) throw withAttempts(error, retry + 1, operation)
      wait = retryDelay(policy, retry)
      reason = error instanceof Error ? error.message : String(error)
    }
    logger.info(
      `${operation}: ${reason}; retry ${retry + 1} of ${policy.retries} in ${(wait / 1000).toFixed(1)} s`,
    )
    await sleepWithin(policy, wait, operation, reason)
  }
}

/** Sleeps before a retry, unless the run's deadline would pass first: then fails at once, saying why. */
export async function sleepWithin(
  policy: RetryPolicy,
  wait: number,
  operation: string,
  reason: string,
): Promise<void> {
  if (policy.deadline !== undefined && remainingMs(policy.deadline) <= wait) {
    throw deadlineExceeded(policy.deadline, `${operation} (last answer: ${reason})`)
  }
  await policy.sleep(wait)
}

/**
 * Adds "(gave up after N attempts)" to a RegistryError's message, and what was
 * being done when the message does not say it (a network error names only the
 * host). Other errors, and errors on the first attempt, pass unchanged.
 */
export function withAttempts(error: unknown, attempts: number, operation?: string): unknown {
  if (attempts <= 1 || !(error instanceof RegistryError) || error instanceof DeadlineExceededError)
    return error
  const hint = error.hint === undefined ? {} : { hint: error.hint }
  const status = error.status === undefined ? {} : { status: error.status }
  const what = operation === undefined || error.message.startsWith(operation) ? '' : `${operation}: `
  return new RegistryError(error.operation, `${what}${error.message} (gave up after ${attempts} attempts)`, {
    ...hint,
    ...status,
    cause: error.cause ?? error,
  })
}

function headerValue(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name]
  return Array.isArray(value) ? value[0] : value
}
