/**
 * Scalars for the fast YAML path (./fast-yaml.ts): which characters start a
 * plain scalar, what a plain scalar resolves to, and block scalars (`|`,
 * `>`, with chomping and indentation indicators) read as js-yaml 4's
 * readBlockScalar reads them, line for line.
 */
import { GO_YAML_V2_SCHEMA } from './yaml-schema.ts'

interface ImplicitType {
  resolve(data: string): boolean
  construct(data: string): unknown
}

// js-yaml resolves every plain scalar through the schema's implicit types, in this order.
const IMPLICIT = (GO_YAML_V2_SCHEMA as unknown as { compiledImplicit?: readonly ImplicitType[] })
  .compiledImplicit
/** False should js-yaml's internals change shape: then the fast path stays off. */
export const CAN_RESOLVE = Array.isArray(IMPLICIT)
// Plain scalars that may resolve to something other than a string start with one of these
// (go-yaml v2's resolve table, which yaml-schema.ts follows, and `<<`); the rest stay strings.
const MAY_RESOLVE = new Set([...'~NnYyTtFfOo+-.0123456789<'].map((c) => c.charCodeAt(0)))

const CLIP = 1
const STRIP = 2
const KEEP = 3
const SPACE = 0x20
const NEWLINE = 0x0a

/** A plain scalar's value: the first implicit type that resolves it, as js-yaml's composeNode does. */
export function resolvePlain(text: string): unknown {
  if (!MAY_RESOLVE.has(text.charCodeAt(0))) return text
  for (const type of IMPLICIT!) if (type.resolve(text)) return type.construct(text)
  return text
}

/** Whether js-yaml's readPlainScalar starts a plain scalar at ch followed by next (less the rare `:`, `?` and `-,` starts). */
export function startsPlain(ch: number, next: number): boolean {
  switch (ch) {
    case SPACE:
    case NEWLINE:
    case 0x23:
    case 0x3a: // # :
    case 0x2c:
    case 0x5b:
    case 0x5d:
    case 0x7b:
    case 0x7d: // , [ ] { }
    case 0x26:
    case 0x2a:
    case 0x21:
    case 0x7c:
    case 0x3e: // & * ! | >
    case 0x27:
    case 0x22:
    case 0x25:
    case 0x40:
    case 0x60:
    case 0x3f: // ' " % @ ` ?
      return false
    case 0x2d: // -
      return next > SPACE && next !== 0x2c && next !== 0x5b && next !== 0x5d && next !== 0x7b && next !== 0x7d
    default:
      return ch > SPACE
  }
}

/**
 * The block scalar whose indicator (`|` or `>`) is at start, in a node of
 * indentation nodeIndent (js-yaml's flowIndent: the parent's column + 1).
 * next is the start of the line that ends it. Undefined where js-yaml throws.
 * js-yaml reads its input with a newline appended when the text lacks one,
 * then a NUL; code() gives the same characters past the end of the text.
 */
export function readBlockScalar(
  src: string,
  start: number,
  nodeIndent: number,
): { value: string; next: number } | undefined {
  const end = src.length
  const appended = end > 0 && src.charCodeAt(end - 1) !== NEWLINE
  const code = (i: number): number => (i < end ? src.charCodeAt(i) : i === end && appended ? NEWLINE : 0)
  const header = readHeader(code, start, nodeIndent)
  return header === undefined ? undefined : readBody(src, code, header, code(start) === 0x3e)
}

type Code = (i: number) => number
type Header = { pos: number; chomping: number; textIndent: number; detectedIndent: boolean }

/** The lines of a block scalar after its header: js-yaml's loop. */
function readBody(
  src: string,
  code: Code,
  header: Header,
  folding: boolean,
): { value: string; next: number } | undefined {
  let { pos, textIndent, detectedIndent } = header
  let ch = code(pos)
  // Joined at the end: a flat string, where += would leave a rope of hundreds of nodes per block for the GC to copy.
  const parts: string[] = []
  let didReadContent = false
  let emptyLines = 0
  let atMoreIndented = false
  let lineIndent = 0
  while (ch !== 0) {
    // readLineBreak: anything but a line break here is js-yaml's "a line break is expected".
    if (ch !== NEWLINE) return undefined
    lineIndent = 0
    pos++
    // Spaces are only ever real characters, so charCodeAt does here without code()'s virtual end.
    while ((!detectedIndent || lineIndent < textIndent) && src.charCodeAt(pos) === SPACE) {
      lineIndent++
      pos++
    }
    ch = code(pos)
    if (!detectedIndent && lineIndent > textIndent) textIndent = lineIndent
    if (ch === NEWLINE) {
      emptyLines++
      continue
    }
    if (!detectedIndent && textIndent === 0) return undefined
    if (lineIndent < textIndent) {
      parts.push(chompedEnd(header.chomping, didReadContent, emptyLines))
      break
    }
    parts.push(
      folding
        ? foldedBreaks(ch === SPACE, atMoreIndented, didReadContent, emptyLines)
        : newlines(didReadContent ? 1 + emptyLines : emptyLines),
    )
    atMoreIndented = folding && ch === SPACE
    didReadContent = detectedIndent = true
    emptyLines = 0
    // The rest of the line is content, up to the next newline or the (virtual) one at the end.
    const lineEnd = src.indexOf('\n', pos)
    parts.push(src.slice(pos, lineEnd === -1 ? src.length : lineEnd))
    pos = lineEnd === -1 ? src.length : lineEnd
    ch = code(pos)
  }
  return { value: parts.join(''), next: Math.min(pos - lineIndent, src.length) }
}

/** The header after the indicator: chomping and indentation indicators, then spaces and a comment. */
function readHeader(code: Code, start: number, nodeIndent: number): Header | undefined {
  let pos = start
  let chomping = CLIP
  let textIndent = nodeIndent
  let detectedIndent = false
  let ch = code(pos)
  while (ch !== 0) {
    ch = code(++pos)
    if (ch === 0x2b || ch === 0x2d) {
      if (chomping !== CLIP) return undefined
      chomping = ch === 0x2b ? KEEP : STRIP
    } else if (ch >= 0x30 && ch <= 0x39) {
      if (ch === 0x30 || detectedIndent) return undefined
      textIndent = nodeIndent + (ch - 0x30) - 1
      detectedIndent = true
    } else {
      break
    }
  }
  if (ch === SPACE) {
    do ch = code(++pos)
    while (ch === SPACE)
    if (ch === 0x23) {
      do ch = code(++pos)
      while (ch !== NEWLINE && ch !== 0)
    }
  }
  return { pos, chomping, textIndent, detectedIndent }
}

function newlines(count: number): string {
  return count === 1 ? '\n' : '\n'.repeat(count)
}

/** What js-yaml adds when the scalar ends: the trailing newlines chomping keeps. */
function chompedEnd(chomping: number, didReadContent: boolean, emptyLines: number): string {
  if (chomping === KEEP) return newlines(didReadContent ? 1 + emptyLines : emptyLines)
  return chomping === CLIP && didReadContent ? '\n' : ''
}

/** What js-yaml's folding branch adds before a content line. */
function foldedBreaks(
  moreIndented: boolean,
  atMoreIndented: boolean,
  didReadContent: boolean,
  emptyLines: number,
): string {
  if (moreIndented) return newlines(didReadContent ? 1 + emptyLines : emptyLines)
  if (atMoreIndented) return newlines(emptyLines + 1)
  if (emptyLines === 0) return didReadContent ? ' ' : ''
  return newlines(emptyLines)
}
