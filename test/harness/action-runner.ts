import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { makeTempDir, removeDir } from './tmp.ts'

/** dist/index.js, the bundle the runner executes (CONFIGSYNC_OCI_DIST points at a private build). */
export const ACTION_BUNDLE = join(
  process.env['CONFIGSYNC_OCI_DIST'] ?? join(import.meta.dirname, '../../dist'),
  'index.js',
)

/** What one action run produced. */
export interface ActionRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
  readonly summary: string
}

/** How to run it: inputs by their action.yml names, the event, the workspace. */
export interface ActionRunOptions {
  readonly inputs: Record<string, string>
  readonly workspace: string
  readonly sha: string
  readonly eventName?: string
  readonly event?: unknown
  readonly env?: Record<string, string>
  /** The script to run instead of dist/index.js (a sub-action's runs.main). */
  readonly bundle?: string
}

/**
 * Runs the bundled action under this Node (24) exactly as the runner does:
 * INPUT_* variables (name upper-cased, spaces to underscores), GITHUB_OUTPUT
 * and GITHUB_STEP_SUMMARY files, GITHUB_SHA and an event payload file.
 */
export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const runnerDir = await makeTempDir('runner')
  try {
    const files = {
      output: join(runnerDir, 'output'),
      summary: join(runnerDir, 'summary'),
      event: join(runnerDir, 'event.json'),
    }
    await writeFile(files.output, '')
    await writeFile(files.summary, '')
    await writeFile(files.event, JSON.stringify(options.event ?? {}))
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: runnerDir,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_EVENT_NAME: options.eventName ?? 'push',
      GITHUB_SHA: options.sha,
      GITHUB_REPOSITORY: 'acme/config',
      GITHUB_SERVER_URL: 'https://github.com',
      RUNNER_TEMP: runnerDir,
      ...options.env,
    }
    for (const [name, value] of Object.entries(options.inputs))
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
    const { code, stdout, stderr } = await execNode([options.bundle ?? ACTION_BUNDLE], options.workspace, env)
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputFile(await readFile(files.output, 'utf8')),
      summary: await readFile(files.summary, 'utf8'),
    }
  } finally {
    await removeDir(runnerDir)
  }
}

function execNode(
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd, env, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1
      resolve({ code, stdout, stderr })
    })
  })
}

/** Parses the `name<<DELIMITER … DELIMITER` blocks @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!)
    if (!match) continue
    const [, name, delimiter] = match
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!)
    outputs[name!] = value.join('\n')
  }
  return outputs
}

/**
 * Runs a sub-action (FOLDER/action.yml of this repository) as the runner does: its action.yml's defaults
 * for the inputs not given, INPUT_* for all of them, and its runs.main (resolved against the folder, or in
 * CONFIGSYNC_OCI_DIST's actions/ for a private build) under this Node (24).
 */
export async function runSubAction(
  folder: string,
  options: Omit<ActionRunOptions, 'bundle'>,
): Promise<ActionRun> {
  const root = join(import.meta.dirname, '../..')
  const action = parseYaml(await readFile(join(root, folder, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
    runs: { main: string }
  }
  const inputs: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs))
    if (spec.default !== undefined) inputs[name] = spec.default
  const dist = process.env['CONFIGSYNC_OCI_DIST']
  const bundle =
    dist === undefined ? resolve(root, folder, action.runs.main) : join(dist, 'actions', `${folder}.js`)
  return runAction({ ...options, inputs: { ...inputs, ...options.inputs }, bundle })
}
