import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { load } from 'js-yaml'
import { cutAtEndMarker, splitDocuments } from '../../src/manifests/documents.ts'
import { fastLoad } from '../../src/manifests/fast-yaml.ts'
import { GO_YAML_V2_SCHEMA } from '../../src/manifests/yaml-schema.ts'
import { random, yamlDocument } from './yaml-fuzz.ts'

type JsYamlResult = { value: unknown } | { error: string }

function jsYaml(text: string): JsYamlResult {
  try {
    return { value: load(text, { schema: GO_YAML_V2_SCHEMA }) }
  } catch (error) {
    return { error: (error as Error).message }
  }
}

// deepStrictEqual ignores key order and JSON loses -0 and NaN: compare both ways.
const exact = (_key: string, value: unknown): unknown =>
  typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))
    ? `number:${Object.is(value, -0) ? '-0' : value}`
    : value

/** Asserts that whatever the fast path decodes, js-yaml decodes to the same value; returns whether it decoded. */
function assertSameAsJsYaml(text: string, label: string): boolean {
  const fast = fastLoad(text)
  if (fast === undefined) return false
  const reference = jsYaml(text)
  assert.ok(
    'value' in reference,
    `${label}: the fast path decoded what js-yaml rejects (${'error' in reference ? reference.error : ''}):\n${text}`,
  )
  assert.deepStrictEqual(fast.value, reference.value, `${label}:\n${text}`)
  assert.equal(
    JSON.stringify(fast.value, exact),
    JSON.stringify(reference.value, exact),
    `${label}: key order:\n${text}`,
  )
  return true
}

test('generated documents: whatever the fast path decodes, js-yaml decodes the same', () => {
  for (const strayness of [0.05, 0.3, 0.8]) {
    let decoded = 0
    for (let seed = 0; seed < 4000; seed++)
      if (assertSameAsJsYaml(yamlDocument(random(seed), strayness), `seed ${seed} at ${strayness}`)) decoded++
    // The generator must keep reaching the decoding paths, not only the ones that give up.
    assert.ok(decoded > 100, `only ${decoded} documents decoded at strayness ${strayness}`)
  }
})

test('plain generated manifests: the fast path decodes every one js-yaml reads', () => {
  for (let seed = 0; seed < 2000; seed++) {
    const text = yamlDocument(random(seed), 0)
    const readable = 'value' in jsYaml(text)
    assert.equal(assertSameAsJsYaml(text, `seed ${seed}`), readable, text)
  }
})

function* yamlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* yamlFiles(path)
    else if (/\.ya?ml$/.test(entry.name)) yield path
  }
}

test('every YAML document among the fixtures and examples decodes as js-yaml decodes it', () => {
  let decoded = 0
  for (const root of ['../fixtures', '../../examples']) {
    for (const file of yamlFiles(join(import.meta.dirname, root))) {
      for (const doc of splitDocuments(readFileSync(file, 'utf8')))
        if (assertSameAsJsYaml(cutAtEndMarker(doc.text), file)) decoded++
    }
  }
  assert.ok(decoded > 50, `only ${decoded} fixture documents decoded`)
})

const CASES: readonly [name: string, text: string, decoded: boolean][] = [
  [
    'scalars resolve as go-yaml v2 reads them',
    'a: on\nb: 0644\nc: -0\nd: .inf\ne: ~\nf: 1_000\ng: 0x1F\nh: 1e3\ni: +12\nj: y\nk: "on"\n',
    true,
  ],
  ['keys resolve too, then become strings', 'on: 1\n0x10: 2\n1.50: 3\nnull: 4\n', true],
  [
    'comments and blank lines anywhere, a --- first line',
    '--- # doc\n# head\na: 1 # c\n\n  # indented comment\nb:\n  # inside\n  c: d#e\n',
    true,
  ],
  [
    'a sequence at the column of its key, and compact mappings',
    'a:\n- x\n-   y: 1\n    z: 2\n-\n  w: 3\nb: c\n',
    true,
  ],
  ['quoted scalars on one line', `a: 'it''s # not a comment'\nb: "x: y"\nc: ''\nd: ""\n`, true],
  ['flow sequences and empty flow collections', 'a: [x, "y", \'z\', 1, ]\nb: []\nc: { }\nd: [ ]\n', true],
  [
    'literal block scalars with chomping and indentation indicators',
    'a: |\n  x\n\n    more\nb: |-\n  y\nc: |+\n  z\n\nd: |2\n    w\ne: | # c\n  v\n',
    true,
  ],
  ['folded block scalars', 'a: >\n  one\n  two\n\n   more\n  back\nb: >-\n  x\n', true],
  ['a block scalar at the end without a final newline', 'a: |+\n  x\n\n', true],
  [
    'leading empty lines with spaces count toward the block indentation as in js-yaml',
    'a: |\n \n  x\nb: |\n\n   \n    y\n',
    true,
  ],
  [
    'a leading empty line indented past the content: js-yaml rejects what follows',
    'a: |\n      \n  x\nb: 1\n',
    false,
  ],
  ['duplicate keys: js-yaml reports them', 'a: 1\na: 2\n', false],
  ['anchors, aliases and merge keys', 'a: &x {b: 1}\nc: *x\n', false],
  ['merge keys', 'a:\n  <<: {b: 1}\n', false],
  ['tags', 'a: !!str 1\n', false],
  ['multi-line plain scalars', 'a: b\n  c\n', false],
  ['escapes in double quotes', 'a: "x\\ty"\n', false],
  ['multi-line quoted scalars', 'a: "x\n  y"\n', false],
  ['flow mappings', 'a: {b: 1}\n', false],
  ['nested flow sequences', 'a: [[1]]\n', false],
  ['tabs', 'a:\tb\n', false],
  ['CRLF', 'a: b\r\n', false],
  ['non-ASCII', 'a: café\n', false],
  ['a mapping value on the line of its key', 'a: b: c\n', false],
  ['bad indentation', 'a: 1\n b: 2\n', false],
  ['a root that is not a mapping at column 0', '- a\n', false],
  ['a __proto__ key', '__proto__: 1\n', false],
  [
    'nesting deeper than the fast path goes',
    `${Array.from({ length: 45 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} v\n`,
    false,
  ],
]

test('the subset: what the fast path decodes and what it leaves to js-yaml', () => {
  for (const [name, text, decoded] of CASES) assert.equal(assertSameAsJsYaml(text, name), decoded, name)
})

test('plain scalars starting with any other character stay strings, as the fast path assumes', () => {
  // The fast path skips the schema's resolvers unless a scalar starts with one of ~NnYyTtFfOo+-.0-9<.
  const mayResolve = new Set('~NnYyTtFfOo+-.0123456789<')
  for (let code = 0x21; code < 0x7f; code++) {
    const first = String.fromCharCode(code)
    if (mayResolve.has(first) || '#&*!|>\'"%@`?:,[]{}'.includes(first)) continue
    for (const rest of ['', 'x', '1', '0', 'es', 'ull', 'rue', 'n', 'ff', 'an', 'nf', '.5', 'e3']) {
      const reference = jsYaml(`a: ${first}${rest}\n`)
      assert.deepEqual(reference, { value: { a: `${first}${rest}` } }, `${first}${rest}`)
    }
  }
})
