/**
 * One validation of DIR in a process of its own, as `configsync-oci validate`
 * runs it: collect, then read, parse and validate with or without the schema
 * checks (whose code is loaded on first use). Prints one JSON line of timings.
 */
import { collectSource } from '../src/manifests/collect.ts'
import { loadAndValidate } from '../src/manifests/validate.ts'

const [dir, mode] = process.argv.slice(2)
if (dir === undefined || (mode !== 'schema' && mode !== 'no-schema')) throw new Error('usage: validate-stages.ts DIR schema|no-schema')
const t0 = performance.now()
const tree = await collectSource(dir)
const t1 = performance.now()
const loaded = await loadAndValidate(tree, { schemaChecks: mode === 'schema' })
const t2 = performance.now()
// CPU time of the whole process (start-up included): on a shared machine it moves less than wall time.
const cpu = process.cpuUsage()
process.stdout.write(
  `${JSON.stringify({ files: tree.fileCount, objects: loaded.objects.length, findings: loaded.findings.length, collectMs: t1 - t0, validateMs: t2 - t1, cpuMs: (cpu.user + cpu.system) / 1000 })}\n`,
)
