/**
 * Parsing the references in depends-on (`group/kind/name` or
 * `group/namespaces/ns/kind/name`, comma-separated; cli-utils
 * object/dependson/strings.go) and the `sourceRef`s of an
 * apply-time-mutation (a YAML list; object/mutation/types.go).
 */
import { ANNOTATIONS } from '../declared-object.ts'
import { groupOf, isMap } from './object-fields.ts'

/** An object reference: group, kind, namespace ('' for cluster-scoped) and name. */
export interface Reference {
  readonly group: string
  readonly kind: string
  readonly namespace: string
  readonly name: string
}

/** A YAML decoder (js-yaml's `load`), passed in so this module stays pure. */
export type YamlLoader = (text: string) => unknown

/** The map key of an object or reference. */
export function keyOf(r: Reference): string {
  return `${r.group}\0${r.kind}\0${r.namespace}\0${r.name}`
}

/** A reference in depends-on syntax. */
export function formatReference(r: Reference): string {
  return r.namespace === ''
    ? `${r.group}/${r.kind}/${r.name}`
    : `${r.group}/namespaces/${r.namespace}/${r.kind}/${r.name}`
}

/** The references an annotation value names, or why it cannot be read. */
export function dependencyEdges(
  annotation: string,
  value: string,
  loadYaml: YamlLoader,
): { references: Reference[] } | { error: string } {
  return annotation === ANNOTATIONS.dependsOn ? parseDependsOn(value) : parseMutation(value, loadYaml)
}

function parseDependsOn(value: string): { references: Reference[] } | { error: string } {
  const references: Reference[] = []
  const items = value.split(',')
  for (let i = 0; i < items.length; i++) {
    const text = items[i]!.trim()
    const fields = text.split('/')
    const fail = (why: string): { error: string } => ({
      error: `failed to parse object reference (index: ${i}): ${why}`,
    })
    if (fields.length !== 3 && fields.length !== 5)
      return fail(`expected 3 or 5 fields, found ${fields.length}: ${JSON.stringify(text)}`)
    if (fields.length === 5 && fields[1] !== 'namespaces')
      return fail(`missing "namespaces" field: ${JSON.stringify(text)}`)
    const [group, kind, name] =
      fields.length === 3 ? [fields[0]!, fields[1]!, fields[2]!] : [fields[0]!, fields[3]!, fields[4]!]
    // cli-utils would accept these and then fail them as external dependencies.
    if (kind === '' || name === '') return fail(`kind and name must not be empty: ${JSON.stringify(text)}`)
    references.push({ group, kind, name, namespace: fields.length === 5 ? fields[2]! : '' })
  }
  return { references }
}

function parseMutation(value: string, loadYaml: YamlLoader): { references: Reference[] } | { error: string } {
  let decoded: unknown
  try {
    decoded = loadYaml(value)
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) }
  }
  if (decoded === null || decoded === undefined) return { references: [] }
  if (!Array.isArray(decoded)) return { error: 'expected a list of field substitutions' }
  const references: Reference[] = []
  for (let i = 0; i < decoded.length; i++) {
    const ref: unknown = isMap(decoded[i]) ? (decoded[i] as Record<string, unknown>)['sourceRef'] : undefined
    if (!isMap(ref)) return { error: `substitution ${i} has no sourceRef map` }
    const text = (key: string): string => (typeof ref[key] === 'string' ? (ref[key] as string) : '')
    const group = text('group') !== '' ? text('group') : groupOf(text('apiVersion'))
    references.push({ group, kind: text('kind'), namespace: text('namespace'), name: text('name') })
  }
  return { references }
}
