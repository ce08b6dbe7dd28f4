/**
 * Cluster selection (pkg/validate/raw/hydrate/cluster_selector_hydrator.go;
 * ../shared/CONFIG-SYNC.md §4.4): which objects a cluster of a given name
 * syncs. The inline `cluster-name-selector` lists cluster names; the legacy
 * `cluster-selector` names a ClusterSelector, matched against the labels of
 * the Cluster object of that name. A Namespace left out takes its namespaced
 * objects with it. Clusters and ClusterSelectors themselves are never synced.
 */
import {
  ANNOTATIONS,
  isCluster,
  isClusterSelector,
  isNamespaceObject,
  type DeclaredObject,
} from '../declared-object.ts'
import { errorFinding, type Finding } from '../finding.ts'
import { readSelectorObject } from './selector-objects.ts'

/** What a cluster syncs, or the findings that stop selection. */
export interface Selection {
  readonly objects: DeclaredObject[]
  readonly findings: Finding[]
}

type State = 'active' | 'inactive' | Finding

/**
 * The objects a cluster named clusterName syncs. Without a name, as a
 * reconciler with no CLUSTER_NAME, inline selectors select nothing and
 * legacy selectors see a cluster without labels.
 */
export function selectForCluster(
  objects: readonly DeclaredObject[],
  clusterName: string | undefined,
): Selection {
  // Most sources select nothing by cluster: one cheap scan instead of the full walk.
  if (!objects.some(takesPartInSelection)) return { objects: [...objects], findings: [] }
  const active = activeSelectors(objects, clusterName)
  if ('findings' in active) return { objects: [], findings: active.findings }
  const findings: Finding[] = []
  const selected: DeclaredObject[] = []
  const namespaces = new Map<string, boolean>()
  for (const ns of objects) {
    if (!isNamespaceObject(ns)) continue
    const state = stateOf(ns, clusterName, active.selectors)
    if (typeof state !== 'string') findings.push(state)
    else if (state === 'active') selected.push(ns)
    // A Namespace declared twice is active if either declaration is.
    namespaces.set(ns.name, namespaces.get(ns.name) === true || state === 'active')
  }
  for (const o of objects) {
    if (isNamespaceObject(o) || isCluster(o) || isClusterSelector(o)) continue
    if (namespaces.get(o.namespace) === false) continue
    const state = stateOf(o, clusterName, active.selectors)
    if (typeof state !== 'string') findings.push(state)
    else if (state === 'active') selected.push(o)
  }
  return { objects: findings.length === 0 ? selected : [], findings }
}

function takesPartInSelection(o: DeclaredObject): boolean {
  return (
    ANNOTATIONS.legacyClusterSelector in o.annotations ||
    ANNOTATIONS.clusterNameSelector in o.annotations ||
    isCluster(o) ||
    isClusterSelector(o)
  )
}

/** Every cluster name the source mentions: Cluster objects and inline selector entries (nomos vet validates each). */
export function clusterNamesOf(objects: readonly DeclaredObject[]): string[] {
  const names = new Set<string>()
  for (const o of objects) {
    if (isCluster(o)) names.add(o.name)
    const inline = o.annotations[ANNOTATIONS.clusterNameSelector]
    if (inline !== undefined)
      for (const name of inline.split(',')) if (name.trim() !== '') names.add(name.trim())
  }
  return [...names].sort()
}

function activeSelectors(
  objects: readonly DeclaredObject[],
  clusterName: string | undefined,
): { selectors: Map<string, boolean> } | { findings: Finding[] } {
  const cluster = objects.find((o) => isCluster(o) && o.name === clusterName)
  const labels = cluster?.labels ?? {}
  const selectors = new Map<string, boolean>()
  const findings: Finding[] = []
  for (const o of objects) {
    if (!isClusterSelector(o)) continue
    const reading = readSelectorObject(o)
    if ('finding' in reading) findings.push(reading.finding)
    else selectors.set(o.name, reading.selector.matches(labels))
  }
  return findings.length > 0 ? { findings } : { selectors }
}

function stateOf(
  o: DeclaredObject,
  clusterName: string | undefined,
  selectors: ReadonlyMap<string, boolean>,
): State {
  const legacy = o.annotations[ANNOTATIONS.legacyClusterSelector]
  const inline = o.annotations[ANNOTATIONS.clusterNameSelector]
  if (legacy !== undefined && inline !== undefined) {
    return errorFinding(
      'KNV1066',
      o.source.file,
      o.source.locate(['metadata', 'annotations', ANNOTATIONS.clusterNameSelector]),
      `Config "${o.name}" MUST declare ONLY ONE cluster-selector annotation, but has both inline annotation "${ANNOTATIONS.clusterNameSelector}" and legacy annotation "${ANNOTATIONS.legacyClusterSelector}". To fix, remove one of the annotations.`,
    )
  }
  if (inline !== undefined) {
    if (clusterName === undefined) return 'inactive'
    const wanted = clusterName.toLowerCase()
    return inline.split(',').some((name) => name.trim().toLowerCase() === wanted) ? 'active' : 'inactive'
  }
  if (legacy === undefined) return 'active'
  const active = selectors.get(legacy)
  if (active !== undefined) return active ? 'active' : 'inactive'
  return errorFinding(
    'KNV1013',
    o.source.file,
    o.source.locate(['metadata', 'annotations', ANNOTATIONS.legacyClusterSelector]),
    `Config "${o.name}" MUST refer to an existing ClusterSelector, but has annotation "${ANNOTATIONS.legacyClusterSelector}=${legacy}" which maps to no declared ClusterSelector`,
  )
}
