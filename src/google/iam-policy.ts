/**
 * IAM policies as plain data (https://cloud.google.com/iam/docs/reference/rest/v1/Policy)
 * and the one change a bootstrap makes to them: grant a role to a member.
 * Everything else in the policy — other bindings, their order, conditional
 * bindings, audit configs, unknown fields — is kept as it was read.
 */

/** A condition on a binding (IAM Conditions); such a binding grants only when it holds. */
export interface IamCondition {
  readonly expression?: string
  readonly title?: string
  readonly description?: string
  readonly location?: string
}

/** role → members, possibly conditional. */
export interface IamBinding {
  readonly role: string
  readonly members: readonly string[]
  readonly condition?: IamCondition | null
  readonly [field: string]: unknown
}

/** A policy as read: the etag makes the write conditional on nobody having written in between. */
export interface IamPolicy {
  readonly version?: number
  readonly bindings?: readonly IamBinding[]
  /** Base64 text, opaque. */
  readonly etag?: string
  readonly [field: string]: unknown
}

/** Policy version 3 is required as soon as one binding has a condition. */
export const CONDITIONAL_POLICY_VERSION = 3

/** The outcome of granting: the policy to write, or none when the member already has the role. */
export type GrantPlan =
  { readonly kind: 'unchanged' } | { readonly kind: 'add-member' | 'add-binding'; readonly policy: IamPolicy }

/** True when `member` holds `role` unconditionally. A conditional grant does not count: it may not hold. */
export function hasRole(policy: IamPolicy, role: string, member: string): boolean {
  return (policy.bindings ?? []).some(
    (b) => b.role === role && !isConditional(b) && b.members.includes(member),
  )
}

/** The members `role` is granted to unconditionally, for "current → desired". */
export function membersOf(policy: IamPolicy, role: string): string[] {
  return (policy.bindings ?? [])
    .filter((b) => b.role === role && !isConditional(b))
    .flatMap((b) => [...b.members])
}

/**
 * Adds `member` to the unconditional binding of `role` (at its end), or
 * appends a new binding when there is none. The etag stays, so the write
 * fails (409 ABORTED) if the policy changed since it was read.
 */
export function grantRole(policy: IamPolicy, role: string, member: string): GrantPlan {
  if (hasRole(policy, role, member)) return { kind: 'unchanged' }
  const bindings = policy.bindings ?? []
  const index = bindings.findIndex((b) => b.role === role && !isConditional(b))
  const next =
    index < 0
      ? [...bindings, { role, members: [member] }]
      : bindings.map((b, i) => (i === index ? { ...b, members: [...b.members, member] } : b))
  return {
    kind: index < 0 ? 'add-binding' : 'add-member',
    policy: { ...policy, bindings: next, version: policyVersion(policy, next) },
  }
}

/** A policy read through a client that fills unset fields with defaults (null conditions, empty lists): the same policy, without them. */
export function normalizePolicy(raw: unknown): IamPolicy {
  const value = isRecord(raw) ? raw : {}
  const bindings = Array.isArray(value['bindings'])
    ? value['bindings'].filter(isRecord).map(normalizeBinding)
    : []
  const { bindings: _b, etag, version, auditConfigs, ...rest } = value
  return {
    ...rest,
    ...(typeof version === 'number' && version > 0 ? { version } : {}),
    bindings,
    ...(Array.isArray(auditConfigs) && auditConfigs.length > 0 ? { auditConfigs } : {}),
    ...(etag === undefined || etag === null ? {} : { etag: etagText(etag) }),
  }
}

/** The etag as base64 text (clients hand it out as bytes or text). */
export function etagText(etag: unknown): string {
  if (typeof etag === 'string') return etag
  if (etag instanceof Uint8Array) return Buffer.from(etag).toString('base64')
  return String(etag)
}

function normalizeBinding(raw: Record<string, unknown>): IamBinding {
  const { role, members, condition, ...rest } = raw
  return {
    ...rest,
    role: String(role ?? ''),
    members: Array.isArray(members) ? members.map(String) : [],
    ...(isRecord(condition) && typeof condition['expression'] === 'string' && condition['expression'] !== ''
      ? { condition: condition as IamCondition }
      : {}),
  }
}

function isConditional(binding: IamBinding): boolean {
  return (
    binding.condition !== undefined &&
    binding.condition !== null &&
    (binding.condition.expression ?? '') !== ''
  )
}

/** Keep the version read; 3 when any binding has a condition (else the write is refused). */
function policyVersion(policy: IamPolicy, bindings: readonly IamBinding[]): number {
  return bindings.some(isConditional) ? CONDITIONAL_POLICY_VERSION : (policy.version ?? 1)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
