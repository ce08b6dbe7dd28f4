import assert from 'node:assert/strict'
import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, test } from 'node:test'
import tar from 'tar-stream'
import { loadDirectorySide } from '../../src/diff/artifact-loader.ts'
import { readLayerFiles, type ArtifactFile } from '../../src/diff/layer-files.ts'
import { diffArtifacts, type ArtifactDiff, type DiffSide } from '../../src/diff/object-diff.ts'
import { renderDiff, renderDiffMarkdown } from '../../src/report/diff-report.ts'
import { tempDirs, writeTree } from '../harness/tmp.ts'
import { expectedShopDiff, SHOP_NEW, SHOP_OLD, SHOP_SECRET_VALUES } from './diff-fixtures.ts'

const temps = tempDirs()

async function tempCopy(from: string): Promise<string> {
  const dir = await temps.make('diff-copy')
  await cp(from, dir, { recursive: true })
  return dir
}

async function diffDirs(oldDir: string, newDir: string): Promise<ArtifactDiff> {
  return diffArtifacts(await loadDirectorySide(oldDir, []), await loadDirectorySide(newDir, []))
}

describe('the shop fixture pair', () => {
  test('text output is exactly test/fixtures/diff/shop/expected.txt', async () => {
    const diff = await diffDirs(SHOP_OLD, SHOP_NEW)
    assert.equal(renderDiff(diff, 'text'), await expectedShopDiff('expected.txt', SHOP_OLD, SHOP_NEW))
  })
  test('markdown output is exactly expected.md', async () => {
    const diff = await diffDirs(SHOP_OLD, SHOP_NEW)
    assert.equal(renderDiff(diff, 'markdown'), await expectedShopDiff('expected.md', SHOP_OLD, SHOP_NEW))
  })
  test('objects are matched by identity: reordered keys and a moved Service are no change', async () => {
    const diff = await diffDirs(SHOP_OLD, SHOP_NEW)
    assert.deepEqual(
      diff.added.map((e) => e.label),
      ['ConfigMap shop/extra'],
    )
    assert.deepEqual(
      diff.removed.map((e) => e.label),
      ['ConfigMap shop/legacy'],
    )
    assert.deepEqual(
      diff.changed.map((e) => [e.label, e.linesAdded, e.linesRemoved]),
      [
        ['Secret shop/creds', 2, 1],
        ['apps/Deployment shop/web', 2, 2],
      ],
    )
    assert.deepEqual(diff.files, {
      added: ['namespaces/shop/extra.yaml', 'namespaces/shop/service.yaml'],
      removed: ['namespaces/shop/legacy.yaml'],
      modified: ['README.md', 'namespaces/shop/app.yaml', 'namespaces/shop/secret.yaml'],
    })
    assert.equal(diff.identical, false)
  })
  test('no Secret value appears in any format, yet the changed keys do', async () => {
    const diff = await diffDirs(SHOP_OLD, SHOP_NEW)
    for (const format of ['text', 'json', 'markdown'] as const) {
      const out = renderDiff(diff, format)
      for (const value of SHOP_SECRET_VALUES) assert.ok(!out.includes(value), `${format} shows ${value}`)
      assert.match(out, /token: \\?"<redacted: new value>\\?"/)
    }
  })
  test('json is the diff object: counts, sizes, patches', async () => {
    const parsed = JSON.parse(renderDiff(await diffDirs(SHOP_OLD, SHOP_NEW), 'json')) as ArtifactDiff
    assert.equal(parsed.old.objects, 5)
    assert.equal(parsed.new.files, 6)
    assert.match(parsed.changed[1]?.patch ?? '', /^-  replicas: 2\n\+  replicas: 3$/m)
    assert.match(parsed.new.diffId, /^sha256:[0-9a-f]{64}$/)
  })
})

describe('sameness', () => {
  test('a byte-identical copy is identical: "no differences"', async () => {
    const diff = await diffDirs(SHOP_OLD, await tempCopy(SHOP_OLD))
    assert.equal(diff.identical, true)
    assert.equal(diff.old.diffId, diff.new.diffId)
    assert.match(renderDiff(diff, 'text'), /\nno differences\n$/)
    assert.match(renderDiff(diff, 'markdown'), /No differences: both hold the same 5 files\./)
  })
  test('a comment or key order change is a file change without an object change', async () => {
    const copy = await tempCopy(SHOP_OLD)
    await writeTree(copy, {
      'cluster/namespace.yaml': '# the shop\nkind: Namespace\napiVersion: v1\nmetadata:\n  name: shop\n',
    })
    const diff = await diffDirs(SHOP_OLD, copy)
    assert.deepEqual([diff.added.length, diff.removed.length, diff.changed.length], [0, 0, 0])
    assert.deepEqual(diff.files.modified, ['cluster/namespace.yaml'])
    assert.equal(diff.identical, false)
  })
  test('an exec-bit change alone is a modified file', async () => {
    const copy = await tempCopy(SHOP_OLD)
    await writeTree(copy, { 'README.md': { content: '# Shop config\n', mode: 0o755 } })
    assert.deepEqual((await diffDirs(SHOP_OLD, copy)).files.modified, ['README.md'])
  })
})

