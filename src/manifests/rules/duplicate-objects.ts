/**
 * KNV1029: two objects with the same group, kind, namespace and name, the
 * version ignored (pkg/validate/final/validate/duplicate_name_validator.go;
 * ../shared/CONFIG-SYNC.md §4.7). It runs on the final objects: after cluster
 * selection, NamespaceSelector copies, inheritance and namespace defaulting,
 * so in a root repo a namespaced object without a namespace collides with the
 * same object in `default`.
 */
import type { DeclaredObject } from '../declared-object.ts'
import { errorFinding, type Finding } from '../finding.ts'
import { groupKind } from './object-fields.ts'
import { appendAll } from './append-all.ts'

/** KNV1029 for every set of final objects sharing group, kind, namespace and name. */
export function duplicateObjects(objects: readonly DeclaredObject[]): Finding[] {
  const byKey = new Map<string, DeclaredObject[]>()
  for (const o of objects) {
    const key = `${o.group}\0${o.kind}\0${o.namespace}\0${o.name}`
    const same = byKey.get(key)
    if (same === undefined) byKey.set(key, [o])
    else same.push(o)
  }
  const findings: Finding[] = []
  for (const group of byKey.values())
    if (group.length > 1) appendAll(findings, collisionFindings(group, describe(group[0]!, group.length)))
  return findings
}

/** One KNV1029 per duplicate, at its metadata.name, naming where the others are. */
export function collisionFindings(duplicates: readonly DeclaredObject[], summary: string): Finding[] {
  return duplicates.map((o) => {
    const others = duplicates
      .filter((d) => d.source !== o.source)
      .map((d) => `${d.source.file}:${d.source.line}`)
    const where = others.length === 0 ? '' : ` also declared at ${[...new Set(others)].join(', ')}`
    return errorFinding(
      'KNV1029',
      o.source.file,
      o.source.locate(['metadata', 'name']),
      `${summary} Rename or delete the duplicates to fix:${where}`,
    )
  })
}

// Wording follows Config Sync's nonhierarchical/duplicate_name_validator.go.
function describe(o: DeclaredObject, count: number): string {
  const gk = groupKind(o.group, o.kind)
  if (o.group === '' && o.kind === 'Namespace') {
    return `Namespaces MUST have unique names. Found ${count} Namespaces named "${o.name}".`
  }
  if (o.namespace !== '') {
    return `Namespace-scoped configs of the same Group and Kind MUST have unique names if they are in the same Namespace. Found ${count} configs of GroupKind "${gk}" in Namespace "${o.namespace}" named "${o.name}".`
  }
  return `Cluster-scoped configs of the same Group and Kind MUST have unique names. Found ${count} configs of GroupKind "${gk}" named "${o.name}".`
}

/** KNV1029 for ClusterSelectors or NamespaceSelectors sharing a name: they must be globally unique. */
export function selectorCollisions(selectors: readonly DeclaredObject[], kind: string): Finding[] {
  const byName = new Map<string, DeclaredObject[]>()
  for (const o of selectors) {
    const same = byName.get(o.name)
    if (same === undefined) byName.set(o.name, [o])
    else same.push(o)
  }
  const findings: Finding[] = []
  for (const [name, group] of byName) {
    if (group.length < 2) continue
    appendAll(
      findings,
      collisionFindings(
        group,
        `${kind}s MUST have globally-unique names. Found ${group.length} ${kind}s named "${name}".`,
      ),
    )
  }
  return findings
}
