/**
 * The import graph of src/: every relative specifier of every module,
 * static, type-only and dynamic (`import('…')`, `typeof import('…')`), since
 * each one ties two modules together for whoever reads or changes them.
 */
import { readdir, readFile } from 'node:fs/promises'
import { dirname, join, relative, resolve, sep } from 'node:path'

/** Module (path relative to the root, '/'-separated) → the modules it imports. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])(\.{1,2}\/[^'"]+)\1/gm

/** Reads every .ts file under dir (relative to root) and its relative imports. */
export async function importGraph(root: string, dir: string): Promise<ImportGraph> {
  const graph = new Map<string, string[]>()
  for (const file of await tsFiles(join(root, dir))) {
    const text = await readFile(file, 'utf8')
    const targets = new Set<string>()
    for (const match of text.matchAll(SPECIFIER)) targets.add(toKey(root, resolve(dirname(file), match[2]!)))
    graph.set(toKey(root, file), [...targets].sort())
  }
  return graph
}

/** Every import cycle, each as the modules on it in order, starting at its smallest name. */
export function findCycles(graph: ImportGraph): string[][] {
  const cycles: string[][] = []
  for (const component of stronglyConnected(graph)) {
    if (component.length === 1 && !(graph.get(component[0]!) ?? []).includes(component[0]!)) continue
    cycles.push(oneCycle(graph, new Set(component)))
  }
  return cycles.sort((a, b) => a[0]!.localeCompare(b[0]!))
}

/** A shortest cycle through the smallest module of a strongly connected component. */
function oneCycle(graph: ImportGraph, members: ReadonlySet<string>): string[] {
  const start = [...members].sort()[0]!
  const previous = new Map<string, string>()
  const queue = [start]
  while (queue.length > 0) {
    const node = queue.shift()!
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue
      if (next === start) {
        const path = [node]
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!)
        return path
      }
      if (!previous.has(next)) {
        previous.set(next, node)
        queue.push(next)
      }
    }
  }
  return [start]
}

/** Tarjan's algorithm, iterative enough for a few hundred modules. */
function stronglyConnected(graph: ImportGraph): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const components: string[][] = []
  const visit = (node: string): void => {
    index.set(node, counter)
    low.set(node, counter)
    counter++
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!))
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      components.push(component)
    }
  }
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node)
  return components
}

async function tsFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name))
    .sort()
}

function toKey(root: string, file: string): string {
  return relative(root, file).split(sep).join('/')
}
