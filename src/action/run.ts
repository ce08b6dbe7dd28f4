import * as core from '@actions/core'
import { ActionError, causeChain, describeError, ManifestValidationError } from '../errors.ts'
import { annotateFindings, CORE_LOGGER, writeFailureSummary } from './github/action-report.ts'
import type { ActionContext } from './context.ts'
import type { ActionInputs } from '../settings/sections.ts'
import { selectMode } from './modes.ts'
import { readCoreInputs, readSettings } from './settings-inputs.ts'

const NAME = 'configsync-oci'

/**
 * The action: read the core inputs, pick the mode, read every other input
 * into the settings record, run the mode. The one place
 * that catches errors and fails the step.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const workspace = env['GITHUB_WORKSPACE'] ?? process.cwd()
  const read = (name: string): string => core.getInput(name)
  const mask = (secret: string): void => core.setSecret(secret)
  let inputs: ActionInputs | undefined
  try {
    inputs = readCoreInputs(read, { mask, env, workspace })
    const mode = await selectMode(inputs.mode)
    const settings = await readSettings(read, { mask, env, workspace }, inputs)
    const context: ActionContext = { settings, mask, env, workspace, logger: CORE_LOGGER }
    await mode.run(context)
  } catch (error: unknown) {
    await fail(error, inputs, workspace)
  }
}

async function fail(error: unknown, inputs: ActionInputs | undefined, workspace: string): Promise<void> {
  for (const line of causeChain(error)) core.debug(line)
  const { message, hint } = describeError(error)
  if (error instanceof ManifestValidationError && inputs) {
    annotateFindings(error.findings, inputs.dir, workspace)
    await writeFailureSummary(message, error.findings).catch(() => undefined)
  }
  const unexpected =
    error instanceof ActionError ? '' : ' (unexpected error; run with ACTIONS_STEP_DEBUG=true for the stack)'
  core.setFailed(`${NAME}: ${message}${unexpected}${hint === undefined ? '' : `\nHint: ${hint}`}`)
}
