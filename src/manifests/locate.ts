/**
 * Line lookup for parsed manifests. js-yaml (the fast path) gives no node
 * positions, so a document is re-parsed with the `yaml` package only when a
 * finding needs a precise line, and at most once per document.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Tags } from 'yaml'

/** A path into a parsed object: map keys and sequence indexes. */
export type ObjectPath = readonly (string | number)[]

/** Lazily parses one document's text and maps object paths to 1-based file lines. */
export interface DocumentLocator {
  /** Line of the deepest node along path that exists, or undefined if not even the first step does. */
  lineOf(path: ObjectPath): number | undefined
}

// Dates must stay plain scalars here too, or String(key) would not match the
// key js-yaml produced.
const withoutTimestamp = (tags: Tags): Tags =>
  tags.filter((t) => typeof t !== 'object' || t.tag !== 'tag:yaml.org,2002:timestamp')

/**
 * A locator for text that starts on line firstLine of its file. YAML is read
 * as 1.1 so implicit keys (`on`, `0644`) stringify like the js-yaml object's.
 */
export function createLocator(text: string, firstLine: number, syntax: 'yaml' | 'json'): DocumentLocator {
  let parsed: { doc: Document.Parsed; lines: LineCounter } | undefined
  const load = (): { doc: Document.Parsed; lines: LineCounter } => {
    if (parsed === undefined) {
      const lines = new LineCounter()
      const options = syntax === 'yaml' ? { version: '1.1' as const, customTags: withoutTimestamp } : {}
      // Errors do not matter here: the document already parsed with js-yaml.
      const doc = parseDocument(text, {
        ...options,
        lineCounter: lines,
        uniqueKeys: false,
        prettyErrors: false,
      })
      parsed = { doc, lines }
    }
    return parsed
  }
  return {
    lineOf(path) {
      const { doc, lines } = load()
      const offset = deepestOffset(doc, path)
      return offset === undefined ? undefined : lines.linePos(offset).line + firstLine - 1
    },
  }
}

/** Source offset of the deepest existing step of path: the key of a map entry, or a sequence item. */
function deepestOffset(doc: Document.Parsed, path: ObjectPath): number | undefined {
  let node: unknown = doc.contents
  let offset: number | undefined
  for (const step of path) {
    if (isAlias(node)) node = node.resolve(doc)
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step))
      if (pair === undefined) break
      offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined
      node = pair.value
    } else if (isSeq(node) && typeof step === 'number') {
      const item: unknown = node.items[step]
      if (item === undefined || item === null) break
      offset = nodeStart(item) ?? offset
      node = item
    } else {
      break
    }
  }
  return offset
}

function nodeStart(node: unknown): number | undefined {
  if (isScalar(node) || isMap(node) || isSeq(node) || isAlias(node)) return node.range?.[0]
  return undefined
}
