/**
 * KNV2010: what Config Sync's reader requires of every object before it
 * validates anything else (pkg/importer/reader/reader.go, parseID and
 * validateMetadata; ../shared/CONFIG-SYNC.md §4.2). A top-level document with
 * no kind never gets here: the decoder rejects it as KNV2001 (parse.ts), so
 * a missing kind is reported here only for List items.
 */
import { errorFinding, type Finding } from '../finding.ts'
import type { ManifestObject } from '../parse.ts'
import { describeType, isMap } from './object-fields.ts'
import { NO_FINDINGS, type ReadRule } from './types.ts'

const KNV2010 = 'KNV2010'

/** KNV2010: apiVersion, kind, metadata, metadata.name present; annotations and labels maps. */
export const requiredFields: ReadRule = {
  name: 'required-fields',
  check: (o) => (isWellFormed(o.object) ? NO_FINDINGS : [...checkTypeMeta(o), ...checkMetadata(o)]),
}

/** The common case, decided without allocating: every check below would pass. */
function isWellFormed(object: Readonly<Record<string, unknown>>): boolean {
  const { apiVersion, kind, metadata } = object
  if (
    typeof apiVersion !== 'string' ||
    apiVersion === '' ||
    apiVersion.indexOf('/') !== apiVersion.lastIndexOf('/')
  )
    return false
  if (typeof kind !== 'string' || kind === '' || !isMap(metadata)) return false
  const { name, annotations, labels } = metadata
  return typeof name === 'string' && name !== '' && isMapOrAbsent(annotations) && isMapOrAbsent(labels)
}

function isMapOrAbsent(value: unknown): boolean {
  return value === undefined || value === null || isMap(value)
}

function checkTypeMeta(o: ManifestObject): Finding[] {
  const findings: Finding[] = []
  const apiVersion = requiredString(o, ['apiVersion'], findings)
  // schema.ParseGroupVersion accepts "v1" and "group/version", nothing longer.
  if (apiVersion !== undefined && apiVersion.split('/').length > 2) {
    findings.push(
      errorFinding(
        KNV2010,
        o.file,
        o.locate(['apiVersion']),
        `unexpected GroupVersion string: ${apiVersion}`,
      ),
    )
  }
  requiredString(o, ['kind'], findings)
  return findings
}

function checkMetadata(o: ManifestObject): Finding[] {
  const metadata = o.object['metadata']
  if (!isMap(metadata)) {
    const message =
      metadata === undefined
        ? 'resource does not define metadata'
        : `resource does not define metadata: metadata is ${describeType(metadata)}, expected a map`
    return [errorFinding(KNV2010, o.file, o.locate(['metadata']), message)]
  }
  const findings: Finding[] = []
  requiredString(o, ['metadata', 'name'], findings)
  for (const field of ['annotations', 'labels'] as const) {
    const value = metadata[field]
    // null is fine: Go reads it as an absent map.
    if (!isMapOrAbsent(value)) {
      const shown = typeof value === 'string' ? value : JSON.stringify(value)
      findings.push(
        errorFinding(
          KNV2010,
          o.file,
          o.locate(['metadata', field]),
          `validating ${field}: not a map: ${shown}`,
        ),
      )
    }
  }
  return findings
}

/** The field's string value; pushes KNV2010 when it is absent, empty or not a string. */
function requiredString(o: ManifestObject, path: readonly string[], findings: Finding[]): string | undefined {
  let value: unknown = o.object
  for (const key of path) value = isMap(value) ? value[key] : undefined
  const name = path.join('.')
  if (value === undefined || value === null || value === '') {
    findings.push(errorFinding(KNV2010, o.file, o.locate(path), `missing field "${name}"`))
    return undefined
  }
  if (typeof value !== 'string') {
    findings.push(
      errorFinding(
        KNV2010,
        o.file,
        o.locate(path),
        `field "${name}" must be a string, found ${describeType(value)}`,
      ),
    )
    return undefined
  }
  return value
}
