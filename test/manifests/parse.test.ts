import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import {
  isManifestPath,
  MAX_MANIFEST_BYTES,
  parseManifestFile,
  type ManifestObject,
} from '../../src/manifests/parse.ts'

const FIXTURES = join(import.meta.dirname, '../fixtures/manifests/parse')

function parseFixture(name: string) {
  return parseManifestFile(name, readFileSync(join(FIXTURES, name), 'utf8'))
}

function names(objects: readonly ManifestObject[]): string[] {
  return objects.map((o) => String((o.object['metadata'] as Record<string, unknown>)['name']))
}

const CM = (name: string, extra = ''): string =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n${extra}`

test('multi-document YAML splits only on a newline followed by ---', () => {
  const { objects, findings } = parseFixture('multi-doc.yaml')
  assert.deepEqual(findings, [])
  assert.deepEqual(names(objects), ['first', 'second', 'third'])
  assert.deepEqual(
    objects.map((o) => o.line),
    [3, 22, 30],
  )
  const data = objects[0]!.object['data'] as Record<string, string>
  assert.equal(data['script'], 'echo start\n---\necho the line above is inside a block scalar\n')
  assert.equal(data['quoted'], 'a --- b')
  assert.equal(data['folded'], 'keep --- going\n')
  assert.equal(
    objects.every((o) => o.file === 'multi-doc.yaml'),
    true,
  )
})

test('empty, blank and comment-only documents are skipped', () => {
  for (const text of [
    '',
    '\n',
    '---\n',
    '---\n---\n',
    '# only a comment',
    '\n\n---\n# comment\n',
    '  \t\n#x\n---   \n...\n',
  ]) {
    assert.deepEqual(parseManifestFile('a.yaml', text), { objects: [], findings: [] }, JSON.stringify(text))
  }
})

test('a document line is its first line of content, after comments and a leading ---', () => {
  const { objects } = parseManifestFile('a.yaml', `# license\n\n---\n# about\n${CM('x')}---\n\n\n${CM('y')}`)
  assert.deepEqual(
    objects.map((o) => o.line),
    [5, 12],
  )
})

test('CRLF line endings split and count lines the same way', () => {
  const text = `${CM('a')}---\n${CM('b')}`.replaceAll('\n', '\r\n')
  const { objects, findings } = parseManifestFile('a.yaml', text)
  assert.deepEqual(findings, [])
  assert.deepEqual(names(objects), ['a', 'b'])
  assert.deepEqual(
    objects.map((o) => o.line),
    [1, 6],
  )
  assert.equal(objects[1]!.locate(['metadata', 'name']), 9)
})

test('Lists are flattened recursively, each item with its own line; local-config items are dropped', () => {
  const { objects, findings } = parseFixture('list.yaml')
  assert.deepEqual(findings, [])
  assert.deepEqual(names(objects), ['shop', 'reader', 'settings'])
  assert.deepEqual(
    objects.map((o) => o.line),
    [4, 11, 23],
  )
  assert.equal(objects[1]!.locate(['metadata', 'namespace']), 15)
  assert.equal(objects[1]!.locate(['spec']), 11, 'a missing field falls back to the item line')
})

test('a JSON List (nomos hydrate output, tab-indented) is flattened with item lines', () => {
  const { objects, findings } = parseFixture('list.json')
  assert.deepEqual(findings, [])
  assert.deepEqual(names(objects), ['cm-a', 'cm-b'])
  assert.deepEqual(
    objects.map((o) => o.line),
    [5, 16],
  )
  assert.equal(objects[0]!.locate(['metadata', 'annotations', 'configmanagement.gke.io/managed']), 12)
  assert.equal(objects[1]!.locate(['metadata', 'name']), 20)
})

test('a List item that is not an object is KNV2001 at its line', () => {
  const { objects, findings } = parseManifestFile(
    'l.yaml',
    'apiVersion: v1\nkind: List\nitems:\n  - just a string\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: x}\n',
  )
  assert.deepEqual(names(objects), ['x'])
  assert.deepEqual(
    findings.map((f) => [f.code, f.line]),
    [['KNV2001', 4]],
  )
})

