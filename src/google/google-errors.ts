import { GoogleApiError } from '../errors.ts'
import { PolicyConflictError } from './policy-update.ts'

/**
 * Google API errors, from either client a bootstrap uses (the Artifact
 * Registry client over its REST transport, and google-auth-library's
 * authorized request to the IAM API), turned into messages that name the
 * missing permission or the API to enable (https://cloud.google.com/apis/design/errors).
 */

/** What failed, for the message. */
export interface GoogleCall {
  /** "read the IAM policy of repository config". */
  readonly operation: string
  /** The IAM permission the call needs, e.g. artifactregistry.repositories.setIamPolicy. */
  readonly permission: string
  /** The role that grants it, and on what. */
  readonly roleHint: string
  /** The API, e.g. iam.googleapis.com. */
  readonly api: string
  /** The project to enable the API in. */
  readonly project: string
  /** What a 404 means here, e.g. "service account x does not exist". */
  readonly notFound?: { readonly message: string; readonly hint: string }
}

/** The parts of an error we read: HTTP status, google.rpc status name, message, ErrorInfo reason. */
interface ErrorFacts {
  readonly status?: number
  readonly rpcStatus: string
  readonly message: string
  readonly reason: string
}

// google.rpc.Code numbers as a gRPC client reports them, mapped to HTTP (code.proto).
const RPC_TO_HTTP: Readonly<Record<number, number>> = { 3: 400, 5: 404, 6: 409, 7: 403, 10: 409, 16: 401 }

/** The error to throw for a failed call; a stale etag becomes a PolicyConflictError (read again). */
export function googleCallError(error: unknown, call: GoogleCall): GoogleApiError | PolicyConflictError {
  const facts = errorFacts(error)
  const fail = (what: string, hint: string): GoogleApiError =>
    new GoogleApiError(`${call.operation}: ${what} (${facts.message})`, {
      cause: error,
      hint,
      ...(facts.status === undefined ? {} : { status: facts.status }),
    })
  if (facts.status === 409 || facts.rpcStatus === 'ABORTED')
    return new PolicyConflictError(`${call.operation}: the policy changed concurrently (${facts.message})`, {
      cause: error,
    })
  if (
    facts.reason === 'SERVICE_DISABLED' ||
    /has not been used in project|it is disabled/i.test(facts.message)
  ) {
    return fail(
      `the API ${call.api} is not enabled in project ${call.project}`,
      `enable it: gcloud services enable ${call.api} --project ${call.project}`,
    )
  }
  if (facts.status === 403)
    return fail(`permission denied: the credential needs ${call.permission}`, call.roleHint)
  if (facts.status === 404 && call.notFound !== undefined)
    return fail(call.notFound.message, call.notFound.hint)
  if (facts.status === 401)
    return fail(
      'Google refused the access token',
      'check google-github-actions/auth (or the access token given); tokens last an hour',
    )
  return fail(
    `the API answered ${facts.status ?? facts.rpcStatus}`,
    'see the message; rerun to retry (every step is idempotent)',
  )
}

/** True when the API answered 404 (for "does not exist" checks). */
export function isNotFound(error: unknown): boolean {
  return errorFacts(error).status === 404
}

function errorFacts(error: unknown): ErrorFacts {
  const record = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {}
  const response =
    typeof record['response'] === 'object' && record['response'] !== null
      ? (record['response'] as Record<string, unknown>)
      : {}
  const rawCode = typeof response['status'] === 'number' ? response['status'] : record['code']
  const status = typeof rawCode === 'number' ? (rawCode < 100 ? RPC_TO_HTTP[rawCode] : rawCode) : undefined
  const body = bodyOf(response['data']) ?? bodyOf(error instanceof Error ? error.message : undefined)
  const message = typeof body?.message === 'string' ? body.message : firstLine(error)
  const reason = body?.details?.find((d) => typeof d.reason === 'string')?.reason
  return {
    ...(status === undefined ? {} : { status }),
    rpcStatus: typeof body?.status === 'string' ? body.status : '',
    message,
    reason:
      typeof reason === 'string' ? reason : typeof record['reason'] === 'string' ? record['reason'] : '',
  }
}

type ErrorBody = { message?: unknown; status?: unknown; details?: { reason?: unknown }[] }

/** The `error` object of a Google JSON error body, given as parsed data or as text. */
function bodyOf(data: unknown): ErrorBody | undefined {
  let value = data
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value)
    } catch {
      return undefined
    }
  }
  if (typeof value !== 'object' || value === null || !('error' in value)) return undefined
  const inner = (value as { error: unknown }).error
  return typeof inner === 'object' && inner !== null ? (inner as ErrorBody) : undefined
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  const line = text.trim().split('\n')[0] ?? ''
  return line.length > 300 ? `${line.slice(0, 300)}…` : line
}
