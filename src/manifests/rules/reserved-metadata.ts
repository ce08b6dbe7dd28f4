/**
 * Metadata that belongs to Config Sync (pkg/validate/raw/validate;
 * ../shared/CONFIG-SYNC.md §4.3): reserved annotations (KNV1010) and labels
 * (KNV1011), the managed annotation's value (KNV1005), HNC depth labels
 * (KNV1057, hierarchy only).
 */
import { ANNOTATIONS, type DeclaredObject } from '../declared-object.ts'
import { errorFinding, type Finding } from '../finding.ts'
import { NO_FINDINGS, type ObjectRule } from './types.ts'

const CONFIG_MANAGEMENT_PREFIX = 'configmanagement.gke.io/'
const CONFIG_SYNC_PREFIX = 'configsync.gke.io/'
const HNC_DEPTH_SUFFIX = '.tree.hnc.x-k8s.io/depth'

/** The reserved-prefix annotations a source may carry (pkg/metadata sourceAnnotations). */
export const SOURCE_ANNOTATIONS: ReadonlySet<string> = new Set([
  ANNOTATIONS.namespaceSelector,
  ANNOTATIONS.legacyClusterSelector,
  ANNOTATIONS.clusterNameSelector,
  ANNOTATIONS.managed,
  ANNOTATIONS.lifecycleMutation,
  ANNOTATIONS.deletionPropagation,
])

/** A plain "starts with": `foo.configsync.gke.io/x` is not reserved. */
function hasReservedPrefix(key: string): boolean {
  return key.startsWith(CONFIG_MANAGEMENT_PREFIX) || key.startsWith(CONFIG_SYNC_PREFIX)
}

/** KNV1010: a configmanagement.gke.io/ or configsync.gke.io/ annotation outside the allow-list. */
export const reservedAnnotations: ObjectRule = {
  name: 'reserved-annotations',
  scope: 'object',
  check: (o) => {
    const invalid = keysWhere(o.annotations, (k) => hasReservedPrefix(k) && !SOURCE_ANNOTATIONS.has(k))
    if (invalid === undefined) return NO_FINDINGS
    return [
      listFinding(
        o,
        'KNV1010',
        'annotations',
        invalid,
        (list) =>
          `Configs MUST NOT declare unsupported annotations starting with "${CONFIG_MANAGEMENT_PREFIX}" or "${CONFIG_SYNC_PREFIX}". The config has invalid annotations: ${list}`,
      ),
    ]
  },
}

/** KNV1011: any label with a configmanagement.gke.io/ or configsync.gke.io/ prefix. */
export const reservedLabels: ObjectRule = {
  name: 'reserved-labels',
  scope: 'object',
  check: (o) => {
    const invalid = keysWhere(o.labels, hasReservedPrefix)
    if (invalid === undefined) return NO_FINDINGS
    return [
      listFinding(
        o,
        'KNV1011',
        'labels',
        invalid,
        (list) =>
          `Configs MUST NOT declare labels starting with "${CONFIG_MANAGEMENT_PREFIX}" or "${CONFIG_SYNC_PREFIX}". The config has disallowed labels: ${list}`,
      ),
    ]
  },
}

/** KNV1057 (hierarchy): a label ending in .tree.hnc.x-k8s.io/depth, which Config Sync sets itself. */
export const hncDepthLabels: ObjectRule = {
  name: 'hnc-depth-labels',
  scope: 'object',
  check: (o) => {
    const invalid = keysWhere(o.labels, (k) => k.endsWith(HNC_DEPTH_SUFFIX))
    if (invalid === undefined) return NO_FINDINGS
    return [
      listFinding(
        o,
        'KNV1057',
        'labels',
        invalid,
        (list) =>
          `Configs MUST NOT declare labels ending with "${HNC_DEPTH_SUFFIX}". The config has disallowed labels: ${list}`,
      ),
    ]
  },
}

/** KNV1005: the managed annotation with any value but `disabled` (`enabled` included). */
export const managementAnnotation: ObjectRule = {
  name: 'management-annotation',
  scope: 'object',
  check: (o) => {
    const value = o.annotations[ANNOTATIONS.managed]
    if (value === undefined || value === 'disabled') return NO_FINDINGS
    return [
      errorFinding(
        'KNV1005',
        o.source.file,
        o.source.locate(['metadata', 'annotations', ANNOTATIONS.managed]),
        `Config has invalid management annotation ${ANNOTATIONS.managed}=${value}. If set, the value must be "disabled".`,
      ),
    ]
  },
}

/** The keys that match, or undefined (allocating nothing) when none does: the common case. */
function keysWhere(
  map: Readonly<Record<string, string>>,
  matches: (key: string) => boolean,
): string[] | undefined {
  let found: string[] | undefined
  for (const key in map) if (matches(key)) (found ??= []).push(key)
  return found
}

/** One finding per object, as Config Sync reports it, at the line of the first key in sorted order. */
function listFinding(
  o: DeclaredObject,
  code: string,
  field: string,
  keys: string[],
  message: (list: string) => string,
): Finding {
  const sorted = [...keys].sort()
  const list = sorted.map((k) => JSON.stringify(k)).join(', ')
  return errorFinding(code, o.source.file, o.source.locate(['metadata', field, sorted[0]!]), message(list))
}
