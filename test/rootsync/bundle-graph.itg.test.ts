/**
 * @kubernetes/client-node 2 (through undici 8) crashes at import on Node 20,
 * so the bundle must reach it only through a dynamic import(): walk the
 * static imports of dist/index.js and dist/cli.js and check that none of
 * the chunks they load holds client-node, while a lazily loaded one does.
 */
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { dirname, join, normalize } from 'node:path'
import { test } from 'node:test'

const DIST = process.env['CONFIGSYNC_OCI_DIST'] ?? join(import.meta.dirname, '../../dist')
/** Text only client-node 2's code carries: undici 8's zstd support and client-node's KubeConfig loader. */
const CLIENT_NODE_MARKERS = ['createZstdDecompress', 'loadFromDefault(']

async function importsOf(file: string): Promise<{ statics: string[]; dynamics: string[] }> {
  const text = await readFile(join(DIST, file), 'utf8')
  const resolve = (spec: string): string => normalize(join(dirname(file), spec))
  // esbuild names its own files ./chunks/NAME-HASH.js (from an entry) and ./NAME-HASH.js (between chunks).
  const statics = [
    ...text.matchAll(
      /(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'"();]*?from\s*)?["'](\.\/(?:chunks\/)?[\w.-]+-[A-Z0-9]{8}\.js)["']/g,
    ),
  ].map((m) => resolve(m[1]!))
  const dynamics = [
    ...text.matchAll(/import\(\s*["'](\.\/(?:chunks\/)?[\w.-]+-[A-Z0-9]{8}\.js)["']\s*\)/g),
  ].map((m) => resolve(m[1]!))
  return { statics, dynamics }
}

async function staticClosure(entry: string): Promise<{ files: Set<string>; dynamics: Set<string> }> {
  const files = new Set<string>()
  const dynamics = new Set<string>()
  const stack = [entry]
  while (stack.length > 0) {
    const file = stack.pop()!
    if (files.has(file)) continue
    files.add(file)
    const found = await importsOf(file)
    stack.push(...found.statics)
    for (const d of found.dynamics) dynamics.add(d)
  }
  return { files, dynamics }
}

async function holdsClientNode(file: string): Promise<boolean> {
  const text = await readFile(join(DIST, file), 'utf8')
  return CLIENT_NODE_MARKERS.every((marker) => text.includes(marker))
}

for (const entry of ['index.js', 'cli.js']) {
  test(`${entry} loads client-node only through a dynamic import`, async () => {
    const { files, dynamics } = await staticClosure(entry)
    for (const file of files)
      assert.equal(await holdsClientNode(file), false, `${file} is loaded at startup and holds client-node`)
    // Every chunk reachable through dynamic imports, at any depth (the CLI's commands are themselves loaded lazily).
    const reachable = new Set<string>()
    const pending = [...dynamics].filter((d) => !files.has(d))
    while (pending.length > 0) {
      const next = pending.pop()!
      if (reachable.has(next)) continue
      const closure = await staticClosure(next)
      for (const f of closure.files) reachable.add(f)
      pending.push(...[...closure.dynamics].filter((d) => !files.has(d) && !reachable.has(d)))
    }
    const withClient = (
      await Promise.all([...reachable].map(async (f) => ((await holdsClientNode(f)) ? f : '')))
    ).filter((f) => f !== '')
    assert.ok(
      withClient.length > 0,
      'some lazily loaded chunk holds client-node (the markers still match the bundle)',
    )
  })
}
