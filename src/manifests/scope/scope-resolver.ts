/**
 * Which objects are namespaced, decided as Config Sync's scoper does
 * (pkg/util/discovery/scoper_builder.go): the built-in table, then
 * api-resources.txt, then the served CRDs declared in the source, each
 * overriding the one before. What none of them knows is left to the cluster
 * (KNV1021, a warning offline).
 */
import type { DeclaredCrd } from './declared-crds.ts'
import { BUILTIN_SCOPES } from './builtin-scopes.ts'
import type { ObjectScope } from './scope-types.ts'

/** Looks up the scope of a group and kind; undefined when only a cluster could tell. */
export interface ScopeResolver {
  scopeOf(group: string, kind: string): ObjectScope | undefined
}

/** The resolver for one pass: api-resources.txt scopes and the CRDs declared in it. */
export function createScopeResolver(
  apiResources: ReadonlyMap<string, ObjectScope>,
  crds: readonly DeclaredCrd[],
): ScopeResolver {
  const overrides = new Map(apiResources)
  for (const crd of crds) if (crd.served) overrides.set(`${crd.group}/${crd.kind}`, crd.scope)
  return {
    scopeOf(group, kind) {
      const key = `${group}/${kind}`
      return overrides.get(key) ?? BUILTIN_SCOPES.get(key)
    },
  }
}
