/**
 * Validation in a worker thread. Parsing thousands of manifests is the
 * largest allocation of a run, and V8 sizes a thread's young generation by
 * the machine's memory (128 MB on a 24 GiB runner), so in the main thread
 * validation alone took a publish past 200 MB of RSS. A worker with a
 * 16 MB young generation validates as fast, and its whole heap goes when it
 * exits, before packing starts (ADR 0007). The worker is started before the
 * tree is collected, so that its start-up and module loading overlap the
 * walk; only the summary crosses back: findings, counts and the rendered
 * kustomize output.
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

/** A validator started ahead of the tree it will validate. */
export interface Validator {
  /** Validates the tree (once); the same result as loadAndValidate, without the objects. */
  validate(tree: SourceTree): Promise<ValidationSummary>
  /** Stops the worker when validate() was never called or did not finish. */
  close(): Promise<void>
}

/** @internal What the worker is started with. */
export interface WorkerSetup {
  readonly options: ValidationOptions
}

/** @internal The worker's one answer. */
export interface WorkerReply {
  readonly ok?: ValidationSummary
  readonly error?: { name: string; message: string; stack?: string; hint?: string; findings?: Finding[] }
}

/** Young generation of the validation worker (measured: 4–32 MB validate equally fast; 128 MB is V8's default here). */
const YOUNG_GENERATION_MB = 16
/** CONFIGSYNC_OCI_VALIDATE_WORKER=0 validates in the calling thread (to compare, or to debug with one thread). */
export const VALIDATE_WORKER_ENV = 'CONFIGSYNC_OCI_VALIDATE_WORKER'
/** Next to this module in the sources; next to the entry points (this code is in dist/ or dist/chunks/) in the bundle. */
const WORKER_SOURCE = './validate-worker.ts'
const WORKER_BUNDLED = ['./validate-worker.js', '../validate-worker.js']

/** Starts a validator: a worker thread, or the calling thread when CONFIGSYNC_OCI_VALIDATE_WORKER=0. */
export function startValidator(options: ValidationOptions): Validator {
  if (process.env[VALIDATE_WORKER_ENV] === '0')
    return { validate: (tree) => validateInThisThread(tree, options), close: async () => {} }
  return new WorkerValidator(workerScript(), options)
}

/** Runs work that ends in validator.validate(); if it fails first (collect, say), stops the validator. */
export async function closingOnError<T>(validator: Validator, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    await validator.close()
    throw error
  }
}

/** Validation in the calling thread: the worker's body. */
export async function validateInThisThread(
  tree: SourceTree,
  options: ValidationOptions,
): Promise<ValidationSummary> {
  // Loaded here, not at the top: with the worker, the main thread never loads the parsers and rules.
  const { loadAndValidate } = await import('./validate.ts')
  const loaded = await loadAndValidate(tree, options)
  return {
    findings: loaded.findings,
    manifestFiles: loaded.manifestFiles,
    objectCount: loaded.objects.length,
    ...(loaded.rendered === undefined ? {} : { rendered: loaded.rendered }),
  }
}

class WorkerValidator implements Validator {
  readonly #worker: Worker
  /** Settles with the worker's answer, or with why it stopped without one. */
  readonly #reply: Promise<WorkerReply>

  constructor(script: URL, options: ValidationOptions) {
    const setup: WorkerSetup = { options }
    this.#worker = new Worker(script, {
      workerData: setup,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    })
    this.#reply = new Promise<WorkerReply>((resolve, reject) => {
      this.#worker.once('message', resolve)
      this.#worker.once('error', reject)
      this.#worker.once('exit', (code) =>
        reject(new ActionError(`the validation worker stopped (exit code ${code}) before it answered`)),
      )
    })
    // Read by validate(); a worker closed unused must not count as an unhandled rejection.
    this.#reply.catch(() => {})
  }

  async validate(tree: SourceTree): Promise<ValidationSummary> {
    this.#worker.postMessage(tree)
    try {
      const reply = await this.#reply
      if (reply.error !== undefined) throw rebuildError(reply.error)
      return reply.ok!
    } finally {
      await this.close()
    }
  }

  async close(): Promise<void> {
    await this.#worker.terminate()
  }
}

function workerScript(): URL {
  const here = import.meta.url
  const candidates = (here.endsWith('.ts') ? [WORKER_SOURCE] : WORKER_BUNDLED).map(
    (name) => new URL(name, here),
  )
  const found = candidates.find((url) => existsSync(fileURLToPath(url)))
  if (found === undefined) {
    throw new ActionError(
      `the validation worker script is missing (looked for ${candidates.map((url) => fileURLToPath(url)).join(', ')})`,
      {
        hint: `the bundle is incomplete: reinstall it, or set ${VALIDATE_WORKER_ENV}=0 to validate in the main thread`,
      },
    )
  }
  return found
}

/** Errors the worker may raise on purpose, by name: the rest of the tool checks their class (InputError → exit 2, hints). */
const ERROR_CLASSES: Readonly<
  Record<string, new (message: string, options: { hint?: string }) => ActionError>
> = {
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
