import { ActionError } from '../errors.ts'
import type { Logger } from '../logger.ts'
import { grantRole, type GrantPlan, type IamPolicy } from './iam-policy.ts'

/**
 * Read-modify-write of one IAM policy, as Google asks for it
 * (https://cloud.google.com/iam/docs/policies#etag): read the policy with
 * its etag, change it, write it back with that etag. When somebody else
 * wrote in between, the write fails with 409 ABORTED and the whole cycle is
 * repeated on a fresh read, with backoff.
 */

/** One resource's IAM policy: an Artifact Registry repository or a service account. */
export interface PolicyStore {
  /** The resource, for messages: projects/P/locations/L/repositories/R, or the service account email. */
  readonly resource: string
  /** Reads the policy (version 3, so conditional bindings come back whole). */
  get(): Promise<IamPolicy>
  /** Writes it; a stale etag rejects with a PolicyConflictError. */
  set(policy: IamPolicy): Promise<IamPolicy>
}

/** setIamPolicy refused the write because the etag is stale (409 / ABORTED): read again. */
export class PolicyConflictError extends ActionError {}

/** How often to retry and how long to wait in between (injectable for tests). */
export interface RetrySchedule {
  readonly attempts: number
  readonly initialDelayMs: number
  readonly sleep: (ms: number) => Promise<void>
}

/** 5 attempts, 0.5 s then doubling with jitter: what Google's client libraries do for ABORTED. */
export const DEFAULT_POLICY_RETRY: RetrySchedule = {
  attempts: 5,
  initialDelayMs: 500,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

/** What the update did. */
export interface GrantResult {
  readonly outcome: 'created' | 'unchanged'
  /** Writes refused for a stale etag before one went through. */
  readonly conflicts: number
}

/** Grants `role` to `member` on the store's policy; `firstRead` (from planning) saves one read. */
export async function grantOnPolicy(
  store: PolicyStore,
  role: string,
  member: string,
  logger: Logger,
  options: { readonly firstRead?: IamPolicy; readonly retry?: RetrySchedule } = {},
): Promise<GrantResult> {
  const retry = options.retry ?? DEFAULT_POLICY_RETRY
  let read = options.firstRead
  for (let attempt = 1; ; attempt++) {
    const policy = read ?? (await store.get())
    read = undefined
    const plan: GrantPlan = grantRole(policy, role, member)
    if (plan.kind === 'unchanged') return { outcome: 'unchanged', conflicts: attempt - 1 }
    try {
      await store.set(plan.policy)
      logger.info(`IAM policy of ${store.resource}: granted ${role} to ${member}`)
      return { outcome: 'created', conflicts: attempt - 1 }
    } catch (error: unknown) {
      if (!(error instanceof PolicyConflictError) || attempt >= retry.attempts) throw error
      const delay = Math.round(retry.initialDelayMs * 2 ** (attempt - 1) * (0.75 + Math.random() / 2))
      logger.info(
        `IAM policy of ${store.resource} changed while we wrote it (409 ABORTED); reading it again in ${delay} ms (attempt ${attempt + 1} of ${retry.attempts})`,
      )
      await retry.sleep(delay)
    }
  }
}
