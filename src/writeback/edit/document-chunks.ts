/** One slice of a file holding whole YAML documents. */
export interface DocumentChunk {
  readonly text: string
  /** Offset of the slice in the file. */
  readonly base: number
  /** Lines before the slice (its first line is lineBase + 1). */
  readonly lineBase: number
}

/**
 * A document-start marker at column 0, with the directives right before it.
 * YAML forbids `---` at the start of a line inside any scalar (c-forbidden),
 * so a split here never cuts a document.
 */
const DOCUMENT_START = /^(?:%[^\n]*\n)*---(?=[ \t]|\r?$)/gm

/**
 * Cuts a file into slices at its document markers, so that only the slices
 * that may hold the target are parsed: the `yaml` lexer is the slow part,
 * and a config file may hold thousands of documents.
 */
export function documentChunks(text: string): DocumentChunk[] {
  const starts = [
    0,
    ...[...text.matchAll(DOCUMENT_START)].map((match) => match.index).filter((index) => index > 0),
  ]
  const chunks: DocumentChunk[] = []
  let lineBase = 0
  for (const [i, start] of starts.entries()) {
    const end = starts[i + 1] ?? text.length
    const slice = text.slice(start, end)
    chunks.push({ text: slice, base: start, lineBase })
    lineBase += slice.split('\n').length - 1
  }
  return chunks
}
