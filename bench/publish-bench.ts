/**
 * npm run bench: publish a synthetic 5,000-manifest repository to a local
 * registry and print our figures beside a baseline measured in the same run
 * (GNU tar | gzip -6 of the same tree, then curl POST+PUT of its output).
 */
import { execFile, spawn } from 'node:child_process'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { startRegistry } from '../test/harness/registry.ts'
import { makeTempDir, removeDir } from '../test/harness/tmp.ts'
import { bundleLikeDist } from './bundle-like-dist.ts'
import { writeSyntheticRepo } from './synthetic-repo.ts'
import { bundleCli, goPipeline, ORAS_PEER, ourPublish, startUp } from './whole-process.ts'
import { loadavg } from 'node:os'

const run = promisify(execFile)
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3)

const work = await makeTempDir('bench')
let stagesBundle: string | undefined
const registry = await startRegistry('plain')
try {
  const repo = join(work, 'repo')
  const files = await writeSyntheticRepo(repo)
  const sizes = await run('du', ['-sb', repo])
  console.log(
    `synthetic repo: ${files} files, ${sizes.stdout.split('\t')[0]} bytes; ${ROUNDS} rounds, median shown\n`,
  )
  const ours: Record<string, number>[] = []
  const baseline: Record<string, number>[] = []
  for (let round = 0; round < ROUNDS; round++) {
    ours.push(await measureOurs(repo, `${registry.hostPort}/bench/ours-${round}`))
    baseline.push(
      await measureBaseline(
        repo,
        join(work, `baseline-${round}.tar.gz`),
        registry.url,
        `bench/base-${round}`,
      ),
    )
  }
  // Whole processes, interleaved so the machine's load falls on both alike (issue 17).
  const cli = await bundleCli(join(work, 'cli-bundle'))
  const whole: Record<string, number>[] = []
  let peer = true
  for (let round = 0; round < ROUNDS; round++) {
    const oursMs = await ourPublish(cli, repo, `${registry.hostPort}/bench/whole-${round}:bench`)
    const goMs = await goPipeline(
      repo,
      join(work, `go-${round}.tar.gz`),
      `${registry.hostPort}/bench/go-${round}:bench`,
    )
    if (goMs === undefined) peer = false
    whole.push({ oursMs, goMs: goMs ?? Number.NaN, ...(await startUp(cli)) })
  }
  const w = medians(whole)
  const o = medians(ours)
  const b = medians(baseline)
  const rows: [string, string, string][] = [
    ['collect + validate', ms(o['collectMs']! + o['validateMs']!), '(no validation)'],
    ['  of which collect', ms(o['collectMs']!), ''],
    ['pack (tar + gzip -6)', ms(o['packMs']!), ms(b['packMs']!)],
    ['push to local registry', ms(o['pushMs']!), ms(b['pushMs']!)],
    ['pack + push', ms(o['packMs']! + o['pushMs']!), ms(b['packMs']! + b['pushMs']!)],
    ['republish unchanged', `${ms(o['republishMs']!)}, ${o['republishUploaded']} blobs uploaded`, ''],
    ['layer size', `${o['gzBytes']} B (tar ${o['tarBytes']} B)`, `${b['gzBytes']} B`],
    ['peak RSS (whole process)', `${o['maxRssMb']!.toFixed(0)} MB`, ''],
  ]
  console.log(table(['measure', 'configsync-oci', 'tar | gzip -6 + curl'], rows))
  console.log(
    `\nwhole process (fresh processes, medians of ${ROUNDS}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
  )
  const ratio = (a: number, b: number): string => (Number.isNaN(b) ? 'n/a' : `${(a / b).toFixed(2)}×`)
  console.log(
    table(
      ['measure', 'configsync-oci', 'baseline', 'ratio'],
      [
        [
          'publish, schema checks on',
          ms(w['oursMs']!),
          peer ? `${ms(w['goMs']!)} (tar | gzip -6 + oras-go)` : `(no oras-go peer at ${ORAS_PEER})`,
          ratio(w['oursMs']!, w['goMs']!),
        ],
        [
          '--help over node -e 0',
          ms(w['helpMs']! - w['bareMs']!),
          `${ms(w['bareMs']!)} (node -e 0)`,
          ratio(w['helpMs']!, w['bareMs']!),
        ],
      ],
    ),
  )
  console.log(`\nobjects validated: ${o['objects']}, validation errors: ${o['errors']}`)
} finally {
  await registry.stop()
  await removeDir(work)
}

async function measureOurs(repo: string, image: string): Promise<Record<string, number>> {
  stagesBundle ??= await bundleLikeDist('publish-stages', join(work, 'bundle'))
  const { stdout } = await run(process.execPath, [stagesBundle, repo, image], { maxBuffer: 1 << 20 })
  return JSON.parse(stdout) as Record<string, number>
}

async function measureBaseline(
  repo: string,
  out: string,
  url: string,
  name: string,
): Promise<Record<string, number>> {
  const t0 = performance.now()
  await shell(
    `tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 --format=posix -C '${repo}' -cf - . | gzip -n -6 > '${out}'`,
  )
  const t1 = performance.now()
  const digest = `sha256:${(await run('sha256sum', [out])).stdout.split(' ')[0]}`
  const t2 = performance.now()
  const { stdout } = await run('curl', [
    '-sS',
    '-D',
    '-',
    '-o',
    '/dev/null',
    '-X',
    'POST',
    `${url}/v2/${name}/blobs/uploads/`,
  ])
  const location = /^location: (.+)$/im.exec(stdout)?.[1]?.trim()
  if (location === undefined) throw new Error(`no upload location from the registry: ${stdout}`)
  await run('curl', [
    '-sS',
    '-f',
    '-X',
    'PUT',
    '-H',
    'Content-Type: application/octet-stream',
    '--data-binary',
    `@${out}`,
    `${location}&digest=${digest}`,
  ])
  const t3 = performance.now()
  return { packMs: t1 - t0, pushMs: t3 - t2 + (t2 - t1), gzBytes: (await stat(out)).size }
}

function shell(command: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-o', 'pipefail', '-c', command], { stdio: 'inherit' })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited ${code}`))))
  })
}

function medians(samples: Record<string, number>[]): Record<string, number> {
  const result: Record<string, number> = {}
  for (const key of Object.keys(samples[0]!)) {
    const values = samples.map((s) => s[key]!).sort((a, b) => a - b)
    result[key] = values[Math.floor(values.length / 2)]!
  }
  return result
}

function ms(value: number): string {
  return `${value.toFixed(0)} ms`
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}
