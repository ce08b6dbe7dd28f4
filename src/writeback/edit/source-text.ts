import { WriteBackError } from '../../errors.ts'

const DECODER = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * Decodes a file so that encoding the text again gives back the very same
 * bytes (a BOM is kept as U+FEFF). The editor splices this text and encodes
 * it, so everything outside the spliced range stays byte-identical.
 */
export function decodeExact(bytes: Uint8Array, file: string): string {
  let text: string
  try {
    text = DECODER.decode(bytes)
  } catch (cause) {
    throw new WriteBackError(`${file} is not UTF-8 text; it is left alone`, { cause })
  }
  if (!Buffer.from(text, 'utf8').equals(bytes))
    throw new WriteBackError(`${file} does not survive a UTF-8 round trip; it is left alone`)
  return text
}

/** A line of the text: [start, end) without its line break, and the break itself. */
export interface LineSpan {
  readonly start: number
  readonly end: number
  /** '\r\n', '\n' or '' (the last line without a final newline). */
  readonly eol: string
  /** 1-based. */
  readonly number: number
}

/** The line that holds `offset`. */
export function lineAt(text: string, offset: number): LineSpan {
  const start = text.lastIndexOf('\n', offset - 1) + 1
  const newline = text.indexOf('\n', offset)
  const hardEnd = newline === -1 ? text.length : newline
  const end = hardEnd > start && text[hardEnd - 1] === '\r' ? hardEnd - 1 : hardEnd
  const eol = newline === -1 ? '' : text.slice(end, newline + 1)
  return { start, end, eol, number: countLines(text, start) }
}

function countLines(text: string, before: number): number {
  let lines = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < before; i = text.indexOf('\n', i + 1)) lines++
  return lines
}

/** The line break the file uses most: '\r\n' when most lines end so, else '\n'. */
export function dominantEol(text: string): string {
  const all = text.split('\n').length - 1
  const crlf = text.split('\r\n').length - 1
  return all > 0 && crlf * 2 > all ? '\r\n' : '\n'
}
