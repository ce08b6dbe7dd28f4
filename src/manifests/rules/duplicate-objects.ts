/**
 * KNV1029: two objects with the same group, kind, namespace and name, the
 * version ignored (pkg/validate/final; ../shared/CONFIG-SYNC.md §4.7).
 *
 * Config Sync runs this after cluster and namespace selection, inheritance and
 * namespace defaulting. Until those are modelled, the check stays on the safe
 * side: objects carrying a cluster or namespace selector are left out (they
 * may never meet), and a missing namespace is not defaulted. So it can miss a
 * duplicate but never reports one Config Sync would accept.
 */
import { errorFinding, type Finding } from '../finding.ts'
import type { ManifestObject } from '../parse.ts'
import { fieldAt, groupKind, groupOf, isMap, stringAt, where } from './object-fields.ts'
import type { SetRule, SourceFormat, ValidationContext } from './types.ts'

const KNV1029 = 'KNV1029'
const SELECTOR_ANNOTATIONS = [
  'configmanagement.gke.io/namespace-selector',
  'configmanagement.gke.io/cluster-selector',
  'configsync.gke.io/cluster-name-selector',
]

interface Identity {
  readonly group: string
  readonly kind: string
  readonly namespace: string
  readonly name: string
}

/** KNV1029: duplicate (group, kind, namespace, name); each duplicate names the others' file:line. */
export const duplicateObjects: SetRule = {
  name: 'duplicate-objects',
  scope: 'set',
  check: (ctx) => {
    const byKey = new Map<string, ManifestObject[]>()
    for (const o of ctx.objects) {
      if (hasSelector(o)) continue
      const id = identityOf(o, ctx.sourceFormat)
      const key = `${id.group}\0${id.kind}\0${id.namespace}\0${id.name}`
      const same = byKey.get(key)
      if (same === undefined) byKey.set(key, [o])
      else same.push(o)
    }
    return [...byKey.values()].filter((group) => group.length > 1).flatMap((group) => report(group, ctx))
  },
}

function hasSelector(o: ManifestObject): boolean {
  const annotations = fieldAt(o.object, ['metadata', 'annotations'])
  return isMap(annotations) && SELECTOR_ANNOTATIONS.some((key) => key in annotations)
}

function identityOf(o: ManifestObject, format: SourceFormat): Identity {
  const group = groupOf(stringAt(o.object, ['apiVersion']))
  const kind = stringAt(o.object, ['kind'])
  return { group, kind, namespace: namespaceOf(o, group, kind, format), name: stringAt(o.object, ['metadata', 'name']) }
}

/**
 * In a hierarchy repo an object under namespaces/ belongs to the namespace of
 * its directory (KNV1009 enforces a matching metadata.namespace), except the
 * cluster-scoped Namespace and NamespaceSelector objects that live there.
 */
function namespaceOf(o: ManifestObject, group: string, kind: string, format: SourceFormat): string {
  const declared = stringAt(o.object, ['metadata', 'namespace'])
  if (declared !== '' || format !== 'hierarchy' || !o.file.startsWith('namespaces/')) return declared
  if ((group === '' && kind === 'Namespace') || (group === 'configmanagement.gke.io' && kind === 'NamespaceSelector')) return ''
  const dirs = o.file.split('/').slice(1, -1)
  return dirs.at(-1) ?? ''
}

function report(duplicates: readonly ManifestObject[], ctx: ValidationContext): Finding[] {
  const id = identityOf(duplicates[0]!, ctx.sourceFormat)
  const summary = describe(id, duplicates.length)
  return duplicates.map((o) => {
    const others = duplicates.filter((d) => d !== o).map(where).join(', ')
    return errorFinding(KNV1029, o.file, o.locate(['metadata', 'name']), `${summary} Rename or delete the duplicates to fix: also declared at ${others}`)
  })
}

// Wording follows Config Sync's nonhierarchical/duplicate_name_validator.go.
function describe(id: Identity, count: number): string {
  const gk = groupKind(id.group, id.kind)
  if (id.group === '' && id.kind === 'Namespace') {
    return `Namespaces MUST have unique names. Found ${count} Namespaces named "${id.name}".`
  }
  if (id.namespace !== '') {
    return `Namespace-scoped configs of the same Group and Kind MUST have unique names if they are in the same Namespace. Found ${count} configs of GroupKind "${gk}" in Namespace "${id.namespace}" named "${id.name}".`
  }
  return `Configs of the same Group and Kind MUST have unique names. Found ${count} configs of GroupKind "${gk}" named "${id.name}" with no metadata.namespace.`
}
