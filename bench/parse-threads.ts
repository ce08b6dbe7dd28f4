/**
 * Does parsing scale to a second thread on this machine? Parses the 5,015
 * files of the synthetic repository in one thread, then half in this thread
 * and half in a worker started beforehand (so neither its start-up nor any
 * transfer of results is counted: the best case for worker_threads), each
 * in fresh processes. docs/adr/0004-yaml-parsing.md records the answer.
 *
 *   node_modules/.bin/node bench/parse-threads.ts    (BENCH_ROUNDS, default 7)
 */
import { execFile } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { parseManifestFile } from '../src/manifests/parse.ts'
import { makeTempDir, removeDir } from '../test/harness/tmp.ts'
import { writeSyntheticRepo } from './synthetic-repo.ts'

interface Share {
  readonly ms: number
  readonly cpuMs: number
}

/** Parses files, keeping the results as validation does; wall and this thread's CPU time. */
function parseAll(files: readonly string[]): Share {
  const start = performance.now()
  const cpu = process.threadCpuUsage()
  const kept = files.map((file) => parseManifestFile(file, readFileSync(file, 'utf8')))
  const used = process.threadCpuUsage(cpu)
  if (kept.length !== files.length) throw new Error('lost a file')
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 }
}

function filesOf(repo: string): string[] {
  return readdirSync(repo).flatMap((dir) => readdirSync(join(repo, dir)).map((name) => join(repo, dir, name)))
}

/** One measurement in this process: 'one' thread, or 'two' (this one and a worker). */
async function measure(repo: string, threads: string): Promise<{ ms: number; cpuMs: number }> {
  const files = filesOf(repo)
  if (threads === 'one') return parseAll(files)
  const worker = new Worker(new URL(import.meta.url), { workerData: files.filter((_, i) => i % 2 === 1) })
  await new Promise((resolve) => worker.once('message', resolve))
  const start = performance.now()
  const theirs = new Promise<Share>((resolve) => worker.once('message', resolve))
  worker.postMessage('go')
  const mine = parseAll(files.filter((_, i) => i % 2 === 0))
  const other = await theirs
  await worker.terminate()
  return { ms: Math.max(performance.now() - start, mine.ms), cpuMs: mine.cpuMs + other.cpuMs }
}

if (!isMainThread) {
  parentPort!.postMessage('ready')
  parentPort!.once('message', () => parentPort!.postMessage(parseAll(workerData as string[])))
} else if (process.argv[2] === 'measure') {
  process.stdout.write(`${JSON.stringify(await measure(process.argv[3]!, process.argv[4]!))}\n`)
} else {
  const rounds = Number(process.env['BENCH_ROUNDS'] ?? 7)
  const work = await makeTempDir('parse-threads')
  try {
    await writeSyntheticRepo(join(work, 'repo'))
    const runs: Record<string, Share[]> = { one: [], two: [] }
    for (let i = 0; i < rounds; i++) {
      for (const threads of ['one', 'two']) {
        const { stdout } = await promisify(execFile)(process.execPath, [
          import.meta.filename,
          'measure',
          join(work, 'repo'),
          threads,
        ])
        runs[threads]!.push(JSON.parse(stdout) as Share)
      }
    }
    const median = (values: number[]): string =>
      values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!.toFixed(0)
    for (const [threads, results] of Object.entries(runs)) {
      console.log(
        `${threads} thread${threads === 'one' ? ' ' : 's'}: parse ${median(results.map((r) => r.ms))} ms, CPU ${median(results.map((r) => r.cpuMs))} ms (medians of ${rounds})`,
      )
    }
  } finally {
    await removeDir(work)
  }
}
