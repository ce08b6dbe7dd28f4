import { stringify } from 'yaml'

/**
 * How objects are named and printed in a diff: identity by group, kind,
 * namespace and name (the key Config Sync applies by), and YAML with keys
 * in a stable order so that a reordered file shows no change.
 */

/** What identifies an object in the cluster. */
export interface ObjectId {
  /** API group ('' for the core group), without the version. */
  readonly group: string
  readonly kind: string
  readonly namespace: string
  readonly name: string
}

/** The identity of a decoded object; missing fields read as ''. */
export function objectIdOf(object: Readonly<Record<string, unknown>>): ObjectId {
  const apiVersion = typeof object['apiVersion'] === 'string' ? object['apiVersion'] : ''
  const metadata = (
    typeof object['metadata'] === 'object' && object['metadata'] !== null ? object['metadata'] : {}
  ) as Record<string, unknown>
  const text = (value: unknown): string => (typeof value === 'string' ? value : '')
  return {
    group: apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '',
    kind: text(object['kind']),
    namespace: text(metadata['namespace']),
    name: text(metadata['name']),
  }
}

/** 'apps/Deployment shop/web', 'Namespace shop': group/kind, then namespace/name. */
export function formatObjectId(id: ObjectId): string {
  const kind = id.group === '' ? id.kind : `${id.group}/${id.kind}`
  return `${kind} ${id.namespace === '' ? '' : `${id.namespace}/`}${id.name}`
}

/** A sort key: group, kind, namespace, name. */
export function objectIdKey(id: ObjectId): string {
  return [id.group, id.kind, id.namespace, id.name].join('\u0000')
}

/** Top-level keys in the order kubectl prints them; everything else alphabetical. */
const LEADING_KEYS = ['apiVersion', 'kind', 'metadata']

/** YAML of the object with keys in a stable order (apiVersion, kind, metadata, then A–Z at every level). */
export function canonicalYaml(object: Readonly<Record<string, unknown>>): string {
  const ordered: Record<string, unknown> = {}
  for (const key of LEADING_KEYS) if (key in object) ordered[key] = sortKeys(object[key])
  for (const key of Object.keys(object).sort())
    if (!LEADING_KEYS.includes(key)) ordered[key] = sortKeys(object[key])
  return stringify(ordered, { lineWidth: 0, aliasDuplicateObjects: false })
}

/** JSON with keys sorted at every level: equal for objects that differ only in key order. */
export function stableJson(object: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(sortKeys(object))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object' || value instanceof Date) return value
  const record = value as Record<string, unknown>
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, sortKeys(record[key])]),
  )
}

/** True for core-group Secrets, whose values never appear in a diff. */
export function isSecret(id: ObjectId): boolean {
  return id.group === '' && id.kind === 'Secret'
}

const SECRET_FIELDS = ['data', 'stringData']

/**
 * Replaces the values of a Secret pair's data and stringData: equal values
 * read `<redacted>` on both sides, differing ones `<redacted: old value>` /
 * `<redacted: new value>`, so the diff says which keys changed without
 * showing a byte of them (nor a hash that could be checked against guesses).
 */
export function redactSecretPair(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): [Record<string, unknown>, Record<string, unknown>] {
  const old: Record<string, unknown> = { ...before }
  const next: Record<string, unknown> = { ...after }
  for (const field of SECRET_FIELDS) {
    const a = asRecord(before[field])
    const b = asRecord(after[field])
    if (a !== undefined)
      old[field] = mapValues(a, (key, value) =>
        b !== undefined && b[key] === value ? '<redacted>' : '<redacted: old value>',
      )
    if (b !== undefined)
      next[field] = mapValues(b, (key, value) =>
        a !== undefined && a[key] === value ? '<redacted>' : '<redacted: new value>',
      )
  }
  return [old, next]
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

function mapValues(
  record: Record<string, unknown>,
  fn: (key: string, value: unknown) => string,
): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fn(key, value)]))
}
