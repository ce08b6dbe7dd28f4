import { isScalar, Scalar, visit, type Document } from 'yaml'
import { readLiteralBlock } from './block-scalar.ts'
import { WriteBackError } from '../../errors.ts'
import { scalarSite } from './edit-site.ts'
import type { Located } from './locate-sync.ts'
import { lineAt } from './source-text.ts'
import { MARKER_PREFIX, type EditTarget } from './target.ts'

type MarkerTarget = Extract<EditTarget, { type: 'marker' }>

/**
 * `# configsync-oci: image [NAME]` ending a line. The match starts at '#';
 * the `m` flag makes `$` match before '\n', so a CRLF line's '\r' is allowed.
 */
const MARKER = /#[ \t]*configsync-oci:[ \t]*image(?:[ \t]+(\S+))?[ \t]*\r?$/gm

/**
 * The scalars that carry the target's marker as their line comment, as in
 * `image: REPO@sha256:… # configsync-oci: image` (a kustomize patch, Helm
 * values). The scalar is the one ending right before the comment, with only
 * blanks between; a marker text inside a string is not a comment and is
 * ignored.
 */
export function locateMarkers(
  text: string,
  docs: readonly Document[],
  target: MarkerTarget,
  image: string,
  lineBase = 0,
  nested = false,
): Located {
  const located: Located = { sites: [], seen: [], warnings: [] }
  const scalars = collectScalars(docs)
  const byEnd = new Map(scalars.map((node) => [node.range![1], node]))
  const blocks = new Set<Scalar>()
  for (const match of text.matchAll(MARKER)) {
    const at = match.index
    const inside = scalars.find((node) => node.range![0] <= at && at < node.range![1])
    if (inside !== undefined) {
      if (inside.type === Scalar.BLOCK_LITERAL && !nested) blocks.add(inside)
      continue
    }
    const name = match[1] ?? ''
    const line = lineAt(text, at)
    const number = line.number + lineBase
    located.seen.push(`marker "${name === '' ? MARKER_PREFIX : `${MARKER_PREFIX} ${name}`}" (line ${number})`)
    if (name !== target.name) continue
    const what = `the value marked at line ${number}`
    located.sites.push(scalarSite(text, markedScalar(text, at, line.start, byEnd, what), image, what))
  }
  for (const node of blocks) addBlockSites(located, text, node, target, image, lineBase)
  return located
}

/** Markers inside a literal block (a kustomize inline patch), edited in the block's own text. */
function addBlockSites(
  located: Located,
  text: string,
  node: Scalar,
  target: MarkerTarget,
  image: string,
  lineBase: number,
): void {
  const block = readLiteralBlock(text, node)
  if (block === undefined) return
  const inner = locateMarkers(block.text, block.docs, target, image, 0, true)
  const line = lineAt(text, node.range![0]).number + lineBase
  located.seen.push(...inner.seen.map((seen) => `${seen} in the block scalar at line ${line}`))
  for (const site of inner.sites) {
    const outer = block.toOuter(site)
    located.sites.push({
      ...outer,
      what: `the value marked at line ${lineAt(text, outer.start).number + lineBase} (in the block scalar at line ${line})`,
    })
  }
}

function markedScalar(
  text: string,
  at: number,
  lineStart: number,
  byEnd: Map<number, Scalar>,
  what: string,
): Scalar {
  let end = at
  while (end > lineStart && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--
  const empty = byEnd.get(at)
  // An empty value (`image: # marker`) is a null scalar that sits at the '#'.
  if (empty !== undefined && empty.range![0] === at) return empty
  const node = end < at ? byEnd.get(end) : undefined
  if (node !== undefined) return node
  const hint =
    end === lineStart
      ? 'the marker goes at the end of the line that holds the value, e.g. image: REPO@sha256:… # configsync-oci: image'
      : 'the marker must follow a scalar value on the same line, e.g. image: REPO@sha256:… # configsync-oci: image'
  throw new WriteBackError(`${what}: the marker is not the line comment of a scalar value`, { hint })
}

function collectScalars(docs: readonly Document[]): Scalar[] {
  const scalars: Scalar[] = []
  for (const doc of docs) {
    visit(doc, {
      Scalar(_key, node) {
        if (isScalar(node) && node.range) scalars.push(node)
      },
    })
  }
  return scalars
}
