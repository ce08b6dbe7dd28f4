/**
 * Makes a CRD's openAPIV3Schema behave in ajv as the API server applies it
 * (apiextensions structural schemas): unknown fields are errors where the
 * server would prune them, null means "unset" unless the field is nullable,
 * embedded resources carry apiVersion/kind/metadata, and Go regular
 * expressions that JavaScript cannot compile are dropped rather than failing
 * the whole schema.
 */
import { isPlainObject } from './field-path.ts'

type Schema = Record<string, unknown>

/** A schema ready for ajv, and the format names it uses (each must be known to ajv). */
export interface PreparedSchema {
  readonly schema: Schema
  readonly formats: ReadonlySet<string>
}

interface Walk {
  /** Whether unknown fields are pruned, so reported (false for v1beta1 CRDs that preserve unknown fields). */
  readonly prune: boolean
  readonly formats: Set<string>
}

/** A deep copy of a version's openAPIV3Schema, prepared for ajv. */
export function prepareSchema(openAPIV3Schema: Schema, prune: boolean): PreparedSchema {
  const schema = structuredClone(openAPIV3Schema)
  const walk: Walk = { prune, formats: new Set() }
  // The root's metadata is checked as ObjectMeta on its own; apiVersion and kind are always allowed.
  const properties = isPlainObject(schema['properties']) ? schema['properties'] : {}
  schema['properties'] = {
    ...properties,
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: {},
  }
  prepareNode(schema, walk, false)
  return { schema, formats: walk.formats }
}

function prepareNode(node: Schema, walk: Walk, inValueValidation: boolean): void {
  // ajv refuses nullable without type; such schemas (int-or-string, preserve-unknown) accept null anyway.
  if (node['nullable'] === true && node['type'] === undefined) delete node['nullable']
  if (typeof node['pattern'] === 'string' && !isJavaScriptRegExp(node['pattern'])) delete node['pattern']
  if (typeof node['format'] === 'string') walk.formats.add(node['format'])
  if (node['x-kubernetes-embedded-resource'] === true) addEmbeddedResourceFields(node)
  const preserve = node['x-kubernetes-preserve-unknown-fields'] === true
  // Value validations (allOf, anyOf …) may only repeat properties of the main schema; they never prune.
  if (
    walk.prune &&
    !inValueValidation &&
    node['type'] === 'object' &&
    !preserve &&
    node['additionalProperties'] === undefined
  ) {
    node['additionalProperties'] = false
  }
  for (const child of childSchemas(node))
    prepareNode(child.schema, walk, inValueValidation || child.valueValidation)
}

function* childSchemas(node: Schema): Generator<{ schema: Schema; valueValidation: boolean }> {
  const properties = node['properties']
  if (isPlainObject(properties))
    for (const child of Object.values(properties))
      if (isPlainObject(child)) yield { schema: child, valueValidation: false }
  const additional = node['additionalProperties']
  if (isPlainObject(additional)) yield { schema: additional, valueValidation: false }
  const items = node['items']
  if (isPlainObject(items)) yield { schema: items, valueValidation: false }
  if (Array.isArray(items))
    for (const item of items) if (isPlainObject(item)) yield { schema: item, valueValidation: false }
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    const list = node[keyword]
    if (Array.isArray(list))
      for (const item of list) if (isPlainObject(item)) yield { schema: item, valueValidation: true }
  }
  const not = node['not']
  if (isPlainObject(not)) yield { schema: not, valueValidation: true }
}

/** x-kubernetes-embedded-resource: the object is a whole Kubernetes object, with its own type and metadata. */
function addEmbeddedResourceFields(node: Schema): void {
  const properties = isPlainObject(node['properties']) ? node['properties'] : {}
  const metadata = properties['metadata']
  node['properties'] = {
    ...properties,
    apiVersion: properties['apiVersion'] ?? { type: 'string' },
    kind: properties['kind'] ?? { type: 'string' },
    metadata:
      isPlainObject(metadata) && isPlainObject(metadata['properties'])
        ? metadata
        : { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
  }
}

function isJavaScriptRegExp(pattern: string): boolean {
  try {
    // As ajv compiles it (unicodeRegExp: false in crd-validator.ts).
    new RegExp(pattern)
    return true
  } catch {
    return false
  }
}

/**
 * A copy of data for validation: status dropped (the API server ignores it on
 * create and update), and null values removed where the schema does not say
 * nullable, as the server prunes them. Returns the JSON pointers of nullable
 * nulls, which a `required` rule must count as present.
 */
export function pruneForValidation(
  data: Readonly<Record<string, unknown>>,
  schema: Schema,
): { data: Record<string, unknown>; nullPointers: Set<string> } {
  const { status: _status, ...rest } = data
  const copy = structuredClone(rest)
  const nullPointers = new Set<string>()
  pruneNulls(copy, schema, '', nullPointers)
  return { data: copy, nullPointers }
}

function pruneNulls(
  value: unknown,
  schema: Schema | undefined,
  pointer: string,
  nullPointers: Set<string>,
): void {
  if (Array.isArray(value)) {
    const items = schema === undefined || !isPlainObject(schema['items']) ? undefined : schema['items']
    value.forEach((item, i) => pruneNulls(item, items, `${pointer}/${i}`, nullPointers))
    return
  }
  if (!isPlainObject(value)) return
  for (const key of Object.keys(value)) {
    const child = propertySchema(schema, key)
    const childPointer = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`
    if (value[key] === null) {
      if (child?.['nullable'] === true) nullPointers.add(childPointer)
      delete value[key]
    } else {
      pruneNulls(value[key], child, childPointer, nullPointers)
    }
  }
}

function propertySchema(schema: Schema | undefined, key: string): Schema | undefined {
  if (schema === undefined) return undefined
  const properties = schema['properties']
  if (isPlainObject(properties) && isPlainObject(properties[key])) return properties[key]
  const additional = schema['additionalProperties']
  return isPlainObject(additional) ? additional : undefined
}
