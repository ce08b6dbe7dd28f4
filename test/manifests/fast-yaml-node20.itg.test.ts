import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { promisify } from 'node:util'
import { collectSource } from '../../src/manifests/collect.ts'
import { loadAndValidate } from '../../src/manifests/validate.ts'
import { renderFindingsJson } from '../../src/report/text-report.ts'
import { findNode20 } from '../harness/node20.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'
import { writeManifestTree } from './manifest-tree.ts'

const execFileAsync = promisify(execFile)
const CLI = join(process.env['CONFIGSYNC_OCI_DIST'] ?? join(import.meta.dirname, '../../dist'), 'cli.js')
let dir = ''
after(async () => {
  if (dir !== '') await removeDir(dir)
})

/** stdout of `validate --format json`, which exits 1 on errors. */
async function validateJson(node: string, fastPath: boolean): Promise<string> {
  const env = { ...process.env, CONFIGSYNC_OCI_YAML_FAST_PATH: fastPath ? '1' : '0' }
  try {
    return (
      await execFileAsync(node, [CLI, 'validate', dir, '--format', 'json'], { env, maxBuffer: 16 << 20 })
    ).stdout
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    assert.equal(failed.code, 1, failed.stderr)
    return failed.stdout ?? ''
  }
}

test('the bundled CLI on Node 20 validates a generated tree as the sources do on Node 24, fast path on or off', async () => {
  const node20 = await findNode20()
  dir = await makeTempDir('fast-yaml-node20')
  await writeManifestTree(dir, 300)
  const [on, off] = await Promise.all([validateJson(node20, true), validateJson(node20, false)])
  const sources = renderFindingsJson((await loadAndValidate(await collectSource(dir))).findings)
  assert.equal(on, sources)
  assert.equal(off, sources)
  assert.ok((JSON.parse(on) as { findings: unknown[] }).findings.length > 20)
})
