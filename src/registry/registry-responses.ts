import { RegistryError } from '../errors.ts'
import { describeCredentials, parseChallenges, type Credentials } from './auth.ts'
import type { HttpResponse } from './http-transport.ts'

/**
 * Reading registry answers: headers, manifest media types, tag lists, and
 * unexpected statuses turned into a RegistryError that says what was
 * attempted, with which credential (never its secret), and what the registry
 * said (its error code and message when it sent the JSON form of
 * https://github.com/opencontainers/distribution-spec/blob/v1.1.0/spec.md#error-codes).
 */

/** What a request was for: the step name and the permission it needs. */
export interface Step {
  /** e.g. 'upload blob sha256:ab12…' */
  readonly operation: string
  readonly access: 'pull' | 'push'
  /** Further token scopes, e.g. pull on the source repository of a mount. */
  readonly extraScopes?: readonly string[]
}

/** Who asked where, for messages. */
export interface ErrorContext {
  /** 'registry/repository' */
  readonly name: string
  readonly host: string
  readonly credentials: Credentials | undefined
}

/** A RegistryError for a response with an unexpected status. */
export function responseError(step: Step, response: HttpResponse, context: ErrorContext): RegistryError {
  const status = response.status
  const said = registrySaid(response)
  const attempts =
    'attempts' in response && typeof response.attempts === 'number' && response.attempts > 1
      ? ` after ${response.attempts} attempts`
      : ''
  const answer = `HTTP ${status}${said === '' ? '' : ` ${said}`}${attempts}`
  const permission = step.access === 'push' ? `push to ${context.name}` : `pull from ${context.name}`
  const who = describeCredentials(context.credentials)
  const fail = (what: string, hint?: string): RegistryError => {
    const message = `${step.operation}: ${what} (${answer})`
    return new RegistryError(step.operation, message, { status, ...(hint === undefined ? {} : { hint }) })
  }
  if (status === 401 && context.credentials === undefined) {
    return fail(
      `registry ${context.host} requires credentials to ${permission} and none were given`,
      'set the username and password inputs (CLI: --username/--password-stdin), log in with docker login ' +
        '(a Docker config), or for Google registries authenticate with google-github-actions/auth',
    )
  }
  if (status === 403 || (status === 401 && lacksScope(response))) {
    const hint = `grant that account permission to ${permission}, or use credentials that have it`
    return fail(`${who} may not ${permission}`, hint)
  }
  if (status === 401) {
    return fail(
      `registry ${context.host} rejected ${who}`,
      `check the username and password (or token); the account needs permission to ${permission}`,
    )
  }
  const foreign = foreignAnswer(response)
  if (foreign !== undefined) return notARegistry(step, response, context.host, foreign)
  return fail(`registry ${context.host} answered`)
}

/**
 * What a registry never sends: an HTML page (a proxy's or a login page) or a
 * text/* body where the API speaks JSON or bytes. Returns the content type
 * to name, else undefined.
 */
export function foreignAnswer(response: HttpResponse): string | undefined {
  const type = contentType(response)
  if (/^(text\/html|application\/xhtml\+xml)$/.test(type)) return type
  if (type === '' && /^\s*<(!doctype|html)/i.test(response.body.subarray(0, 256).toString('utf8')))
    return 'an HTML page'
  return undefined
}

/** The error for an answer that did not come from a registry: it names the host and what came back. */
export function notARegistry(
  step: Step,
  response: HttpResponse,
  host: string,
  what: string,
  cause?: unknown,
): RegistryError {
  const message =
    `${step.operation}: ${host} answered ${what} (HTTP ${response.status}) instead of a registry answer; ` +
    'is a proxy or login page in the way?'
  return new RegistryError(step.operation, message, {
    status: response.status,
    ...(cause === undefined ? {} : { cause }),
    hint: 'check the image host name, and that no proxy, captive portal or single-sign-on page sits between this runner and the registry',
  })
}

/** Parses a JSON answer; an answer that is HTML or does not parse is an error naming the host. */
export function readJson(step: Step, response: HttpResponse, host: string): unknown {
  const foreign = foreignAnswer(response)
  if (foreign !== undefined) throw notARegistry(step, response, host, foreign)
  try {
    return JSON.parse(response.body.toString('utf8'))
  } catch (cause) {
    const type = contentType(response) || 'no content type'
    const what = `${type} that does not parse as JSON (${response.body.length} bytes${response.body.length > 0 ? `, starting ${JSON.stringify(clip(response.body.subarray(0, 40).toString('utf8')))}` : ''})`
    throw notARegistry(step, response, host, what, cause)
  }
}

