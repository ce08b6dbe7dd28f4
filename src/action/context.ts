import type { Logger } from '../logger.ts'
import type { ActionInputs, InputReader } from './inputs.ts'

/**
 * What every mode and step of the action gets: the core inputs, a reader
 * for the inputs of its own feature (read and validated in that feature's
 * own inputs file), the environment and the logger.
 */
export interface ActionContext {
  readonly inputs: ActionInputs
  /** Raw value of any input ('' when unset). */
  readonly read: InputReader
  /** Registers a secret with the runner so it is masked in logs; call it the moment a secret is read. */
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
