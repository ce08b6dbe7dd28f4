/**
 * Fields the API server sets, which a source must not (pkg/validate/raw/validate
 * disallowed_fields_validator.go; CONFIG-SYNC.md §4.3): KNV1045 for each.
 * A value counts as set unless it is absent, null, empty, 0 or an empty list.
 */
import { errorFinding, type Finding } from '../finding.ts'
import { NO_FINDINGS, type ObjectRule } from './types.ts'

// metadata field → the name Config Sync's message uses (pkg/importer/id/field.go).
const SERVER_SET_FIELDS: ReadonlyArray<readonly [string, string]> = [
  ['ownerReferences', 'metadata.ownerReference'],
  ['selfLink', 'metadata.selfLink'],
  ['uid', 'metadata.uid'],
  ['resourceVersion', 'metadata.resourceVersion'],
  ['generation', 'metadata.generation'],
  ['creationTimestamp', 'metadata.creationTimestamp'],
  ['deletionTimestamp', 'metadata.deletionTimestamp'],
  ['deletionGracePeriodSeconds', 'metadata.deletionGracePeriodSeconds'],
]

/** KNV1045: ownerReferences, selfLink, uid, resourceVersion, generation, creation/deletion timestamps, deletionGracePeriodSeconds. */
export const disallowedFields: ObjectRule = {
  name: 'disallowed-fields',
  scope: 'object',
  check: (o) => {
    const metadata = o.source.object['metadata'] as Readonly<Record<string, unknown>>
    let findings: Finding[] | undefined
    for (const [field, name] of SERVER_SET_FIELDS) {
      if (!isSet(metadata[field])) continue
      findings ??= []
      findings.push(
        errorFinding(
          'KNV1045',
          o.source.file,
          o.source.locate(['metadata', field]),
          `Configs with "${name}" specified are not allowed. To fix, either remove the config or remove the "${name}" field in the config.`,
        ),
      )
    }
    return findings ?? NO_FINDINGS
  },
}

// `creationTimestamp: null` is what kubectl and kustomize write; it is harmless.
function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === 0) return false
  return !Array.isArray(value) || value.length > 0
}
