/**
 * Entry point of a parse worker (./parse-pool.ts): claims chunks of the file
 * list from a shared counter until none are left, reads and parses each, and
 * posts it back. Bundled as its own entry, dist/parse-worker.js.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { parseChunkForTransfer, type FileJob } from './parse-chunk.ts'

/** What the pool hands each worker. */
export interface ParseWorkerData {
  readonly files: readonly FileJob[]
  readonly chunkSize: number
  /** Int32Array over a SharedArrayBuffer: [0] is the next chunk to claim, for every thread. */
  readonly claims: Int32Array
}

if (parentPort === null) throw new Error('parse-worker.ts runs only as a worker thread')
const { files, chunkSize, claims } = workerData as ParseWorkerData
for (;;) {
  const chunk = Atomics.add(claims, 0, 1)
  const from = chunk * chunkSize
  if (from >= files.length) break
  parentPort.postMessage(parseChunkForTransfer(files.slice(from, from + chunkSize), chunk))
}
parentPort.postMessage({ done: true })
