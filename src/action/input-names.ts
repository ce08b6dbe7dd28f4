import { INPUT } from './inputs.ts'
import { VALIDATION_INPUT } from './validation-inputs.ts'
import { REGISTRY_INPUT } from './registry-inputs.ts'
import { TAG_INPUT } from './tag-inputs.ts'
import { WRITEBACK_INPUT } from './writeback-inputs.ts'
import { ROLLOUT_INPUT } from './rollout-inputs.ts'
import { PREVIEW_INPUT } from './preview-inputs.ts'
import { SETUP_INPUT } from './setup-inputs.ts'
import { VERIFY_INPUT } from './verify-inputs.ts'
import { SIGNING_INPUT } from './signing-inputs.ts'

/**
 * Every input name the action reads, for the test that keeps action.yml and
 * the code in step. A feature with inputs of its own adds its names here.
 */
export const ALL_INPUT_NAMES: readonly string[] = [
  ...Object.values(INPUT),
  ...Object.values(VALIDATION_INPUT),
  ...Object.values(REGISTRY_INPUT),
  ...Object.values(TAG_INPUT),
  ...Object.values(WRITEBACK_INPUT),
  ...Object.values(ROLLOUT_INPUT),
  ...Object.values(PREVIEW_INPUT),
  ...Object.values(SETUP_INPUT),
  ...Object.values(VERIFY_INPUT),
  ...Object.values(SIGNING_INPUT),
]
