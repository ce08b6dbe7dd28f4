import { parse as parseSemver, prerelease, valid as validSemver } from 'semver'
import { InputError } from '../errors.ts'
import { isRawPattern, renderGlobal, renderSemverPattern, shortSha } from './expressions.ts'
import { sanitizeTag } from './sanitize.ts'
import { branchOf, gitTagOf, pullRequestOf, type TagContext } from './tag-context.ts'
import type { TagFlavor, TagRule } from './tag-rule.ts'

/** The tags the rules give for one event. */
export interface TagPlan {
  /** Sanitised and unique: the highest-priority tag (the version) first, then the others, then `latest`. */
  readonly tags: readonly string[]
  /** metadata-action's `version`: the tag of the highest-priority rule that produced one. */
  readonly version?: string
  /** True when `latest` was added. */
  readonly latest: boolean
  /** The tags type=sha rules gave: where the commit's own artifact is looked for on release. */
  readonly shaTags: readonly string[]
  /** Why a rule that could have applied gave nothing (invalid semver, no match …), for the log. */
  readonly notes: readonly string[]
}

/** One rule's value before prefix, suffix and sanitising, and whether `latest=auto` would add latest for it. */
interface Produced {
  readonly value: string
  readonly autoLatest: boolean
}

/**
 * Evaluates the rules against the event as docker/metadata-action does:
 * rules by descending priority (ties keep their order), disabled ones
 * skipped, each giving at most one tag. With `latest=auto` the first rule
 * that gives a tag decides on `latest`: yes for type=ref,event=tag,
 * type=match and a non-pre-release type=semver, no for everything else.
 */
export function evaluateTagRules(rules: readonly TagRule[], flavor: TagFlavor, context: TagContext): TagPlan {
  const sorted = [...rules].sort((a, b) => b.priority - a.priority)
  const tags: string[] = []
  const shaTags: string[] = []
  const notes: string[] = []
  let autoLatest: boolean | undefined
  for (const rule of sorted) {
    const where = `tag rule "${rule.text}"`
    if (!isEnabled(rule, context, where)) continue
    const produced = produce(rule, context, where, notes)
    if (produced === undefined || produced.value === '') continue
    const text = `${affix(rule.prefix, flavor.prefix, context, where)}${produced.value}${affix(rule.suffix, flavor.suffix, context, where)}`
    const tag = sanitizeTag(text)
    if (tag === undefined) {
      notes.push(`${where} gave "${text}", which has no character a tag may start with`)
      continue
    }
    if (!tags.includes(tag)) tags.push(tag)
    if (rule.type === 'sha' && !shaTags.includes(tag)) shaTags.push(tag)
    autoLatest ??= produced.autoLatest
  }
  const latest =
    tags.length > 0 && (flavor.latest === 'auto' ? autoLatest === true : flavor.latest === 'true')
  if (latest) {
    const latestTag = sanitizeTag(
      `${flavor.prefixLatest ? flavor.prefix : ''}latest${flavor.suffixLatest ? flavor.suffix : ''}`,
    )
    if (latestTag !== undefined && !tags.includes(latestTag)) tags.push(latestTag)
  }
  return { tags, ...(tags[0] === undefined ? {} : { version: tags[0] }), latest, shaTags, notes }
}

function isEnabled(rule: TagRule, context: TagContext, where: string): boolean {
  const enabled = renderGlobal(rule.enable, context, where).trim()
  if (enabled === 'true') return true
  if (enabled === 'false') return false
  throw new InputError(`${where}: enable is "${enabled}", expected true or false`, {
    hint: "e.g. enable={{is_default_branch}} or enable=${{ github.ref == 'refs/heads/main' }}",
  })
}

function affix(own: string | undefined, global: string, context: TagContext, where: string): string {
  return renderGlobal(own ?? global, context, where)
}

