/**
 * One validation of DIR in a process of its own, as `configsync-oci validate`
 * runs it: the validation worker starts, the tree is collected meanwhile,
 * then read, parsed and validated in the worker with or without the schema
 * checks. Prints one JSON line of timings.
 */
import { collectSource } from '../src/manifests/collect.ts'
import { startValidator } from '../src/manifests/validate-isolated.ts'

const [dir, mode] = process.argv.slice(2)
if (dir === undefined || (mode !== 'schema' && mode !== 'no-schema'))
  throw new Error('usage: validate-stages.ts DIR schema|no-schema')
const t0 = performance.now()
const validator = startValidator({ schemaChecks: mode === 'schema' })
const tree = await collectSource(dir)
const t1 = performance.now()
const loaded = await validator.validate(tree)
const t2 = performance.now()
// CPU time of the whole process (start-up included): on a shared machine it moves less than wall time.
const cpu = process.cpuUsage()
process.stdout.write(
  `${JSON.stringify({ files: tree.fileCount, objects: loaded.objectCount, findings: loaded.findings.length, collectMs: t1 - t0, validateMs: t2 - t1, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
)
