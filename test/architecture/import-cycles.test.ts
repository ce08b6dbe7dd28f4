/**
 * Issue 13: no import cycles in src/. A cycle means neither module can be
 * read, tested or moved without the other; a port belongs next to its
 * consumer, so the adapter imports the consumer's folder and never the
 * reverse.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { join } from 'node:path'
import { findCycles, importGraph } from './import-graph.ts'

const ROOT = join(import.meta.dirname, '../..')

test('src/ has no import cycles (static, type-only or dynamic imports)', async () => {
  const graph = await importGraph(ROOT, 'src')
  assert.ok(graph.size > 100, `read only ${graph.size} modules under src/`)
  const cycles = findCycles(graph)
  assert.deepEqual(
    cycles.map((cycle) => [...cycle, cycle[0]].join(' → ')),
    [],
  )
})

test('findCycles names a cycle and ignores a diamond', () => {
  const graph = new Map([
    ['a.ts', ['b.ts', 'c.ts']],
    ['b.ts', ['d.ts']],
    ['c.ts', ['d.ts']],
    ['d.ts', []],
    ['x.ts', ['y.ts']],
    ['y.ts', ['z.ts']],
    ['z.ts', ['x.ts']],
    ['self.ts', ['self.ts']],
  ])
  assert.deepEqual(findCycles(graph), [['self.ts'], ['x.ts', 'y.ts', 'z.ts']])
})

test('importGraph reads static, type-only and dynamic imports', async () => {
  const graph = await importGraph(ROOT, 'src')
  // type-only import
  assert.ok(graph.get('src/pipeline/publish.ts')?.includes('src/logger.ts'))
  // dynamic import()
  assert.ok(graph.get('src/rootsync/cluster-loader.ts')?.some((m) => m.startsWith('src/rootsync/cluster/')))
})

test('only src/action/ reads inputs or imports @actions/core; the GitHub writers are imported by the action and its modes only', async () => {
  const { readFile } = await import('node:fs/promises')
  const graph = await importGraph(ROOT, 'src')
  const offenders: string[] = []
  for (const [module, imports] of graph) {
    const text = await readFile(join(ROOT, module), 'utf8')
    const inAction = module.startsWith('src/action/')
    if (!inAction && /from '@actions\/core'|getInput\(|getBooleanInput\(/.test(text))
      offenders.push(`${module} reads inputs or @actions/core`)
    if (
      !inAction &&
      !module.startsWith('src/pipeline/') &&
      imports.some((m) => m.startsWith('src/action/github/'))
    )
      offenders.push(`${module} imports src/action/github/`)
    if (module.startsWith('src/pipeline/') && /\bcontext\.read\b|InputReader/.test(text))
      offenders.push(`${module} reads raw inputs`)
  }
  assert.deepEqual(offenders, [])
})
