/**
 * `configsync-oci diff` over the shop fixture pair stored three ways:
 * directories, an OCI layout, and a real registry; the output must be the
 * same expected text whatever the source, and exit codes 0/1/2 must hold.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { runCliCaptured } from '../harness/cli-io.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'
import { expectedShopDiff, SHOP_NEW, SHOP_OLD, SHOP_SECRET_VALUES } from './diff-fixtures.ts'
import { pushDirectory } from './raw-publish.ts'

let reg: TestRegistry
let work: string
let layout: string
const digests: Record<string, string> = {}

before(async () => {
  reg = await startRegistry('plain')
  work = await makeTempDir('diff-itg')
  layout = join(work, 'layout')
  digests['old'] = (await pushDirectory(SHOP_OLD, `${reg.hostPort}/acme/shop`, ['old'])).digest
  digests['new'] = (await pushDirectory(SHOP_NEW, `${reg.hostPort}/acme/shop`, ['new'])).digest
  await pushDirectory(SHOP_OLD, `oci-layout:${layout}`, ['old'])
  await pushDirectory(SHOP_NEW, `oci-layout:${layout}`, ['new'])
})
after(async () => {
  await reg?.stop()
  await removeDir(work)
})

describe('the same expected output from every kind of source', () => {
  test('directories', async () => {
    const run = await runCliCaptured(['diff', SHOP_OLD, SHOP_NEW])
    assert.equal(run.code, 1, run.stderr)
    assert.equal(run.stdout, await expectedShopDiff('expected.txt', SHOP_OLD, SHOP_NEW))
  })
  test('an OCI layout, by tag', async () => {
    const [a, b] = [`oci-layout:${layout}:old`, `oci-layout:${layout}:new`]
    const run = await runCliCaptured(['diff', a, b])
    assert.equal(run.code, 1, run.stderr)
    assert.equal(
      run.stdout,
      await expectedShopDiff('expected.txt', `${a} ${digests['old']}`, `${b} ${digests['new']}`),
    )
  })
  test('registry references, by tag and by digest, as text and markdown', async () => {
    const a = `${reg.hostPort}/acme/shop:old`
    const b = `${reg.hostPort}/acme/shop@${digests['new']}`
    const text = await runCliCaptured(['diff', a, b])
    assert.equal(text.code, 1, text.stderr)
    assert.equal(
      text.stdout,
      await expectedShopDiff('expected.txt', `${a} ${digests['old']}`, `${b} ${digests['new']}`),
    )
    const markdown = await runCliCaptured(['diff', '--format', 'markdown', a, b])
    const expected = (await expectedShopDiff('expected.md', a, b)).replace(
      '| Digest | — | — |',
      `| Digest | \`${digests['old']}\` | \`${digests['new']}\` |`,
    )
    assert.equal(markdown.stdout, expected)
    for (const value of SHOP_SECRET_VALUES) assert.ok(!markdown.stdout.includes(value))
  })
  test('mixed: a registry artifact against the directory it came from is the same', async () => {
    const run = await runCliCaptured(['diff', `${reg.hostPort}/acme/shop:new`, SHOP_NEW, '--format', 'json'])
    assert.equal(run.code, 0, run.stderr)
    const parsed = JSON.parse(run.stdout) as {
      identical: boolean
      old: { diffId: string }
      new: { diffId: string }
    }
    assert.equal(parsed.identical, true)
    assert.equal(parsed.old.diffId, parsed.new.diffId, 'the published layer is the directory packed again')
  })
})

describe('exit codes', () => {
  test('0 when both name the same artifact', async () => {
    const run = await runCliCaptured(['diff', `${reg.hostPort}/acme/shop:old`, `oci-layout:${layout}:old`])
    assert.equal(run.code, 0, run.stderr)
    assert.match(run.stdout, /\nno differences\n$/)
  })
  test('2, never 1, for a reference that does not exist', async () => {
    const run = await runCliCaptured(['diff', `${reg.hostPort}/acme/shop:nope`, SHOP_NEW])
    assert.equal(run.code, 2)
    assert.equal(run.stdout, '')
    assert.match(run.stderr, /acme\/shop:nope was not found in 127\.0\.0\.1:\d+\/acme\/shop/)
  })
  test('2 for usage errors: one operand, a bad format, an operand that is neither', async () => {
    assert.equal((await runCliCaptured(['diff', SHOP_OLD])).code, 2)
    const format = await runCliCaptured(['diff', SHOP_OLD, SHOP_NEW, '--format', 'yaml'])
    assert.equal(format.code, 2)
    assert.match(format.stderr, /--format "yaml" is not supported/)
    const neither = await runCliCaptured(['diff', join(work, 'no-such-dir'), SHOP_NEW])
    assert.equal(neither.code, 2)
    assert.match(neither.stderr, /OLD directory ".*no-such-dir" does not exist/)
    const bare = await runCliCaptured(['diff', 'no-such-dir', SHOP_NEW])
    assert.equal(bare.code, 2)
    assert.match(bare.stderr, /neither a directory nor a reference with a tag or digest/)
  })
})
