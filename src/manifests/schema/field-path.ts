/**
 * Paths into a manifest object: built from ajv's JSON pointers, shown the way
 * kubectl names fields (`spec.template.spec.containers[0].image`), and handed
 * to ManifestObject.locate for the line.
 */

/** Map keys and list indexes from the object's root. */
export type FieldPath = readonly (string | number)[]

/** True for a JSON object (not null, not a list). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The path a JSON pointer ("/spec/containers/0/image") names inside root:
 * a segment is a list index only where the value at that point is a list,
 * so a map key "0" stays a string.
 */
export function pointerToPath(pointer: string, root: unknown): FieldPath {
  if (pointer === '') return []
  const path: (string | number)[] = []
  let node: unknown = root
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~')
    const index = Array.isArray(node) && /^\d+$/.test(segment) ? Number(segment) : undefined
    path.push(index ?? segment)
    node =
      index === undefined ? (isPlainObject(node) ? node[segment] : undefined) : (node as unknown[])[index]
  }
  return path
}

/** The value at path, or undefined when the path does not exist. */
export function valueAt(root: unknown, path: FieldPath): unknown {
  let node: unknown = root
  for (const step of path) {
    if (typeof step === 'number') node = Array.isArray(node) ? node[step] : undefined
    else node = isPlainObject(node) ? node[step] : undefined
    if (node === undefined) return undefined
  }
  return node
}

/** kubectl's spelling of a path: dots between keys, [i] for indexes, quoted keys that contain dots. */
export function formatPath(path: FieldPath): string {
  let text = ''
  for (const step of path) {
    if (typeof step === 'number') text += `[${step}]`
    else if (/^[A-Za-z0-9_$-]+$/.test(step)) text += text === '' ? step : `.${step}`
    else text += `[${JSON.stringify(step)}]`
  }
  return text === '' ? '(root)' : text
}
