/**
 * The CustomResourceDefinitions declared in the repository, indexed by the
 * group, version and kind of the custom resources they define, with each
 * version's schema (apiextensions.k8s.io/v1, and the removed v1beta1 whose
 * schema may sit at spec.validation for every version).
 */
import type { ManifestObject } from '../parse.ts'
import { isPlainObject } from './field-path.ts'

/** One version of a declared CRD. */
export interface CrdVersion {
  readonly crd: ManifestObject
  /** metadata.name of the CRD, e.g. "widgets.example.com". */
  readonly crdName: string
  readonly served: boolean
  readonly schema?: Record<string, unknown>
  /** False only for v1beta1 CRDs that keep unknown fields (spec.preserveUnknownFields, true by default there). */
  readonly prune: boolean
}

/** What the repository declares for a custom resource's group, version and kind. */
export type CrdLookup =
  | { readonly found: 'none' }
  | {
      readonly found: 'other-versions'
      readonly crd: ManifestObject
      readonly crdName: string
      readonly versions: readonly string[]
    }
  | { readonly found: 'version'; readonly version: CrdVersion }

const CRD_API_VERSIONS = new Set(['apiextensions.k8s.io/v1', 'apiextensions.k8s.io/v1beta1'])

/** The declared CRDs: how many, and what they say about a custom resource's apiVersion and kind. */
export interface CrdIndex {
  readonly size: number
  lookup(apiVersion: string, kind: string): CrdLookup
}

/** Indexes every CRD among objects; the first declaration of a group/kind wins (duplicates are KNV1029). */
export function indexCrds(objects: readonly ManifestObject[]): CrdIndex {
  const byGroupKind = new Map<string, Map<string, CrdVersion>>()
  for (const o of objects) {
    const { apiVersion, kind, spec, metadata } = o.object
    if (
      kind !== 'CustomResourceDefinition' ||
      typeof apiVersion !== 'string' ||
      !CRD_API_VERSIONS.has(apiVersion) ||
      !isPlainObject(spec)
    )
      continue
    const group = spec['group']
    const names = spec['names']
    const crKind = isPlainObject(names) ? names['kind'] : undefined
    if (typeof group !== 'string' || typeof crKind !== 'string') continue
    const key = `${group}/${crKind}`
    if (byGroupKind.has(key)) continue
    const crdName = isPlainObject(metadata) && typeof metadata['name'] === 'string' ? metadata['name'] : key
    byGroupKind.set(key, declaredVersions(o, crdName, spec, apiVersion === 'apiextensions.k8s.io/v1'))
  }
  return { size: byGroupKind.size, lookup: (apiVersion, kind) => lookupIn(byGroupKind, apiVersion, kind) }
}

function lookupIn(
  byGroupKind: ReadonlyMap<string, ReadonlyMap<string, CrdVersion>>,
  apiVersion: string,
  kind: string,
): CrdLookup {
  const slash = apiVersion.indexOf('/')
  const versions = slash === -1 ? undefined : byGroupKind.get(`${apiVersion.slice(0, slash)}/${kind}`)
  const first = versions === undefined ? undefined : [...versions.values()][0]
  if (versions === undefined || first === undefined) return { found: 'none' }
  const version = versions.get(apiVersion.slice(slash + 1))
  if (version !== undefined && version.served) return { found: 'version', version }
  const served = [...versions].filter(([, v]) => v.served).map(([name]) => name)
  return { found: 'other-versions', crd: first.crd, crdName: first.crdName, versions: served }
}

function declaredVersions(
  crd: ManifestObject,
  crdName: string,
  spec: Record<string, unknown>,
  v1: boolean,
): Map<string, CrdVersion> {
  const validation = spec['validation']
  const shared = v1 || !isPlainObject(validation) ? undefined : schemaOf(validation)
  const prune = v1 || spec['preserveUnknownFields'] === false
  const versions = new Map<string, CrdVersion>()
  const list = Array.isArray(spec['versions']) ? spec['versions'] : []
  for (const entry of list) {
    if (!isPlainObject(entry) || typeof entry['name'] !== 'string') continue
    const schema = (isPlainObject(entry['schema']) ? schemaOf(entry['schema']) : undefined) ?? shared
    versions.set(entry['name'], {
      crd,
      crdName,
      served: entry['served'] !== false,
      prune,
      ...(schema === undefined ? {} : { schema }),
    })
  }
  // v1beta1 could name a single version in spec.version instead of a list.
  if (!v1 && list.length === 0 && typeof spec['version'] === 'string') {
    versions.set(spec['version'], {
      crd,
      crdName,
      served: true,
      prune,
      ...(shared === undefined ? {} : { schema: shared }),
    })
  }
  return versions
}

function schemaOf(holder: Record<string, unknown>): Record<string, unknown> | undefined {
  const schema = holder['openAPIV3Schema']
  return isPlainObject(schema) ? schema : undefined
}
