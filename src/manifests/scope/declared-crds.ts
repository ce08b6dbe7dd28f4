/**
 * CustomResourceDefinitions declared in the source, read the way Config Sync
 * converts them to apiextensions/v1 (pkg/util/clusterconfig ToCRD): a field of
 * the wrong type makes the CRD malformed (KNV1065); a v1beta1 `spec.version`
 * counts as one served version.
 */
import { isCrd, type DeclaredObject } from '../declared-object.ts'
import { describeType, isMap } from '../rules/object-fields.ts'
import type { ObjectScope } from './scope-types.ts'

/** What Config Sync takes from a declared CRD. */
export interface DeclaredCrd {
  readonly object: DeclaredObject
  readonly group: string
  readonly kind: string
  readonly plural: string
  readonly scope: ObjectScope
  /** At least one version is served: only then does the CRD define a scope. */
  readonly served: boolean
}

/** A CRD, or why it cannot be converted (the path of the bad field and the reason). */
export type CrdReading =
  { readonly crd: DeclaredCrd } | { readonly malformed: string; readonly path: readonly (string | number)[] }

type Path = readonly (string | number)[]
type Expect = 'string' | 'boolean' | 'map' | 'list'

// Fields Config Sync's conversion reads, and their types.
const STRING_FIELDS: readonly Path[] = [
  ['group'],
  ['scope'],
  ['version'],
  ['names', 'plural'],
  ['names', 'kind'],
  ['names', 'singular'],
  ['names', 'listKind'],
]
const STRING_LIST_FIELDS: readonly Path[] = [
  ['names', 'shortNames'],
  ['names', 'categories'],
]

/** Reads a CRD object (the caller checked the kind). */
export function readCrd(o: DeclaredObject): CrdReading {
  const spec = o.source.object['spec']
  if (spec === undefined || spec === null) return { crd: crdOf(o, {}) }
  if (!isMap(spec)) return mismatch(['spec'], 'map', spec)
  for (const path of STRING_FIELDS) {
    const problem = check(spec, path, 'string')
    if (problem !== undefined) return problem
  }
  for (const path of STRING_LIST_FIELDS) {
    const problem = check(spec, path, 'list') ?? checkItems(spec, path, 'string')
    if (problem !== undefined) return problem
  }
  const names = check(spec, ['names'], 'map')
  if (names !== undefined) return names
  const versions = check(spec, ['versions'], 'list') ?? checkVersions(spec)
  return versions ?? { crd: crdOf(o, spec) }
}

/** Every served CRD in objects, the last declaration of a group and kind winning (customresources.GetCRDs). */
export function declaredCrds(objects: readonly DeclaredObject[]): DeclaredCrd[] {
  const byGroupKind = new Map<string, DeclaredCrd>()
  for (const o of objects) {
    if (!isCrd(o)) continue
    const reading = readCrd(o)
    if ('crd' in reading) byGroupKind.set(`${reading.crd.group}/${reading.crd.kind}`, reading.crd)
  }
  return [...byGroupKind.values()]
}

function crdOf(o: DeclaredObject, spec: Readonly<Record<string, unknown>>): DeclaredCrd {
  const names = isMap(spec['names']) ? spec['names'] : {}
  const versions = Array.isArray(spec['versions']) ? spec['versions'] : []
  const served =
    versions.some((v) => isMap(v) && v['served'] === true) ||
    (versions.length === 0 && typeof spec['version'] === 'string' && spec['version'] !== '')
  return {
    object: o,
    group: asString(spec['group']),
    kind: asString(names['kind']),
    plural: asString(names['plural']),
    scope: spec['scope'] === 'Cluster' ? 'cluster' : 'namespace',
    served,
  }
}

function checkVersions(spec: Readonly<Record<string, unknown>>): CrdReading | undefined {
  const versions = spec['versions']
  if (!Array.isArray(versions)) return undefined
  for (let i = 0; i < versions.length; i++) {
    const v: unknown = versions[i]
    if (!isMap(v)) return mismatch(['spec', 'versions', i], 'map', v)
    for (const [field, type] of [
      ['name', 'string'],
      ['served', 'boolean'],
      ['storage', 'boolean'],
      ['schema', 'map'],
    ] as const) {
      const value = v[field]
      if (value !== undefined && value !== null && !hasType(value, type))
        return mismatch(['spec', 'versions', i, field], type, value)
    }
  }
  return undefined
}

function check(spec: Readonly<Record<string, unknown>>, path: Path, type: Expect): CrdReading | undefined {
  let value: unknown = spec
  for (const key of path) value = isMap(value) ? value[key as string] : undefined
  if (value === undefined || value === null || hasType(value, type)) return undefined
  return mismatch(['spec', ...path], type, value)
}

function checkItems(
  spec: Readonly<Record<string, unknown>>,
  path: Path,
  type: Expect,
): CrdReading | undefined {
  let value: unknown = spec
  for (const key of path) value = isMap(value) ? value[key as string] : undefined
  if (!Array.isArray(value)) return undefined
  const index = value.findIndex((item) => !hasType(item, type))
  return index === -1 ? undefined : mismatch(['spec', ...path, index], type, value[index])
}

function hasType(value: unknown, type: Expect): boolean {
  if (type === 'map') return isMap(value)
  if (type === 'list') return Array.isArray(value)
  return typeof value === type
}

function mismatch(path: Path, type: Expect, value: unknown): CrdReading {
  const where = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')
  return { malformed: `${where}: expected a ${type}, found ${describeType(value)}`, path }
}

function asString(value: unknown): string {
  return typeof value === 'string' ? value : ''
}
