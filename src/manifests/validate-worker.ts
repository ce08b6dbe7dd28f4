/**
 * The worker thread behind validateIsolated(): validates the tree it is
 * given and posts back the summary, or the error it met. Bundled as its own
 * entry point (dist/validate-worker.js).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { runValidation, type WorkerReply, type WorkerRequest } from './validate-isolated.ts'

const request = workerData as WorkerRequest
let reply: WorkerReply
try {
  reply = { ok: await runValidation(request.tree, request.options) }
} catch (error) {
  reply = { error: serializeError(error) }
}
parentPort?.postMessage(reply)

function serializeError(error: unknown): NonNullable<WorkerReply['error']> {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) }
  const hint = (error as { hint?: unknown }).hint
  const findings = (error as { findings?: unknown }).findings
  return {
    name: error.name,
    message: error.message,
    ...(error.stack === undefined ? {} : { stack: error.stack }),
    ...(typeof hint === 'string' ? { hint } : {}),
    ...(Array.isArray(findings) ? { findings } : {}),
  }
}
