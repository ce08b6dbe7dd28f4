import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'node:test'
import { promisify } from 'node:util'
import { runCliCaptured } from '../harness/cli-io.ts'
import { tempDirs, writeTree } from '../harness/tmp.ts'
import { assertTreesEqual, extractLayoutLayers, umociUnpack } from '../harness/verify.ts'

const run = promisify(execFile)
const temps = tempDirs()

const EXAMPLE = join(import.meta.dirname, '../../examples/namespace')
const SHA = '0123456789abcdef0123456789abcdef01234567'

test('publish to an OCI layout: skopeo reads it and umoci unpacks the source tree', async () => {
  const layout = join(await temps.make('cli-layout'), 'layout')
  const result = await runCliCaptured([
    'publish',
    '--dir',
    EXAMPLE,
    '--image',
    `oci-layout:${layout}:v1`,
    '--revision',
    SHA,
    '--created',
    '2026-01-02T03:04:05Z',
    '--format',
    'json',
    '-q',
  ])
  assert.equal(result.code, 0, result.stderr)
  const out = JSON.parse(result.stdout) as { digest: string; image: string; tags: string[] }
  assert.match(out.digest, /^sha256:[0-9a-f]{64}$/)
  assert.equal(out.image, `oci-layout:${layout}@${out.digest}`)
  assert.deepEqual(out.tags, [SHA, 'v1'])

  const { stdout } = await run('skopeo', ['inspect', '--raw', `oci:${layout}:${SHA}`])
  const manifest = JSON.parse(stdout) as {
    annotations: Record<string, string>
    layers: { mediaType: string }[]
  }
  assert.equal(manifest.annotations['org.opencontainers.image.revision'], SHA)
  assert.equal(manifest.annotations['org.opencontainers.image.created'], '2026-01-02T03:04:05Z')
  assert.equal(manifest.layers[0]?.mediaType, 'application/vnd.oci.image.layer.v1.tar+gzip')
  const inspected = JSON.parse((await run('skopeo', ['inspect', `oci:${layout}:v1`])).stdout) as {
    Digest: string
  }
  assert.equal(inspected.Digest, out.digest)

  const unpacked = await temps.make('cli-umoci')
  await umociUnpack(layout, 'v1', join(unpacked, 'rootfs'))
  await assertTreesEqual(EXAMPLE, join(unpacked, 'rootfs'))
  const extracted = await temps.make('cli-tar')
  await extractLayoutLayers(layout, SHA, extracted)
  await assertTreesEqual(EXAMPLE, extracted)
})

test('republishing the same commit gives the same digest and writes no blob', async () => {
  const layout = join(await temps.make('cli-layout2'), 'layout')
  const args = [
    'publish',
    '--dir',
    EXAMPLE,
    '--image',
    `oci-layout:${layout}`,
    '--revision',
    SHA,
    '--created',
    '2026-01-02T03:04:05Z',
    '--format',
    'json',
    '-q',
  ]
  const first = JSON.parse((await runCliCaptured(args)).stdout) as { digest: string; uploadedBlobs: number }
  const second = JSON.parse((await runCliCaptured(args)).stdout) as {
    digest: string
    uploadedBlobs: number
    skippedBlobs: number
  }
  assert.equal(second.digest, first.digest)
  assert.equal(first.uploadedBlobs, 2)
  assert.equal(second.uploadedBlobs, 0)
  assert.equal(second.skippedBlobs, 2)
  const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as { manifests: unknown[] }
  assert.equal(index.manifests.length, 1, 'the tag entry is replaced, not duplicated')
})

test('validate prints findings with code, file and line and exits 1 on errors', async () => {
  const dir = await temps.make('cli-bad')
  await writeTree(dir, {
    'ok.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ok\n',
    'bad.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [unclosed\n',
    'noname.yaml': '# header\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels: {}\n',
  })
  const text = await runCliCaptured(['validate', dir])
  assert.equal(text.code, 1)
  assert.match(text.stdout, /KNV2001 bad\.yaml:\d+ error: /)
  assert.match(text.stdout, /KNV2010 noname\.yaml:\d+ error: /)
  const json = await runCliCaptured(['validate', dir, '--format', 'json'])
  assert.equal(json.code, 1)
  const parsed = JSON.parse(json.stdout) as {
    findings: { code: string; severity: string; file: string; line: number; message: string }[]
  }
  const codes = parsed.findings.map((f) => `${f.code} ${f.file}`).sort()
  assert.deepEqual(codes, ['KNV2001 bad.yaml', 'KNV2010 noname.yaml'])
  for (const finding of parsed.findings) {
    assert.equal(finding.severity, 'error')
    assert.ok(finding.line > 0)
    assert.ok(finding.message.length > 0)
  }
})

test('validate exits 0 on a valid directory', async () => {
  const result = await runCliCaptured(['validate', EXAMPLE, '--format', 'json'])
  assert.equal(result.code, 0)
  assert.deepEqual(JSON.parse(result.stdout), { findings: [] })
})

test('publish stops on a validation error and writes nothing', async () => {
  const dir = await temps.make('cli-bad2')
  await writeTree(dir, {
    'a.yaml':
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n',
  })
  const layout = join(await temps.make('cli-layout3'), 'layout')
  const result = await runCliCaptured(['publish', '--dir', dir, '--image', `oci-layout:${layout}:v1`, '-q'])
  assert.equal(result.code, 1)
  assert.match(result.stderr, /KNV1029 a\.yaml:\d+/)
  assert.match(result.stderr, /nothing was pushed/)
  await assert.rejects(readFile(join(layout, 'index.json')), /ENOENT/)
})

test('usage errors exit 2 with a message naming the flag or value', async () => {
  const cases: [string[], RegExp][] = [
    [['frobnicate'], /unknown command "frobnicate"/],
    [['publish', '--dir', EXAMPLE], /--image is required/],
    [['publish', '--dir', EXAMPLE, '--image', 'Bad Ref!'], /image/],
    [['publish', '--dir', EXAMPLE, '--image', 'oci-layout:x', '--tag', 'no spaces'], /no spaces/],
    [['publish', '--dir', EXAMPLE, '--image', 'oci-layout:x', '--annotation', 'novalue'], /key=value/],
    [['publish', '--dir', EXAMPLE, '--image', 'oci-layout:x', '--format', 'yaml'], /--format "yaml"/],
    [['publish', '--dir', EXAMPLE, '--image', 'oci-layout:x', '--username', 'u'], /--password-stdin/],
    [['validate', '--bogus'], /bogus/],
  ]
  for (const [argv, pattern] of cases) {
    const result = await runCliCaptured(argv)
    assert.equal(result.code, 2, `${argv.join(' ')}: ${result.stderr}`)
    assert.match(result.stderr, pattern, argv.join(' '))
  }
})

test('a missing directory is a clear error naming it', async () => {
  const result = await runCliCaptured(['validate', '/nonexistent/config-dir'])
  assert.notEqual(result.code, 0)
  assert.match(result.stderr, /\/nonexistent\/config-dir/)
})

test('help documents every publish flag', async () => {
  const result = await runCliCaptured(['help', 'publish'])
  assert.equal(result.code, 0)
  for (const flag of [
    '--image',
    '--dir',
    '--tag',
    '--annotation',
    '--ignore',
    '--username',
    '--password-stdin',
    '--insecure',
    '--ca-file',
    '--format',
  ]) {
    assert.ok(result.stdout.includes(flag), flag)
  }
})
