import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { InputError } from '../../src/errors.ts'
import { collectSource } from '../../src/manifests/collect.ts'
import { loadAndValidate } from '../../src/manifests/validate.ts'
import {
  validateInThisThread,
  startValidator,
  VALIDATE_WORKER_ENV,
} from '../../src/manifests/validate-isolated.ts'
import { tempDirs } from '../harness/tmp.ts'
import { writeManifestTree } from './manifest-tree.ts'

const dirs = tempDirs()

async function tree(count: number) {
  const dir = await dirs.make('validate-isolated-')
  await writeManifestTree(join(dir, 'src'), count)
  return collectSource(join(dir, 'src'))
}

test('the worker thread reports what validation in this thread reports: every finding, the counts', async () => {
  assert.notEqual(process.env[VALIDATE_WORKER_ENV], '0', 'these tests are about the worker')
  const source = await tree(120)
  const inThread = await loadAndValidate(source, {})
  assert.ok(inThread.findings.length > 10, `the tree has mistakes to find (${inThread.findings.length})`)
  const fromWorker = await startValidator({}).validate(source)
  assert.deepEqual(fromWorker.findings, inThread.findings)
  assert.equal(fromWorker.objectCount, inThread.objects.length)
  assert.equal(fromWorker.manifestFiles, inThread.manifestFiles)
  assert.deepEqual(await validateInThisThread(source, {}), fromWorker)
})

test('an error raised in the worker arrives as its own class, with its hint', async () => {
  const source = await tree(5)
  await assert.rejects(startValidator({ kubernetesVersion: '1.2' }).validate(source), (error: unknown) => {
    assert.ok(error instanceof InputError, `an InputError (exit code 2), got ${String(error)}`)
    assert.match(error.message, /kubernetes-version "1\.2" is not supported/)
    assert.match(error.hint ?? '', /kubernetes-version: "1\.\d+"/)
    return true
  })
})

test('a validator closed before it was used stops its worker (the process can exit)', async () => {
  const validator = startValidator({ schemaChecks: true })
  await validator.close()
  await validator.close()
})
