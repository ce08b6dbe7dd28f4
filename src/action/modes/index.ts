import { InputError } from '../../errors.ts'
import type { ActionMode } from '../context.ts'
import { publishMode } from './publish-mode.ts'

/** Every mode by its `mode` input value. A later feature adds its mode here in one line. */
export const MODES: Readonly<Record<string, ActionMode>> = {
  publish: publishMode,
}

/** The mode the `mode` input names. */
export function selectMode(name: string): ActionMode {
  const mode = MODES[name]
  if (mode === undefined) {
    throw new InputError(`input "mode" is "${name}", expected one of: ${Object.keys(MODES).join(', ')}`)
  }
  return mode
}
