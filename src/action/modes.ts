import { InputError } from '../errors.ts'
import type { ActionMode } from './context.ts'
import { previewMode } from '../pipeline/preview-mode.ts'
import { promoteMode } from '../pipeline/promote-mode.ts'
import { publishMode } from '../pipeline/publish-mode.ts'
import { setupMode } from '../pipeline/setup-mode.ts'
import { validateMode } from '../pipeline/validate-mode.ts'
import { verifyMode } from '../pipeline/verify-mode.ts'

/** Every mode by its `mode` input value. A later feature adds its mode here in one line. */
export const MODES: Readonly<Record<string, ActionMode>> = {
  publish: publishMode,
  'validate-only': validateMode,
  promote: promoteMode,
  preview: previewMode,
  setup: setupMode,
  verify: verifyMode,
}

/** The mode the `mode` input names. */
export function selectMode(name: string): ActionMode {
  const mode = MODES[name]
  if (mode === undefined) {
    throw new InputError(`input "mode" is "${name}", expected one of: ${Object.keys(MODES).join(', ')}`)
  }
  return mode
}
