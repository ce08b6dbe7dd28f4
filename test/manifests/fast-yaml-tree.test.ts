import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { promisify } from 'node:util'
import { collectSource } from '../../src/manifests/collect.ts'
import { cutAtEndMarker, splitDocuments } from '../../src/manifests/documents.ts'
import { fastLoad } from '../../src/manifests/fast-yaml.ts'
import { tempDirs } from '../harness/tmp.ts'
import { writeManifestTree } from './manifest-tree.ts'

const run = promisify(execFile)
const DUMP = join(import.meta.dirname, 'dump-validation.ts')
const temps = tempDirs()

/** What validation read and found in dir, in a child process with the fast path on or off. */
async function dump(dir: string, fastPath: boolean): Promise<string> {
  const env = { ...process.env, CONFIGSYNC_OCI_YAML_FAST_PATH: fastPath ? '1' : '0' }
  return (await run(process.execPath, [DUMP, dir], { env, maxBuffer: 64 << 20 })).stdout
}

/** The share of the tree's YAML documents the fast path decodes. */
async function fastShare(dir: string): Promise<number> {
  let docs = 0
  let fast = 0
  for (const entry of (await collectSource(dir)).entries) {
    if (entry.kind !== 'file' || entry.path.endsWith('.json')) continue
    for (const doc of splitDocuments(readFileSync(entry.absPath, 'utf8'))) {
      docs++
      if (fastLoad(cutAtEndMarker(doc.text)) !== undefined) fast++
    }
  }
  return fast / docs
}

for (const unreadable of [false, true]) {
  test(`a generated tree of 300 files${unreadable ? ' with unreadable ones' : ''}: the same objects, lines and findings with the fast path on and off`, async () => {
    const dir = await temps.make('fast-yaml-tree')
    await writeManifestTree(dir, 300, unreadable)
    const [on, off] = await Promise.all([dump(dir, true), dump(dir, false)])
    assert.equal(on, off)
    const result = JSON.parse(on) as { findings: { code: string }[]; objects: unknown[] }
    assert.ok(result.objects.length > 300, `${result.objects.length} objects`)
    const codes = new Set(result.findings.map((f) => f.code))
    // Errors with lines from locate() (CSO2001/2) and, with unreadable files, the read errors that stop the rules.
    for (const code of unreadable
      ? ['KNV2001', 'CSO2001', 'CSO2002']
      : ['KNV1021', 'KNV1029', 'CSO2001', 'CSO2002'])
      assert.ok(codes.has(code), `no ${code} in ${[...codes].join(', ')}`)
    assert.ok((await fastShare(dir)) > 0.75, 'the fast path decoded too few documents to be compared')
  })
}
