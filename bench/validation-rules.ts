/**
 * How long the validation rules take on the synthetic 5,000-manifest
 * repository (bench/synthetic-repo.ts), schema checks off: collect, read and
 * parse, then the rule pipeline, each round in a fresh process so the rules
 * run cold as they do in the CLI and the action. Prints the median and the
 * minimum of ROUNDS (default 5). Run: node bench/validation-rules.ts
 */
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { collectSource } from '../src/manifests/collect.ts'
import { isManifestPath, parseManifestFile } from '../src/manifests/parse.ts'
import { validateObjects } from '../src/manifests/validate.ts'
import { makeTempDir, removeDir } from '../test/harness/tmp.ts'
import { writeSyntheticRepo } from './synthetic-repo.ts'

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5)

/** One cold round over dir: prints {collectMs, parseMs, rulesMs, findings} as JSON. */
async function round(dir: string): Promise<void> {
  const t0 = performance.now()
  const tree = await collectSource(dir)
  const t1 = performance.now()
  const objects = tree.entries.flatMap((e) =>
    e.kind === 'file' && isManifestPath(e.path)
      ? parseManifestFile(e.path, readFileSync(e.absPath, 'utf8')).objects
      : [],
  )
  const t2 = performance.now()
  const findings = validateObjects(objects)
  const t3 = performance.now()
  process.stdout.write(
    `${JSON.stringify({ collectMs: t1 - t0, parseMs: t2 - t1, rulesMs: t3 - t2, objects: objects.length, findings: findings.length })}\n`,
  )
}

if (process.argv[2] === '--round') {
  await round(process.argv[3]!)
} else {
  const work = await makeTempDir('bench-rules')
  try {
    const files = await writeSyntheticRepo(work)
    const results: Array<Record<string, number>> = []
    for (let i = 0; i < ROUNDS; i++) {
      const { stdout } = await promisify(execFile)(process.execPath, [import.meta.filename, '--round', work])
      results.push(JSON.parse(stdout) as Record<string, number>)
    }
    console.log(
      `synthetic repo: ${files} files, ${results[0]!['objects']} objects, ${results[0]!['findings']} findings; ${ROUNDS} cold rounds`,
    )
    for (const key of ['collectMs', 'parseMs', 'rulesMs']) {
      const values = results.map((r) => r[key]!).sort((a, b) => a - b)
      console.log(
        `${key.padEnd(10)} median ${values[Math.floor(values.length / 2)]!.toFixed(0)} ms, min ${values[0]!.toFixed(0)} ms`,
      )
    }
    const totals = results.map((r) => r['collectMs']! + r['parseMs']! + r['rulesMs']!).sort((a, b) => a - b)
    console.log(
      `total      median ${totals[Math.floor(totals.length / 2)]!.toFixed(0)} ms, min ${totals[0]!.toFixed(0)} ms`,
    )
  } finally {
    await removeDir(work)
  }
}
