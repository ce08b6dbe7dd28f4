import { Scalar } from 'yaml'
import { WriteBackError } from '../../errors.ts'

/** Characters a digest reference may use that are safe in a plain scalar, block or flow. */
const PLAIN_SAFE = /^[A-Za-z0-9][A-Za-z0-9._\-/:@]*$/

/**
 * The source text that replaces `node`'s value: `value` written in the
 * node's own style (plain, 'single' or "double" quoted), so only the value
 * changes. Block scalars (| and >) are refused: rewriting one means more than
 * one line, and an image is never written that way on purpose.
 */
export function renderInStyleOf(node: Scalar, value: string, where: string): string {
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
      return JSON.stringify(value)
    case Scalar.QUOTE_SINGLE:
      return `'${value.replace(/'/g, "''")}'`
    case Scalar.BLOCK_FOLDED:
    case Scalar.BLOCK_LITERAL:
      throw new WriteBackError(`${where} is a block scalar (| or >); the image is left alone`, {
        hint: 'write the image as a plain or quoted scalar on one line, e.g. image: REPO@sha256:…',
      })
    default:
      return renderPlain(value, where)
  }
}

/** `value` as a plain scalar; quoted instead when a plain one would not read back as the same string. */
export function renderPlain(value: string, where: string): string {
  if (PLAIN_SAFE.test(value) && !value.includes(': ') && !value.includes(' #')) return value
  if (value.includes('\n')) throw new WriteBackError(`${where}: the new value spans lines`)
  return JSON.stringify(value)
}
