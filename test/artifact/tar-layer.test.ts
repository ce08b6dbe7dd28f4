import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { chmod, mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'node:test'
import { promisify } from 'node:util'
import { gunzipSync } from 'node:zlib'
import { packLayer } from '../../src/artifact/tar-layer.ts'
import { collectSource } from '../../src/manifests/collect.ts'
import { SourceError } from '../../src/errors.ts'
import { tempDirs } from '../harness/tmp.ts'

const run = promisify(execFile)
const dirs = tempDirs()
const FILES: Record<string, string> = {
  'namespaces/a/ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n',
  'namespaces/a-b.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a-b\n',
  'cluster/role.yaml': 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: r\n',
  'README.md': '# config\n',
  'hack/run.sh': '#!/bin/sh\necho hi\n',
  [`deep/${'x'.repeat(120)}/file.yaml`]: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: long\n',
  'ünïcode/名前.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: u\n',
}

/** Writes FILES in the given order with the given modes and times. */
async function makeTree(
  order: string[],
  variant: { fileMode: number; dirMode: number; mtime: Date },
): Promise<string> {
  const root = await dirs.make('tar-layer-')
  for (const rel of order) {
    const path = join(root, rel)
    await mkdir(join(path, '..'), { recursive: true })
    await writeFile(path, FILES[rel]!)
    await chmod(path, rel.endsWith('.sh') ? variant.fileMode | 0o100 : variant.fileMode)
    await utimes(path, variant.mtime, variant.mtime)
  }
  for (const rel of order) {
    const parent = join(root, rel, '..')
    await chmod(parent, variant.dirMode)
    await utimes(parent, variant.mtime, variant.mtime)
  }
  return root
}

async function pack(root: string) {
  const out = await dirs.make('tar-out-')
  return packLayer(await collectSource(root), join(out, 'layer.tar.gz'))
}

test('the same content gives the same bytes whatever the mtimes, modes and creation order', async () => {
  const names = Object.keys(FILES)
  const first = await makeTree(names, {
    fileMode: 0o644,
    dirMode: 0o755,
    mtime: new Date('2020-01-01T00:00:00Z'),
  })
  const second = await makeTree([...names].reverse(), {
    fileMode: 0o600,
    dirMode: 0o700,
    mtime: new Date('2025-06-30T12:34:56Z'),
  })
  const a = await pack(first)
  const b = await pack(second)
  assert.equal(a.digest, b.digest)
  assert.equal(a.diffId, b.diffId)
  assert.deepEqual(await readFile(a.path), await readFile(b.path))
  assert.equal(a.fileCount, names.length)
})

test('different content gives a different digest', async () => {
  const names = Object.keys(FILES)
  const root = await makeTree(names, { fileMode: 0o644, dirMode: 0o755, mtime: new Date(0) })
  const before = await pack(root)
  await writeFile(join(root, 'README.md'), '# config!\n')
  const afterChange = await pack(root)
  assert.notEqual(before.digest, afterChange.digest)
  assert.notEqual(before.diffId, afterChange.diffId)
})

test('entries follow CONFIG-SYNC.md §1.7: sorted, dirs first, fixed modes, owners and times', async () => {
  const root = await makeTree(Object.keys(FILES), { fileMode: 0o600, dirMode: 0o700, mtime: new Date() })
  const layer = await pack(root)
  const { stdout } = await run('tar', ['--numeric-owner', '--full-time', '-tvzf', layer.path], {
    env: { ...process.env, TZ: 'UTC', LC_ALL: 'C.UTF-8' },
  })
  const rows = stdout
    .trim()
    .split('\n')
    .map((line) => line.split(/\s+/))
  const names = rows.map((r) => r.slice(5).join(' '))
  assert.deepEqual(names, [
    'README.md',
    'cluster/',
    'cluster/role.yaml',
    'deep/',
    `deep/${'x'.repeat(120)}/`,
    `deep/${'x'.repeat(120)}/file.yaml`,
    'hack/',
    'hack/run.sh',
    'namespaces/',
    'namespaces/a/',
    'namespaces/a/ns.yaml',
    'namespaces/a-b.yaml',
    'ünïcode/',
    'ünïcode/名前.yaml',
  ])
  for (const [perm, owner, , date, , ...name] of rows) {
    const isDir = name.join(' ').endsWith('/')
    const expected = isDir ? 'drwxr-xr-x' : name.join(' ').endsWith('.sh') ? '-rwxr-xr-x' : '-rw-r--r--'
    assert.equal(perm, expected, name.join(' '))
    assert.equal(owner, '0/0')
    assert.equal(date, '1970-01-01')
  }
})

test('the layer has no PAX global header and a pinned gzip header', async () => {
  const root = await makeTree(Object.keys(FILES), { fileMode: 0o644, dirMode: 0o755, mtime: new Date() })
  const layer = await pack(root)
  const gz = await readFile(layer.path)
  assert.equal(gz[9], 3, 'gzip OS byte is pinned to Unix')
  assert.deepEqual([...gz.subarray(4, 8)], [0, 0, 0, 0], 'gzip mtime is zero')
  const tarBytes = gunzipSync(gz)
  assert.equal(tarBytes.length, layer.uncompressedSize)
  for (let offset = 0; offset + 512 <= tarBytes.length; offset += 512) {
    assert.notEqual(String.fromCharCode(tarBytes[offset + 156]!), 'g', 'no global header')
  }
})

test('a large file is streamed and packed intact', async () => {
  const root = await dirs.make('tar-large-')
  const big = Buffer.alloc(6 * 1024 * 1024 + 17, 'k')
  await writeFile(join(root, 'big.bin'), big)
  const layer = await pack(root)
  const extractTo = await dirs.make('tar-large-x-')
  await run('tar', ['-xzf', layer.path, '-C', extractTo])
  assert.deepEqual(await readFile(join(extractTo, 'big.bin')), big)
})

test('a file that vanishes between collect and pack is a clear error, not a hang', async () => {
  const root = await dirs.make('tar-vanish-')
  await writeFile(join(root, 'a.yaml'), 'a: 1\n')
  await writeFile(join(root, 'b.yaml'), 'b: 1\n')
  const tree = await collectSource(root)
  await rm(join(root, 'b.yaml'))
  const out = await dirs.make('tar-vanish-out-')
  await assert.rejects(
    packLayer(tree, join(out, 'layer.tar.gz')),
    (error: unknown) => error instanceof SourceError && /could not pack b\.yaml/.test(error.message),
  )
})

test('a file that grows or shrinks after collect is a clear error naming it', async () => {
  for (const [label, content] of [
    ['grew', 'a: 1\nb: 2\n'],
    ['shrank', 'a\n'],
  ] as const) {
    const root = await dirs.make(`tar-${label}-`)
    await writeFile(join(root, 'a.yaml'), 'a: 1\n')
    await writeFile(join(root, 'z.yaml'), 'z: 1\n')
    const tree = await collectSource(root)
    await writeFile(join(root, 'a.yaml'), content)
    const out = await dirs.make(`tar-${label}-out-`)
    await assert.rejects(
      packLayer(tree, join(out, 'layer.tar.gz')),
      (error: unknown) =>
        error instanceof SourceError && /could not pack a\.yaml: the file changed/.test(error.message),
      label,
    )
  }
})

test('a tree of many blocks: gunzip gives back exactly the tar the digests describe, and GNU tar extracts every file', async () => {
  const root = await dirs.make('tar-blocks-')
  const expected = new Map<string, Buffer>()
  // About 5 MiB of tar in files of awkward sizes, so entries straddle the 1 MiB gzip blocks.
  for (let i = 0; i < 1200; i++) {
    const rel = `d${i % 7}/f-${i}.bin`
    const content = randomBytes(1 + ((i * 2654435761) % 7919))
    await mkdir(join(root, `d${i % 7}`), { recursive: true })
    await writeFile(join(root, rel), content)
    expected.set(rel, content)
  }
  const first = await pack(root)
  const second = await pack(root)
  assert.equal(first.digest, second.digest, 'the same tree gives the same layer')
  const tarBytes = gunzipSync(await readFile(first.path))
  assert.equal(tarBytes.length, first.uncompressedSize)
  assert.ok(tarBytes.length > 4 * 1024 * 1024, `tar of ${tarBytes.length} bytes spans several blocks`)
  assert.equal(`sha256:${createHash('sha256').update(tarBytes).digest('hex')}`, first.diffId)
  assert.equal(
    `sha256:${createHash('sha256')
      .update(await readFile(first.path))
      .digest('hex')}`,
    first.digest,
  )
  await run('gzip', ['-t', first.path])
  const extractTo = await dirs.make('tar-blocks-x-')
  await run('tar', ['-xzf', first.path, '-C', extractTo])
  for (const [rel, content] of expected) assert.deepEqual(await readFile(join(extractTo, rel)), content, rel)
})
