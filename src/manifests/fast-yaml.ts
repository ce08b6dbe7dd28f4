/**
 * A decoder for the plain block YAML nearly every Kubernetes manifest is
 * written in, about twice as fast as js-yaml and with less garbage
 * (docs/adr/0004-yaml-parsing.md). For that subset it follows js-yaml 4's
 * own algorithms (readBlockMapping, readBlockSequence, readPlainScalar,
 * readBlockScalar, readFlowCollection), resolving plain scalars through the
 * same schema; on anything else it gives up and js-yaml decodes the document,
 * so neither a value nor an error depends on which decoder ran.
 *
 * It gives up on: anchors, aliases, tags, directives, `?` and merge keys,
 * quoted keys, multi-line plain or quoted scalars, escapes, flow mappings
 * other than `{}`, nested or multi-line flow sequences, duplicate keys, tabs,
 * CR, characters outside printable ASCII, a root that is not a mapping at
 * column 0, and whatever js-yaml would reject.
 */
import { CAN_RESOLVE, readBlockScalar, resolvePlain, startsPlain } from './fast-yaml-scalars.ts'

const OUTSIDE_SUBSET = /[^\n\x20-\x7e]/
// Far below js-yaml's maxDepth (100), past which it reports an error.
const MAX_DEPTH = 40
const GIVE_UP = Symbol('give up')
const SPACE = 0x20
const NEWLINE = 0x0a
const HASH = 0x23
const COLON = 0x3a
const DASH = 0x2d

/** CONFIGSYNC_OCI_YAML_FAST_PATH=0 sends every document to js-yaml: a way to rule the fast path out when a value looks wrong. */
const ENABLED = process.env['CONFIGSYNC_OCI_YAML_FAST_PATH'] !== '0' && CAN_RESOLVE

/** What js-yaml would decode from one document's text, or undefined when the text is not in the subset. */
export function fastLoad(text: string): { value: unknown } | undefined {
  // Also off should js-yaml's internals change shape: then every document takes the js-yaml path.
  if (!ENABLED || OUTSIDE_SUBSET.test(text)) return undefined
  try {
    return { value: new Decoder(text).document() }
  } catch (error) {
    if (error === GIVE_UP) return undefined
    throw error
  }
}

function giveUp(): never {
  throw GIVE_UP
}

class Decoder {
  private readonly src: string
  private readonly end: number
  /** Without a `#` anywhere there is no comment to look for. */
  private readonly hasHash: boolean
  /** The start of the line being read, between nodes. */
  private pos = 0
  private depth = 0
  /** Where the scalar just read ends. */
  private scalarEnd = 0
  // keyEnd's and lineEnd's last answers: each line is asked about more than once.
  private keyAt = -1
  private keyColon = -1
  private lineFrom = -1
  private lineNewline = -1

  constructor(src: string) {
    this.src = src
    this.end = src.length
    this.hasHash = src.includes('#')
  }

  /** The root: a block mapping at column 0, after blank lines, comments and one `---` line. */
  document(): Record<string, unknown> {
    let indent = this.nextContent()
    if (indent === 0 && this.src.startsWith('---', this.pos)) {
      this.pos = this.lineAfter(this.pos + 3)
      indent = this.nextContent()
    }
    if (indent !== 0 || this.keyEnd(this.pos) === -1) giveUp()
    return this.mapping(0)
  }

  /** Moves pos to the start of the next line with content and returns its indent, or -1 at the end. */
  private nextContent(): number {
    for (;;) {
      let i = this.pos
      while (this.src.charCodeAt(i) === SPACE) i++
      if (i >= this.end) {
        this.pos = this.end
        return -1
      }
      const ch = this.src.charCodeAt(i)
      if (ch !== NEWLINE && ch !== HASH) return i - this.pos
      this.pos = this.lineEnd(i) + 1
    }
  }

  /** The newline ending the line of from (or the end): the key, its value and what follows ask for the same one. */
  private lineEnd(from: number): number {
    if (from >= this.lineFrom && from <= this.lineNewline) return this.lineNewline
    const at = this.src.indexOf('\n', from)
    this.lineFrom = from
    this.lineNewline = at === -1 ? this.end : at
    return this.lineNewline
  }

