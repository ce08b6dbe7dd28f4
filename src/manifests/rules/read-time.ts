/**
 * Read-time checks after the identity fields (pkg/importer/reader/reader.go;
 * ../shared/CONFIG-SYNC.md §4.2): a status (KNV1045) and annotation or label
 * values that are not strings (KNV1054). YAML 1.1 makes unquoted `true`,
 * `yes`, `0644` or `1.0` non-strings, which is how most KNV1054s happen.
 */
import { errorFinding, type Finding } from '../finding.ts'
import type { ManifestObject } from '../parse.ts'
import { describeType, groupOf, isMap } from './object-fields.ts'
import { NO_FINDINGS, type ReadRule } from './types.ts'

// Config Sync's own kinds (ClusterConfig, Repo…) carry a status it writes itself.
const STATUS_EXEMPT_GROUP = 'configmanagement.gke.io'

/** KNV1045: a non-empty `status`, except on configmanagement.gke.io kinds. */
export const statusField: ReadRule = {
  name: 'status-field',
  check: (o) => {
    const status = o.object['status']
    if (status === undefined || status === null || (isMap(status) && Object.keys(status).length === 0))
      return NO_FINDINGS
    if (groupOf(o.object['apiVersion'] as string) === STATUS_EXEMPT_GROUP) return NO_FINDINGS
    return [
      errorFinding(
        'KNV1045',
        o.file,
        o.locate(['status']),
        'Configs with "status" specified are not allowed. To fix, either remove the config or remove the "status" field in the config.',
      ),
    ]
  },
}

/** KNV1054: each annotation or label whose value is not a string, at its own line. */
export const stringMetadataValues: ReadRule = {
  name: 'string-metadata-values',
  check: (o) => {
    const metadata = o.object['metadata'] as Readonly<Record<string, unknown>>
    if (allStrings(metadata['annotations']) && allStrings(metadata['labels'])) return NO_FINDINGS
    return [...nonStrings(o, metadata, 'annotations'), ...nonStrings(o, metadata, 'labels')]
  },
}

function allStrings(map: unknown): boolean {
  if (!isMap(map)) return true
  for (const key in map) if (typeof map[key] !== 'string') return false
  return true
}

function nonStrings(
  o: ManifestObject,
  metadata: Readonly<Record<string, unknown>>,
  field: 'annotations' | 'labels',
): Finding[] {
  const map = metadata[field]
  if (!isMap(map)) return []
  const findings: Finding[] = []
  for (const key in map) {
    const value = map[key]
    if (typeof value === 'string') continue
    findings.push(
      errorFinding(
        'KNV1054',
        o.file,
        o.locate(['metadata', field, key]),
        `Values in metadata.${field} MUST be strings. To fix, add quotes around the values. Non-string value for metadata.${field}.${key}: ${describeValue(value)}.`,
      ),
    )
  }
  return findings
}

// YAML 1.1 (what Kubernetes decodes) turns these unquoted scalars into non-strings.
function describeValue(value: unknown): string {
  if (typeof value === 'boolean')
    return 'a boolean (unquoted true, false, yes, no, on and off are booleans in YAML 1.1)'
  if (typeof value === 'number')
    return 'a number (unquoted digits, 0644-style octal and 1.0-style decimals are numbers)'
  return describeType(value)
}
