import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'node:test'
import { parseAllDocuments } from 'yaml'
import { WriteBackError } from '../../src/errors.ts'
import { editYaml } from '../../src/writeback/edit/edit-yaml.ts'
import { decodeExact } from '../../src/writeback/edit/source-text.ts'
import { parseTarget } from '../../src/writeback/edit/target.ts'

const FIXTURES = join(import.meta.dirname, '../fixtures/writeback/edit')
const NEW = `us-docker.pkg.dev/acme/config/platform@sha256:${'ab'.repeat(32)}`

interface Case {
  readonly file: string
  readonly target: string
  /** 1-based line number of the changed (or inserted) line in the new file. */
  readonly line: number
  /** That line, exactly, in the new file (without its line break). */
  readonly expected: string
  readonly inserted?: boolean
}

const CASES: Case[] = [
  { file: 'root-sync.yaml', target: 'RootSync/root-sync', line: 16, expected: `    image: ${NEW}  # pinned` },
  {
    file: 'repo-sync-crlf.yaml',
    target: 'RepoSync/shop/repo-sync',
    line: 12,
    expected: `    image: "${NEW}"`,
  },
  { file: 'multi-doc.yaml', target: 'RepoSync/shop/repo-sync', line: 18, expected: `    image: '${NEW}'` },
  {
    file: 'multi-doc.yaml',
    target: 'RootSync/config-management-system/root-sync',
    line: 30,
    expected: `  oci: {image: "${NEW}", dir: ., auth: none}`,
  },
  { file: 'no-final-newline.yaml', target: 'RootSync/edge', line: 12, expected: `    image: ${NEW}` },
  { file: 'anchors.yaml', target: 'rootsync/root-sync', line: 19, expected: `    image: ${NEW}` },
  {
    file: 'missing-image.yaml',
    target: 'RootSync/root-sync',
    line: 11,
    expected: `      image: ${NEW}`,
    inserted: true,
  },
  {
    file: 'values.yaml',
    target: 'marker:platform',
    line: 8,
    expected: `  image: "${NEW}"   # configsync-oci: image platform`,
  },
  {
    file: 'values.yaml',
    target: 'marker:shop',
    line: 13,
    expected: `    image: ${NEW} # configsync-oci: image shop`,
  },
  {
    file: 'values.yaml',
    target: 'marker:billing',
    line: 15,
    expected: `    image: '${NEW}'\t# configsync-oci: image billing`,
  },
  {
    file: 'kustomization.yaml',
    target: 'marker',
    line: 13,
    expected: `        value: ${NEW} # configsync-oci: image`,
  },
  {
    file: 'rootsync-patch-json6902.yaml',
    target: 'marker',
    line: 4,
    expected: `  value: ${NEW} # configsync-oci: image`,
  },
  {
    file: 'bom-no-namespace.yaml',
    target: 'RootSync/root-sync',
    line: 8,
    expected: `    image: !!str ${NEW}`,
  },
]

/** Lines with their own line breaks, so CRLF and a missing final newline count. */
function linesOf(text: string): string[] {
  return text.split(/(?<=\n)/)
}

async function fixture(file: string): Promise<{ bytes: Buffer; text: string }> {
  const bytes = await readFile(join(FIXTURES, file))
  return { bytes, text: decodeExact(bytes, file) }
}

for (const c of CASES) {
  test(`${c.file} ${c.target}: exactly one line differs and every other byte is identical`, async () => {
    const { bytes, text } = await fixture(c.file)
    const edit = editYaml(text, parseTarget(c.target, 'target'), NEW, c.file)
    assert.equal(edit.changes.length, 1)
    const before = linesOf(text)
    const after = linesOf(edit.text)
    const changed = after[c.line - 1]!
    assert.equal(changed.replace(/\r?\n$/, ''), c.expected)
    if (c.inserted) {
      assert.equal(after.length, before.length + 1)
      assert.deepEqual([...after.slice(0, c.line - 1), ...after.slice(c.line)], before)
      assert.equal(
        changed.slice(c.expected.length),
        before[c.line - 1]!.match(/\r?\n$/)?.[0] ?? '',
        'the new line uses the file line break',
      )
    } else {
      assert.equal(after.length, before.length)
      const differing = after.flatMap((line, i) => (line === before[i] ? [] : [i + 1]))
      assert.deepEqual(differing, [c.line])
      assert.equal(
        changed.slice(c.expected.length),
        before[c.line - 1]!.slice(before[c.line - 1]!.replace(/\r?\n$/, '').length),
        'same line break',
      )
    }
    const out = Buffer.from(edit.text, 'utf8')
    const line = before.slice(0, c.line - 1).join('')
    const prefix = Buffer.byteLength(line, 'utf8')
    assert.ok(
      out.subarray(0, prefix).equals(bytes.subarray(0, prefix)),
      'bytes before the line are identical',
    )
    const tailLength = Buffer.byteLength(before.slice(c.inserted ? c.line - 1 : c.line).join(''), 'utf8')
    assert.ok(
      out.subarray(out.length - tailLength).equals(bytes.subarray(bytes.length - tailLength)),
      'bytes after the line are identical',
    )
    assert.equal(edit.changes[0]!.line, c.line)
    assert.equal(edit.changes[0]!.after, c.expected)
  })
}