test('scalars resolve as go-yaml v2 (YAML 1.1) does; dates stay strings', () => {
  const { objects, findings } = parseFixture('yaml11.yaml')
  assert.deepEqual(findings, [])
  const spec = objects[0]!.object['spec'] as Record<string, unknown>
  assert.equal(spec['true'], true, 'the key `yes` itself becomes "true"')
  for (const [key, value] of Object.entries(spec)) {
    const want = { b: 'boolean', i: 'number', f: 'number', n: 'object', s: 'string' }[key[0]!]
    if (want !== undefined && key[1] === '_') assert.equal(typeof value, want, `${key}: ${String(value)}`)
  }
  assert.deepEqual(
    [spec['b_y'], spec['b_On'], spec['b_OFF'], spec['b_no'], spec['b_n'], spec['b_True'], spec['b_FALSE']],
    [true, true, false, false, false, true, false],
  )
  assert.deepEqual(
    [
      spec['i_octal'],
      spec['i_octalPrefix'],
      spec['i_hex'],
      spec['i_binary'],
      spec['i_underscores'],
      spec['i_negativeOctal'],
    ],
    [420, 15, 31, 5, 1000, -8],
  )
  assert.deepEqual(
    [spec['f_notOctal'], spec['f_exp'], spec['f_dot'], spec['f_inf'], spec['f_version']],
    [9, 1500, 0.5, -Infinity, 1.2],
  )
  assert.deepEqual([spec['n_tilde'], spec['n_Null'], spec['n_empty']], [null, null, null])
  assert.deepEqual(
    [
      spec['s_yEs'],
      spec['s_oN'],
      spec['s_date'],
      spec['s_datetime'],
      spec['s_quotedOctal'],
      spec['s_quotedBool'],
      spec['s_semver'],
      spec['s_hexless'],
    ],
    ['yEs', 'oN', '2024-01-31', '2001-12-14t21:59:43.10-05:00', '0644', 'yes', '1.2.3', '0x'],
  )
})

test('objects annotated local-config with any value but "false" are dropped', () => {
  const doc = (value: string) => CM('x', `  annotations:\n    config.kubernetes.io/local-config: ${value}\n`)
  assert.equal(parseManifestFile('a.yaml', doc('"true"')).objects.length, 0)
  assert.equal(parseManifestFile('a.yaml', doc('"True"')).objects.length, 0)
  assert.equal(parseManifestFile('a.yaml', doc('""')).objects.length, 0)
  assert.equal(parseManifestFile('a.yaml', doc('"false"')).objects.length, 1)
  // An unquoted false is a boolean; Config Sync then sees no string annotations at all (KNV1054 reports it).
  assert.equal(parseManifestFile('a.yaml', doc('false')).objects.length, 1)
  const list =
    'apiVersion: v1\nkind: List\nmetadata:\n  annotations:\n    config.kubernetes.io/local-config: "true"\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: x}\n'
  assert.equal(parseManifestFile('a.yaml', list).objects.length, 0, 'a local-config List drops its items')
})

test('JSON: one object per file; an empty file is allowed, arrays and scalars are KNV2001', () => {
  assert.deepEqual(parseManifestFile('a.json', ''), { objects: [], findings: [] })
  const one = parseManifestFile(
    'a.json',
    '\n{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x"}}\n',
  )
  assert.deepEqual([names(one.objects), one.objects[0]!.line, one.findings], [['x'], 2, []])
  for (const [text, found] of [
    ['[{"kind": "ConfigMap"}]', 'an array'],
    ['"text"', 'a string'],
    ['42', 'a number'],
    ['null', 'null'],
  ] as const) {
    const { objects, findings } = parseManifestFile('a.json', text)
    assert.equal(objects.length, 0)
    assert.deepEqual(
      findings.map((f) => [f.code, f.file, f.line]),
      [['KNV2001', 'a.json', 1]],
    )
    assert.match(findings[0]!.message, new RegExp(`exactly one object, found ${found}`))
  }
})

test('JSON syntax errors are KNV2001 at the line of the error; whitespace only is not empty', () => {
  const { findings } = parseManifestFile('a.json', '{\n  "kind": "ConfigMap",\n}\n')
  assert.deepEqual(
    findings.map((f) => [f.code, f.line]),
    [['KNV2001', 3]],
  )
  assert.match(findings[0]!.message, /^json: line 3: /)
  assert.deepEqual(
    parseManifestFile('a.json', ' \n').findings.map((f) => f.code),
    ['KNV2001'],
  )
})

test('unparseable YAML is KNV2001 with the reason and the file line, other documents still read', () => {
  const { objects, findings } = parseManifestFile(
    'a.yaml',
    `${CM('ok')}---\n${CM('bad')}   namespace: x\n  : [\n`,
  )
  assert.deepEqual(names(objects), ['ok'])
  assert.equal(findings.length, 1)
  assert.deepEqual([findings[0]!.code, findings[0]!.line], ['KNV2001', 10])
  assert.match(findings[0]!.message, /^yaml: line 10: bad indentation/)
})

