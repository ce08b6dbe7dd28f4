/**
 * HierarchyConfig objects (pkg/validate/tree/validate/hierarchy_config_validator.go,
 * pkg/validate/tree/hydrate/inheritance_hydrator.go; CONFIG-SYNC.md §4.6):
 * which kinds abstract namespaces pass down (`hierarchyMode: inherit`, the
 * default) and which they must not hold (`none`).
 */
import type { DeclaredObject } from '../declared-object.ts'
import { errorFinding, type Finding } from '../finding.ts'
import { describeType, fieldAt, groupKind, isMap } from '../rules/object-fields.ts'

/** The inheritance mode per `group/kind`. */
export type InheritanceModes = ReadonlyMap<string, 'inherit' | 'none'>

interface Entry {
  readonly group: string
  readonly kinds: readonly string[]
  readonly mode: string
  readonly index: number
}

/** KNV1042 for an unknown mode; KNV1041 for Namespace, configmanagement.gke.io or empty kinds; KNV1046 for cluster-scoped kinds in cluster/. */
export function checkHierarchyConfigs(
  configs: readonly DeclaredObject[],
  cluster: readonly DeclaredObject[],
): Finding[] {
  const clusterKinds = new Set(cluster.map((o) => `${o.group}/${o.kind}`))
  const findings: Finding[] = []
  for (const config of configs) {
    const entries = readEntries(config)
    if ('finding' in entries) {
      findings.push(entries.finding)
      continue
    }
    for (const entry of entries.list) findings.push(...checkEntry(config, entry, clusterKinds))
  }
  return findings
}

/** The effective mode of every kind the HierarchyConfigs list (the caller checked them). */
export function inheritanceModes(configs: readonly DeclaredObject[]): InheritanceModes {
  const modes = new Map<string, 'inherit' | 'none'>()
  for (const config of configs) {
    const entries = readEntries(config)
    if ('finding' in entries) continue
    for (const entry of entries.list)
      for (const kind of entry.kinds)
        modes.set(`${entry.group}/${kind}`, entry.mode === 'none' ? 'none' : 'inherit')
  }
  return modes
}

function checkEntry(config: DeclaredObject, entry: Entry, clusterKinds: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = []
  const kinds = entry.kinds.length === 0 ? [''] : entry.kinds
  const at = (field: string): number => config.source.locate(['spec', 'resources', entry.index, field])
  if (entry.mode !== '' && entry.mode !== 'none' && entry.mode !== 'inherit') {
    const message = `HierarchyMode "${entry.mode}" is not a valid value for the APIResource "${groupKind(entry.group, kinds[0]!)}". Allowed values are [none,inherit].`
    findings.push(errorFinding('KNV1042', config.source.file, at('hierarchyMode'), message))
  }
  for (const kind of kinds) {
    const gk = groupKind(entry.group, kind)
    if (
      (entry.group === '' && kind === 'Namespace') ||
      entry.group === 'configmanagement.gke.io' ||
      kind === ''
    ) {
      findings.push(
        errorFinding(
          'KNV1041',
          config.source.file,
          at('kinds'),
          `The "${gk}" APIResource MUST NOT be declared in a HierarchyConfig.`,
        ),
      )
    } else if (clusterKinds.has(`${entry.group}/${kind}`)) {
      const message = `This HierarchyConfig references the APIResource "${gk}" which has Cluster scope. Cluster scoped objects are not permitted in HierarchyConfig.`
      findings.push(errorFinding('KNV1046', config.source.file, at('kinds'), message))
    }
  }
  return findings
}

function readEntries(config: DeclaredObject): { list: Entry[] } | { finding: Finding } {
  const resources = fieldAt(config.source.object, ['spec', 'resources'])
  if (resources === undefined || resources === null) return { list: [] }
  const malformed = (path: readonly (string | number)[], what: string): { finding: Finding } => ({
    finding: errorFinding(
      'KNV1006',
      config.source.file,
      config.source.locate(path),
      `The following config could not be parsed as a ${config.apiVersion}, Kind=HierarchyConfig: ${what}`,
    ),
  })
  if (!Array.isArray(resources))
    return malformed(['spec', 'resources'], `spec.resources must be a list, found ${describeType(resources)}`)
  const list: Entry[] = []
  for (let index = 0; index < resources.length; index++) {
    const r: unknown = resources[index]
    if (!isMap(r)) return malformed(['spec', 'resources', index], `spec.resources[${index}] must be a map`)
    // null reads as the zero value, as in Go.
    const group = r['group'] ?? ''
    const kindList = r['kinds'] ?? []
    const hierarchyMode = r['hierarchyMode'] ?? ''
    if (
      typeof group !== 'string' ||
      typeof hierarchyMode !== 'string' ||
      !Array.isArray(kindList) ||
      kindList.some((k) => typeof k !== 'string')
    ) {
      return malformed(
        ['spec', 'resources', index],
        `spec.resources[${index}] needs a string group, a list of string kinds and a string hierarchyMode`,
      )
    }
    list.push({ group, kinds: kindList as string[], mode: hierarchyMode, index })
  }
  return { list }
}
