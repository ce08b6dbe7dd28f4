/**
 * Kubernetes label selectors (`matchLabels`, `matchExpressions`) as
 * apimachinery's LabelSelectorAsSelector reads them, for ClusterSelectors and
 * NamespaceSelectors. A selector with no requirement selects everything,
 * which Config Sync rejects as empty (KNV1014).
 */
import { describeType, isMap } from '../rules/object-fields.ts'
import { labelValueProblem, qualifiedNameProblem } from '../rules/k8s-names.ts'

type Operator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'

interface Requirement {
  readonly key: string
  readonly operator: Operator | 'Equals'
  readonly values: readonly string[]
}

/** A parsed selector; `empty` when it has no requirement at all. */
export interface LabelSelector {
  readonly empty: boolean
  matches(labels: Readonly<Record<string, string>>): boolean
}

/**
 * A selector, or why not: `malformed` when a field has the wrong type (the
 * object cannot be decoded, KNV1006), `invalid` when the requirements are
 * not a valid selector (KNV1014). `path` is relative to the selector.
 */
export type SelectorReading =
  | { readonly selector: LabelSelector }
  | { readonly malformed: string; readonly path: readonly (string | number)[] }
  | { readonly invalid: string; readonly path: readonly (string | number)[] }

const OPERATORS: ReadonlySet<string> = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist'])

/** Reads `spec.selector` (absent means no requirement). */
export function readLabelSelector(value: unknown): SelectorReading {
  if (value === undefined || value === null) return { selector: selectorOf([]) }
  if (!isMap(value)) return { malformed: `selector must be a map, found ${describeType(value)}`, path: [] }
  const requirements: Requirement[] = []
  const labels = readMatchLabels(value['matchLabels'], requirements)
  if (labels !== undefined) return labels
  const expressions = readExpressions(value['matchExpressions'], requirements)
  if (expressions !== undefined) return expressions
  for (const r of requirements) {
    const problem = requirementProblem(r)
    if (problem !== undefined)
      return {
        invalid: problem,
        path: r.operator === 'Equals' ? ['matchLabels', r.key] : ['matchExpressions'],
      }
  }
  return { selector: selectorOf(requirements) }
}

function readMatchLabels(value: unknown, into: Requirement[]): SelectorReading | undefined {
  if (value === undefined || value === null) return undefined
  if (!isMap(value))
    return { malformed: `matchLabels must be a map, found ${describeType(value)}`, path: ['matchLabels'] }
  for (const key of Object.keys(value).sort()) {
    const v = value[key]
    if (typeof v !== 'string')
      return {
        malformed: `matchLabels.${key} must be a string, found ${describeType(v)}`,
        path: ['matchLabels', key],
      }
    into.push({ key, operator: 'Equals', values: [v] })
  }
  return undefined
}

function readExpressions(value: unknown, into: Requirement[]): SelectorReading | undefined {
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value))
    return {
      malformed: `matchExpressions must be a list, found ${describeType(value)}`,
      path: ['matchExpressions'],
    }
  for (let i = 0; i < value.length; i++) {
    const e: unknown = value[i]
    const path = ['matchExpressions', i]
    if (!isMap(e)) return { malformed: `matchExpressions[${i}] must be a map`, path }
    const { key, operator, values = [] } = e as { key?: unknown; operator?: unknown; values?: unknown }
    if (typeof key !== 'string' || typeof operator !== 'string')
      return { malformed: `matchExpressions[${i}] needs string key and operator`, path }
    if (values !== null && (!Array.isArray(values) || values.some((v) => typeof v !== 'string'))) {
      return { malformed: `matchExpressions[${i}].values must be a list of strings`, path }
    }
    if (!OPERATORS.has(operator))
      return { invalid: `"${operator}" is not a valid label selector operator`, path }
    into.push({ key, operator: operator as Operator, values: (values ?? []) as string[] })
  }
  return undefined
}

function requirementProblem(r: Requirement): string | undefined {
  const keyProblem = qualifiedNameProblem(r.key)
  if (keyProblem !== undefined) return `key: Invalid value: "${r.key}": ${keyProblem}`
  if ((r.operator === 'In' || r.operator === 'NotIn') && r.values.length === 0) {
    return `values: Invalid value: []: for 'in', 'notin' operators, values set can't be empty (key "${r.key}")`
  }
  if ((r.operator === 'Exists' || r.operator === 'DoesNotExist') && r.values.length > 0) {
    return `values: Invalid value: ${JSON.stringify(r.values)}: values set must be empty for exists and does not exist (key "${r.key}")`
  }
  for (const v of r.values) {
    const problem = labelValueProblem(v)
    if (problem !== undefined) return `values[0]: Invalid value: "${v}": ${problem}`
  }
  return undefined
}

function selectorOf(requirements: readonly Requirement[]): LabelSelector {
  return {
    empty: requirements.length === 0,
    matches: (labels) => requirements.every((r) => matchesRequirement(r, labels)),
  }
}

function matchesRequirement(r: Requirement, labels: Readonly<Record<string, string>>): boolean {
  const has = Object.hasOwn(labels, r.key)
  const value = has ? labels[r.key] : undefined
  switch (r.operator) {
    case 'Equals':
    case 'In':
      return has && r.values.includes(value as string)
    case 'NotIn':
      return !has || !r.values.includes(value as string)
    case 'Exists':
      return has
    case 'DoesNotExist':
      return !has
  }
}
