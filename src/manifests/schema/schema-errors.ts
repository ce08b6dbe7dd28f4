/**
 * Turns ajv error objects (from the precompiled kubernetes-models validators
 * and from CRD schemas compiled here) into one problem per field, worded for
 * people: ajv's raw output has one error per failed keyword, several for the
 * same field when a value may be an int or a string.
 */
import type { ErrorObject } from 'ajv'
import { closestName } from './closest-name.ts'
import { formatPath, isPlainObject, pointerToPath, valueAt, type FieldPath } from './field-path.ts'

/** What is wrong with one field. */
export interface SchemaProblem {
  /** unknown: a field the schema does not declare; violation: anything else (type, required, enum, format, limits). */
  readonly kind: 'unknown' | 'violation'
  readonly path: FieldPath
  readonly message: string
}

// Keywords that only combine others: their own error adds nothing a person can act on.
const COMBINERS = new Set(['oneOf', 'anyOf', 'if'])

/** One problem per field (and per missing or unknown property), in ajv's order. */
export function describeErrors(errors: readonly ErrorObject[], root: unknown): SchemaProblem[] {
  const groups = new Map<string, ErrorObject[]>()
  for (const error of errors) {
    if (error.keyword === 'if') continue
    const key = `${error.instancePath}\0${propertyOf(error) ?? ''}`
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [error])
    else group.push(error)
  }
  const problems: SchemaProblem[] = []
  for (const group of groups.values()) {
    const problem = describeGroup(group, root)
    if (problem !== undefined) problems.push(problem)
  }
  return problems
}

function propertyOf(error: ErrorObject): string | undefined {
  const { missingProperty, additionalProperty } = error.params as {
    missingProperty?: unknown
    additionalProperty?: unknown
  }
  if (typeof missingProperty === 'string') return missingProperty
  return typeof additionalProperty === 'string' ? additionalProperty : undefined
}

function describeGroup(group: readonly ErrorObject[], root: unknown): SchemaProblem | undefined {
  const first = group[0]!
  const base = pointerToPath(first.instancePath, root)
  const property = propertyOf(first)
  if (first.keyword === 'additionalProperties' && property !== undefined) {
    const known = knownProperties(first)
    const suggestion = known.length === 0 ? undefined : closestName(property, known)
    const hint = suggestion === undefined ? '' : `; did you mean "${suggestion}"?`
    return {
      kind: 'unknown',
      path: [...base, property],
      message: `unknown field "${formatPath([...base, property])}"${hint}`,
    }
  }
  if (first.keyword === 'required' && property !== undefined) {
    return {
      kind: 'violation',
      path: [...base, property],
      message: `missing required field "${formatPath([...base, property])}"`,
    }
  }
  const value = valueAt(root, base)
  // Kubernetes reads null as "not set": never a type, enum or format error.
  if (value === null) return undefined
  return {
    kind: 'violation',
    path: base,
    message: `${formatPath(base)}: ${describeValueErrors(group, value)}`,
  }
}

function describeValueErrors(group: readonly ErrorObject[], value: unknown): string {
  const specific = group.filter((e) => !COMBINERS.has(e.keyword))
  const types = specific.filter((e) => e.keyword === 'type' || e.keyword === 'x-kubernetes-int-or-string')
  if (types.length > 0 && types.length === specific.length) {
    const expected = [...new Set(types.flatMap((e) => expectedTypes(e)))]
    return `must be ${expected.join(' or ')}, got ${describeValue(value)}`
  }
  const error = specific[0]
  if (error === undefined)
    return `matches none of the allowed schemas (${group[0]!.keyword}), got ${describeValue(value)}`
  return describeKeyword(error, value)
}

function expectedTypes(error: ErrorObject): string[] {
  if (error.keyword === 'x-kubernetes-int-or-string') return ['integer', 'string']
  const type = (error.params as { type?: unknown }).type
  return Array.isArray(type) ? type.map(String) : [String(type)]
}

function describeKeyword(error: ErrorObject, value: unknown): string {
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'enum': {
      const allowed = Array.isArray(params['allowedValues']) ? params['allowedValues'] : []
      return `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(value)}`
    }
    case 'format':
      return `must be a valid ${String(params['format'])}, got ${JSON.stringify(value)}`
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${String(params['comparison'])} ${String(params['limit'])}, got ${JSON.stringify(value)}`
    case 'pattern':
      return `must match the pattern ${String(params['pattern'])}, got ${JSON.stringify(value)}`
    case 'minLength':
    case 'maxLength':
      return `must be ${error.keyword === 'minLength' ? 'at least' : 'at most'} ${String(params['limit'])} characters long`
    case 'minItems':
    case 'maxItems':
      return `must have ${error.keyword === 'minItems' ? 'at least' : 'at most'} ${String(params['limit'])} items`
    case 'minProperties':
    case 'maxProperties':
      return `must have ${error.keyword === 'minProperties' ? 'at least' : 'at most'} ${String(params['limit'])} entries`
    case 'uniqueItems':
      return `must not have duplicate items (items ${String(params['j'])} and ${String(params['i'])} are equal)`
    default:
      return error.message ?? `fails the schema's "${error.keyword}" rule`
  }
}

/** The declared properties beside an unknown one, when ajv kept the schema (verbose mode). */
function knownProperties(error: ErrorObject): string[] {
  const parent: unknown = error.parentSchema
  if (!isPlainObject(parent) || !isPlainObject(parent['properties'])) return []
  return Object.keys(parent['properties'])
}

/** "string \"two\"", "boolean", "a list", "a map": what was found instead. */
function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (isPlainObject(value)) return 'a map'
  if (typeof value === 'string')
    return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`
  if (typeof value === 'number') return Number.isInteger(value) ? `integer ${value}` : `number ${value}`
  return typeof value
}
