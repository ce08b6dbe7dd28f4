import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'node:test'
import { promisify } from 'node:util'
import { writeSyntheticRepo } from '../../bench/synthetic-repo.ts'
import { findNode20 } from '../harness/node20.ts'
import { tempDirs } from '../harness/tmp.ts'

const run = promisify(execFile)
const CLI = join(process.env['CONFIGSYNC_OCI_DIST'] ?? join(import.meta.dirname, '../../dist'), 'cli.js')
const EXAMPLES = join(import.meta.dirname, '../../examples/namespace')
const temps = tempDirs()

test('the bundled CLI validates and publishes on Node 20', async () => {
  const node20 = await findNode20()
  const validated = await run(node20, [CLI, 'validate', EXAMPLES, '--format', 'json'])
  assert.deepEqual(JSON.parse(validated.stdout), { findings: [] })
  const out = await temps.make('node20')
  const published = await run(node20, [
    CLI,
    'publish',
    '--dir',
    EXAMPLES,
    '--image',
    `oci-layout:${join(out, 'layout')}:v1`,
    '--revision',
    'abc',
    '--format',
    'json',
    '-q',
  ])
  const result = JSON.parse(published.stdout) as { digest: string; tags: string[] }
  assert.match(result.digest, /^sha256:[0-9a-f]{64}$/)
  assert.deepEqual(result.tags, ['abc', 'v1'])
})

test('on Node 20, publish --sign key with a bundle says it needs Node 22 before anything is pushed', async () => {
  const node20 = await findNode20()
  const out = await temps.make('node20-sign')
  const keyFile = join(out, 'key.pem')
  await writeFile(
    keyFile,
    generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString(),
  )
  // Nothing listens on port 1: the refusal must come before any request.
  const failed = await run(node20, [
    CLI,
    'publish',
    '--dir',
    EXAMPLES,
    '--image',
    '127.0.0.1:1/team/config',
    '--sign',
    'key',
    '--signing-key',
    keyFile,
    '-q',
  ]).then(
    () => undefined,
    (error: { code: number; stderr: string }) => error,
  )
  assert.ok(failed !== undefined, 'publish --sign key succeeded on Node 20')
  assert.match(failed.stderr, /signing a cosign v3 bundle needs Node 22 or later/)
})

test('Node 20 and Node 24 pack a multi-block tree into the same layer bytes', async () => {
  const node20 = await findNode20()
  const work = await temps.make('node20-layer')
  const repo = join(work, 'repo')
  // About 3 MB of tar: several 1 MiB gzip blocks, each with its predecessor's tail as dictionary.
  await writeSyntheticRepo(repo, 300)
  const layers: string[] = []
  for (const node of [node20, process.execPath]) {
    const layout = join(work, `layout-${layers.length}`)
    await run(node, [
      CLI,
      'publish',
      '--dir',
      repo,
      '--image',
      `oci-layout:${layout}:v1`,
      '--revision',
      'abc',
      '--no-schema-checks',
      '-q',
    ])
    const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as {
      manifests: { digest: string }[]
    }
    const manifest = JSON.parse(
      await readFile(join(layout, 'blobs', 'sha256', index.manifests[0]!.digest.slice(7)), 'utf8'),
    ) as { layers: { digest: string; size: number }[] }
    assert.ok(
      manifest.layers[0]!.size > 50_000,
      `a layer of several blocks (${manifest.layers[0]!.size} bytes compressed)`,
    )
    layers.push(manifest.layers[0]!.digest)
  }
  assert.equal(layers[0], layers[1])
})
