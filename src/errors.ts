import type { Finding } from './manifests/finding.ts'

/**
 * The error hierarchy. Every error the tool raises on purpose is an
 * ActionError; anything else reaching the top is a bug and is reported with
 * its stack at debug level.
 */
export class ActionError extends Error {
  /** What the user can do about it, printed after the message. */
  readonly hint: string | undefined

  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = new.target.name
    this.hint = options.hint
  }
}

/** A bad input value (action input, CLI flag, environment variable). */
export class InputError extends ActionError {}

/** The source directory cannot be read or packed as it is. */
export class SourceError extends ActionError {}

/** The source directory does not exist or is not a directory: bad input, a usage error (exit 2) on the CLI. */
export class MissingSourceError extends SourceError {}

/** One or more manifests failed validation; carries every finding for the reporters. */
export class ManifestValidationError extends ActionError {
  readonly findings: readonly Finding[]

  constructor(message: string, options: { findings: readonly Finding[]; hint?: string }) {
    super(message, options.hint === undefined ? {} : { hint: options.hint })
    this.findings = options.findings
  }
}

/** A registry (or the network to it) refused or failed an operation. */
export class RegistryError extends ActionError {
  readonly status: number | undefined
  readonly operation: string

  constructor(
    operation: string,
    message: string,
    options: { status?: number; hint?: string; cause?: unknown } = {},
  ) {
    super(message, options)
    this.operation = operation
    this.status = options.status
  }
}

/** Writing the image back to a config repo failed: the edit, git or the pull-request API. */
export class WriteBackError extends ActionError {}

/** A Google Cloud API (IAM policies, Artifact Registry) refused or failed a bootstrap step; the message names the missing permission or API. */
export class GoogleApiError extends ActionError {
  /** HTTP status of the API's answer, when there was one. */
  readonly status: number | undefined

  constructor(message: string, options: { status?: number; hint?: string; cause?: unknown } = {}) {
    super(message, options)
    this.status = options.status
  }
}

/** A Kubernetes cluster (its kubeconfig, API server, RBAC or RootSync/RepoSync) refused or failed a rollout step. */
export class ClusterError extends ActionError {
  /** HTTP status of the API server's answer, when there was one. */
  readonly status: number | undefined

  constructor(message: string, options: { status?: number; hint?: string; cause?: unknown } = {}) {
    super(message, options)
    this.status = options.status
  }
}

/** Turns anything thrown into a message line plus an optional hint. */
export function describeError(error: unknown): { message: string; hint?: string } {
  if (error instanceof ActionError) {
    return error.hint === undefined
      ? { message: error.message }
      : { message: error.message, hint: error.hint }
  }
  if (error instanceof Error) return { message: error.message }
  return { message: String(error) }
}

/** The cause chain, outermost first, for debug output. */
export function causeChain(error: unknown): string[] {
  const lines: string[] = []
  let current: unknown = error
  for (let depth = 0; current !== undefined && depth < 10; depth++) {
    if (current instanceof Error) {
      lines.push(current.stack ?? `${current.name}: ${current.message}`)
      current = current.cause
    } else {
      lines.push(String(current))
      current = undefined
    }
  }
  return lines
}
