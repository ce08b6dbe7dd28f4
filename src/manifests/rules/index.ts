/**
 * The rule registry. Add a rule by writing it in its own file and listing it
 * here, in the stage where Config Sync runs it (../shared/CONFIG-SYNC.md §4.1).
 */
import { duplicateObjects } from './duplicate-objects.ts'
import { noObjects } from './no-objects.ts'
import { requiredFields } from './required-fields.ts'
import type { ObjectRule, Rule } from './types.ts'

/** Read-time checks (§4.2): an object with any finding here is not validated further. */
export const READ_RULES: readonly ObjectRule[] = [requiredFields]

/** Everything after reading, in Config Sync's order: raw, scoped, final (§4.3–§4.7). */
export const RULES: readonly Rule[] = [duplicateObjects, noObjects]

export type { ObjectRule, Rule, SetRule, SourceFormat, ValidationContext } from './types.ts'
