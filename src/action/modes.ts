import { InputError } from '../errors.ts'
import type { ActionMode } from './context.ts'

/**
 * Every mode by its `mode` input value, each behind a dynamic import: a
 * publish never loads the preview's Octokit nor setup's Google SDK
 * (issue 17, start-up). A later feature adds its mode here in one line.
 */
export const MODES: Readonly<Record<string, () => Promise<ActionMode>>> = {
  publish: async () => (await import('../pipeline/publish-mode.ts')).publishMode,
  'validate-only': async () => (await import('../pipeline/validate-mode.ts')).validateMode,
  promote: async () => (await import('../pipeline/promote-mode.ts')).promoteMode,
  preview: async () => (await import('../pipeline/preview-mode.ts')).previewMode,
  setup: async () => (await import('../pipeline/setup-mode.ts')).setupMode,
  verify: async () => (await import('../pipeline/verify-mode.ts')).verifyMode,
  rollout: async () => (await import('../pipeline/deliver-mode.ts')).rolloutMode,
  'write-back': async () => (await import('../pipeline/deliver-mode.ts')).writeBackMode,
}

/** The mode the `mode` input names, loaded. */
export async function selectMode(name: string): Promise<ActionMode> {
  const load = MODES[name]
  if (load === undefined) {
    throw new InputError(`input "mode" is "${name}", expected one of: ${Object.keys(MODES).join(', ')}`)
  }
  return load()
}
