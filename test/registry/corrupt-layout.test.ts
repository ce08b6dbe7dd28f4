/**
 * Issue 15: promote and diff read an OCI layout and must refuse one whose
 * blobs are missing or corrupt, naming the digest, with nothing tagged.
 */
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, beforeEach, describe, it } from 'node:test'
import { runCliCaptured } from '../harness/cli-io.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'

const EXAMPLE = join(import.meta.dirname, '../../examples/namespace')
const temps: string[] = []
after(async () => {
  for (const dir of temps) await removeDir(dir)
})

interface Layout {
  dir: string
  manifest: { config: { digest: string }; layers: { digest: string }[] }
}
let layout: Layout

const blobPath = (digest: string): string => join(layout.dir, 'blobs', 'sha256', digest.slice(7))

async function refNames(): Promise<string[]> {
  const index = JSON.parse(await readFile(join(layout.dir, 'index.json'), 'utf8')) as {
    manifests: { annotations?: Record<string, string> }[]
  }
  return index.manifests.map((m) => m.annotations?.['org.opencontainers.image.ref.name'] ?? '').sort()
}

beforeEach(async () => {
  const dir = await makeTempDir('corrupt-layout')
  temps.push(dir)
  const run = await runCliCaptured([
    'publish',
    '--dir',
    EXAMPLE,
    '--image',
    `oci-layout:${dir}:v1`,
    '--revision',
    'a'.repeat(40),
    '--format',
    'json',
    '-q',
  ])
  assert.equal(run.code, 0, run.stderr)
  const digest = (JSON.parse(run.stdout) as { digest: string }).digest
  layout = {
    dir,
    manifest: JSON.parse(
      await readFile(join(dir, 'blobs', 'sha256', digest.slice(7)), 'utf8'),
    ) as Layout['manifest'],
  }
})

describe('promote from a corrupt OCI layout', () => {
  it('a missing layer: error naming the digest, exit 1, no new tag', async () => {
    const layer = layout.manifest.layers[0]!.digest
    await rm(blobPath(layer))
    const run = await runCliCaptured(['promote', `oci-layout:${layout.dir}:v1`, 'prod', '-q'])
    assert.equal(run.code, 1, run.stderr)
    assert.match(run.stderr, new RegExp(`blob ${layer} is missing`))
    assert.ok(!(await refNames()).includes('prod'))
  })

  it('a layer with other content of the same size: error naming both digests, no new tag', async () => {
    const layer = layout.manifest.layers[0]!.digest
    const bytes = await readFile(blobPath(layer))
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff
    await writeFile(blobPath(layer), bytes)
    const run = await runCliCaptured(['promote', `oci-layout:${layout.dir}:v1`, 'prod', '-q'])
    assert.equal(run.code, 1, run.stderr)
    assert.match(
      run.stderr,
      new RegExp(
        `blob ${layer} holds content with digest sha256:${createHash('sha256').update(bytes).digest('hex')}`,
      ),
    )
    assert.ok(!(await refNames()).includes('prod'))
  })

  it('a config whose content does not match its digest: error naming it, no new tag', async () => {
    const config = layout.manifest.config.digest
    await writeFile(blobPath(config), '{"rootfs":{"type":"layers","diff_ids":[]}}')
    const run = await runCliCaptured(['promote', `oci-layout:${layout.dir}:v1`, 'prod', '-q'])
    assert.equal(run.code, 1, run.stderr)
    assert.match(run.stderr, new RegExp(`blob ${config} holds content with digest`))
    assert.ok(!(await refNames()).includes('prod'))
  })
})

describe('diff of a corrupt OCI layout', () => {
  it('a config blob missing: exit 2 naming the digest (never "differs")', async () => {
    const config = layout.manifest.config.digest
    await rm(blobPath(config))
    const run = await runCliCaptured(['diff', `oci-layout:${layout.dir}:v1`, EXAMPLE])
    assert.equal(run.code, 2, run.stderr)
    assert.match(run.stderr, new RegExp(`config blob ${config} is missing`))
  })

  it('a config blob with other content: exit 2 naming the digest', async () => {
    const config = layout.manifest.config.digest
    await writeFile(blobPath(config), 'not json')
    const run = await runCliCaptured(['diff', `oci-layout:${layout.dir}:v1`, EXAMPLE])
    assert.equal(run.code, 2, run.stderr)
    assert.match(run.stderr, new RegExp(`blob ${config} holds content with digest`))
  })
})
