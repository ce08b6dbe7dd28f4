import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { test } from 'node:test'
import { promisify } from 'node:util'
import { findNode20 } from '../harness/node20.ts'
import { tempDirs } from '../harness/tmp.ts'
import { SHOP_NEW, SHOP_OLD } from './diff-fixtures.ts'

const run = promisify(execFile)
const CLI = join(process.env['CONFIGSYNC_OCI_DIST'] ?? join(import.meta.dirname, '../../dist'), 'cli.js')
const temps = tempDirs()

/** Exit code and stdout of a CLI run (execFile rejects on a non-zero exit). */
async function cli(node: string, args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    return { code: 0, stdout: (await run(node, [CLI, ...args])).stdout }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string }
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '' }
  }
}

test('the bundled CLI diffs and promotes on Node 20', async () => {
  const node = await findNode20()
  const differs = await cli(node, ['diff', SHOP_OLD, SHOP_NEW, '--format', 'json'])
  assert.equal(differs.code, 1)
  assert.equal((JSON.parse(differs.stdout) as { changed: unknown[] }).changed.length, 2)
  assert.equal((await cli(node, ['diff', SHOP_OLD, SHOP_OLD])).code, 0)
  const out = await temps.make('node20-promote')
  const layout = `oci-layout:${join(out, 'layout')}`
  assert.equal(
    (
      await cli(node, [
        'publish',
        '--dir',
        join(import.meta.dirname, '../../examples/namespace'),
        '--image',
        `${layout}:v1`,
        '--revision',
        'abc',
        '-q',
      ])
    ).code,
    0,
  )
  const promoted = await cli(node, ['promote', `${layout}:v1`, 'prod', '--format', 'json', '-q'])
  assert.equal(promoted.code, 0)
  assert.deepEqual((JSON.parse(promoted.stdout) as { tags: string[] }).tags, ['prod'])
})
