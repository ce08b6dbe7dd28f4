/**
 * Field paths and field ownership as server-side apply keeps them
 * (https://kubernetes.io/docs/reference/using-api/server-side-apply/):
 * every manager (per operation Apply/Update) owns a set of leaf paths; an
 * apply conflicts with other owners of a field whose value it changes, force
 * moves the ownership, and an applier that stops sending a field it alone
 * owned removes it. Lists are atomic leaves here (the RSync spec has none
 * that matter), and only spec, labels and annotations are tracked.
 */

/** A JSON object as the store holds it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
/** A JSON object. */
export type JsonObject = { [key: string]: Json }

/** A path to a leaf, e.g. ['spec', 'oci', 'image']. */
export type FieldPath = readonly string[]

/** One managedFields entry, with the paths as a set of keys. */
export interface FieldManagerEntry {
  manager: string
  operation: 'Apply' | 'Update'
  apiVersion: string
  time: string
  paths: Set<string>
}

/** Stable key of a path. */
export const pathKey = (path: FieldPath): string => JSON.stringify(path)
/** The path of a key. */
export const keyPath = (key: string): string[] => JSON.parse(key) as string[]

/** True for a non-null, non-array object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The tracked leaf paths of an object (spec…, metadata.labels.*, metadata.annotations.*). */
export function trackedLeaves(object: JsonObject): FieldPath[] {
  const leaves: FieldPath[] = []
  for (const [key, value] of Object.entries(object)) {
    if (['apiVersion', 'kind', 'metadata', 'status'].includes(key)) continue
    collect(value, [key], leaves)
  }
  const metadata = isObject(object['metadata']) ? object['metadata'] : {}
  for (const key of ['labels', 'annotations']) {
    const map = metadata[key]
    if (isObject(map)) for (const name of Object.keys(map)) leaves.push(['metadata', key, name])
  }
  return leaves
}

function collect(value: Json | undefined, path: string[], out: FieldPath[]): void {
  if (isObject(value) && Object.keys(value).length > 0) {
    for (const [key, child] of Object.entries(value)) collect(child, [...path, key], out)
    return
  }
  out.push(path)
}

/** The value at a path, or undefined. */
export function getPath(object: JsonObject, path: FieldPath): Json | undefined {
  let current: Json | undefined = object
  for (const segment of path) {
    if (!isObject(current)) return undefined
    current = current[segment]
  }
  return current
}

/** Sets a value, creating parent objects. */
export function setPath(object: JsonObject, path: FieldPath, value: Json): void {
  let current = object
  for (const segment of path.slice(0, -1)) {
    const next = current[segment]
    if (!isObject(next)) current[segment] = {}
    current = current[segment] as JsonObject
  }
  current[path[path.length - 1]!] = value
}

/** Deletes a leaf and then every parent object it leaves empty. */
export function deletePath(object: JsonObject, path: FieldPath): void {
  const parents: JsonObject[] = [object]
  for (const segment of path.slice(0, -1)) {
    const next = parents[parents.length - 1]![segment]
    if (!isObject(next)) return
    parents.push(next)
  }
  delete parents[parents.length - 1]![path[path.length - 1]!]
  for (let i = parents.length - 1; i > 0; i--) {
    if (Object.keys(parents[i]!).length > 0) break
    delete parents[i - 1]![path[i - 1]!]
  }
}

/** Deep equality of JSON values. */
export function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** The fieldsV1 encoding of a path set: {"f:spec":{"f:oci":{"f:image":{}}}}. */
export function encodeFieldsV1(paths: Iterable<string>): JsonObject {
  const root: JsonObject = {}
  for (const key of paths) {
    let node = root
    for (const segment of keyPath(key)) {
      const name = `f:${segment}`
      if (!isObject(node[name])) node[name] = {}
      node = node[name] as JsonObject
    }
  }
  return root
}

/** The leaf paths of a fieldsV1 object (the inverse of encodeFieldsV1; `.` markers and list keys are skipped). */
export function decodeFieldsV1(fields: Json | undefined, prefix: readonly string[] = []): string[] {
  if (!isObject(fields)) return []
  const children = Object.entries(fields).filter(([name]) => name.startsWith('f:'))
  if (children.length === 0) return prefix.length === 0 ? [] : [pathKey(prefix)]
  return children.flatMap(([name, child]) => decodeFieldsV1(child, [...prefix, name.slice(2)]))
}

/** A conflict of an apply with another manager's field. */
export interface FieldConflict {
  readonly manager: string
  readonly path: FieldPath
}

/** Fields the applied config changes that another manager owns (what `force` overrides). */
export function findConflicts(
  entries: readonly FieldManagerEntry[],
  self: FieldManagerEntry | undefined,
  live: JsonObject,
  applied: JsonObject,
): FieldConflict[] {
  const conflicts: FieldConflict[] = []
  for (const path of trackedLeaves(applied)) {
    const key = pathKey(path)
    if (sameJson(getPath(live, path), getPath(applied, path))) continue
    for (const entry of entries) {
      if (entry !== self && entry.paths.has(key)) conflicts.push({ manager: entry.manager, path })
    }
  }
  return conflicts
}

/** ".spec.oci.image", as the API server names a field in a conflict. */
export function dottedPath(path: FieldPath): string {
  return path.map((segment) => `.${segment}`).join('')
}