describe('markdown folding and budget', () => {
  test('a patch longer than inlineLines goes into <details>; past maxChars patches are listed only', async () => {
    const diff = await diffDirs(SHOP_OLD, SHOP_NEW)
    const folded = renderDiffMarkdown(diff, { inlineLines: 5 })
    assert.match(
      folded,
      /<details><summary><code>apps\/Deployment shop\/web<\/code> in <code>namespaces\/shop\/app.yaml<\/code> \(\+2 −2\)<\/summary>\n\n```diff\n/,
    )
    const tight = renderDiffMarkdown(diff, { maxChars: 400, heading: '### Changes since main' })
    assert.match(tight, /^### Changes since main\n/)
    assert.match(
      tight,
      /_2 more changed objects: the diff is too long to show here; run `configsync-oci diff` for all of it\._/,
    )
    assert.ok(!tight.includes('```diff'))
    assert.match(
      tight,
      /\n- `Secret shop\/creds` in `namespaces\/shop\/secret.yaml` \(\+2 −1\)\n- `apps\/Deployment shop\/web` in `namespaces\/shop\/app.yaml` \(\+2 −2\)\n\n<details><summary>Files \(6\)/,
    )
  })
})

describe('a large diff stays inside the Markdown budget', () => {
  function side(label: string, value: (i: number) => string): DiffSide {
    const files = new Map<string, ArtifactFile>()
    for (let i = 0; i < 600; i++) {
      const yaml = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm${i}\n  namespace: ns\ndata:\n  v: "${value(i)}"\n`
      files.set(`cm/${String(i).padStart(4, '0')}.yaml`, { content: Buffer.from(yaml), executable: false })
    }
    return {
      label,
      layerSize: 1000,
      content: { files, diffId: `sha256:${label.repeat(64).slice(0, 64)}`, tarSize: 1, skipped: [] },
    }
  }
  test('600 changed objects: at most maxChars characters, lists capped at 100 with a count', () => {
    const diff = diffArtifacts(
      side('a', () => 'old'),
      side('b', (i) => `new ${i}`),
    )
    assert.equal(diff.changed.length, 600)
    const markdown = renderDiffMarkdown(diff, { maxChars: 20_000 })
    assert.ok(markdown.length <= 20_000, `${markdown.length} characters`)
    assert.match(markdown, /_\d+ more changed objects: the diff is too long to show here/)
    assert.match(markdown, /\n- … and \d+ more\n/)
    assert.match(
      markdown,
      /<details><summary>Files \(600\)<\/summary>\n\n(- modified `cm\/\d{4}\.yaml`\n){100}- … and 500 more\n/,
    )
    const shown = (markdown.match(/```diff/g) ?? []).length
    assert.ok(shown > 10 && shown < 600, `${shown} patches shown`)
  })
})

describe('readLayerFiles bounds', () => {
  function tarOf(entries: { name: string; type?: 'file' | 'symlink'; content?: string }[]): Promise<Buffer> {
    const pack = tar.pack()
    for (const e of entries) {
      if (e.type === 'symlink') pack.entry({ name: e.name, type: 'symlink', linkname: 'target' })
      else pack.entry({ name: e.name, mode: 0o644 }, e.content ?? '')
    }
    pack.finalize()
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = []
      pack.on('data', (c: unknown) => chunks.push(c as Buffer))
      pack.on('end', () => resolve(Buffer.concat(chunks)))
      pack.on('error', reject)
    })
  }
  test('plain tar and tar+gzip read the same; ./ prefixes go; links are skipped', async () => {
    const plain = await tarOf([
      { name: './a.yaml', content: 'x' },
      { name: 'l', type: 'symlink' },
    ])
    const fromTar = await readLayerFiles(plain, 't')
    const fromGzip = await readLayerFiles(gzipSync(plain), 't')
    assert.deepEqual([...fromTar.files.keys()], ['a.yaml'])
    assert.deepEqual(fromTar.skipped, ['l'])
    assert.equal(fromGzip.diffId, fromTar.diffId)
  })
  test('a path leaving the root is an error', async () => {
    await assert.rejects(
      readLayerFiles(await tarOf([{ name: '../escape.yaml', content: 'x' }]), 'hostile'),
      /hostile: the layer holds a path outside its root: \.\.\/escape\.yaml/,
    )
  })
  test('a gzip bomb stops at the limit', async () => {
    const bomb = gzipSync(Buffer.alloc(4 << 20))
    assert.ok(bomb.length < 10_000)
    await assert.rejects(
      readLayerFiles(bomb, 'bomb', 1 << 20),
      /bomb: the layer unpacks to more than 1048576 bytes/,
    )
  })
  test('bytes that are not a tar are an error naming the source', async () => {
    await assert.rejects(
      readLayerFiles(
        gzipSync(Buffer.from('not a tar at all, just text that is long enough '.repeat(20))),
        'junk',
      ),
      /junk: the layer is not a readable tar archive/,
    )
  })
})
