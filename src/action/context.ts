import type { Logger } from '../logger.ts'
import type { TargetOptions } from '../registry/target-factory.ts'
import type { Settings } from '../settings/settings.ts'

/**
 * What every mode and step of the action gets: the settings record (every
 * input, read and checked before the mode runs), the environment and the
 * logger. No mode or step reads an input.
 */
export interface ActionContext {
  readonly settings: Settings
  /** Registers a secret with the runner so it is masked in logs (the credential chain's tokens). */
  readonly mask: (secret: string) => void
  readonly env: NodeJS.ProcessEnv
  /** GITHUB_WORKSPACE (or the working directory). */
  readonly workspace: string
  readonly logger: Logger
}

/** One thing the action can do (input `mode`); one implementation per file under src/pipeline/, listed in modes.ts. */
export interface ActionMode {
  run(context: ActionContext): Promise<void>
}

/** How the action reaches the image's registry: credentials, CA, insecure, the credential chain and retries. */
export function targetOptionsOf(context: ActionContext): TargetOptions {
  const { env, logger } = context
  const inputs = context.settings.core
  const registry = { ...context.settings.registry, env, mask: context.mask }
  return {
    logger,
    registry,
    insecure: inputs.insecure,
    ...(inputs.credentials ? { credentials: inputs.credentials } : {}),
    ...(inputs.caFile ? { caFile: inputs.caFile } : {}),
  }
}
