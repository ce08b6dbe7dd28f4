/**
 * The unknown-field check of built-in kinds (kubectl's strict decoding, as
 * kubeconform -strict does it): a walk over the generated table of property
 * names per type (k8s-fields.generated.json, from the 1.36 API), so no
 * Kubernetes client is loaded at run time. Types, required fields and enums
 * are left to the precompiled validators (builtin-validators.ts).
 */
import FIELDS from './k8s-fields.generated.json' with { type: 'json' }
import { closestName } from './closest-name.ts'
import { formatPath, isPlainObject, type FieldPath } from './field-path.ts'
import type { SchemaProblem } from './schema-errors.ts'

/** The generated table: root type per apiVersion/kind, and per type its properties' encoded child types. */
export interface FieldTable {
  /** The Kubernetes minor version the table was generated from. */
  readonly kubernetes: string
  /** "apps/v1/Deployment" → "V1Deployment". */
  readonly kinds: Readonly<Record<string, string>>
  /** The "apiVersion/kind" keys that have a precompiled validator (builtin-validators-*.generated.ts). */
  readonly validated: readonly string[]
  /** Type → property → "" (leaf), "T" (object of T), "[T" (list of T) or "{T" (map of T). */
  readonly types: Readonly<Record<string, Readonly<Record<string, string>>>>
}

/** The table bundled with this build. */
export const FIELD_TABLE: FieldTable = FIELDS as FieldTable

/** One key the schema does not know, with the closest known sibling if there is one. */
export interface UnknownField {
  readonly path: FieldPath
  readonly suggestion?: string
}

/** The root type of a built-in kind, e.g. "V1Deployment" for apps/v1 Deployment. */
export function rootTypeOf(
  apiVersion: string,
  kind: string,
  table: FieldTable = FIELD_TABLE,
): string | undefined {
  const key = `${apiVersion}/${kind}`
  return Object.hasOwn(table.kinds, key) ? table.kinds[key] : undefined
}

/**
 * Every key of value (an object of type) that its type does not declare,
 * recursing through lists and maps of object types. Null values mean "unset"
 * to Kubernetes and are skipped; leaves (scalars, `any`, RawExtension) stop
 * the walk.
 */
export function findUnknownFields(
  value: unknown,
  type: string,
  prefix: FieldPath = [],
  table: FieldTable = FIELD_TABLE,
): UnknownField[] {
  const found: UnknownField[] = []
  walk(value, type, [...prefix], table, found)
  return found
}

/** The problem to report for an unknown field, worded as kubectl's strict decoding does. */
export function unknownFieldProblem(field: UnknownField): SchemaProblem {
  const hint = field.suggestion === undefined ? '' : `; did you mean "${field.suggestion}"?`
  return { kind: 'unknown', path: field.path, message: `unknown field "${formatPath(field.path)}"${hint}` }
}

// path is one mutable stack for the whole walk: copied only when a field is reported.
function walk(
  value: unknown,
  type: string,
  path: (string | number)[],
  table: FieldTable,
  found: UnknownField[],
): void {
  const fields = table.types[type]
  if (fields === undefined || !isPlainObject(value)) return
  for (const key in value) {
    const child = value[key]
    if (child === null || child === undefined) continue
    // Own properties only: a manifest key like "constructor" must not find Object.prototype's.
    const encoded = Object.hasOwn(fields, key) ? fields[key] : undefined
    if (encoded === undefined) {
      const suggestion = closestName(key, Object.keys(fields))
      found.push(suggestion === undefined ? { path: [...path, key] } : { path: [...path, key], suggestion })
    } else if (encoded !== '') {
      path.push(key)
      walkChild(child, encoded, path, table, found)
      path.pop()
    }
  }
}

function walkChild(
  value: unknown,
  encoded: string,
  path: (string | number)[],
  table: FieldTable,
  found: UnknownField[],
): void {
  const marker = encoded.charCodeAt(0)
  if (marker === 0x5b /* [ */) {
    if (!Array.isArray(value)) return
    const type = encoded.slice(1)
    for (let i = 0; i < value.length; i++) {
      path.push(i)
      walk(value[i], type, path, table, found)
      path.pop()
    }
  } else if (marker === 0x7b /* { */) {
    if (!isPlainObject(value)) return
    const type = encoded.slice(1)
    for (const key in value) {
      path.push(key)
      walk(value[key], type, path, table, found)
      path.pop()
    }
  } else {
    walk(value, encoded, path, table, found)
  }
}
