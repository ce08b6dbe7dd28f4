import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { cp, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'node:test'
import { promisify } from 'node:util'
import { runAction } from '../../harness/action-runner.ts'
import { tempDirs } from '../../harness/tmp.ts'
import { extractLayoutLayers } from '../../harness/verify.ts'

// The bundled action, as the runner runs it: render and schema inputs end to end.
const run = promisify(execFile)
const FIXTURES = join(import.meta.dirname, '../../fixtures/kustomize')
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const PUSH_EVENT = { head_commit: { id: SHA, timestamp: '2026-11-20T10:00:00Z' }, ref: 'refs/heads/main' }
const temps = tempDirs()

async function workspaceWith(fixture: string): Promise<string> {
  const ws = await temps.make('ws-render')
  await cp(join(FIXTURES, fixture), join(ws, 'config'), { recursive: true })
  return ws
}

test('render: true pushes the rendered output; kubernetes-version picks the served apiVersions', async () => {
  const ws = await workspaceWith('rendered-valid')
  const action = await runAction({
    workspace: ws,
    sha: SHA,
    event: PUSH_EVENT,
    inputs: { dir: 'config', image: 'oci-layout:out:v1', render: 'true', 'kubernetes-version': '1.30' },
  })
  assert.equal(action.code, 0, action.stdout + action.stderr)
  // The schema checks ran from their bundled chunk without Node's punycode deprecation (build alias).
  assert.doesNotMatch(action.stderr, /DEP0040/)
  const tree = join(ws, 'tree')
  await extractLayoutLayers(join(ws, 'out'), 'v1', tree)
  assert.deepEqual(await readdir(tree), ['rendered.yaml'])
  const expected = await run('kubectl', [
    'kustomize',
    join(FIXTURES, 'rendered-valid'),
    '--load-restrictor',
    'LoadRestrictionsNone',
  ])
  assert.equal(await readFile(join(tree, 'rendered.yaml'), 'utf8'), expected.stdout)
})

test('findings in rendered objects are annotated on the source file and line; nothing is pushed', async () => {
  const ws = await workspaceWith('rendered-invalid')
  const action = await runAction({
    workspace: ws,
    sha: SHA,
    event: PUSH_EVENT,
    inputs: { dir: 'config', image: 'oci-layout:out:v1', render: 'true' },
  })
  assert.equal(action.code, 1)
  assert.match(
    action.stdout,
    /::error .*file=config\/base\/deployment\.yaml,line=6.*unknown field "spec\.replica"/,
  )
  assert.match(action.stdout, /::error .*file=config\/base\/deployment\.yaml,line=18.*imagePullPolicy/)
  await assert.rejects(readdir(join(ws, 'out')))
})

test('a kubernetes-version the bundled schemas cannot answer for is an input error naming the input', async () => {
  const ws = await workspaceWith('rendered-valid')
  const action = await runAction({
    workspace: ws,
    sha: SHA,
    event: PUSH_EVENT,
    inputs: { dir: 'config', image: 'oci-layout:out:v1', 'kubernetes-version': '1.40' },
  })
  assert.equal(action.code, 1)
  assert.match(action.stdout, /::error::.*input "kubernetes-version" is "1\.40".*1\.22 to 1\.36/)
})
