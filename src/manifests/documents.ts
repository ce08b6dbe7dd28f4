/**
 * Splitting a YAML file into documents the way Config Sync does
 * (pkg/importer/reader/parse_file.go), before any YAML parser sees it: on
 * every newline followed by `---`, so a separator inside an indented block
 * scalar or a quoted string never splits.
 */

/** One document's text and where it starts. */
export interface RawDocument {
  readonly text: string
  /** Line of text's first character in the file. */
  readonly firstLine: number
}

/** Splits like Config Sync: on every "\n---", whatever follows on that line. */
export function splitDocuments(text: string): RawDocument[] {
  const docs: RawDocument[] = []
  let start = 0
  let line = 1
  for (;;) {
    const at = text.indexOf('\n---', start)
    const end = at === -1 ? text.length : at
    docs.push({ text: text.slice(start, end), firstLine: line })
    if (at === -1) return docs
    line += countLines(text, start, at + 1)
    start = at + 4
  }
}

/** Newlines in text[from, to). */
export function countLines(text: string, from: number, to: number): number {
  let count = 0
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++
  return count
}

/** Text up to a `...` end marker: go-yaml decodes only the first document, so the rest is ignored. */
export function cutAtEndMarker(text: string): string {
  for (let at = text.indexOf('...'); at !== -1; at = text.indexOf('...', at + 1)) {
    if (at > 0 && text[at - 1] !== '\n') continue
    const next = text[at + 3]
    if (next === undefined || next === ' ' || next === '\t' || next === '\r' || next === '\n' || next === '#')
      return text.slice(0, at)
  }
  return text
}

/** 0-based index of the first line with content (not blank, comment or a `---` marker), or -1. */
export function firstContentLine(text: string): number {
  let index = 0
  for (let start = 0; start <= text.length; index++) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    if (hasContent(text.slice(start, end))) return index
    if (newline === -1) return -1
    start = newline + 1
  }
  return -1
}

function hasContent(raw: string): boolean {
  const line = raw.trimStart()
  return line !== '' && !line.startsWith('#') && !/^---\s*(?:#.*)?$/.test(line)
}