/** Content-Type without parameters, lower case ('' when absent). */
export function contentType(response: HttpResponse): string {
  return (header(response, 'content-type')?.split(';')[0] ?? '').trim().toLowerCase()
}

function lacksScope(response: HttpResponse): boolean {
  return parseChallenges(response.headers['www-authenticate']).some(
    (c) => c.params['error'] === 'insufficient_scope',
  )
}

/** 'CODE: message {detail}' from the registry's JSON errors, else the start of a text body. */
export function registrySaid(response: HttpResponse): string {
  const text = response.body.toString('utf8').trim()
  if (text === '') return ''
  try {
    const json: unknown = JSON.parse(text)
    const errors = typeof json === 'object' && json !== null && 'errors' in json ? json.errors : undefined
    if (Array.isArray(errors) && errors.length > 0) {
      return errors.map((e: unknown) => describeOne(e)).join('; ')
    }
  } catch {
    // not JSON: fall through to the text
  }
  return clip(text.replace(/\s+/g, ' '))
}

/** The `code` of each error in the registry's JSON error body (empty when it sent none). */
export function errorCodes(response: HttpResponse): string[] {
  try {
    const json: unknown = JSON.parse(response.body.toString('utf8'))
    const errors = typeof json === 'object' && json !== null && 'errors' in json ? json.errors : undefined
    if (!Array.isArray(errors)) return []
    return errors.map((e: unknown) =>
      typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '',
    )
  } catch {
    return []
  }
}

function describeOne(error: unknown): string {
  if (typeof error !== 'object' || error === null) return clip(JSON.stringify(error))
  const record = error as Record<string, unknown>
  const code = typeof record['code'] === 'string' ? record['code'] : 'UNKNOWN'
  const message = typeof record['message'] === 'string' ? `: ${record['message']}` : ''
  const rawDetail = record['detail']
  const detail = rawDetail === undefined || rawDetail === null ? '' : ` ${clip(JSON.stringify(rawDetail))}`
  return `${code}${message}${detail}`
}

function clip(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}…` : text
}

/**
 * True when a 200 to HEAD /blobs/<digest> proves the blob is there: the
 * Docker-Content-Digest is ours, or (no digest sent) the Content-Length is
 * the blob's size in an answer that is a registry's (not HTML, not text).
 */
export function provesBlob(response: HttpResponse, digest: string, size: number): boolean {
  if (response.status !== 200) return false
  const returned = header(response, 'docker-content-digest')
  if (returned !== undefined) return returned === digest
  const length = header(response, 'content-length')
  if (length === undefined || !/^\d+$/.test(length.trim()) || Number(length) !== size) return false
  return foreignAnswer(response) === undefined && !contentType(response).startsWith('text/')
}

/** Throws when the registry reports a Docker-Content-Digest other than expected for `subject`. */
export function checkDigest(step: Step, response: HttpResponse, expected: string, subject: string): void {
  const returned = header(response, 'docker-content-digest')
  if (returned !== undefined && returned !== expected) {
    throw new RegistryError(step.operation, `registry returned digest ${returned} for ${subject}`, {
      status: response.status,
      hint: 'the registry stored other bytes than were sent (a proxy rewriting content?)',
    })
  }
}

/** The first value of a response header. */
export function header(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** The manifest media type: Content-Type without parameters, else the body's mediaType. */
export function mediaTypeOf(response: HttpResponse): string {
  const contentType = header(response, 'content-type')?.split(';')[0]?.trim()
  if (contentType !== undefined && contentType !== '') return contentType
  try {
    const parsed: unknown = JSON.parse(response.body.toString('utf8'))
    const isObject = typeof parsed === 'object' && parsed !== null
    const mediaType = isObject && 'mediaType' in parsed ? parsed.mediaType : undefined
    if (typeof mediaType === 'string') return mediaType
  } catch {
    // no media type to be found
  }
  return ''
}

/** The tags array of a parsed tags/list answer (null → []). */
export function readTags(parsed: unknown): string[] {
  const tags = typeof parsed === 'object' && parsed !== null && 'tags' in parsed ? parsed.tags : null
  return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : []
}

/** The rel="next" target of a Link header, resolved against the response URL. */
export function nextPage(response: HttpResponse): URL | undefined {
  const link = header(response, 'link')
  const match = link === undefined ? null : /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)
  return match?.[1] === undefined ? undefined : new URL(match[1], response.url)
}
