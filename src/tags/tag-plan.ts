import { evaluateTagRules, type TagPlan } from './evaluate.ts'
import type { TagContext } from './tag-context.ts'
import { DEFAULT_TAG_RULES, parseTagFlavor, parseTagRules } from './tag-rule.ts'

export type { TagPlan } from './evaluate.ts'

/** The raw rule and flavor lines, as the inputs or CLI flags give them. */
export interface TagRuleSettings {
  /** tag-rules lines; empty means DEFAULT_TAG_RULES (the full commit SHA). */
  readonly rules: readonly string[]
  /** tag-flavor lines (latest=…, prefix=…, suffix=…). */
  readonly flavor: readonly string[]
}

/** Input names for messages (the action's by default; the CLI passes its flags). */
export interface TagInputNames {
  readonly rules: string
  readonly flavor: string
}

const ACTION_NAMES: TagInputNames = { rules: 'tag-rules', flavor: 'tag-flavor' }

/** Parses and evaluates the rules for one event: the tag list a publish starts from. */
export function planTags(
  settings: TagRuleSettings,
  context: TagContext,
  names: TagInputNames = ACTION_NAMES,
): TagPlan {
  const lines = settings.rules.some((line) => line.trim() !== '' && !line.trim().startsWith('#'))
    ? settings.rules
    : DEFAULT_TAG_RULES
  return evaluateTagRules(
    parseTagRules(lines, names.rules),
    parseTagFlavor(settings.flavor, names.flavor),
    context,
  )
}

/** True when the run is for a pushed git tag (refs/tags/…): the case release tagging handles. */
export function isTagEvent(context: TagContext): boolean {
  return context.ref.startsWith('refs/tags/')
}