  /** The start of the next line, if only spaces and a ` #` comment follow from; gives up otherwise. */
  private lineAfter(from: number): number {
    let i = from
    while (this.src.charCodeAt(i) === SPACE) i++
    const ch = this.src.charCodeAt(i)
    if (i < this.end && ch !== NEWLINE && !(ch === HASH && i > from)) giveUp()
    return this.lineEnd(i) + 1
  }

  /** Where a ` #` comment starts in [from, to), else to. */
  private commentStart(from: number, to: number): number {
    if (!this.hasHash) return to
    for (let i = from + 1; i < to; i++)
      if (this.src.charCodeAt(i) === HASH && this.src.charCodeAt(i - 1) === SPACE) return i - 1
    return to
  }

  /** The colon ending a plain `key:` (colon, then a space or the line end) that starts at `at`, or -1. */
  private keyEnd(at: number): number {
    if (at === this.keyAt) return this.keyColon
    this.keyAt = at
    this.keyColon = -1
    // `<<` would be a merge key.
    if (
      !startsPlain(this.src.charCodeAt(at), this.src.charCodeAt(at + 1)) ||
      this.src.charCodeAt(at) === 0x3c
    )
      return -1
    const lineEnd = this.lineEnd(at)
    for (
      let colon = this.src.indexOf(':', at);
      colon !== -1 && colon < lineEnd;
      colon = this.src.indexOf(':', colon + 1)
    ) {
      const next = this.src.charCodeAt(colon + 1)
      if (next !== SPACE && next !== NEWLINE && colon + 1 < this.end) continue
      if (this.commentStart(at, colon) === colon && this.src.charCodeAt(colon - 1) !== SPACE)
        this.keyColon = colon
      break
    }
    return this.keyColon
  }

  private isEntry(at: number): boolean {
    const next = this.src.charCodeAt(at + 1)
    return this.src.charCodeAt(at) === DASH && (next === SPACE || next === NEWLINE || at + 1 >= this.end)
  }

  /** A block mapping whose keys are at column indent; pos is at the start of the line of its first key. */
  private mapping(indent: number): Record<string, unknown> {
    if (++this.depth > MAX_DEPTH) giveUp()
    const result: Record<string, unknown> = {}
    for (;;) {
      const at = this.pos + indent
      const colon = this.keyEnd(at)
      if (colon === -1) giveUp()
      const key = String(resolvePlain(this.src.slice(at, colon)))
      // js-yaml sets __proto__ with defineProperty and rejects duplicates with an error of its own.
      if (key === '__proto__' || Object.hasOwn(result, key)) giveUp()
      result[key] = this.value(colon + 1, indent, true)
      const next = this.nextContent()
      if (next === -1 || next < indent) break
      if (next > indent || this.keyEnd(this.pos + next) === -1) giveUp()
    }
    this.depth--
    return result
  }

  /** A block sequence whose dashes are at column indent; pos is at the start of the line of its first entry. */
  private sequence(indent: number): unknown[] {
    if (++this.depth > MAX_DEPTH) giveUp()
    const result: unknown[] = []
    for (;;) {
      const lineStart = this.pos
      let at = lineStart + indent + 1
      while (this.src.charCodeAt(at) === SPACE) at++
      if (this.isEntry(at)) giveUp()
      // `- key: value` opens a mapping whose keys are at the column of `key`.
      if (this.keyEnd(at) !== -1) result.push(this.mapping(at - lineStart))
      else result.push(this.value(lineStart + indent + 1, indent, false))
      const next = this.nextContent()
      if (next === -1 || next < indent || (next === indent && !this.isEntry(this.pos + next))) break
      if (next > indent) giveUp()
    }
    this.depth--
    return result
  }

  /**
   * The value after a key's colon or an entry's dash (from `from`), in a node
   * at column parent. Leaves pos at the start of the line after the value.
   */
  private value(from: number, parent: number, inMapping: boolean): unknown {
    let at = from
    while (this.src.charCodeAt(at) === SPACE) at++
    const ch = this.src.charCodeAt(at)
    if (at >= this.end || ch === NEWLINE || ch === HASH) {
      this.pos = this.lineEnd(at) + 1
      return this.nestedBlock(parent, inMapping)
    }
    if (ch === 0x7c || ch === 0x3e) {
      // js-yaml reads a block scalar with indentation parent + 1 (its flowIndent).
      const block = readBlockScalar(this.src, at, parent + 1)
      if (block === undefined) giveUp()
      this.pos = block.next
      return block.value
    }
    const value =
      ch === 0x22 || ch === 0x27
        ? this.quoted(at)
        : ch === 0x5b || ch === 0x7b
          ? this.flow(at)
          : this.plain(at)
    this.pos = this.lineAfter(this.scalarEnd)
    return value
  }

