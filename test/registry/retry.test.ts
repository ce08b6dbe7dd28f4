import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { RegistryError } from '../../src/errors.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import type { HttpResponse } from '../../src/registry/http-transport.ts'
import {
  DEFAULT_RETRY_POLICY,
  isRetryableError,
  isRetryableStatus,
  isTransientError,
  parseRetryAfter,
  retryDelay,
  withRetries,
  type RetryPolicy,
} from '../../src/registry/retry.ts'

function response(status: number, headers: Record<string, string> = {}): HttpResponse {
  return { status, headers, body: Buffer.alloc(0), url: new URL('http://127.0.0.1/v2/') }
}

/** A policy that records its waits instead of sleeping. */
function recordingPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy & { waits: number[] } {
  const waits: number[] = []
  return {
    ...DEFAULT_RETRY_POLICY,
    random: () => 0.5,
    sleep: async (ms) => void waits.push(ms),
    ...overrides,
    waits,
  }
}

const reset = (): Error => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })

describe('retry classification', () => {
  it('retries 408, 429 and 5xx gateway/server errors, nothing else', () => {
    assert.deepEqual(
      [200, 201, 400, 401, 403, 404, 408, 429, 500, 501, 502, 503, 504].filter(isRetryableStatus),
      [408, 429, 500, 502, 503, 504],
    )
  })

  it('finds transient codes anywhere in the cause chain, but not refused connections, DNS or TLS', () => {
    assert.equal(isTransientError(reset()), true)
    assert.equal(isTransientError(new RegistryError('x', 'cannot reach', { cause: reset() })), true)
    assert.equal(isTransientError(Object.assign(new Error('idle'), { code: 'IDLE_TIMEOUT' })), true)
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'DEPTH_ZERO_SELF_SIGNED_CERT']) {
      assert.equal(isTransientError(Object.assign(new Error(code), { code })), false, code)
    }
    assert.equal(isRetryableError(new RegistryError('probe', 'HTTP 503', { status: 503 })), true)
    assert.equal(isRetryableError(new RegistryError('probe', 'HTTP 404', { status: 404 })), false)
  })
})

describe('parseRetryAfter and retryDelay', () => {
  it('reads delta-seconds and HTTP dates', () => {
    assert.equal(parseRetryAfter('3'), 3000)
    assert.equal(parseRetryAfter(' 0 '), 0)
    const now = Date.parse('2026-01-01T00:00:00Z')
    assert.equal(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now), 5000)
    assert.equal(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now), 0, 'a past date means now')
    assert.equal(parseRetryAfter('soon'), undefined)
    assert.equal(parseRetryAfter(undefined), undefined)
  })

  it('doubles the backoff with jitter between half and all of it, capped', () => {
    const low = { ...DEFAULT_RETRY_POLICY, random: () => 0 }
    const high = { ...DEFAULT_RETRY_POLICY, random: () => 0.999999 }
    assert.deepEqual(
      [0, 1, 2, 3].map((r) => retryDelay(low, r)),
      [500, 1000, 2000, 4000],
    )
    assert.deepEqual(
      [0, 1, 2, 3].map((r) => retryDelay(high, r)),
      [1000, 2000, 4000, 8000],
    )
    assert.equal(retryDelay(high, 10), 30_000, 'capped at maxDelayMs')
  })

  it('honours Retry-After over the backoff, up to its cap', () => {
    assert.equal(retryDelay(DEFAULT_RETRY_POLICY, 0, 7000), 7000)
    assert.equal(retryDelay(DEFAULT_RETRY_POLICY, 0, 3_600_000), 60_000)
  })
})

describe('withRetries', () => {
  it('retries retryable answers until success, waiting Retry-After when given', async () => {
    const policy = recordingPolicy()
    const answers = [response(503), response(429, { 'retry-after': '2' }), response(200)]
    const logger = new RecordingLogger()
    const result = await withRetries(
      policy,
      logger,
      'put manifest v1',
      async () => answers.shift() ?? response(500),
    )
    assert.equal(result.status, 200)
    assert.equal(result.attempts, 3)
    assert.deepEqual(policy.waits, [750, 2000])
    assert.match(
      logger.lines.join('\n'),
      /put manifest v1: HTTP 429 \(Retry-After 2 s\); retry 2 of 4 in 2\.0 s/,
    )
  })

  it('returns the last failure with its attempt count when retries run out', async () => {
    const policy = recordingPolicy({ retries: 2 })
    const result = await withRetries(policy, new RecordingLogger(), 'x', async () => response(502))
    assert.equal(result.status, 502)
    assert.equal(result.attempts, 3)
    assert.equal(policy.waits.length, 2)
  })

  it('retries transient network errors and throws the last one with "gave up after"', async () => {
    const policy = recordingPolicy({ retries: 1 })
    let calls = 0
    await assert.rejects(
      withRetries(policy, new RecordingLogger(), 'upload', async () => {
        calls++
        throw new RegistryError('upload', 'cannot reach registry h: connection reset by the server', {
          cause: reset(),
        })
      }),
      (error: unknown) =>
        error instanceof RegistryError &&
        error.message ===
          'upload: cannot reach registry h: connection reset by the server (gave up after 2 attempts)',
    )
    assert.equal(calls, 2)
  })

  it('does not retry other errors or statuses, and 0 retries sends once', async () => {
    let calls = 0
    await assert.rejects(
      withRetries(recordingPolicy(), new RecordingLogger(), 'x', async () => {
        calls++
        throw new RegistryError('x', 'HTTP 401', { status: 401 })
      }),
    )
    assert.equal(calls, 1)
    const once = recordingPolicy({ retries: 0 })
    assert.equal((await withRetries(once, new RecordingLogger(), 'x', async () => response(503))).attempts, 1)
    assert.deepEqual(once.waits, [])
  })
})
