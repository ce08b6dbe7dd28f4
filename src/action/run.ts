import * as core from '@actions/core'
import { ActionError, causeChain, describeError, ManifestValidationError } from '../errors.ts'
import { publish } from '../publish.ts'
import { annotateFindings, CORE_LOGGER, setOutputs, writeFailureSummary, writeSummary } from '../report/action-report.ts'
import { detectSourceInfo } from '../source/source-info.ts'
import { readInputs, type ActionInputs } from './inputs.ts'

const NAME = 'configsync-oci'

/**
 * The action: read inputs, publish, report. The one place that catches
 * errors and fails the step.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const workspace = env['GITHUB_WORKSPACE'] ?? process.cwd()
  let inputs: ActionInputs | undefined
  try {
    inputs = readInputs((name) => core.getInput(name), (secret) => core.setSecret(secret), workspace)
    const source = await detectSourceInfo(inputs.dir, env)
    const result = await publish(
      {
        dir: inputs.dir,
        image: inputs.image,
        tags: inputs.tags,
        annotations: inputs.annotations,
        ignore: inputs.ignore,
        source,
        insecure: inputs.insecure,
        ...(inputs.credentials ? { credentials: inputs.credentials } : {}),
        ...(inputs.caFile ? { caFile: inputs.caFile } : {}),
      },
      CORE_LOGGER,
    )
    annotateFindings(result.findings, inputs.dir, workspace)
    setOutputs(result)
    await writeSummary(result)
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
  const unexpected = error instanceof ActionError ? '' : ' (unexpected error; run with ACTIONS_STEP_DEBUG=true for the stack)'
  core.setFailed(`${NAME}: ${message}${unexpected}${hint === undefined ? '' : `\nHint: ${hint}`}`)
}
