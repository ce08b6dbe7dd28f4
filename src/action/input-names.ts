import { INPUT } from './inputs.ts'

/**
 * Every input name the action reads, for the test that keeps action.yml and
 * the code in step. A feature with inputs of its own adds its names here.
 */
export const ALL_INPUT_NAMES: readonly string[] = [...Object.values(INPUT)]