test('the edit changes the value and nothing else in the parsed documents', async () => {
  for (const c of CASES.filter((k) => !k.target.startsWith('marker'))) {
    const { text } = await fixture(c.file)
    const edit = editYaml(text, parseTarget(c.target, 'target'), NEW, c.file)
    const before = parseAllDocuments(text).map((d) => d.toJS({ maxAliasCount: 100 }) as unknown)
    const after = parseAllDocuments(edit.text).map((d) => d.toJS({ maxAliasCount: 100 }) as unknown)
    const target = parseTarget(c.target, 'target')
    const index = before.findIndex(
      (doc) =>
        isObject(doc) &&
        doc['kind'] === (target.type === 'object' ? target.kind : '') &&
        metadataName(doc) === (target.type === 'object' ? target.name : ''),
    )
    const expected = structuredClone(before)
    const oci = (expected[index] as Record<string, Record<string, Record<string, unknown>>>)['spec']!['oci']!
    oci['image'] = NEW
    assert.deepEqual(after, expected, c.file)
  }
})

test('the file line endings, BOM and missing final newline survive', async () => {
  const crlf = await fixture('repo-sync-crlf.yaml')
  const edited = editYaml(crlf.text, parseTarget('RepoSync/shop/repo-sync', 't'), NEW, 'f').text
  assert.equal(edited.split('\r\n').length, crlf.text.split('\r\n').length)
  assert.equal(edited.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF was added')
  const noFinal = await fixture('no-final-newline.yaml')
  assert.ok(editYaml(noFinal.text, parseTarget('RootSync/edge', 't'), NEW, 'f').text.endsWith(NEW))
  const bom = await fixture('bom-no-namespace.yaml')
  const out = Buffer.from(editYaml(bom.text, parseTarget('RootSync/root-sync', 't'), NEW, 'f').text, 'utf8')
  assert.deepEqual([...out.subarray(0, 3)], [0xef, 0xbb, 0xbf])
  assert.ok(out.includes(Buffer.from('café ✓')))
})

test('already at the value: no change, the very same text', async () => {
  const { text } = await fixture('root-sync.yaml')
  const first = editYaml(text, parseTarget('RootSync/root-sync', 't'), NEW, 'f')
  const second = editYaml(first.text, parseTarget('RootSync/root-sync', 't'), NEW, 'f')
  assert.equal(second.changes.length, 0)
  assert.equal(second.matches, 1)
  assert.equal(second.text, first.text)
})

test('a marker inside a string or a prose block is not a marker', async () => {
  const { text } = await fixture('values.yaml')
  const edit = editYaml(text, parseTarget('marker:platform', 't'), NEW, 'values.yaml')
  assert.equal(edit.matches, 1, 'only the real line comment')
  assert.ok(
    edit.text.includes('Prose, not YAML - a marker inside it is text # configsync-oci: image platform'),
  )
  assert.ok(edit.text.includes('"quoted text is not a comment either # configsync-oci: image platform"'))
})

test('a RootSync of another API group, another name or another namespace is not the target', () => {
  const text = [
    'apiVersion: example.com/v1\nkind: RootSync\nmetadata: {name: root-sync, namespace: config-management-system}\nspec: {oci: {image: a}}',
    'apiVersion: configsync.gke.io/v1beta1\nkind: RootSync\nmetadata: {name: other, namespace: config-management-system}\nspec: {oci: {image: b}}',
    'apiVersion: configsync.gke.io/v1beta1\nkind: RepoSync\nmetadata: {name: root-sync, namespace: shop}\nspec: {oci: {image: c}}',
    'apiVersion: configsync.gke.io/v1beta1\nkind: RootSync\nmetadata: {name: root-sync, namespace: elsewhere}\nspec: {oci: {image: d}}',
  ].join('\n---\n')
  const edit = editYaml(text, parseTarget('RootSync/root-sync', 't'), NEW, 'f')
  assert.equal(edit.matches, 0)
  assert.equal(edit.text, text)
  assert.deepEqual(edit.seen, [
    'RootSync config-management-system/other (line 6)',
    'RepoSync shop/root-sync (line 11)',
    'RootSync elsewhere/root-sync (line 16)',
  ])
})

test('refusals: a git RepoSync, a block scalar, an alias, a flow spec.oci without image, a marker on its own line, broken YAML', async () => {
  const git = (await fixture('reposync-gamestore-git.yaml')).text
  const sync = (oci: string) =>
    `apiVersion: configsync.gke.io/v1beta1\nkind: RootSync\nmetadata:\n  name: root-sync\nspec:\n  sourceType: oci\n${oci}`
  const cases: [string, string, RegExp][] = [
    [git, 'RepoSync/gamestore/repo-sync', /has no spec\.oci mapping/],
    [sync('  oci:\n    image: |-\n      ghcr.io/a/b:v1\n'), 'RootSync/root-sync', /block scalar/],
    [
      `x: &img ghcr.io/a/b:v1\n${sync('  oci:\n    image: *img\n')}`,
      'RootSync/root-sync',
      /not a single value/,
    ],
    [sync('  oci: {dir: .}\n'), 'RootSync/root-sync', /not a block mapping/],
    ['a:\n  # configsync-oci: image\n  image: x\n', 'marker', /not the line comment of a scalar/],
    ['a: [x # configsync-oci: image\n', 'marker', /:2 is not valid YAML|:1 is not valid YAML/],
  ]
  for (const [text, target, pattern] of cases) {
    assert.throws(
      () => editYaml(text, parseTarget(target, 't'), NEW, 'f.yaml'),
      (error: unknown) => error instanceof WriteBackError && pattern.test(error.message),
      `${target}: ${pattern}`,
    )
  }
})

test('an empty value gets the image written in; a value that would not read back plainly is refused', () => {
  const edit = editYaml('image: # configsync-oci: image\nnext: 1\n', parseTarget('marker', 't'), NEW, 'f')
  assert.equal(edit.text, `image: ${NEW} # configsync-oci: image\nnext: 1\n`)
  const keyOnly = editYaml(
    'apiVersion: configsync.gke.io/v1\nkind: RootSync\nmetadata: {name: root-sync}\nspec:\n  oci:\n    image:\n    dir: .\n',
    parseTarget('RootSync/root-sync', 't'),
    NEW,
    'f',
  )
  assert.match(keyOnly.text, new RegExp(`\n    image: ${NEW.replace(/[.]/g, '\\.')}\n    dir: \\.\n$`))
  assert.match(keyOnly.warnings.join('\n'), /spec\.sourceType is not set/)
})

test('a file of 2,000 documents: only the documents that may hold the target are parsed; line numbers stay absolute', () => {
  const docs = Array.from(
    { length: 2000 },
    (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\ndata:\n  a: "${i}" # c\n`,
  )
  docs[700] = '{{- if .Values.broken }}\nkind: [\n'
  docs[1500] =
    '%YAML 1.2\n---\napiVersion: configsync.gke.io/v1beta1\nkind: RootSync\nmetadata:\n  name: root-sync\nspec:\n  sourceType: oci\n  oci:\n    image: old # x\n'
  const text = docs.join('---\n')
  const started = performance.now()
  const edit = editYaml(text, parseTarget('RootSync/root-sync', 't'), NEW, 'big.yaml')
  const elapsed = performance.now() - started
  const line = text.slice(0, text.indexOf('    image: old')).split('\n').length
  assert.equal(edit.changes[0]?.line, line)
  assert.match(edit.changes[0]?.what ?? '', new RegExp(`\\(line ${line - 7}\\)$`))
  assert.equal(edit.text, text.replace('    image: old # x', `    image: ${NEW} # x`))
  assert.ok(elapsed < 2_000, `took ${elapsed.toFixed(0)} ms`)
})

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function metadataName(doc: Record<string, unknown>): unknown {
  const metadata = doc['metadata']
  return isObject(metadata) ? metadata['name'] : undefined
}
