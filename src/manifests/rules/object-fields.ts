/**
 * Typed access to the fields every rule needs. Objects are unvalidated
 * decoder output, so every step checks its type.
 */
import type { ManifestObject } from '../parse.ts'

/** A plain map (decoded YAML/JSON mapping), not an array or null. */
export function isMap(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The value at a path of map keys, or undefined when any step is missing or not a map. */
export function fieldAt(object: Readonly<Record<string, unknown>>, path: readonly string[]): unknown {
  let value: unknown = object
  for (const key of path) {
    if (!isMap(value)) return undefined
    value = value[key]
  }
  return value
}

/** A string field, or '' when it is absent or not a string. */
export function stringAt(object: Readonly<Record<string, unknown>>, path: readonly string[]): string {
  const value = fieldAt(object, path)
  return typeof value === 'string' ? value : ''
}

/** The API group of an apiVersion: "apps/v1" → "apps", "v1" → "" (the core group). */
export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/')
  return slash === -1 ? '' : apiVersion.slice(0, slash)
}

/** Go's schema.GroupKind.String(): "Deployment.apps", or "ConfigMap" for the core group. */
export function groupKind(group: string, kind: string): string {
  return group === '' ? kind : `${kind}.${group}`
}

/** One annotation's value if it is a string, else undefined. */
export function annotation(o: ManifestObject, key: string): string | undefined {
  const value = fieldAt(o.object, ['metadata', 'annotations', key])
  return typeof value === 'string' ? value : undefined
}

/** "file:line", how findings point at another object. */
export function where(o: ManifestObject): string {
  return `${o.file}:${o.line}`
}

/** A value's type in words, for messages: "a number", "a list", "null". */
export function describeType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (isMap(value)) return 'a map'
  return `a ${typeof value}`
}