  /** A value on the lines below its key or dash: a mapping or sequence, or null when none follows. */
  private nestedBlock(parent: number, inMapping: boolean): unknown {
    const indent = this.nextContent()
    if (indent === -1 || indent < parent) return null
    const at = this.pos + indent
    // Only a mapping value may be a sequence at its key's own column.
    if (indent === parent) return inMapping && this.isEntry(at) ? this.sequence(indent) : null
    if (this.isEntry(at)) return this.sequence(indent)
    return this.keyEnd(at) === -1 ? giveUp() : this.mapping(indent)
  }

  /** A plain scalar on one line, in block context: up to a ` #` comment or the line end, trailing spaces cut. */
  private plain(at: number): unknown {
    if (!startsPlain(this.src.charCodeAt(at), this.src.charCodeAt(at + 1))) giveUp()
    let end = this.commentStart(at, this.lineEnd(at))
    this.scalarEnd = end
    while (this.src.charCodeAt(end - 1) === SPACE) end--
    const text = this.src.slice(at, end)
    // Here js-yaml would read a mapping, which block context rejects.
    if (text.includes(': ') || text.endsWith(':')) giveUp()
    return resolvePlain(text)
  }

  /** A quoted scalar closed on its own line, without escapes. */
  private quoted(at: number): string {
    const quote = this.src.charCodeAt(at)
    const lineEnd = this.lineEnd(at)
    let value = ''
    for (let start = at + 1; ;) {
      const close = this.src.indexOf(quote === 0x27 ? "'" : '"', start)
      if (close === -1 || close > lineEnd) giveUp()
      value += this.src.slice(start, close)
      // In single quotes '' stands for one quote.
      if (quote !== 0x27 || this.src.charCodeAt(close + 1) !== 0x27) {
        if (quote === 0x22 && value.includes('\\')) giveUp()
        this.scalarEnd = close + 1
        return value
      }
      value += "'"
      start = close + 2
    }
  }

  /** `[a, b, "c"]` of scalars, on one line, or `{}`. */
  private flow(at: number): unknown {
    let i = at + 1
    while (this.src.charCodeAt(i) === SPACE) i++
    if (this.src.charCodeAt(at) === 0x7b) {
      if (this.src.charCodeAt(i) !== 0x7d) giveUp()
      this.scalarEnd = i + 1
      return {}
    }
    const items: unknown[] = []
    while (this.src.charCodeAt(i) !== 0x5d) {
      const ch = this.src.charCodeAt(i)
      items.push(ch === 0x22 || ch === 0x27 ? this.quoted(i) : this.flowPlain(i))
      i = this.scalarEnd
      while (this.src.charCodeAt(i) === SPACE) i++
      // js-yaml accepts a comma before the closing bracket.
      if (this.src.charCodeAt(i) === 0x2c) i++
      else if (this.src.charCodeAt(i) !== 0x5d) giveUp()
      while (this.src.charCodeAt(i) === SPACE) i++
    }
    this.scalarEnd = i + 1
    return items
  }

  /** A plain scalar in a flow sequence, up to `,` or `]`; anything that could mean more gives up. */
  private flowPlain(at: number): unknown {
    if (!startsPlain(this.src.charCodeAt(at), this.src.charCodeAt(at + 1))) giveUp()
    let end = at
    for (let ch = this.src.charCodeAt(end); ch !== 0x2c && ch !== 0x5d; ch = this.src.charCodeAt(++end)) {
      if (
        end >= this.end ||
        ch === NEWLINE ||
        ch === COLON ||
        ch === HASH ||
        ch === 0x5b ||
        ch === 0x7b ||
        ch === 0x7d
      )
        giveUp()
    }
    this.scalarEnd = end
    while (this.src.charCodeAt(end - 1) === SPACE) end--
    return resolvePlain(this.src.slice(at, end))
  }
}
