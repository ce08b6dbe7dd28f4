import assert from 'node:assert/strict'
import { readFile, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'node:test'
import { WriteBackError } from '../../src/errors.ts'
import { parseTarget } from '../../src/writeback/edit/target.ts'
import { editWorktree } from '../../src/writeback/git/worktree-edit.ts'
import { tempDirs, writeTree } from '../harness/tmp.ts'
import { digestRef, syncManifest } from './git-repos.ts'

const temps = tempDirs()
const TARGET = parseTarget('RootSync/root-sync', 't')
const OLD = digestRef('1')
const NEW = digestRef('2')
const ROOT = syncManifest('RootSync', 'config-management-system', 'root-sync', OLD)

async function tree(files: Record<string, string>): Promise<string> {
  const dir = await temps.make('wb-tree')
  await writeTree(dir, files)
  return dir
}

test('a directory walk skips symlinks, .git, non-YAML and files that are not UTF-8 (with a warning); writes only what changes', async () => {
  const outside = await tree({ 'root-sync.yaml': ROOT })
  const dir = await tree({
    'a/root-sync.yaml': ROOT,
    '.git/root-sync.yaml': ROOT,
    'notes.txt': ROOT,
    'b/other.yaml': 'kind: ConfigMap\n',
  })
  await symlink(join(outside, 'root-sync.yaml'), join(dir, 'a', 'linked.yaml'))
  await writeFile(
    join(dir, 'b', 'latin1.yaml'),
    Buffer.concat([Buffer.from('kind: RootSync # caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
  )
  const edit = await editWorktree(dir, '.', TARGET, NEW)
  assert.deepEqual(
    edit.files.map((f) => f.file),
    ['a/root-sync.yaml'],
  )
  assert.match(edit.warnings.join('\n'), /b\/latin1\.yaml is not UTF-8 text; it is left alone \(skipped\)/)
  assert.equal(
    await readFile(join(outside, 'root-sync.yaml'), 'utf8'),
    ROOT,
    'the symlink target outside is untouched',
  )
  assert.equal(await readFile(join(dir, '.git/root-sync.yaml'), 'utf8'), ROOT)
  assert.equal(await readFile(join(dir, 'a/root-sync.yaml'), 'utf8'), ROOT.replace(OLD, NEW))
})

test('path refusals: outside the checkout (also through a symlinked dir), a symlink, a missing path; a broken named file is an error, not a skip', async () => {
  const outside = await tree({ 'root-sync.yaml': ROOT })
  const dir = await tree({ 'broken.yaml': 'kind: RootSync\nspec: [\n' })
  await symlink(outside, join(dir, 'escape'))
  await symlink(join(dir, 'broken.yaml'), join(dir, 'link.yaml'))
  const cases: [string, RegExp][] = [
    ['escape', /leaves the config repository/],
    ['link.yaml', /symbolic link/],
    ['missing', /does not exist/],
    ['broken.yaml', /broken\.yaml:\d+ is not valid YAML/],
  ]
  for (const [path, pattern] of cases) {
    await assert.rejects(
      editWorktree(dir, path, TARGET, NEW),
      (error: unknown) => error instanceof WriteBackError && pattern.test(error.message),
      path,
    )
  }
})
