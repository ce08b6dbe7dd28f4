import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { runCliCaptured } from '../harness/cli-io.ts'

// Issue 14, "The CLI says what it means": a bad command line is answered in our words, exit 2.

test('an unknown flag names the command, the nearest flag and help COMMAND, not the parser text', async () => {
  const run = await runCliCaptured(['publish', '--tagz', 'v1', '--image', 'oci-layout:out:v1'])
  assert.equal(run.code, 2)
  assert.equal(run.stdout, '')
  assert.equal(
    run.stderr,
    'configsync-oci: error: unknown option --tagz for publish (did you mean --tag?)\nhint: see configsync-oci help publish\n',
  )
})

test('an unknown flag with nothing close gives no suggestion; an unknown short flag neither', async () => {
  const long = await runCliCaptured(['validate', '--zzzzzz', '.'])
  assert.equal(long.code, 2)
  assert.equal(
    long.stderr,
    'configsync-oci: error: unknown option --zzzzzz for validate\nhint: see configsync-oci help validate\n',
  )
  const short = await runCliCaptured(['diff', '-x', 'a', 'b'])
  assert.equal(short.code, 2)
  assert.equal(
    short.stderr,
    'configsync-oci: error: unknown option -x for diff\nhint: see configsync-oci help diff\n',
  )
})

test('a flag without its value, and a switch given a value, are said plainly', async () => {
  const missing = await runCliCaptured(['publish', '--image'])
  assert.equal(missing.code, 2)
  assert.equal(
    missing.stderr,
    'configsync-oci: error: --image needs a value\nhint: see configsync-oci help publish\n',
  )
  const extra = await runCliCaptured(['publish', '--quiet=yes'])
  assert.equal(extra.code, 2)
  assert.equal(
    extra.stderr,
    'configsync-oci: error: --quiet takes no value\nhint: see configsync-oci help publish\n',
  )
})

test('a repeated --image is refused naming the flag', async () => {
  const run = await runCliCaptured(['publish', '--image', 'oci-layout:a:v1', '--image', 'oci-layout:b:v1'])
  assert.equal(run.code, 2)
  assert.equal(
    run.stderr,
    'configsync-oci: error: --image is given more than once for publish; give it once\nhint: see configsync-oci help publish\n',
  )
})

test("an empty --tag '' is refused naming the flag", async () => {
  const run = await runCliCaptured(['publish', '--image', 'oci-layout:out:v1', '--tag', ''])
  assert.equal(run.code, 2)
  assert.equal(run.stderr, 'configsync-oci: error: --tag is empty\nhint: give --tag a value, e.g. --tag v1\n')
})

test('diff of a directory that does not exist says so (exit 2)', async () => {
  const run = await runCliCaptured(['diff', './missing-dir-for-test', 'oci-layout:/nope:tag'])
  assert.equal(run.code, 2)
  assert.equal(run.stdout, '')
  assert.equal(
    run.stderr,
    'configsync-oci: error: OLD directory "./missing-dir-for-test" does not exist\nhint: give an existing directory, an oci-layout:PATH[:TAG] or a REPOSITORY:TAG\n',
  )
})

test('diff of an OCI layout that does not exist says so and never hints at credentials (exit 2)', async () => {
  const run = await runCliCaptured(['diff', 'oci-layout:/nope:tag', '.'])
  assert.equal(run.code, 2)
  assert.equal(
    run.stderr,
    'configsync-oci: error: OLD "oci-layout:/nope:tag": the OCI layout /nope does not exist\nhint: check the path; publish --image oci-layout:PATH:TAG writes a layout\n',
  )
  assert.doesNotMatch(run.stderr, /credential|login/)
})

test('validate of a kustomization reaching outside the directory: one KNV1068 that says what to do, no temporary path', async () => {
  const app = join(import.meta.dirname, '../fixtures/kustomize/outside/app')
  const run = await runCliCaptured(['validate', app], { env: { PATH: process.env['PATH'] ?? '' } })
  assert.equal(run.code, 1)
  assert.equal(
    run.stdout,
    'kustomization.yaml:\n  KNV1068 kustomization.yaml error: kustomization.yaml reaches outside the directory (../base): the artifact holds only the directory, so Config Sync cannot render it; set render: true (--render) to publish the rendered output, or widen dir to include ../base\n\n1 errors, 0 warnings\n',
  )
  assert.doesNotMatch(run.stdout + run.stderr, /configsync-oci-render-|\/tmp\//)
})
