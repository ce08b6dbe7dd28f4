/**
 * The raw checks of cluster selection objects (pkg/validate/raw/validate
 * cluster_selector_validator.go; CONFIG-SYNC.md §4.3): Clusters and selectors
 * cannot themselves be cluster-selected (KNV1004), ClusterSelector names are
 * global (KNV1029), and in a hierarchy repo Clusters and ClusterSelectors
 * live in clusterregistry/ (KNV1039).
 */
import {
  ANNOTATIONS,
  isCluster,
  isClusterSelector,
  isNamespaceSelector,
  topLevelDirectoryOf,
  type DeclaredObject,
} from '../declared-object.ts'
import { errorFinding, type Finding } from '../finding.ts'
import { selectorCollisions } from './duplicate-objects.ts'
import type { SetRule } from './types.ts'

/** KNV1004, KNV1039 (hierarchy) and KNV1029 for Clusters, ClusterSelectors and NamespaceSelectors. */
export const clusterSelectorObjects: SetRule = {
  name: 'cluster-selector-objects',
  scope: 'set',
  check: (ctx) => {
    const findings: Finding[] = []
    const selectors: DeclaredObject[] = []
    for (const o of ctx.objects) {
      const cluster = isCluster(o)
      const selector = isClusterSelector(o)
      if (!cluster && !selector && !isNamespaceSelector(o)) continue
      findings.push(...selectedSelector(o))
      if (selector) selectors.push(o)
      if (
        (cluster || selector) &&
        ctx.sourceFormat === 'hierarchy' &&
        topLevelDirectoryOf(o) !== 'clusterregistry'
      ) {
        findings.push(
          errorFinding(
            'KNV1039',
            o.source.file,
            o.source.line,
            `Cluster and ClusterSelector configs MUST be declared in \`clusterregistry/\`. To fix, move the ${o.kind} to \`clusterregistry/\`.`,
          ),
        )
      }
    }
    return [...findings, ...selectorCollisions(selectors, 'ClusterSelector')]
  },
}

function selectedSelector(o: DeclaredObject): Finding[] {
  const key = [ANNOTATIONS.legacyClusterSelector, ANNOTATIONS.clusterNameSelector].find(
    (k) => k in o.annotations,
  )
  if (key === undefined) return []
  return [
    errorFinding(
      'KNV1004',
      o.source.file,
      o.source.locate(['metadata', 'annotations', key]),
      `${o.kind}s may not be cluster-selected, and so MUST NOT declare the annotation '${key}'. To fix, remove \`metadata.annotations.${key}\` from ${o.kind} "${o.name}".`,
    ),
  ]
}
