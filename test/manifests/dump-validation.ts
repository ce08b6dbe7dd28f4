/**
 * Prints everything validation read and found in DIR as one JSON document:
 * findings, and per object its file, line, value and the line locate() gives
 * for each of its leaf paths. Run in a child process, so that
 * CONFIGSYNC_OCI_YAML_FAST_PATH takes effect: ./fast-yaml-tree.test.ts
 * compares the output with the fast path on and off.
 *
 *   node test/manifests/dump-validation.ts DIR
 */
import { collectSource } from '../../src/manifests/collect.ts'
import { loadAndValidate } from '../../src/manifests/validate.ts'

type Path = (string | number)[]

/** Every path to a scalar (or empty collection) inside value. */
function leafPaths(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value)
  return entries.length === 0
    ? [prefix]
    : entries.flatMap(([key, child]) => leafPaths(child, [...prefix, key]))
}

// JSON would print NaN, ±Infinity as null and -0 as 0: spell them out.
const exact = (_key: string, value: unknown): unknown =>
  typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))
    ? `number:${Object.is(value, -0) ? '-0' : value}`
    : value

const dir = process.argv[2]
if (dir === undefined) throw new Error('usage: dump-validation.ts DIR')
const result = await loadAndValidate(await collectSource(dir))
const objects = result.objects.map((o) => ({
  file: o.file,
  line: o.line,
  object: o.object,
  lines: leafPaths(o.object).map((p) => o.locate(p)),
}))
process.stdout.write(`${JSON.stringify({ findings: result.findings, objects }, exact)}\n`)
