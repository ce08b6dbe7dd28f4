/**
 * Issue 15: a full disk while writing an OCI layout is an error naming the
 * path and the space needed, not an internal error. /dev/full answers every
 * write with ENOSPC, so a blob's .partial file linked to it fills "the disk".
 */
import assert from 'node:assert/strict'
import { mkdir, readFile, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { after, it } from 'node:test'
import { runCliCaptured } from '../harness/cli-io.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'

const EXAMPLE = join(import.meta.dirname, '../../examples/namespace')
const temps: string[] = []
after(async () => {
  for (const dir of temps) await removeDir(dir)
})

it('ENOSPC while writing a layout blob: exit 1, the path and the bytes needed, no index written', async () => {
  const first = await makeTempDir('layout-ok')
  const full = await makeTempDir('layout-full')
  temps.push(first, full)
  const args = (dir: string): string[] => [
    'publish',
    '--dir',
    EXAMPLE,
    '--image',
    `oci-layout:${dir}:v1`,
    '--revision',
    'b'.repeat(40),
    '--created',
    '2026-01-02T03:04:05Z',
    '--format',
    'json',
    '-q',
  ]
  const ok = await runCliCaptured(args(first))
  assert.equal(ok.code, 0, ok.stderr)
  const digest = (JSON.parse(ok.stdout) as { digest: string }).digest
  const manifest = JSON.parse(await readFile(join(first, 'blobs', 'sha256', digest.slice(7)), 'utf8')) as {
    layers: { digest: string }[]
  }
  const layer = manifest.layers[0]!.digest
  await mkdir(join(full, 'blobs', 'sha256'), { recursive: true })
  const partial = join(full, 'blobs', 'sha256', `${layer.slice(7)}.partial`)
  await symlink('/dev/full', partial)
  const run = await runCliCaptured(args(full))
  assert.equal(run.code, 1, run.stderr)
  assert.match(
    run.stderr,
    new RegExp(
      `no space left on the device while writing ${partial.replace(/[.]/g, '\\.')} \\(the OCI layout .* needs up to \\d+ bytes\\)`,
    ),
  )
  assert.doesNotMatch(run.stderr, /unexpected|internal/i)
  await assert.rejects(readFile(join(full, 'index.json')), /ENOENT/)
})
