/**
 * Checks of the final objects, after every hydration
 * (pkg/validate/final/validate/unmanaged_namespace_validator.go and
 * pkg/parse/repository_scope.go; ../shared/CONFIG-SYNC.md §4.5, §4.7):
 * managed objects in an unmanaged Namespace (KNV1056), and objects of a
 * namespace repo outside its namespace (KNV1058).
 */
import { isManagementDisabled, isNamespaceObject, type DeclaredObject } from '../declared-object.ts'
import { errorFinding, type Finding } from '../finding.ts'
import type { SyncScope } from '../scope/sync-scope.ts'

/** KNV1056: an object in a Namespace marked `managed: disabled` that is itself managed. */
export function unmanagedNamespaces(objects: readonly DeclaredObject[]): Finding[] {
  const unmanaged = new Set(
    objects.filter((o) => isNamespaceObject(o) && isManagementDisabled(o)).map((o) => o.name),
  )
  if (unmanaged.size === 0) return []
  const findings: Finding[] = []
  for (const o of objects) {
    if (o.namespace === '' || !unmanaged.has(o.namespace) || isManagementDisabled(o)) continue
    findings.push(
      errorFinding(
        'KNV1056',
        o.source.file,
        o.source.locate(['metadata', 'namespace']),
        `Managed resources must not be declared in unmanaged Namespaces. Namespace "${o.namespace}" is declared unmanaged but contains managed resources. ` +
          `Either remove the managed: disabled annotation from Namespace "${o.namespace}" or declare its resources as unmanaged by adding configmanagement.gke.io/managed:disabled annotation.`,
      ),
    )
  }
  return findings
}

/**
 * KNV1058 in a namespace repo: an object declaring another namespace. Those
 * without one go to the RepoSync's namespace (the scope visitor does both).
 */
export function confineToRepoNamespace(
  objects: readonly DeclaredObject[],
  scope: SyncScope,
): { objects: DeclaredObject[]; findings: Finding[] } {
  if (scope.kind === 'root') return { objects: [...objects], findings: [] }
  const findings: Finding[] = []
  const confined = objects.map((o) => {
    if (o.namespace === scope.namespace) return o
    if (o.namespace === '') return { ...o, namespace: scope.namespace }
    findings.push(
      errorFinding(
        'KNV1058',
        o.source.file,
        o.source.locate(['metadata', 'namespace']),
        `Resources in the "${scope.namespace}" repo must either omit metadata.namespace or declare metadata.namespace="${scope.namespace}"`,
      ),
    )
    return o
  })
  return { objects: confined, findings }
}
