/**
 * Runs kustomize the way Config Sync's hydration-controller does, as close as
 * the kustomize shipped with kubectl allows: `kubectl kustomize DIR
 * --load-restrictor LoadRestrictionsNone`, plus `--enable-helm` when helm is
 * installed. Config Sync also passes --enable-alpha-plugins and --enable-exec;
 * we do not, because they run programs named by the repository on the
 * runner (and kubectl's kustomize has no --enable-exec).
 */
import { spawn } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'
import { ActionError } from '../../errors.ts'

/** What a kustomize run produced: the rendered YAML, or kustomize's own error message. */
export type KustomizeResult =
  { readonly ok: true; readonly output: string } | { readonly ok: false; readonly message: string }

/** How to find and run the tools; tests pass their own PATH. */
export interface KustomizeEnvironment {
  readonly env: NodeJS.ProcessEnv
  /** Gives up after this long (default 5 minutes: charts and remote bases are fetched over the network). */
  readonly timeoutMs?: number
}

/** kubectl or kustomize is not installed: nothing can be rendered, so nothing can be validated or packed. */
export class KustomizeMissingError extends ActionError {}

const DEFAULT_TIMEOUT_MS = 5 * 60_000
// Rendered output is held in memory; a config repository is far smaller than this.
const MAX_OUTPUT_BYTES = 512 * 1024 * 1024

/** The executable named command on PATH, or undefined. */
function findExecutable(command: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (dir === '') continue
    const candidate = join(dir, command)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // Not here; try the next PATH entry.
    }
  }
  return undefined
}

/** The command line that renders dir: kubectl's kustomize, else a standalone kustomize. */
function kustomizeCommand(dir: string, env: NodeJS.ProcessEnv): { file: string; args: string[] } {
  const flags = [
    '--load-restrictor',
    'LoadRestrictionsNone',
    ...(findExecutable('helm', env) === undefined ? [] : ['--enable-helm']),
  ]
  const kubectl = findExecutable('kubectl', env)
  if (kubectl !== undefined) return { file: kubectl, args: ['kustomize', dir, ...flags] }
  const kustomize = findExecutable('kustomize', env)
  if (kustomize !== undefined) return { file: kustomize, args: ['build', dir, ...flags] }
  throw new KustomizeMissingError(
    'the directory has a kustomization.yaml, which Config Sync renders, but neither kubectl nor kustomize is on PATH to render it here',
    {
      hint: 'Install kubectl (GitHub-hosted runners have it; e.g. azure/setup-kubectl) or kustomize, then run again.',
    },
  )
}

/** Runs kustomize on dir; a failed build is a result (kustomize's message), a missing tool an error. */
export async function runKustomize(dir: string, environment: KustomizeEnvironment): Promise<KustomizeResult> {
  const { file, args } = kustomizeCommand(dir, environment.env)
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      env: toolEnvironment(environment.env),
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: environment.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    let size = 0
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_OUTPUT_BYTES) child.kill()
      else stdout.push(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', (error) =>
      reject(new KustomizeMissingError(`cannot run ${file}: ${error.message}`, { cause: error })),
    )
    child.on('close', (code, signal) => {
      if (code === 0) return resolve({ ok: true, output: Buffer.concat(stdout).toString('utf8') })
      const why =
        signal === null
          ? ''
          : size > MAX_OUTPUT_BYTES
            ? ` (output over ${MAX_OUTPUT_BYTES} bytes)`
            : ` (stopped by ${signal}, e.g. the ${(environment.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000} s timeout)`
      resolve({ ok: false, message: `${kustomizeMessage(Buffer.concat(stderr).toString('utf8'))}${why}` })
    })
  })
}

/**
 * The environment kustomize and helm run with: the caller's, minus the
 * action's inputs (INPUT_PASSWORD …) and runner tokens (ACTIONS_*), which
 * neither tool needs and no child process should see.
 */
function toolEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^(INPUT_|ACTIONS_)/i.test(name)))
}

/**
 * kustomize's own message. kubectl wraps it in a klog line
 * (`E1126 … run.go:72] "command failed" err="…"`); kustomize prints `Error: …`.
 */
export function kustomizeMessage(stderr: string): string {
  const text = stderr.trim()
  const klog = /"command failed" err="((?:[^"\\]|\\.)*)"/.exec(text)
  if (klog?.[1] !== undefined) return klog[1].replace(/\\(.)/g, '$1')
  return text.replace(/^Error: /, '') || 'kustomize failed without a message'
}