test('a document that is not a mapping, or has no kind, is KNV2001', () => {
  const { findings } = parseManifestFile(
    'a.yaml',
    `- a\n- b\n---\njust text\n---\n${CM('x').replace('kind: ConfigMap\n', '')}`,
  )
  assert.deepEqual(
    findings.map((f) => [f.code, f.line]),
    [
      ['KNV2001', 1],
      ['KNV2001', 4],
      ['KNV2001', 6],
    ],
  )
  assert.match(findings[0]!.message, /found a sequence/)
  assert.match(findings[1]!.message, /found a string/)
  assert.match(findings[2]!.message, /^Object 'Kind' is missing in '\{"apiVersion":"v1"/)
})

test('duplicate keys are KNV2001 at the duplicate, naming the key', () => {
  const { objects, findings } = parseManifestFile('a.yaml', `${CM('x')}data:\n  a: "1"\n  b: "2"\n  a: "3"\n`)
  assert.equal(objects.length, 0)
  assert.deepEqual(
    findings.map((f) => [f.code, f.line]),
    [['KNV2001', 8]],
  )
  assert.match(findings[0]!.message, /mapping key a already defined/)
})

test('anchors, aliases and merge keys within limits decode as go-yaml does', () => {
  const text = `${CM('x')}data:\n  base: &base {a: "1", b: "2"}\n  merged:\n    <<: *base\n    b: "3"\n  copy: *base\n  url: "https://x.example/?a=1&b=2"\n`
  const { objects, findings } = parseManifestFile('a.yaml', text)
  assert.deepEqual(findings, [])
  assert.deepEqual((objects[0]!.object['data'] as Record<string, unknown>)['merged'], { a: '1', b: '3' })
  assert.deepEqual((objects[0]!.object['data'] as Record<string, unknown>)['copy'], { a: '1', b: '2' })
})

test('a billion-laughs alias bomb is rejected quickly, without expanding it', () => {
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i)
    levels.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(',')}]`,
    )
  }
  const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lol\ndata:\n${levels.map((l) => `  ${l}`).join('\n')}\n`
  const started = performance.now()
  const { objects, findings } = parseManifestFile('bomb.yaml', text)
  const elapsed = performance.now() - started
  assert.equal(objects.length, 0)
  assert.deepEqual(
    findings.map((f) => [f.code, f.line]),
    [['KNV2001', 1]],
  )
  assert.match(findings[0]!.message, /excessive aliasing/)
  assert.ok(elapsed < 2000, `took ${elapsed} ms`)
})

test('an alias to its own ancestor is KNV2001, as go-yaml rejects it', () => {
  const { findings } = parseManifestFile('a.yaml', `${CM('x')}data: &d\n  self: *d\n`)
  assert.deepEqual(
    findings.map((f) => f.code),
    ['KNV2001'],
  )
  assert.match(findings[0]!.message, /contains itself/)
})

test('a file over 16 MiB is KNV2001 without being parsed', () => {
  assert.equal(MAX_MANIFEST_BYTES, 16 * 1024 * 1024)
  const text = `# ${'x'.repeat(MAX_MANIFEST_BYTES)}\n[not yaml`
  const { objects, findings } = parseManifestFile('big.yaml', text)
  assert.equal(objects.length, 0)
  assert.deepEqual(
    findings.map((f) => [f.code, f.file]),
    [['KNV2001', 'big.yaml']],
  )
  assert.match(findings[0]!.message, new RegExp(`${text.length} bytes, over the ${MAX_MANIFEST_BYTES}-byte`))
  assert.equal(parseManifestFile('ok.yaml', `# ${'x'.repeat(MAX_MANIFEST_BYTES - 100)}\n`).findings.length, 0)
})

test('locate() finds nested keys and sequence items, falling back to the nearest ancestor', () => {
  const deployment = [
    'apiVersion: apps/v1', // line 7 of the file
    'kind: Deployment',
    'metadata:',
    '  name: web', // 10
    'spec:',
    '  replicas: 2',
    '  template:',
    '    spec:',
    '      containers:', // 15
    '        - name: a',
    '          image: a:1',
    '        -',
    '          name: b',
    '          image: b:1', // 20
    '          ports: [{containerPort: 80}, {containerPort: 443}]',
  ].join('\n')
  const { objects } = parseManifestFile('d.yaml', `${CM('first')}---\n# x\n${deployment}\n`)
  const d = objects[1]!
  assert.equal(d.line, 7)
  const containers = ['spec', 'template', 'spec', 'containers']
  assert.equal(d.locate(['spec', 'replicas']), 12)
  assert.equal(d.locate([...containers, 0, 'image']), 17)
  assert.equal(d.locate([...containers, 1]), 19, 'an item starts at its first key')
  assert.equal(d.locate([...containers, 1, 'image']), 20)
  assert.equal(d.locate([...containers, 1, 'ports', 1, 'containerPort']), 21)
  assert.equal(d.locate([...containers, 7, 'image']), 15, 'missing index: the containers key')
  assert.equal(d.locate(['spec', 'strategy', 'type']), 11, 'missing key: its parent')
  assert.equal(d.locate(['status']), 7, 'nothing matches: the object line')
  assert.equal(d.locate([]), 7)
  assert.equal(objects[0]!.locate(['metadata', 'name']), 4)
})

test('isManifestPath reads .yaml, .yml and .json, case-sensitively, outside .git/.github/.gitlab', () => {
  for (const p of ['a.yaml', 'a.yml', 'a.json', 'x/.hidden/a.yaml', '.foo.yaml', 'a/b/c.json'])
    assert.equal(isManifestPath(p), true, p)
  for (const p of [
    'a.YAML',
    'a.Yml',
    'README.md',
    'Kptfile',
    'a.yaml.bak',
    '.github/workflows/ci.yml',
    'x/.gitlab/a.yaml',
    '.gitlab-ci.yml',
    'sub/.gitlab-ci.yml',
    '.git/config.json',
  ]) {
    assert.equal(isManifestPath(p), false, p)
  }
})
