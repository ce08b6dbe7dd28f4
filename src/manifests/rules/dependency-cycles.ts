/**
 * Cycles in the apply-order graph cli-utils builds (graph/depends.go,
 * graph/graph.go): explicit edges from depends-on and apply-time-mutation,
 * plus the implicit ones it adds itself (a custom resource waits for its CRD,
 * a namespaced object for its Namespace). Tarjan's algorithm, iterative so a
 * deep chain cannot overflow the stack: O(vertices + edges).
 */

/** A directed graph over string keys. */
export type Graph = ReadonlyMap<string, ReadonlySet<string>>

/** Each strongly connected component that is a cycle (more than one vertex, or a vertex with an edge to itself). */
export function findCycles(graph: Graph): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const onStack = new Set<string>()
  const stack: string[] = []
  const cycles: string[][] = []
  let next = 0
  for (const start of graph.keys()) {
    if (index.has(start)) continue
    // Each frame: a vertex and an iterator over its successors.
    const frames: Array<{ v: string; it: Iterator<string> }> = []
    const visit = (v: string): void => {
      index.set(v, next)
      low.set(v, next++)
      stack.push(v)
      onStack.add(v)
      frames.push({ v, it: (graph.get(v) ?? new Set<string>()).values() })
    }
    visit(start)
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!
      const step = frame.it.next()
      if (!step.done) {
        const w = step.value
        if (!index.has(w)) visit(w)
        else if (onStack.has(w)) low.set(frame.v, Math.min(low.get(frame.v)!, index.get(w)!))
        continue
      }
      frames.pop()
      const parent = frames[frames.length - 1]
      if (parent !== undefined) low.set(parent.v, Math.min(low.get(parent.v)!, low.get(frame.v)!))
      if (low.get(frame.v) === index.get(frame.v)) {
        const cycle = component(frame.v, stack, onStack, graph)
        if (cycle !== undefined) cycles.push(cycle)
      }
    }
  }
  return cycles
}

function component(root: string, stack: string[], onStack: Set<string>, graph: Graph): string[] | undefined {
  const members: string[] = []
  for (;;) {
    const w = stack.pop()!
    onStack.delete(w)
    members.push(w)
    if (w === root) break
  }
  const isCycle = members.length > 1 || graph.get(root)?.has(root) === true
  return isCycle ? members.sort() : undefined
}
