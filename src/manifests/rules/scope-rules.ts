/**
 * Checks that need each object's scope (pkg/validate/scoped/validate;
 * ../shared/CONFIG-SYNC.md §4.5): cluster-scoped objects take no namespace
 * (KNV1052) and no namespace-selector (KNV1004); namespaced objects not both
 * (KNV1053); a namespace repo holds no cluster-scoped object (KNV1058);
 * NamespaceSelector names are global (KNV1029).
 */
import { ANNOTATIONS, isNamespaceSelector, type DeclaredObject } from '../declared-object.ts'
import { errorFinding, type Finding } from '../finding.ts'
import type { ScopedObjects } from '../scope/scope-types.ts'
import type { SyncScope } from '../scope/sync-scope.ts'
import { selectorCollisions } from './duplicate-objects.ts'
import { appendAll } from './append-all.ts'

/** Every scoped-stage finding for the objects of one pass. */
export function checkScopes(scoped: ScopedObjects, scope: SyncScope): Finding[] {
  const findings: Finding[] = []
  for (const o of scoped.cluster)
    findings.push(...(scope.kind === 'root' ? clusterScoped(o) : notInNamespaceRepo(o)))
  for (const o of scoped.namespaced) {
    if (o.namespace === '' || !(ANNOTATIONS.namespaceSelector in o.annotations)) continue
    findings.push(
      errorFinding(
        'KNV1053',
        o.source.file,
        o.source.locate(['metadata', 'namespace']),
        `namespace-scoped resources MUST NOT declare both metadata.namespace and metadata.annotations.${ANNOTATIONS.namespaceSelector}`,
      ),
    )
  }
  appendAll(findings, selectorCollisions(scoped.cluster.filter(isNamespaceSelector), 'NamespaceSelector'))
  return findings
}

function clusterScoped(o: DeclaredObject): Finding[] {
  if (o.namespace !== '') {
    return [
      errorFinding(
        'KNV1052',
        o.source.file,
        o.source.locate(['metadata', 'namespace']),
        'cluster-scoped resources MUST NOT declare metadata.namespace',
      ),
    ]
  }
  if (!(ANNOTATIONS.namespaceSelector in o.annotations)) return []
  const key = ANNOTATIONS.namespaceSelector
  return [
    errorFinding(
      'KNV1004',
      o.source.file,
      o.source.locate(['metadata', 'annotations', key]),
      `Cluster-scoped objects may not be namespace-selected, and so MUST NOT declare the annotation '${key}'. To fix, remove \`metadata.annotations.${key}\` from ${o.kind} "${o.name}".`,
    ),
  ]
}

function notInNamespaceRepo(o: DeclaredObject): Finding[] {
  const version = o.apiVersion.slice(o.apiVersion.indexOf('/') + 1)
  const gvk = o.group === '' ? `/${version}, Kind=${o.kind}` : `${o.group}/${version}, Kind=${o.kind}`
  return [
    errorFinding(
      'KNV1058',
      o.source.file,
      o.source.locate(['kind']),
      `Resources in namespace Repos must be Namespace-scoped type, but objects of type ${gvk} are Cluster-scoped. Move ${o.name} to the Root repo.`,
    ),
  ]
}
