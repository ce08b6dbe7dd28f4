/**
 * Sorting objects by scope (pkg/validate/fileobjects/raw.go `Scoped`). A kind
 * nothing offline knows is KNV1021: Config Sync asks the cluster, and keeps
 * retrying until a CRD for it exists there. It never blocks the sync, so
 * here it is a warning, and the object goes on with unknown scope.
 */
import type { DeclaredObject } from '../declared-object.ts'
import { SEVERITY, type Finding } from '../finding.ts'
import { groupKind } from '../rules/object-fields.ts'
import { closestName } from '../schema/closest-name.ts'
import { BUILTIN_SCOPES } from './builtin-scopes.ts'
import type { ScopeResolver } from './scope-resolver.ts'
import type { ScopedObjects } from './scope-types.ts'

/** The code for a kind whose scope is unknown offline. */
export const UNKNOWN_KIND_CODE = 'KNV1021'

/** Splits objects into cluster-scoped, namespaced and unknown, with a KNV1021 warning for each unknown. */
export function splitByScope(
  objects: readonly DeclaredObject[],
  resolver: ScopeResolver,
): { scoped: ScopedObjects; findings: Finding[] } {
  const cluster: DeclaredObject[] = []
  const namespaced: DeclaredObject[] = []
  const unknown: DeclaredObject[] = []
  const findings: Finding[] = []
  for (const o of objects) {
    const scope = resolver.scopeOf(o.group, o.kind)
    if (scope === 'cluster') cluster.push(o)
    else if (scope === 'namespace') namespaced.push(o)
    else {
      unknown.push(o)
      findings.push(unknownKind(o))
    }
  }
  return { scoped: { cluster, namespaced, unknown }, findings }
}

function unknownKind(o: DeclaredObject): Finding {
  const gk = groupKind(o.group, o.kind)
  const suggestion = closestName(o.kind, builtinKindsOf(o.group))
  return {
    code: UNKNOWN_KIND_CODE,
    severity: SEVERITY.warning,
    file: o.source.file,
    line: o.source.locate(['kind']),
    // One line: what is missing. The advice (declare the CRD, add api-resources.txt) is said once, in the report's footer.
    message: `no CustomResourceDefinition for "${gk}" in the source and not a built-in type: its scope is unknown offline${suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`}`,
  }
}

/** The built-in kinds of a group, for "did you mean" (a kind typo in a built-in group is the common case). */
function builtinKindsOf(group: string): string[] {
  const prefix = `${group}/`
  return [...BUILTIN_SCOPES.keys()]
    .filter((key) => key.startsWith(prefix) && !key.slice(prefix.length).includes('/'))
    .map((key) => key.slice(prefix.length))
}
