import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { promisify } from 'node:util'
import { findNode20 } from '../harness/node20.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'

// The CLI as users get it: `npm pack` of this repository, installed into an empty project with no dev
// dependencies, run from there on Node 20 and on Node 24.
const run = promisify(execFile)
const ROOT = join(import.meta.dirname, '../..')
const EXAMPLES = join(ROOT, 'examples/namespace')
const temps: string[] = []
let project = ''
let bin = ''

after(async () => {
  for (const dir of temps) await removeDir(dir)
})

before(async () => {
  const packDir = await makeTempDir('npm-pack')
  project = await makeTempDir('npm-install')
  temps.push(packDir, project)
  const packed = await run('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: ROOT })
  const [info] = JSON.parse(packed.stdout) as { filename: string }[]
  assert.ok(info !== undefined)
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({ name: 'adopter', version: '1.0.0', private: true }),
  )
  await run(
    'npm',
    ['install', '--omit=dev', '--no-audit', '--no-fund', '--offline', join(packDir, info.filename)],
    { cwd: project },
  )
  bin = join(project, 'node_modules/.bin/configsync-oci')
})

test('the package holds the CLI and nothing of the action or the sources, and needs no dependency', async () => {
  const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>
  assert.equal(manifest['private'], undefined)
  assert.equal(manifest['dependencies'], undefined, 'the bundle is self-contained: no runtime dependencies')
  assert.deepEqual(
    await readdir(join(project, 'node_modules')).then((names) => names.filter((n) => !n.startsWith('.'))),
    ['configsync-oci'],
  )
  const installed = join(project, 'node_modules/configsync-oci')
  const files = (await readdir(installed, { recursive: true })).sort()
  assert.ok(
    files.includes('dist/cli.js') && files.includes('dist/validate-worker.js') && files.includes('LICENSE'),
  )
  assert.deepEqual(
    files.filter(
      (f) => f.startsWith('src') || f.startsWith('test') || f === 'dist/index.js' || f.endsWith('.map'),
    ),
    [],
  )
  assert.ok(((await stat(bin)).mode & 0o111) !== 0, 'the bin link is executable')
})

for (const version of ['20', '24'] as const) {
  test(`the installed command validates, publishes to an OCI layout and diffs on Node ${version}`, async () => {
    const node = version === '20' ? await findNode20() : process.execPath
    assert.match((await run(node, ['--version'])).stdout, new RegExp(`^v${version}\\.`))
    const cwd = await makeTempDir(`npm-cli-${version}`)
    temps.push(cwd)
    const validated = await run(node, [bin, 'validate', EXAMPLES, '--format', 'json'], { cwd })
    assert.deepEqual(JSON.parse(validated.stdout), { findings: [] })
    const layout = join(cwd, 'layout')
    const published = await run(
      node,
      [
        bin,
        'publish',
        '--dir',
        EXAMPLES,
        '--image',
        `oci-layout:${layout}:v1`,
        '--revision',
        'abc123',
        '--format',
        'json',
        '-q',
      ],
      { cwd },
    )
    const result = JSON.parse(published.stdout) as { digest: string; tags: string[] }
    assert.match(result.digest, /^sha256:[0-9a-f]{64}$/)
    assert.deepEqual(result.tags, ['abc123', 'v1'])
    const same = await run(node, [bin, 'diff', `oci-layout:${layout}:v1`, EXAMPLES], { cwd })
    assert.match(same.stdout, /no differences|identical/i)
    const other = await run(
      node,
      [bin, 'diff', `oci-layout:${layout}:v1`, join(ROOT, 'test/fixtures/corpus/shop-namespace')],
      { cwd },
    ).then(
      () => assert.fail('diff of different trees exited 0'),
      (error: unknown) => error as { code: number; stdout: string },
    )
    assert.equal(other.code, 1)
    assert.match(other.stdout, /Deployment/)
  })
}
