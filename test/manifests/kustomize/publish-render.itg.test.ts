import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'node:test'
import { promisify } from 'node:util'
import { runCliCaptured } from '../../harness/cli-io.ts'
import { tempDirs } from '../../harness/tmp.ts'
import { extractLayoutLayers } from '../../harness/verify.ts'

const run = promisify(execFile)
const FIXTURES = join(import.meta.dirname, '../../fixtures/kustomize')
const SHA = '0123456789abcdef0123456789abcdef01234567'
const temps = tempDirs()

async function publishToLayout(
  dir: string,
  extra: string[],
): Promise<{ code: number; stderr: string; tree: string }> {
  const work = await temps.make('render-publish')
  const layout = join(work, 'layout')
  const argv = [
    'publish',
    '--dir',
    dir,
    '--image',
    `oci-layout:${layout}:v1`,
    '--revision',
    SHA,
    '--created',
    '2026-01-02T03:04:05Z',
    '-q',
    ...extra,
  ]
  const result = await runCliCaptured(argv, { env: { PATH: process.env['PATH'] ?? '' } })
  const tree = join(work, 'tree')
  if (result.code === 0) await extractLayoutLayers(layout, 'v1', tree)
  return { code: result.code, stderr: result.stderr, tree }
}

test('publish --render packs one rendered.yaml, byte for byte the kubectl kustomize output', async () => {
  const dir = join(FIXTURES, 'rendered-valid')
  const published = await publishToLayout(dir, ['--render'])
  assert.equal(published.code, 0, published.stderr)
  assert.deepEqual(await readdir(published.tree), ['rendered.yaml'])
  const expected = await run('kubectl', ['kustomize', dir, '--load-restrictor', 'LoadRestrictionsNone'])
  assert.equal(await readFile(join(published.tree, 'rendered.yaml'), 'utf8'), expected.stdout)
})

test('publish --render hydrates a kustomization that loads files from outside the directory', async () => {
  const published = await publishToLayout(join(FIXTURES, 'outside/app'), ['--render'])
  assert.equal(published.code, 0, published.stderr)
  const rendered = await readFile(join(published.tree, 'rendered.yaml'), 'utf8')
  assert.match(rendered, /kind: Deployment\nmetadata:\n  name: web\n  namespace: shop\n/)
})

test('without --render the sources are packed, and validation still reads the rendered objects', async () => {
  const published = await publishToLayout(join(FIXTURES, 'rendered-valid'), [])
  assert.equal(published.code, 0, published.stderr)
  assert.deepEqual((await readdir(published.tree)).sort(), [
    'README.md',
    'base',
    'kustomization.yaml',
    'namespace.yaml',
  ])
  const refused = await publishToLayout(join(FIXTURES, 'rendered-invalid'), [])
  assert.equal(refused.code, 1)
  assert.match(
    refused.stderr,
    /CSO2001 base\/deployment\.yaml:6 error: Deployment shop\/shop-web: unknown field "spec\.replica"/,
  )
})

test('publish --render without a kustomization at the top is an input error', async () => {
  const dir = await temps.make('render-plain')
  const source = join(FIXTURES, 'rendered-valid/namespace.yaml')
  await run('cp', [source, join(dir, 'namespace.yaml')])
  const published = await publishToLayout(dir, ['--render'])
  assert.equal(published.code, 2)
  assert.match(published.stderr, /render is on, but the top of the directory has no kustomization\.yaml/)
})
