import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import { test } from 'node:test'
import { SourceError } from '../../src/errors.ts'
import { collectSource, DEFAULT_EXCLUDES, type SourceTree } from '../../src/manifests/collect.ts'
import { tempDirs, type TreeEntry, writeTree } from '../harness/tmp.ts'

const dirs = tempDirs()

async function tree(files: Record<string, TreeEntry>): Promise<string> {
  const dir = await dirs.make('collect')
  await writeTree(dir, files)
  return dir
}

/** Entries as tar would list them: directories with a trailing slash. */
const listing = (t: SourceTree): string[] => t.entries.map((e) => (e.kind === 'dir' ? `${e.path}/` : e.path))

async function rejects(dir: string, pattern: RegExp, options = {}): Promise<void> {
  await assert.rejects(collectSource(dir, options), (error: unknown) => {
    assert.ok(error instanceof SourceError, `SourceError, got ${String(error)}`)
    assert.match(error.message, pattern)
    return true
  })
}

test('entries are in tar order: per directory by UTF-8 bytes, each directory before its contents', async () => {
  // U+FF61 sorts before U+1F600 in UTF-8 (EF… < F0…) but after it in UTF-16 (FF61 > D83D).
  const dir = await tree({
    'a-b': 'x',
    'a.b': 'x',
    'a/z.yaml': 'x',
    'a/b/c.yaml': 'x',
    'B.yaml': 'x',
    'b.yaml': 'x',
    'ü.yaml': 'x',
    '\u{FF61}.yaml': 'x',
    '\u{1F600}.yaml': 'x',
    'empty/': '',
    'empty2/nested/': '',
  })
  const result = await collectSource(dir)
  assert.deepEqual(listing(result), [
    'B.yaml',
    'a/',
    'a/b/',
    'a/b/c.yaml',
    'a/z.yaml',
    'a-b',
    'a.b',
    'b.yaml',
    'ü.yaml',
    '\u{FF61}.yaml',
    '\u{1F600}.yaml',
  ])
  assert.equal(result.fileCount, 9)
  assert.equal(result.totalBytes, 9)
  assert.ok(isAbsolute(result.root))
})

test('files carry a readable absolute path, their size and the owner execute bit', async () => {
  const dir = await tree({
    'run.sh': { content: '#!/bin/sh\n', mode: 0o750 },
    'cm.yaml': { content: 'kind: ConfigMap\n', mode: 0o600 },
  })
  const result = await collectSource(dir)
  const files = result.entries.filter((e) => e.kind === 'file')
  assert.deepEqual(
    files.map((f) => [f.path, f.size, f.executable]),
    [
      ['cm.yaml', 16, false],
      ['run.sh', 10, true],
    ],
  )
  assert.equal(await readFile(files[1]!.absPath, 'utf8'), '#!/bin/sh\n')
})

test('the built-in exclusions apply at any depth and cannot be re-included', async () => {
  const dir = await tree({
    '.git/config': 'x',
    '.github/workflows/ci.yml': 'x',
    '.gitlab/ci.yml': 'x',
    '.gitlab-ci.yml': 'x',
    'sub/.git': 'gitdir: ../.git/modules/sub\n',
    'sub/.github/x.yaml': 'x',
    'sub/.gitlab-ci.yml': 'x',
    'gha-creds-0123456789abcdef.json': '{"private_key": "..."}',
    'gha-kubeconfig-abc123': 'apiVersion: v1\nkind: Config\n',
    '.configsyncignore': '!.github/\n!gha-creds-*.json\n',
    '.hidden/kept.yaml': 'x',
    'sub/kept.yaml': 'x',
  })
  const result = await collectSource(dir, { ignore: ['!.git', '!.gitlab-ci.yml'] })
  assert.deepEqual(listing(result), ['.hidden/', '.hidden/kept.yaml', 'sub/', 'sub/kept.yaml'])
  assert.ok(DEFAULT_EXCLUDES.includes('gha-creds-*.json'))
})

test('.configsyncignore patterns use gitignore syntax, including negation and directory patterns', async () => {
  const dir = await tree({
    '.configsyncignore': '# docs are not config\n*.md\n!KEEP.md\ntmp/\n/root-only.yaml\nbuild/**/*.out\n',
    'README.md': 'x',
    'KEEP.md': 'x',
    'sub/notes.md': 'x',
    'tmp/a.yaml': 'x',
    'sub/tmp/b.yaml': 'x',
    'root-only.yaml': 'x',
    'sub/root-only.yaml': 'x',
    'build/x/y.out': 'x',
    'build/x/y.yaml': 'x',
    'Readme.MD': 'x',
  })
  const result = await collectSource(dir)
  assert.deepEqual(listing(result), [
    'KEEP.md',
    'Readme.MD',
    'build/',
    'build/x/',
    'build/x/y.yaml',
    'sub/',
    'sub/root-only.yaml',
  ])
})

test('the ignore option adds to .configsyncignore, and can re-include what it excluded', async () => {
  const dir = await tree({
    '.configsyncignore': '*.md\n',
    'a.md': 'x',
    'b.md': 'x',
    'c.yaml': 'x',
    'drafts/d.yaml': 'x',
  })
  const result = await collectSource(dir, { ignore: ['drafts/', '!b.md'] })
  assert.deepEqual(listing(result), ['b.md', 'c.yaml'])
})

test('a directory whose files are all ignored gets no entry', async () => {
  const dir = await tree({ 'docs/a.md': 'x', 'docs/deep/b.md': 'x', 'config/c.yaml': 'x' })
  assert.deepEqual(listing(await collectSource(dir, { ignore: ['*.md'] })), ['config/', 'config/c.yaml'])
})

