/**
 * The precompiled validators come in two bundle chunks, loaded on demand: the
 * apiVersions config repositories mostly hold, and the rest (removed betas,
 * storage, admission, DRA …). A repository of workloads and RBAC then loads
 * about 1.5 MB of validator code instead of 3.4 MB.
 */

/** Which chunk holds an apiVersion's validators. */
export type ValidatorTier = 'core' | 'more'

/** The apiVersions of the core chunk; scripts/generate-k8s-fields.ts splits the validators by this set. */
export const CORE_API_VERSIONS: ReadonlySet<string> = new Set([
  'v1',
  'apps/v1',
  'batch/v1',
  'autoscaling/v1',
  'autoscaling/v2',
  'policy/v1',
  'rbac.authorization.k8s.io/v1',
  'networking.k8s.io/v1',
  'apiextensions.k8s.io/v1',
])

/** The tier of "apiVersion/kind". */
export function tierOf(key: string): ValidatorTier {
  return CORE_API_VERSIONS.has(key.slice(0, key.lastIndexOf('/'))) ? 'core' : 'more'
}
