import { evaluateTagRules } from './evaluate.ts'
import type { TagContext } from './tag-context.ts'
import { parseTagFlavor, parseTagRules, REF_EVENT, RULE_TYPE, type TagRule } from './tag-rule.ts'
import type { TagRuleSettings } from './tag-plan.ts'

/**
 * Which tags belong to a pull request: what its `type=ref,event=pr` rules
 * (pr-42) and `type=sha` rules (the head SHA) give. Tags from other rules,
 * the `image` value or the `tags` input may be shared with other pull
 * requests or branches, so cleanup never touches them.
 */

/** The rules a preview uses when tag-rules is empty: pr-N and the full head SHA. */
export const PREVIEW_TAG_RULES: readonly string[] = ['type=ref,event=pr', 'type=sha']

/** The pull request's own tags for one event. */
export interface PullRequestTags {
  /** From type=ref,event=pr rules, e.g. pr-42. */
  readonly prTags: readonly string[]
  /** From type=sha rules: the head SHA, as those rules format it. */
  readonly shaTags: readonly string[]
}

/** Evaluates only the pull request's rules (latest is never one of them). */
export function pullRequestTags(settings: TagRuleSettings, context: TagContext): PullRequestTags {
  const lines = settings.rules.some((line) => line.trim() !== '' && !line.trim().startsWith('#'))
    ? settings.rules
    : PREVIEW_TAG_RULES
  const own = parseTagRules(lines).filter(isPullRequestRule)
  const plan = evaluateTagRules(own, { ...parseTagFlavor(settings.flavor), latest: 'false' }, context)
  return { prTags: plan.tags.filter((tag) => !plan.shaTags.includes(tag)), shaTags: plan.shaTags }
}

/** All of them, pr tags first. */
export function allPullRequestTags(tags: PullRequestTags): string[] {
  return [...new Set([...tags.prTags, ...tags.shaTags])]
}

function isPullRequestRule(rule: TagRule): boolean {
  return rule.type === RULE_TYPE.sha || (rule.type === RULE_TYPE.ref && rule.attrs['event'] === REF_EVENT.pr)
}
