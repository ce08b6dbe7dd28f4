/**
 * Validation of the 5,015-file synthetic repository, with and without the
 * schema checks, each run in a fresh process from a bundle built like the
 * product's (ESM, code splitting, so the schema checks load as their own
 * chunk on first use; validation in its worker thread, as the product runs
 * it). Prints the median and range of several runs.
 *
 *   node_modules/.bin/node bench/validate-bench.ts    (BENCH_ROUNDS, default 5; BENCH_NODE another node)
 *
 * collectMs: collect; validateMs: read, parse, validate (and the schema checks);
 * totalMs: both; wallMs: the whole process; cpuMs: its CPU time (user + system);
 * maxRssMb: its peak RSS (the worker's included).
 */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { makeTempDir, removeDir } from '../test/harness/tmp.ts'
import { bundleLikeDist } from './bundle-like-dist.ts'
import { writeSyntheticRepo } from './synthetic-repo.ts'

const run = promisify(execFile)
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5)
const NODE = process.env['BENCH_NODE'] ?? process.execPath

const work = await makeTempDir('validate-bench')
try {
  const repo = join(work, 'repo')
  const files = await writeSyntheticRepo(repo)
  const stages = await bundleLikeDist('validate-stages', join(work, 'bundle'))
  console.log(
    `synthetic repo: ${files} files; ${ROUNDS} fresh processes per mode; ${NODE}; median [min–max] ms\n`,
  )
  const runs: Record<string, Record<string, number>[]> = { 'no-schema': [], schema: [] }
  // Interleaved, so that load from other work on the machine falls on both modes alike.
  for (let i = 0; i < ROUNDS; i++)
    for (const mode of ['no-schema', 'schema'] as const) runs[mode]!.push(await measure(stages, repo, mode))
  for (const [mode, results] of Object.entries(runs)) {
    const findings = results[0]?.['findings']
    const line = ['collectMs', 'validateMs', 'totalMs', 'wallMs', 'cpuMs', 'maxRssMb']
      .map((key) => `${key} ${stat(results, key)}`)
      .join('  ')
    console.log(`${mode.padEnd(9)}  ${line}  findings ${findings}`)
  }
} finally {
  await removeDir(work)
}

async function measure(stages: string, repo: string, mode: string): Promise<Record<string, number>> {
  const start = performance.now()
  const { stdout } = await run(NODE, [stages, repo, mode], { maxBuffer: 1 << 20 })
  const wallMs = performance.now() - start
  const result = JSON.parse(stdout) as Record<string, number>
  return { ...result, totalMs: result['collectMs']! + result['validateMs']!, wallMs }
}

function stat(runs: readonly Record<string, number>[], key: string): string {
  const values = runs.map((r) => r[key]!).sort((a, b) => a - b)
  const median = values[Math.floor(values.length / 2)]!
  return `${median.toFixed(0)} [${values[0]!.toFixed(0)}–${values.at(-1)!.toFixed(0)}]`
}
