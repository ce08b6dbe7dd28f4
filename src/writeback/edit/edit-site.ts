import { isScalar, type Scalar } from 'yaml'
import { WriteBackError } from '../../errors.ts'
import { renderInStyleOf, renderPlain } from './scalar-style.ts'

/**
 * One place in a file's text to change: replace [start, end) with
 * `replacement`. Insertions have start === end.
 */
export interface EditSite {
  readonly start: number
  readonly end: number
  readonly replacement: string
  /** The value there now; undefined when the key is missing and a line is inserted. */
  readonly current: string | undefined
  /** What this is, for messages: "RootSync config-management-system/root-sync spec.oci.image (line 12)". */
  readonly what: string
}

/** The value a YAML node holds, as a string for comparison (null and empty as ''). */
export function scalarText(node: Scalar): string {
  const value: unknown = node.value
  if (value === null || value === undefined) return ''
  return typeof value === 'string' ? value : String(value)
}

/** A string-valued scalar node's value, else undefined. */
export function stringValue(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined
}

/**
 * The site that sets scalar `node` to `value` in place, keeping the node's
 * quoting. An empty value (`image:` or `image: # marker`) gets the value
 * written in, with the spaces YAML needs around it.
 */
export function scalarSite(text: string, node: unknown, value: string, what: string): EditSite {
  if (!isScalar(node) || !node.range) {
    throw new WriteBackError(
      `${what} is not a single value (a map, list or alias is there); it is left alone`,
      {
        hint: 'the image must be a plain or quoted scalar, e.g. image: REPO@sha256:…',
      },
    )
  }
  const [start, end] = node.range
  const current = scalarText(node)
  if (start === end) {
    const before = start > 0 && text[start - 1] === ':' ? ' ' : ''
    const after = text[end] === '#' ? ' ' : ''
    return { start, end, replacement: `${before}${renderPlain(value, what)}${after}`, current, what }
  }
  return { start, end, replacement: renderInStyleOf(node, value, what), current, what }
}

/** The text with every site applied (sites must not overlap). */
export function applySites(text: string, sites: readonly EditSite[]): string {
  let result = text
  for (const site of [...sites].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, site.start) + site.replacement + result.slice(site.end)
  }
  return result
}
