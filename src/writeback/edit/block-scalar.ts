import { isCollection, parseAllDocuments, type Document, type Scalar } from 'yaml'
import type { EditSite } from './edit-site.ts'

/**
 * The content of a literal block scalar (`|`, `|-`, `|+`) as its own text,
 * with a map from offsets in that text back to the file. Kustomize inline
 * patches are YAML inside such a block, so a marker there is edited in the
 * block's text and the change is put back at the same place in the file.
 */
export interface BlockText {
  readonly text: string
  readonly docs: Document[]
  /** A site in the block's text → the same site in the file. */
  toOuter(site: EditSite): EditSite
}

/**
 * The block's content, parsed; undefined when it is not a YAML map or list
 * (prose or a script that merely mentions the marker is text, not a patch).
 */
export function readLiteralBlock(file: string, node: Scalar): BlockText | undefined {
  const [start, end] = node.range!
  const contentStart = file.indexOf('\n', start) + 1
  const rawLines = file.slice(contentStart, end).split('\n')
  const indent = blockIndent(rawLines)
  const lineStarts: number[] = []
  const innerStarts: number[] = []
  const inner: string[] = []
  let outer = contentStart
  let offset = 0
  for (const raw of rawLines) {
    const line = raw.replace(/\r$/, '').slice(indent)
    lineStarts.push(outer + Math.min(indent, raw.length))
    innerStarts.push(offset)
    inner.push(line)
    outer += raw.length + 1
    offset += line.length + 1
  }
  const text = inner.join('\n')
  const docs = parseBlock(text)
  if (docs === undefined) return undefined
  const toOuterOffset = (at: number): number => {
    let i = innerStarts.length - 1
    while (i > 0 && innerStarts[i]! > at) i--
    return lineStarts[i]! + (at - innerStarts[i]!)
  }
  return {
    text,
    docs,
    toOuter: (site) => ({ ...site, start: toOuterOffset(site.start), end: toOuterOffset(site.end) }),
  }
}

function blockIndent(lines: readonly string[]): number {
  const first = lines.find((line) => line.replace(/\r$/, '').trim() !== '')
  return first === undefined ? 0 : first.length - first.trimStart().length
}

function parseBlock(text: string): Document[] | undefined {
  const parsed = parseAllDocuments(text, { prettyErrors: false })
  const docs = Array.isArray(parsed) ? parsed : []
  const yaml = docs.length > 0 && docs.every((doc) => doc.errors.length === 0 && isCollection(doc.contents))
  return yaml ? docs : undefined
}
