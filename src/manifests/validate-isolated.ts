/**
 * Validation in a worker thread. Parsing thousands of manifests is the
 * largest allocation of a run, and V8 sizes a thread's young generation by
 * the machine's memory (128 MB on a 24 GiB runner), so in the main thread
 * validation alone pushed a publish past 200 MB of RSS. A worker with a
 * 16 MB young generation validates as fast, and its whole heap goes back
 * when it exits, before packing starts (ADR 0007). Only the summary crosses
 * back: findings, counts and the rendered kustomize output.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { ActionError, InputError, ManifestValidationError, SourceError } from '../errors.ts'
import type { SourceTree } from './collect.ts'
import type { Finding } from './finding.ts'
import { KustomizeMissingError } from './kustomize/kustomize-runner.ts'
import type { ValidationOptions } from './validate.ts'

/** What validation tells the pipeline: everything but the parsed objects. */
export interface ValidationSummary {
  readonly findings: Finding[]
  readonly manifestFiles: number
  readonly objectCount: number
  /** kustomize's output when the tree's top holds a kustomization. */
  readonly rendered?: string
}

/** @internal The message to the worker. */
export interface WorkerRequest {
  readonly tree: SourceTree
  readonly options: ValidationOptions
}

/** @internal The worker's one answer. */
export interface WorkerReply {
  readonly ok?: ValidationSummary
  readonly error?: { name: string; message: string; stack?: string; hint?: string; findings?: Finding[] }
}

/** Young generation of the validation worker (measured: 8–32 MB validate equally fast; 128 MB is V8's default here). */
const YOUNG_GENERATION_MB = 16
/** CONFIGSYNC_OCI_VALIDATE_WORKER=0 validates in the calling thread (to compare, or to debug with one thread). */
const WORKER_ENABLED = process.env['CONFIGSYNC_OCI_VALIDATE_WORKER'] !== '0'
/** Next to this module in the sources, next to the entry points (one level up from chunks/) in dist. */
const WORKER_CANDIDATES = ['./validate-worker.ts', './validate-worker.js', '../validate-worker.js']

/** Reads, parses and validates the tree in a worker thread when one can be started; same result as runValidation. */
export async function validateIsolated(tree: SourceTree, options: ValidationOptions): Promise<ValidationSummary> {
  const script = WORKER_ENABLED ? workerScript() : undefined
  if (script === undefined) return runValidation(tree, options)
  const request: WorkerRequest = { tree, options }
  const worker = new Worker(script, { workerData: request, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } })
  const reply = await new Promise<WorkerReply>((resolve, reject) => {
    let answered = false
    worker.once('message', (message: WorkerReply) => {
      answered = true
      resolve(message)
    })
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (!answered) reject(new ActionError(`the validation worker stopped (exit code ${code}) before it answered`))
    })
  })
  await worker.terminate()
  if (reply.error !== undefined) throw rebuildError(reply.error)
  return reply.ok!
}

/** Validation in the calling thread: the worker's body. */
export async function runValidation(tree: SourceTree, options: ValidationOptions): Promise<ValidationSummary> {
  // Loaded here, not at the top: with the worker, the main thread never needs the parsers and rules.
  const { loadAndValidate } = await import('./validate.ts')
  const loaded = await loadAndValidate(tree, options)
  return {
    findings: loaded.findings,
    manifestFiles: loaded.manifestFiles,
    objectCount: loaded.objects.length,
    ...(loaded.rendered === undefined ? {} : { rendered: loaded.rendered }),
  }
}

function workerScript(): URL | undefined {
  const here = import.meta.url
  // A .ts module loads the .ts worker; a bundle loads the bundled one.
  const candidates = here.endsWith('.ts') ? WORKER_CANDIDATES.slice(0, 1) : WORKER_CANDIDATES.slice(1)
  return candidates.map((name) => new URL(name, here)).find((url) => existsSync(fileURLToPath(url)))
}

/** Errors the worker may raise on purpose, by name: the rest of the tool checks their class (InputError → exit 2, hints). */
const ERROR_CLASSES: Readonly<Record<string, new (message: string, options: { hint?: string }) => ActionError>> = {
  ActionError,
  InputError,
  SourceError,
  KustomizeMissingError,
}

/** The worker's error rebuilt as its own class, with its hint, findings and stack. */
function rebuildError(error: NonNullable<WorkerReply['error']>): Error {
  const options = error.hint === undefined ? {} : { hint: error.hint }
  const ErrorClass = ERROR_CLASSES[error.name]
  const rebuilt =
    error.name === 'ManifestValidationError'
      ? new ManifestValidationError(error.message, { ...options, findings: error.findings ?? [] })
      : ErrorClass === undefined
        ? new Error(error.message)
        : new ErrorClass(error.message, options)
  if (error.stack !== undefined) rebuilt.stack = error.stack
  return rebuilt
}
