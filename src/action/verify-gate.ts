import * as core from '@actions/core'
import { requireVerified } from '../signing/verify-target.ts'
import { targetOptionsOf, type ActionContext } from './context.ts'

/** The `verified` output. */
export const VERIFY_OUTPUT = { verified: 'verified' } as const

/**
 * The gate promote, rollout, write-back and release tagging call before they
 * change anything: with a verify-* policy, `reference` (REPOSITORY@sha256:…)
 * must verify, else NotVerifiedError; without one, nothing is checked.
 */
export async function gateOnPolicy(context: ActionContext, what: string, reference: string): Promise<void> {
  const policy = context.settings.verify
  if (policy === undefined) return
  await requireVerified(what, reference, policy, targetOptionsOf(context), context.logger)
  setVerifiedOutput(true)
}

/** Sets the `verified` output (and `digest` when given). */
export function setVerifiedOutput(verified: boolean, digest?: string): void {
  core.setOutput(VERIFY_OUTPUT.verified, String(verified))
  if (digest !== undefined) core.setOutput('digest', digest)
}
