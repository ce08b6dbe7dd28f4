import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { promisify } from 'node:util'
import { makeTempDir, removeDir } from '../harness/tmp.ts'

// The release script refuses before it tests or tags anything: a version that is not X.Y.Z, an unknown
// option, a dirty tree, a version package.json does not carry. Run in a clean clone of this repository.
const run = promisify(execFile)
const ROOT = join(import.meta.dirname, '../..')
let clone = ''

before(async () => {
  clone = join(await makeTempDir('release'), 'repo')
  await run('git', ['clone', '-q', '--no-hardlinks', ROOT, clone])
})
after(async () => {
  if (clone !== '') await removeDir(join(clone, '..'))
})

async function release(...args: string[]): Promise<{ code: number; stderr: string }> {
  return run('bash', ['scripts/release.sh', ...args], { cwd: clone }).then(
    () => ({ code: 0, stderr: '' }),
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  )
}

async function tags(): Promise<string> {
  return (await run('git', ['tag', '--list'], { cwd: clone })).stdout
}

test('a version that is not X.Y.Z, or an unknown option, is a usage error', async () => {
  assert.deepEqual(await release('v1.2'), {
    code: 2,
    stderr:
      "scripts/release.sh: version 'v1.2' is not X.Y.Z\nusage: scripts/release.sh X.Y.Z [--push|--dry-run]\n",
  })
  const option = await release('1.2.3', '--force')
  assert.equal(option.code, 2)
  assert.match(option.stderr, /unknown option '--force'/)
})

test('a version package.json does not carry is refused, and nothing is tagged', async () => {
  const refused = await release('9.9.9')
  assert.equal(refused.code, 1)
  assert.match(refused.stderr, /package\.json says version \d+\.\d+\.\d+, not 9\.9\.9/)
  assert.equal(await tags(), '')
})

test('a dirty work tree is refused', async () => {
  await run('bash', ['-c', 'echo change >> README.md'], { cwd: clone })
  const refused = await release('9.9.9')
  assert.equal(refused.code, 1)
  assert.match(refused.stderr, /uncommitted changes/)
  assert.equal(await tags(), '')
})
