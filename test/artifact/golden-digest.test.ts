/**
 * Golden layer digest (issue 17): speed work must not change a byte of the
 * layer. The digest and diff_id of examples/namespace were computed with
 * main's packLayer (commit 035321b) before any of the issue-17 changes.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { packLayer } from '../../src/artifact/tar-layer.ts'
import { collectSource } from '../../src/manifests/collect.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'

const EXAMPLE = join(import.meta.dirname, '../../examples/namespace')
const dirs: string[] = []
after(async () => {
  for (const dir of dirs) await removeDir(dir)
})

test('examples/namespace packs to the pinned layer digest and diff_id', async () => {
  const work = await makeTempDir('golden-digest-')
  dirs.push(work)
  const layer = await packLayer(await collectSource(EXAMPLE), join(work, 'layer.tar.gz'))
  assert.equal(layer.digest, 'sha256:c5948b8c92784a949e311b3e6457bb37bcbc3cd732195cc3b6d78ed1c2914c65')
  assert.equal(layer.diffId, 'sha256:78d07698e5431aeb07e0252b5999e1c156c3609c41d6d2d682340a0d1fa1f84b')
  assert.equal(layer.size, 147)
  assert.equal(layer.uncompressedSize, 2048)
  assert.equal(layer.fileCount, 1)
})
