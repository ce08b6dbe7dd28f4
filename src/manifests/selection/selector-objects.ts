/**
 * ClusterSelector and NamespaceSelector objects: their `spec.selector`
 * (KNV1006 when it cannot be decoded, KNV1014 when invalid or empty; wording
 * from pkg/importer/analyzer/transform/selectors/errors.go) and a
 * NamespaceSelector's `spec.mode`.
 */
import type { DeclaredObject } from '../declared-object.ts'
import { errorFinding, type Finding } from '../finding.ts'
import { describeType, fieldAt } from '../rules/object-fields.ts'
import { readLabelSelector, type LabelSelector } from './label-selector.ts'

/** A selector object's selector, or the finding that makes it unusable. */
export type SelectorObjectReading = { readonly selector: LabelSelector } | { readonly finding: Finding }

/** How a NamespaceSelector selects: declared Namespaces only, or the cluster's too. */
export type NamespaceSelectorMode = 'static' | 'dynamic'

/** Reads `spec.selector` of a ClusterSelector or NamespaceSelector. */
export function readSelectorObject(o: DeclaredObject): SelectorObjectReading {
  const reading = readLabelSelector(fieldAt(o.source.object, ['spec', 'selector']))
  if ('selector' in reading) {
    if (!reading.selector.empty) return reading
    const message = `${o.kind}s MUST define \`spec.selector\` with at least one requirement (an empty selector would select everything): ${o.kind} "${o.name}"`
    return { finding: errorFinding('KNV1014', o.source.file, o.source.locate(['spec', 'selector']), message) }
  }
  const line = o.source.locate(['spec', 'selector', ...reading.path])
  if ('malformed' in reading) {
    return {
      finding: errorFinding(
        'KNV1006',
        o.source.file,
        line,
        `The following config could not be parsed as a ${o.apiVersion}, Kind=${o.kind}: spec.${reading.malformed}`,
      ),
    }
  }
  return {
    finding: errorFinding(
      'KNV1014',
      o.source.file,
      line,
      `${o.kind} has validation errors that must be corrected: ${reading.invalid}`,
    ),
  }
}

/** A NamespaceSelector's mode ('' means static), or a KNV1006/KNV1014 finding for an unknown one. */
export function readSelectorMode(o: DeclaredObject): NamespaceSelectorMode | Finding {
  const mode = fieldAt(o.source.object, ['spec', 'mode'])
  const line = o.source.locate(['spec', 'mode'])
  if (mode === undefined || mode === null || mode === '' || mode === 'static') return 'static'
  if (mode === 'dynamic') return 'dynamic'
  if (typeof mode !== 'string') {
    return errorFinding(
      'KNV1006',
      o.source.file,
      line,
      `The following config could not be parsed as a ${o.apiVersion}, Kind=${o.kind}: spec.mode must be a string, found ${describeType(mode)}`,
    )
  }
  return errorFinding(
    'KNV1014',
    o.source.file,
    line,
    `Unknown mode "${mode}" defined in NamespaceSelector "${o.name}". To fix, please use either "static" or "dynamic".`,
  )
}