test('a link that stays inside is packed as the file or directory it points to', async () => {
  const dir = await tree({
    'real/cm.yaml': 'kind: ConfigMap\n',
    'real/tool.sh': { content: 'x', mode: 0o755 },
    'other/x.yaml': 'x',
  })
  await symlink('real/cm.yaml', join(dir, 'link.yaml'))
  await symlink('../real', join(dir, 'other/linked-dir'))
  await symlink(join(dir, 'real/tool.sh'), join(dir, 'tool'))
  const result = await collectSource(dir)
  assert.deepEqual(listing(result), [
    'link.yaml',
    'other/',
    'other/linked-dir/',
    'other/linked-dir/cm.yaml',
    'other/linked-dir/tool.sh',
    'other/x.yaml',
    'real/',
    'real/cm.yaml',
    'real/tool.sh',
    'tool',
  ])
  const byPath = new Map(result.entries.flatMap((e) => (e.kind === 'file' ? [[e.path, e]] : [])))
  assert.equal(byPath.get('link.yaml')!.size, 16)
  assert.equal(byPath.get('tool')!.executable, true)
  assert.equal(await readFile(byPath.get('other/linked-dir/cm.yaml')!.absPath, 'utf8'), 'kind: ConfigMap\n')
})

test('a link pointing outside the directory is an error naming the link and its target', async () => {
  const outside = await tree({ 'secret.yaml': 'x' })
  const dir = await tree({ 'a.yaml': 'x' })
  await symlink(join(outside, 'secret.yaml'), join(dir, 'escape.yaml'))
  await rejects(
    dir,
    new RegExp(`symbolic link "escape.yaml" → "${outside}/secret.yaml" points outside the source directory`),
  )
  const viaDir = await tree({ 'sub/a.yaml': 'x' })
  await symlink('../..', join(viaDir, 'sub/up'))
  await rejects(viaDir, /symbolic link "sub\/up" → "\.\.\/\.\." points outside/)
})

test('a dangling link is an error naming the link and its target', async () => {
  const dir = await tree({ 'a.yaml': 'x' })
  await symlink('missing/b.yaml', join(dir, 'b.yaml'))
  await rejects(dir, /symbolic link "b\.yaml" → "missing\/b\.yaml" is dangling/)
})

test('looping links are errors naming the link: a cycle of links, and a link to an ancestor directory', async () => {
  const cycle = await tree({ 'a.yaml': 'x' })
  await symlink('loop-b', join(cycle, 'loop-a'))
  await symlink('loop-a', join(cycle, 'loop-b'))
  await rejects(cycle, /symbolic link "loop-a" → "loop-b" loops/)
  const ancestor = await tree({ 'sub/deeper/a.yaml': 'x' })
  await symlink('..', join(ancestor, 'sub/deeper/parent'))
  await rejects(
    ancestor,
    /symbolic link "sub\/deeper\/parent" → "\.\." loops: it points to a directory that contains it/,
  )
  const root = await tree({ 'a.yaml': 'x' })
  await symlink('.', join(root, 'self'))
  await rejects(root, /symbolic link "self" → "\." loops/)
})

test('an ignored link is never resolved', async () => {
  const dir = await tree({ 'a.yaml': 'x', '.configsyncignore': 'vendor\n' })
  await symlink('/nonexistent/anywhere', join(dir, 'vendor'))
  assert.deepEqual(listing(await collectSource(dir)), ['a.yaml'])
})

test('a FIFO is an error naming the file and its type', async () => {
  const dir = await tree({ 'a.yaml': 'x', 'sub/b.yaml': 'x' })
  execFileSync('mkfifo', [join(dir, 'sub/pipe')])
  await rejects(dir, /"sub\/pipe" is a FIFO \(named pipe\), which cannot be packed/)
  await symlink('sub/pipe', join(dir, 'pipe-link'))
  await rejects(dir, /symbolic link "pipe-link" points to a FIFO/, { ignore: ['sub/pipe'] })
  assert.deepEqual(listing(await collectSource(dir, { ignore: ['pipe*', 'sub/pipe'] })), [
    'a.yaml',
    'sub/',
    'sub/b.yaml',
  ])
})

test('a missing path, a file, and a directory with nothing to pack are errors saying what was expected', async () => {
  const dir = await tree({ 'file.yaml': 'x', 'empty/': '', 'ignored/README.md': 'x' })
  await rejects(join(dir, 'nope'), /source directory ".*nope" does not exist/)
  await rejects(join(dir, 'file.yaml'), /source path ".*file\.yaml" is not a directory/)
  await rejects(join(dir, 'empty'), /source directory ".*empty" has no files to pack/)
  await rejects(join(dir, 'ignored'), /has no files to pack/, { ignore: ['*.md'] })
  await assert.rejects(collectSource(join(dir, 'empty')), (e: SourceError) =>
    /at least one file/.test(e.hint ?? ''),
  )
})

test('the source directory itself may be a link', async () => {
  const dir = await tree({ 'real/a.yaml': 'x' })
  await symlink(join(dir, 'real'), join(dir, 'alias'))
  await mkdir(join(dir, 'real/sub'))
  await writeFile(join(dir, 'real/sub/b.yaml'), 'y')
  assert.deepEqual(listing(await collectSource(join(dir, 'alias'))), ['a.yaml', 'sub/', 'sub/b.yaml'])
})
