/**
 * Issue 15: promote and compare-with read the source artifact from a real registry and must refuse one
 * whose layer blob is gone, naming the digest, with nothing tagged.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, it } from 'node:test'
import { runCliCaptured } from '../harness/cli-io.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'

const EXAMPLE = join(import.meta.dirname, '../../examples/namespace')
let reg: TestRegistry
let repo = ''
let layer = ''

before(async () => {
  reg = await startRegistry('plain')
  repo = `${reg.hostPort}/corrupt`
  const run = await runCliCaptured([
    'publish',
    '--dir',
    EXAMPLE,
    '--image',
    `${repo}:v1`,
    '--revision',
    'a'.repeat(40),
    '--format',
    'json',
    '-q',
  ])
  assert.equal(run.code, 0, run.stderr)
  const digest = (JSON.parse(run.stdout) as { digest: string }).digest
  const manifest = (await (
    await fetch(`${reg.url}/v2/corrupt/manifests/${digest}`, {
      headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
    })
  ).json()) as { layers: { digest: string }[] }
  layer = manifest.layers[0]!.digest
  // The registry loses the layer (a garbage collection gone wrong, a broken mirror): the manifest stays.
  const deleted = await fetch(`${reg.url}/v2/corrupt/blobs/${layer}`, { method: 'DELETE' })
  assert.equal(deleted.status, 202)
  assert.equal((await fetch(`${reg.url}/v2/corrupt/blobs/${layer}`, { method: 'HEAD' })).status, 404)
})
after(async () => {
  await reg.stop()
})

async function tags(): Promise<string[]> {
  return ((await (await fetch(`${reg.url}/v2/corrupt/tags/list`)).json()) as { tags: string[] }).tags.sort()
}

it('promote of a manifest whose layer is missing in the registry: exit 1 naming the blob, no new tag', async () => {
  const run = await runCliCaptured(['promote', `${repo}:v1`, 'prod', '-q'])
  assert.equal(run.code, 1, run.stderr)
  assert.match(run.stderr, new RegExp(`blob ${layer} is missing`))
  assert.deepEqual(await tags(), ['a'.repeat(40), 'v1'])
})
