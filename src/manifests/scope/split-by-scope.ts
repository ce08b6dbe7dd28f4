/**
 * Sorting objects by scope (pkg/validate/fileobjects/raw.go `Scoped`). A kind
 * nothing offline knows is KNV1021: Config Sync asks the cluster, and keeps
 * retrying until a CRD for it exists there. It never blocks the sync, so
 * here it is a warning, and the object goes on with unknown scope.
 */
import type { DeclaredObject } from '../declared-object.ts'
import { SEVERITY, type Finding } from '../finding.ts'
import { groupKind } from '../rules/object-fields.ts'
import type { ScopeResolver } from './scope-resolver.ts'
import type { ScopedObjects } from './scope-types.ts'

/** The code for a kind whose scope is unknown offline. */
export const UNKNOWN_KIND_CODE = 'KNV1021'

/** Splits objects into cluster-scoped, namespaced and unknown, with a KNV1021 warning for each unknown. */
export function splitByScope(objects: readonly DeclaredObject[], resolver: ScopeResolver): { scoped: ScopedObjects; findings: Finding[] } {
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
  return {
    code: UNKNOWN_KIND_CODE,
    severity: SEVERITY.warning,
    file: o.source.file,
    line: o.source.locate(['kind']),
    message:
      `No CustomResourceDefinition is declared in the source for the type "${gk}", and it is not a built-in Kubernetes type, so its scope cannot be checked offline. ` +
      `Config Sync will look it up on the cluster and retry until a CustomResourceDefinition for "${gk}" exists there. To check it here, declare the CRD or add api-resources.txt (kubectl api-resources > api-resources.txt).`,
  }
}