function produce(rule: TagRule, context: TagContext, where: string, notes: string[]): Produced | undefined {
  const { attrs } = rule
  switch (rule.type) {
    case 'sha':
      if (context.sha === '') {
        notes.push(`${where}: no commit SHA is known (GITHUB_SHA unset and no git checkout)`)
        return undefined
      }
      return { value: attrs['format'] === 'short' ? shortSha(context.sha) : context.sha, autoLatest: false }
    case 'ref':
      return produceRef(attrs['event'] ?? '', context.ref)
    case 'edge':
      return produceEdge(attrs['branch'] ?? '', context, where, notes)
    case 'raw':
      return { value: renderGlobal(attrs['value'] ?? '', context, where), autoLatest: false }
    case 'semver':
      return produceSemver(rule, context, where, notes)
    case 'match':
      return produceMatch(rule, context, where, notes)
  }
}

function produceRef(event: string, ref: string): Produced | undefined {
  const value = event === 'branch' ? branchOf(ref) : event === 'tag' ? gitTagOf(ref) : pullRequestOf(ref)
  return value === '' ? undefined : { value, autoLatest: event === 'tag' }
}

function produceEdge(
  branch: string,
  context: TagContext,
  where: string,
  notes: string[],
): Produced | undefined {
  const current = branchOf(context.ref)
  if (current === '') return undefined
  const wanted = branch === '' ? context.defaultBranch : branch
  if (wanted === undefined) {
    notes.push(`${where}: the event names no default branch; give branch=`)
    return undefined
  }
  return current === wanted ? { value: 'edge', autoLatest: false } : undefined
}

/** The version text a semver or match rule reads: value= when given, else the pushed git tag. */
function versionSource(rule: TagRule, context: TagContext, where: string): string | undefined {
  const value = rule.attrs['value'] ?? ''
  if (value !== '') return renderGlobal(value, context, where)
  const tag = gitTagOf(context.ref)
  return tag === '' ? undefined : tag
}

function produceSemver(
  rule: TagRule,
  context: TagContext,
  where: string,
  notes: string[],
): Produced | undefined {
  let text = versionSource(rule, context, where)
  if (text === undefined) return undefined
  const match = rule.attrs['match'] ?? ''
  if (match !== '') {
    const found = compileRegex(match, where).exec(text)
    if (found?.[1] === undefined) notes.push(`${where}: ${match} does not match ${text}`)
    else text = found[1]
  }
  text = text.replace(/\//g, '-')
  const parsed = validSemver(text) === null ? null : parseSemver(text, { loose: true })
  if (parsed === null) {
    notes.push(`${where}: ${text} is not a valid semantic version (https://semver.org)`)
    return undefined
  }
  const parts = {
    raw: text,
    version: parsed.version,
    major: parsed.major,
    minor: parsed.minor,
    patch: parsed.patch,
  }
  const pattern = rule.attrs['pattern'] ?? ''
  // Pre-releases only ever get their full version: a 1.2 tag must not move to 1.2.0-rc.1.
  if (prerelease(text) !== null) {
    return {
      value: renderSemverPattern(isRawPattern(pattern) ? pattern : '{{version}}', parts, where),
      autoLatest: false,
    }
  }
  return { value: renderSemverPattern(pattern, parts, where), autoLatest: true }
}

function produceMatch(
  rule: TagRule,
  context: TagContext,
  where: string,
  notes: string[],
): Produced | undefined {
  const text = versionSource(rule, context, where)
  if (text === undefined) return undefined
  const pattern = rule.attrs['pattern'] ?? ''
  const found = compileRegex(pattern, where).exec(text)
  const group = Number(rule.attrs['group'] ?? '0')
  if (found === null) {
    notes.push(`${where}: ${pattern} does not match ${text}`)
    return undefined
  }
  const value = found[group]
  if (value === undefined) {
    notes.push(`${where}: group ${group} does not exist in ${pattern}`)
    return undefined
  }
  return { value, autoLatest: true }
}

/** `/re/flags` or a bare pattern, as metadata-action accepts. */
function compileRegex(pattern: string, where: string): RegExp {
  const literal = /^\/(.+)\/([a-z]*)$/.exec(pattern)
  try {
    return literal === null ? new RegExp(pattern) : new RegExp(literal[1]!, literal[2])
  } catch (cause) {
    throw new InputError(`${where}: ${pattern} is not a valid regular expression`, {
      cause,
      hint: 'e.g. match=v(\\d+\\.\\d+\\.\\d+)$',
    })
  }
}
