/**
 * `config.kubernetes.io/depends-on` and `config.kubernetes.io/apply-time-mutation`
 * (cli-utils object/dependson, object/mutation, graph/depends.go;
 * ../shared/CONFIG-SYNC.md §4.8). nomos vet does not look at them: Config
 * Sync's applier finds these problems only while applying, and reports them
 * as KNV2009 in the RSync's status. We report the same problems, with the
 * same code and cli-utils' wording, before anything is pushed.
 */
import { load } from 'js-yaml'
import { ANNOTATIONS, isManagementDisabled, type DeclaredObject } from '../declared-object.ts'
import { errorFinding, type Finding } from '../finding.ts'
import { findCycles } from './dependency-cycles.ts'
import { appendAll } from './append-all.ts'
import { dependencyEdges, formatReference, keyOf, type Reference } from './dependency-references.ts'

/** The code Config Sync reports apply-time failures with; used for problems found before the apply. */
export const DEPENDENCY_CODE = 'KNV2009'

interface Annotated {
  readonly object: DeclaredObject
  readonly annotation: string
}

/** KNV2009: unparsable references, duplicates, dependencies outside the source, and cycles. */
export function checkDependencies(objects: readonly DeclaredObject[]): Finding[] {
  if (
    !objects.some(
      (o) => ANNOTATIONS.dependsOn in o.annotations || ANNOTATIONS.applyTimeMutation in o.annotations,
    )
  )
    return []
  // Objects with `managed: disabled` are never applied, so nothing can wait for them.
  const applied = objects.filter((o) => !isManagementDisabled(o))
  const ids = new Set(applied.map(keyOf))
  const graph = new Map<string, Set<string>>()
  const annotated = new Map<string, Annotated>()
  const findings: Finding[] = []
  for (const o of applied) {
    for (const annotation of [ANNOTATIONS.dependsOn, ANNOTATIONS.applyTimeMutation]) {
      const value = o.annotations[annotation]
      if (value === undefined) continue
      const edges = dependencyEdges(annotation, value, load)
      if ('error' in edges) {
        findings.push(invalid(o, annotation, edges.error))
        continue
      }
      annotated.set(keyOf(o), { object: o, annotation })
      appendAll(findings, addEdges(o, annotation, edges.references, ids, graph))
    }
  }
  if (graph.size > 0) appendAll(findings, cycleFindings(applied, graph, annotated))
  return findings
}

function addEdges(
  o: DeclaredObject,
  annotation: string,
  references: readonly Reference[],
  ids: ReadonlySet<string>,
  graph: Map<string, Set<string>>,
): Finding[] {
  const from = keyOf(o)
  const seen = new Set<string>()
  const findings: Finding[] = []
  for (const ref of references) {
    const to = keyOf(ref)
    if (seen.has(to)) {
      // depends-on rejects a duplicate; apply-time-mutation skips it (graph/depends.go).
      if (annotation === ANNOTATIONS.dependsOn)
        findings.push(
          invalid(o, annotation, `duplicate dependency: ${formatReference(o)} -> ${formatReference(ref)}`),
        )
      continue
    }
    seen.add(to)
    if (!ids.has(to)) {
      const why = `external dependency: ${formatReference(o)} -> ${formatReference(ref)} (the object is not declared in this source; Config Sync only waits for objects it applies from the same RootSync or RepoSync)`
      findings.push(invalid(o, annotation, why))
      continue
    }
    let targets = graph.get(from)
    if (targets === undefined) graph.set(from, (targets = new Set()))
    targets.add(to)
  }
  return findings
}

/** The implicit edges cli-utils adds, then one finding per annotated object in each cycle. */
function cycleFindings(
  applied: readonly DeclaredObject[],
  graph: Map<string, Set<string>>,
  annotated: ReadonlyMap<string, Annotated>,
): Finding[] {
  const crds = new Map<string, string>()
  const namespaces = new Map<string, string>()
  for (const o of applied) {
    if (o.group === 'apiextensions.k8s.io' && o.kind === 'CustomResourceDefinition')
      crds.set(crdGroupKind(o), keyOf(o))
    if (o.group === '' && o.kind === 'Namespace') namespaces.set(o.name, keyOf(o))
  }
  for (const o of applied) {
    const targets = [
      crds.get(`${o.group}/${o.kind}`),
      o.namespace === '' ? undefined : namespaces.get(o.namespace),
    ]
    for (const to of targets) {
      if (to === undefined) continue
      let set = graph.get(keyOf(o))
      if (set === undefined) graph.set(keyOf(o), (set = new Set()))
      set.add(to)
    }
  }
  const findings: Finding[] = []
  for (const cycle of findCycles(graph)) {
    const members = new Set(cycle)
    const message = `cyclic dependency: ${describeEdges(cycle, members, graph)}`
    for (const key of cycle) {
      const a = annotated.get(key)
      if (a !== undefined) findings.push(invalid(a.object, a.annotation, message))
    }
  }
  return findings
}

// Every member of a long cycle gets the message: listing all its edges in each would be quadratic.
const MAX_EDGES_SHOWN = 10

function describeEdges(
  cycle: readonly string[],
  members: ReadonlySet<string>,
  graph: ReadonlyMap<string, ReadonlySet<string>>,
): string {
  const edges: string[] = []
  for (const from of cycle)
    for (const to of graph.get(from) ?? []) if (members.has(to)) edges.push(`${from}\n${to}`)
  edges.sort()
  const shown = edges.slice(0, MAX_EDGES_SHOWN).map((e) => {
    const [from = '', to = ''] = e.split('\n')
    return `${display(from)} -> ${display(to)}`
  })
  const more = edges.length - shown.length
  return more > 0 ? `${shown.join(', ')} and ${more} more edges` : shown.join(', ')
}

function crdGroupKind(o: DeclaredObject): string {
  const spec = o.source.object['spec'] as { group?: unknown; names?: { kind?: unknown } } | undefined
  return `${String(spec?.group ?? '')}/${String(spec?.names?.kind ?? '')}`
}

// A key joins group, kind, namespace and name (keyOf); show it in depends-on syntax.
function display(key: string): string {
  const [group = '', kind = '', namespace = '', name = ''] = key.split('\0')
  return formatReference({ group, kind, namespace, name })
}

function invalid(o: DeclaredObject, annotation: string, cause: string): Finding {
  return errorFinding(
    DEPENDENCY_CODE,
    o.source.file,
    o.source.locate(['metadata', 'annotations', annotation]),
    `invalid "${annotation}" annotation: ${cause}`,
  )
}
