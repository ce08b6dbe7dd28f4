/**
 * A seeded generator of small YAML documents around the edges of the fast
 * path's subset (./fast-yaml.test.ts): indentation, comments, quoting, block
 * scalar headers and bodies, flow sequences, keys that resolve to numbers
 * or booleans, duplicates, stray characters. Most are valid YAML, many are
 * not; each is fed to both decoders.
 */

/** A small deterministic PRNG (mulberry32), so a failing document can be regenerated from its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Rand = () => number
const pick = <T>(r: Rand, items: readonly T[]): T => items[Math.floor(r() * items.length)]!
const chance = (r: Rand, p: number): boolean => r() < p

const WORDS = [
  'name',
  'app',
  'on',
  'off',
  'yes',
  'No',
  'null',
  '~',
  'true',
  'False',
  '0',
  '-0',
  '0644',
  '0x1F',
  '1e3',
  '.5',
  '-.inf',
  '.NaN',
  '+12',
  '1_000',
  '3.14',
  '-',
  'a b',
  'x:y',
  'a#b',
  'k8s.io/name',
  '<<',
  '__proto__',
  'toString',
  'é',
  '--',
  '-x',
  '?x',
  ':x',
  '@x',
  '`x',
  '%x',
  '!x',
  '&a',
  '*a',
  'a,b',
  '[x]',
  '{x}',
  'y',
  'Y',
  'n',
  'o',
]
const QUOTED = [
  "'a'",
  "'it''s'",
  "''",
  '""',
  '"a b"',
  '"a\\"b"',
  '"x: y"',
  "'# not a comment'",
  '"a',
  "'a",
  '"a" b',
  "'a''",
  '"\\n"',
]
const FLOW = [
  '[]',
  '[ ]',
  '{}',
  '{ }',
  '[a, b]',
  '[a,b,]',
  '[ a , "b" ]',
  "['x', 1, true]",
  '[a, [b]]',
  '[a: b]',
  '[a, , b]',
  '[,]',
  '[a',
  '{a: b}',
  '[a # c]',
  '[-, a]',
  '[- a]',
  '[.inf, -0]',
]

const TAME_WORDS = [
  'web',
  'nginx:1.25',
  'v1',
  '80',
  'true',
  'null',
  'a b c',
  'https://x.io/a?b=c&d=e',
  '/healthz',
  '500m',
  '0.5',
  "it's",
  'a#b',
  'x:y',
  '-1',
]
const TAME_QUOTED = ['"web"', "'80'", '""', "'it''s'", '"a: b # c"']
const TAME_FLOW = ['[]', '{}', '[get, list, watch]', '[""]', "['a', 1]"]

/** How often the generator strays from plain manifests (0: never, 1: constantly); yamlDocument sets it per document. */
let wild = 0.3

function scalar(r: Rand): string {
  const kind = r()
  const words = chance(r, wild) ? WORDS : TAME_WORDS
  if (kind < 0.55)
    return pick(r, words) + (chance(r, wild / 2) ? pick(r, ['', ' ', '  ', ' # c', '#c', ' :', ':']) : '')
  if (kind < 0.75) return pick(r, chance(r, wild) ? QUOTED : TAME_QUOTED)
  return pick(r, chance(r, wild) ? FLOW : TAME_FLOW)
}

function blockScalar(r: Rand, indent: number): string {
  const header = chance(r, wild)
    ? pick(r, ['|', '|-', '|+', '>', '>-', '>+', '|2', '|1-', '>2+', '| # c', '|x', '|0', '|++'])
    : pick(r, ['|', '|-', '>'])
  const inner = indent + (chance(r, wild) ? pick(r, [0, 1, 2, 2, 2, 4]) : 2)
  const lines: string[] = []
  for (let i = 0, n = Math.floor(r() * 5); i < n; i++) {
    const pad = ' '.repeat(Math.max(0, inner + (chance(r, wild) ? pick(r, [0, 0, 0, 1, 2, -1, -2]) : 0)))
    lines.push(
      pick(r, [`${pad}text ${i}`, '', ' '.repeat(inner + 3), `${pad}# hash`, `${pad}  more`, `${pad}key: v`]),
    )
  }
  return `${header}\n${lines.join('\n')}`
}

function mapping(r: Rand, indent: number, depth: number, out: string[]): void {
  const pad = ' '.repeat(indent)
  for (let i = 0, n = 1 + Math.floor(r() * 4); i < n; i++) {
    if (chance(r, wild / 3))
      out.push(pick(r, ['', `${pad}# comment`, `   # odd comment`, ' '.repeat(indent + 2)]))
    const key = chance(r, 1 - wild)
      ? pick(r, ['a', 'b', 'c', 'name', 'spec', 'k8s.io/x', 'on', '1'])
      : pick(r, WORDS)
    const sep = chance(r, wild) ? pick(r, [': ', ': ', ':  ', ':', ' : ']) : ': '
    const roll = r()
    if (depth < 4 && roll < 0.25) {
      out.push(`${pad}${key}:${pick(r, ['', ' ', ' # c'])}`)
      mapping(r, indent + (chance(r, wild) ? pick(r, [2, 2, 4, 1, 0]) : 2), depth + 1, out)
    } else if (depth < 4 && roll < 0.45) {
      out.push(`${pad}${key}:`)
      sequence(r, indent + (chance(r, wild) ? pick(r, [0, 2, 2, 4]) : pick(r, [0, 2])), depth + 1, out)
    } else if (roll < 0.55) {
      out.push(`${pad}${key}${sep}${blockScalar(r, indent)}`)
    } else {
      out.push(`${pad}${key}${sep}${scalar(r)}`)
    }
    if (chance(r, wild / 6)) out.push(`${' '.repeat(indent + pick(r, [1, 2]))}${scalar(r)}`)
  }
}

function sequence(r: Rand, indent: number, depth: number, out: string[]): void {
  const pad = ' '.repeat(indent)
  for (let i = 0, n = 1 + Math.floor(r() * 3); i < n; i++) {
    const roll = r()
    const dash = chance(r, wild) ? pick(r, ['- ', '- ', '-   ', '-']) : '- '
    if (depth < 4 && roll < 0.35) {
      const lines: string[] = []
      mapping(r, indent + dash.length, depth + 1, lines)
      const first = lines[0] ?? ''
      out.push(`${pad}${dash}${first.trimStart()}`, ...lines.slice(1))
    } else if (depth < 4 && roll < 0.45) {
      out.push(`${pad}-`)
      mapping(r, indent + (chance(r, wild) ? pick(r, [2, 2, 0, 1]) : 2), depth + 1, out)
    } else if (roll < 0.55) {
      out.push(`${pad}${dash}${blockScalar(r, indent)}`)
    } else if (roll < 0.6 && chance(r, wild)) {
      out.push(`${pad}- - ${scalar(r)}`)
    } else {
      out.push(`${pad}${dash}${scalar(r)}`)
    }
  }
}

/**
 * A document: a top-level mapping, sometimes after comments or a `---` line,
 * sometimes without a final newline. strayness: how often it strays from
 * plain manifests (0: never, 1: constantly).
 */
export function yamlDocument(r: Rand, strayness: number): string {
  wild = strayness
  const out: string[] = []
  if (chance(r, 0.2))
    out.push(pick(r, chance(r, wild) ? ['---', '--- # c', '# top', '', '---x', '  '] : ['---', '# top']))
  if (chance(r, wild / 6)) sequence(r, 0, 0, out)
  else mapping(r, chance(r, wild / 6) ? 2 : 0, 0, out)
  const text = out.join('\n')
  return chance(r, 0.8) ? `${text}\n` : text
}
