/**
 * The worker thread behind startValidator(): loads the validation code
 * (and the schema checks when they are on) while the main thread collects
 * the tree, then validates the tree it is sent and posts back the summary,
 * or the error it met. Bundled as its own entry point
 * (dist/validate-worker.js).
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { SourceTree } from './collect.ts'
import type { Finding } from './finding.ts'
import { validateInThisThread, type WorkerReply, type WorkerSetup } from './validate-isolated.ts'

const { options } = workerData as WorkerSetup
// Compiled now, in parallel with the main thread's walk of the tree; errors surface when validating.
const loading = Promise.all([
  import('./validate.ts'),
  options.schemaChecks === false ? undefined : import('./schema/schema-check.ts'),
]).catch(() => undefined)

parentPort?.once('message', (tree: SourceTree) => {
  void answer(tree)
})

async function answer(tree: SourceTree): Promise<void> {
  await loading
  let reply: WorkerReply
  try {
    reply = { ok: await validateInThisThread(tree, options) }
  } catch (error) {
    reply = { error: serializeError(error) }
  }
  parentPort?.postMessage(reply)
}

function serializeError(error: unknown): NonNullable<WorkerReply['error']> {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) }
  const hint = (error as { hint?: unknown }).hint
  const findings = (error as { findings?: unknown }).findings
  return {
    name: error.name,
    message: error.message,
    ...(error.stack === undefined ? {} : { stack: error.stack }),
    ...(typeof hint === 'string' ? { hint } : {}),
    ...(Array.isArray(findings) ? { findings: findings as Finding[] } : {}),
  }
}
