/**
 * A js-yaml schema that resolves plain scalars the way go-yaml v2 does, because
 * that is the decoder behind Kubernetes' and Config Sync's YAML reading
 * (sigs.k8s.io/yaml). js-yaml's own schemas follow YAML 1.2, where `yes` is a
 * string and `0644` is 644; Kubernetes reads `true` and 420.
 *
 * Deliberately absent: the timestamp type (go-yaml v2 hands dates to an
 * interface{} as the original string), and !!binary/!!set/!!omap/!!pairs.
 */
import { FAILSAFE_SCHEMA, Schema, Type } from 'js-yaml'

// go-yaml v2 resolve.go, resolveMapList: exactly these spellings, no others.
const BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((s) => [s, true] as const),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map(
    (s) => [s, false] as const,
  ),
])
const NULLS: ReadonlySet<string> = new Set(['', '~', 'null', 'Null', 'NULL'])
const SPECIAL_FLOATS: ReadonlyMap<string, number> = new Map([
  ...['.nan', '.NaN', '.NAN'].map((s) => [s, Number.NaN] as const),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((s) => [s, Number.POSITIVE_INFINITY] as const),
  ...['-.inf', '-.Inf', '-.INF'].map((s) => [s, Number.NEGATIVE_INFINITY] as const),
])

// go-yaml v2's yamlStyleFloat: a float is only tried when this matches.
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/
const DIGITS: Readonly<Record<number, RegExp>> = {
  2: /^[01]+$/,
  8: /^[0-7]+$/,
  10: /^[0-9]+$/,
  16: /^[0-9a-fA-F]+$/,
}
const UINT64_MAX = 18446744073709551615

/**
 * Go's strconv.ParseInt(s, 0, 64) (falling back to ParseUint): sign, then a
 * 0x/0o/0b prefix or a bare leading 0 for octal. Undefined when Go would fail.
 */
function parseGoInteger(text: string): number | undefined {
  const sign = text[0] === '-' ? -1 : 1
  let body = text[0] === '-' || text[0] === '+' ? text.slice(1) : text
  let base = 10
  if (body.length > 1 && body[0] === '0') {
    const prefix = body[1]?.toLowerCase()
    base = prefix === 'x' ? 16 : prefix === 'b' ? 2 : 8
    body = prefix === 'x' || prefix === 'b' || prefix === 'o' ? body.slice(2) : body.slice(1)
  }
  if (body === '' || !(DIGITS[base]?.test(body) ?? false)) return undefined
  const magnitude = base === 10 ? Number(body) : Number.parseInt(body, base)
  // Beyond uint64 Go fails; decimals then still become floats below, others stay strings.
  if (magnitude > UINT64_MAX || (sign < 0 && magnitude > 2 ** 63)) return undefined
  return sign * magnitude
}

/** The number go-yaml v2 would resolve a plain scalar to, or undefined for a string. */
function resolveGoNumber(text: string): number | undefined {
  const first = text.charCodeAt(0)
  const isDigit = first >= 0x30 && first <= 0x39
  if (isDigit || text[0] === '-' || text[0] === '+') {
    const plain = text.replaceAll('_', '')
    const int = parseGoInteger(plain)
    if (int !== undefined) return int
    return YAML_STYLE_FLOAT.test(plain) ? Number(plain) : undefined
  }
  if (text[0] === '.') {
    // go-yaml tries strconv.ParseFloat on the raw text: ".5", ".5e3".
    return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(text) ? Number(text) : undefined
  }
  return undefined
}

/**
 * The value go-yaml v2 resolves a plain scalar to, or undefined when it stays
 * a string. Dispatches on the first character, as go-yaml's resolve table does,
 * so the common case (a word) costs one switch.
 */
function resolveGoScalar(text: string): { value: unknown } | undefined {
  if (text === '') return { value: null }
  switch (text.charCodeAt(0)) {
    case 0x7e: // ~
    case 0x4e: // N
    case 0x6e: // n
      if (NULLS.has(text)) return { value: null }
      return BOOLEANS.has(text) ? { value: BOOLEANS.get(text) } : undefined
    case 0x59: // Y
    case 0x79: // y
    case 0x54: // T
    case 0x74: // t
    case 0x46: // F
    case 0x66: // f
    case 0x4f: // O
    case 0x6f: // o
      return BOOLEANS.has(text) ? { value: BOOLEANS.get(text) } : undefined
    case 0x2b: // +
    case 0x2d: // -
    case 0x2e: // .
    case 0x30:
    case 0x31:
    case 0x32:
    case 0x33:
    case 0x34: // 0-4
    case 0x35:
    case 0x36:
    case 0x37:
    case 0x38:
    case 0x39: {
      // 5-9
      const special = SPECIAL_FLOATS.get(text)
      if (special !== undefined) return { value: special }
      const number = resolveGoNumber(text)
      return number === undefined ? undefined : { value: number }
    }
    default:
      return undefined
  }
}

// js-yaml calls resolve() and then construct() on the same text; remember the last answer.
let lastText: string | undefined
let lastResolved: { value: unknown } | undefined
function resolveCached(text: string): { value: unknown } | undefined {
  if (text !== lastText) {
    lastText = text
    lastResolved = resolveGoScalar(text)
  }
  return lastResolved
}

// One implicit type for every non-string plain scalar: js-yaml tries implicit
// types in turn on each plain scalar, and one first-character dispatch is
// cheaper than four separate resolvers. Its tag is never written anywhere.
const goImplicitType = new Type('tag:configsync-oci,2025:go-yaml-v2-implicit', {
  kind: 'scalar',
  resolve: (data: string | null) => data === null || resolveCached(data) !== undefined,
  construct: (data: string | null) => (data === null ? null : resolveCached(data)?.value),
})

// The same resolution behind explicit tags (`!!int 0644`, `!!bool yes`, `!!null ~`).
function explicitType(tag: string, accepts: (value: unknown) => boolean): Type {
  return new Type(tag, {
    kind: 'scalar',
    resolve: (data: string | null) =>
      data === null ? tag.endsWith(':null') : accepts(resolveCached(data)?.value),
    construct: (data: string | null) => (data === null ? null : resolveCached(data)?.value),
  })
}

const explicitTypes = [
  explicitType('tag:yaml.org,2002:null', (v) => v === null),
  explicitType('tag:yaml.org,2002:bool', (v) => typeof v === 'boolean'),
  explicitType('tag:yaml.org,2002:int', (v) => Number.isInteger(v)),
  explicitType('tag:yaml.org,2002:float', (v) => typeof v === 'number'),
]

// js-yaml recognises merge keys by this tag; go-yaml v2 supports `<<` too.
const mergeType = new Type('tag:yaml.org,2002:merge', {
  kind: 'scalar',
  resolve: (data: string | null) => data === '<<' || data === null,
})

/** js-yaml schema with go-yaml v2 (YAML 1.1 as Kubernetes reads it) scalar resolution. */
export const GO_YAML_V2_SCHEMA: Schema = FAILSAFE_SCHEMA.extend({
  implicit: [goImplicitType, mergeType],
  explicit: explicitTypes,
})
