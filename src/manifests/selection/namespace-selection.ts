/**
 * NamespaceSelectors in an unstructured repo and namespace defaulting
 * (pkg/validate/scoped/hydrate/namespace_hydrator.go; ../shared/CONFIG-SYNC.md
 * §4.5): an object with a namespace-selector is copied into every declared
 * Namespace the selector matches; a namespaced object without a namespace
 * goes to `default` (root repo) or the RepoSync's namespace. Offline,
 * `dynamic` selectors see only the Namespaces declared in the source.
 */
import {
  ANNOTATIONS,
  isNamespaceObject,
  isNamespaceSelector,
  withNamespace,
  type DeclaredObject,
} from '../declared-object.ts'
import { errorFinding, type Finding } from '../finding.ts'
import type { ScopedObjects } from '../scope/scope-types.ts'
import { defaultNamespaceOf, type SyncScope } from '../scope/sync-scope.ts'
import { readSelectorMode, readSelectorObject } from './selector-objects.ts'

/** Applies NamespaceSelectors and defaults namespaces; the selectors themselves are dropped. */
export function selectNamespaces(
  scoped: ScopedObjects,
  scope: SyncScope,
): { scoped: ScopedObjects; findings: Finding[] } {
  const selected = selectedNamespaces(scoped.cluster)
  if ('findings' in selected) return { scoped, findings: selected.findings }
  const findings: Finding[] = []
  const namespaced: DeclaredObject[] = []
  for (const o of scoped.namespaced) {
    const selectorName = o.annotations[ANNOTATIONS.namespaceSelector]
    if (selectorName === undefined) {
      namespaced.push(o.namespace === '' ? withNamespace(o, defaultNamespaceOf(scope)) : o)
      continue
    }
    const namespaces = selected.byName.get(selectorName)
    if (namespaces === undefined) findings.push(unknownNamespaceSelector(o, selectorName))
    else for (const ns of namespaces) namespaced.push(withNamespace(o, ns))
  }
  if (findings.length > 0) return { scoped, findings }
  return {
    scoped: { ...scoped, cluster: scoped.cluster.filter((o) => !isNamespaceSelector(o)), namespaced },
    findings: [],
  }
}

/** KNV1013: an object names a NamespaceSelector that is not declared. */
export function unknownNamespaceSelector(o: DeclaredObject, selectorName: string): Finding {
  return errorFinding(
    'KNV1013',
    o.source.file,
    o.source.locate(['metadata', 'annotations', ANNOTATIONS.namespaceSelector]),
    `Config "${o.name}" MUST refer to an existing NamespaceSelector, but has annotation "${ANNOTATIONS.namespaceSelector}=${selectorName}" which maps to no declared NamespaceSelector`,
  )
}

function selectedNamespaces(
  cluster: readonly DeclaredObject[],
): { byName: Map<string, string[]> } | { findings: Finding[] } {
  const namespaces = cluster.filter(isNamespaceObject)
  const byName = new Map<string, string[]>()
  const findings: Finding[] = []
  for (const o of cluster) {
    if (!isNamespaceSelector(o)) continue
    const reading = readSelectorObject(o)
    if ('finding' in reading) {
      findings.push(reading.finding)
      continue
    }
    const mode = readSelectorMode(o)
    if (typeof mode !== 'string') findings.push(mode)
    byName.set(
      o.name,
      namespaces.filter((ns) => reading.selector.matches(ns.labels)).map((ns) => ns.name),
    )
  }
  return findings.length > 0 ? { findings } : { byName }
}
