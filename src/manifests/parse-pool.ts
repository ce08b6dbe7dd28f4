/**
 * Reads and parses a large tree's manifest files on worker threads as well
 * as this one (docs/adr/0004-yaml-parsing.md). Every thread claims chunks of
 * the file list from one shared counter, so a thread slowed by other load on
 * the machine simply takes fewer; results are put back in file order. If a
 * worker cannot start or dies, this thread parses what it left.
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import { Worker } from 'node:worker_threads'
import { parsedFromMessage, readAndParseFile, type ChunkMessage, type FileJob } from './parse-chunk.ts'
import type { ParsedFile } from './parse.ts'
import type { ParseWorkerData } from './parse-worker.ts'

/** How to split the work. */
export interface PoolOptions {
  /** Worker threads to start; default one less than the available cores, at least one, at most MAX_WORKERS. */
  readonly workers?: number
  /** Whether this thread parses chunks too (default true). */
  readonly inProcess?: boolean
}

/** The parses in file order, and how many chunks workers parsed (for tests). */
export interface PoolResult {
  readonly parsed: ParsedFile[]
  readonly workerChunks: number
}

// Files per chunk: small enough to balance the threads, large enough that a message carries real work.
const CHUNK_SIZE = 64
const MAX_WORKERS = 3

/** Reads and parses files with worker threads; the same ParsedFiles as parsing each in turn here. */
export async function readAndParseInParallel(files: readonly FileJob[], options: PoolOptions = {}): Promise<PoolResult> {
  const chunks = Math.ceil(files.length / CHUNK_SIZE)
  const results: (ParsedFile[] | undefined)[] = new Array<ParsedFile[] | undefined>(chunks)
  const data: ParseWorkerData = { files: files.map(({ path, absPath, size }) => ({ path, absPath, size })), chunkSize: CHUNK_SIZE, claims: new Int32Array(new SharedArrayBuffer(4)) }
  const count = options.workers ?? Math.min(MAX_WORKERS, Math.max(1, availableParallelism() - 1))
  let workerChunks = 0
  const running = startWorkers(count, data, (message) => {
    results[message.chunk] = parsedFromMessage(chunkOf(files, message.chunk), message)
    workerChunks++
  })
  if (options.inProcess !== false || running.length === 0) {
    for (let chunk = Atomics.add(data.claims, 0, 1); chunk < chunks; chunk = Atomics.add(data.claims, 0, 1)) {
      results[chunk] = chunkOf(files, chunk).map(readAndParseFile)
      // Lets worker messages in between chunks.
      await yieldToEventLoop()
    }
  }
  await Promise.all(running)
  // Chunks a worker claimed but never sent (it failed): parse them here.
  for (let chunk = 0; chunk < chunks; chunk++) results[chunk] ??= chunkOf(files, chunk).map(readAndParseFile)
  return { parsed: results.flatMap((r) => r ?? []), workerChunks }
}

function chunkOf(files: readonly FileJob[], chunk: number): readonly FileJob[] {
  return files.slice(chunk * CHUNK_SIZE, (chunk + 1) * CHUNK_SIZE)
}

/** Starts count workers; each promise settles (never rejects) when its worker is done, failed or gone. */
function startWorkers(count: number, data: ParseWorkerData, onChunk: (message: ChunkMessage) => void): Promise<void>[] {
  const url = workerUrl()
  if (url === undefined) return []
  const running: Promise<void>[] = []
  for (let i = 0; i < count; i++) {
    let worker: Worker
    try {
      worker = new Worker(url, { workerData: data, name: 'configsync-oci parse' })
    } catch {
      // E.g. exec flags a worker does not accept: this thread parses everything.
      break
    }
    running.push(
      new Promise((resolve) => {
        worker.on('message', (message: ChunkMessage | { done: true }) => {
          if ('done' in message) resolve()
          else onChunk(message)
        })
        const fail = (): void => {
          void worker.terminate()
          resolve()
        }
        worker.on('error', fail)
        worker.on('messageerror', fail)
        worker.on('exit', () => resolve())
      }),
    )
  }
  return running
}

/**
 * The worker's module: next to this one when running from the sources; in
 * the bundle, dist/parse-worker.js, beside the entry or one level above the
 * chunk (dist/chunks/) this code was bundled into.
 */
function workerUrl(): URL | undefined {
  const here = import.meta.url
  if (here.endsWith('.ts')) return new URL('./parse-worker.ts', here)
  return ['./parse-worker.js', '../parse-worker.js'].map((p) => new URL(p, here)).find((url) => existsSync(url))
}
