import { InputError } from '../errors.ts'

/**
 * Tag rules in docker/metadata-action's vocabulary (PEERS.md §4): one rule
 * per line, a CSV list of key=value attributes, a bare value meaning
 * `type=raw,value=…`. Parsing is strict where metadata-action is lax: an
 * unknown attribute is an error, so a typo never silently drops a tag.
 */

/** The rule types evaluated (metadata-action's, without schedule and pep440). */
export const RULE_TYPE = {
  semver: 'semver',
  match: 'match',
  edge: 'edge',
  ref: 'ref',
  raw: 'raw',
  sha: 'sha',
} as const
/** One of RULE_TYPE's values. */
export type RuleType = (typeof RULE_TYPE)[keyof typeof RULE_TYPE]

/** The events `type=ref` distinguishes. */
export const REF_EVENT = { branch: 'branch', tag: 'tag', pr: 'pr' } as const
/** One of REF_EVENT's values. */
export type RefEvent = (typeof REF_EVENT)[keyof typeof REF_EVENT]

/** metadata-action's default priorities: the highest-priority producing rule gives the version. */
export const DEFAULT_PRIORITY: Readonly<Record<RuleType, number>> = {
  semver: 900,
  match: 800,
  edge: 700,
  ref: 600,
  raw: 200,
  sha: 100,
}

/** The rules used when the input is empty: the full commit SHA, as every release before tag rules. */
export const DEFAULT_TAG_RULES: readonly string[] = ['type=sha']

/** One parsed rule. Attributes not given are absent, so the flavor's prefix/suffix can apply. */
export interface TagRule {
  readonly type: RuleType
  /** The line as written, for messages. */
  readonly text: string
  readonly priority: number
  /** Rendered at evaluation time; must then read true or false. */
  readonly enable: string
  readonly prefix?: string
  readonly suffix?: string
  /** Type-specific attributes (value, pattern, match, group, event, format, branch), defaults filled in. */
  readonly attrs: Readonly<Record<string, string>>
}

/** `latest` handling and the global prefix/suffix (metadata-action's `flavor` input). */
export interface TagFlavor {
  readonly latest: 'auto' | 'true' | 'false'
  readonly prefix: string
  readonly prefixLatest: boolean
  readonly suffix: string
  readonly suffixLatest: boolean
}

/** The flavor when none is given. */
export const DEFAULT_FLAVOR: TagFlavor = {
  latest: 'auto',
  prefix: '',
  prefixLatest: false,
  suffix: '',
  suffixLatest: false,
}

const COMMON_KEYS = ['type', 'enable', 'priority', 'prefix', 'suffix']
const TYPE_KEYS: Readonly<Record<RuleType, readonly string[]>> = {
  semver: ['pattern', 'value', 'match'],
  match: ['pattern', 'group', 'value'],
  edge: ['branch'],
  ref: ['event'],
  raw: ['value'],
  sha: ['format'],
}

type Fail = (why: string, example: string) => never

/** Parses the lines of a tag-rules input; empty lines and `#` comments are skipped. */
export function parseTagRules(lines: readonly string[], inputName = 'tag-rules'): TagRule[] {
  const rules: TagRule[] = []
  lines.forEach((raw, index) => {
    const text = raw.trim()
    if (text === '' || text.startsWith('#')) return
    const fail: Fail = (why, example) => {
      throw new InputError(`input "${inputName}" line ${index + 1} (${text}): ${why}`, {
        hint: `e.g. ${example}`,
      })
    }
    rules.push(parseRule(text, fail))
  })
  return rules
}

function parseRule(text: string, fail: Fail): TagRule {
  const attrs: Record<string, string> = {}
  for (const field of splitCsv(text, fail)) {
    const eq = field.indexOf('=')
    const key = eq < 0 ? 'value' : field.slice(0, eq).trim().toLowerCase()
    if (key in attrs) fail(`attribute "${key}" is given twice`, 'type=raw,value=stable')
    attrs[key] = (eq < 0 ? field : field.slice(eq + 1)).trim()
  }
  const type = (attrs['type'] ?? RULE_TYPE.raw) as RuleType
  if (!(type in TYPE_KEYS)) {
    fail(
      `type "${type}" is not supported (use ${Object.values(RULE_TYPE).join(', ')})`,
      'type=semver,pattern={{version}}',
    )
  }
  for (const key of Object.keys(attrs)) {
    if (!COMMON_KEYS.includes(key) && !TYPE_KEYS[type].includes(key)) {
      fail(
        `type=${type} has no attribute "${key}" (it takes ${[...TYPE_KEYS[type], ...COMMON_KEYS.slice(1)].join(', ')})`,
        EXAMPLE[type],
      )
    }
  }
  const { type: _type, enable = 'true', priority, prefix, suffix, ...rest } = attrs
  const typed = withTypeDefaults(type, rest, fail)
  const rulePrefix = prefix ?? typed.prefix
  return {
    type,
    text,
    priority: parsePriority(priority, type, fail),
    enable,
    ...(rulePrefix === undefined ? {} : { prefix: rulePrefix }),
    ...(suffix === undefined ? {} : { suffix }),
    attrs: typed.attrs,
  }
}

const EXAMPLE: Readonly<Record<RuleType, string>> = {
  semver: 'type=semver,pattern={{major}}.{{minor}}',
  match: 'type=match,pattern=v(\\d+),group=1',
  edge: 'type=edge,branch=main',
  ref: 'type=ref,event=branch',
  raw: 'type=raw,value=stable',
  sha: 'type=sha,format=short,prefix=sha-',
}

/** Checks required attributes and fills defaults; returns a default prefix where the type has one. */
function withTypeDefaults(
  type: RuleType,
  given: Record<string, string>,
  fail: Fail,
): { attrs: Record<string, string>; prefix?: string } {
  const require = (key: string): void => {
    if (given[key] === undefined || given[key] === '') fail(`type=${type} needs ${key}=`, EXAMPLE[type])
  }
  switch (type) {
    case 'semver':
      require('pattern')
      return { attrs: { value: '', match: '', ...given } }
    case 'match': {
      require('pattern')
      const group = given['group'] ?? '0'
      if (!/^\d+$/.test(group)) fail(`group "${group}" is not a number`, EXAMPLE.match)
      return { attrs: { value: '', ...given, group } }
    }
    case 'edge':
      return { attrs: { branch: '', ...given } }
    case 'ref': {
      const event = given['event'] ?? ''
      if (!Object.values(REF_EVENT).includes(event as RefEvent))
        fail('event must be branch, tag or pr', EXAMPLE.ref)
      return event === REF_EVENT.pr ? { attrs: given, prefix: 'pr-' } : { attrs: given }
    }
    case 'raw':
      if (given['value'] === undefined) fail('type=raw needs value=', EXAMPLE.raw)
      return { attrs: given }
    case 'sha': {
      // Unlike metadata-action (short, sha- prefix): the full SHA with no prefix, the tag every earlier release pushed.
      const format = given['format'] ?? 'long'
      if (format !== 'short' && format !== 'long')
        fail(`format must be short or long, not "${format}"`, EXAMPLE.sha)
      return { attrs: { ...given, format } }
    }
  }
}

function parsePriority(text: string | undefined, type: RuleType, fail: Fail): number {
  if (text === undefined || text === '') return DEFAULT_PRIORITY[type]
  if (!/^-?\d+$/.test(text))
    fail(`priority "${text}" is not a whole number`, `${EXAMPLE[type]},priority=1000`)
  return Number(text)
}

/** Splits one CSV record: commas separate fields except inside double quotes ("" is a quote). */
export function splitCsv(text: string, fail: Fail): string[] {
  const fields: string[] = []
  let current = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        current += '"'
        i++
      } else if (char === '"') quoted = false
      else current += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      fields.push(current)
      current = ''
    } else current += char
  }
  if (quoted) fail('a double quote is not closed', 'type=raw,"value=a,b"')
  fields.push(current)
  return fields.map((f) => f.trim()).filter((f) => f !== '')
}

/** Parses the tag-flavor input: latest=auto|true|false, prefix=…[,onlatest=true], suffix=…[,onlatest=true]. */
export function parseTagFlavor(lines: readonly string[], inputName = 'tag-flavor'): TagFlavor {
  let flavor: TagFlavor = DEFAULT_FLAVOR
  lines.forEach((raw, index) => {
    const text = raw.trim()
    if (text === '' || text.startsWith('#')) return
    const fail: Fail = (why, example) => {
      throw new InputError(`input "${inputName}" line ${index + 1} (${text}): ${why}`, {
        hint: `e.g. ${example}`,
      })
    }
    flavor = applyFlavorLine(flavor, splitCsv(text, fail), fail)
  })
  return flavor
}

function applyFlavorLine(start: TagFlavor, fields: readonly string[], fail: Fail): TagFlavor {
  let flavor = start
  let onLatestFor: 'prefix' | 'suffix' | undefined
  for (const field of fields) {
    const eq = field.indexOf('=')
    if (eq < 0) fail(`"${field}" is not key=value`, 'latest=false')
    const key = field.slice(0, eq).trim().toLowerCase()
    const value = field.slice(eq + 1).trim()
    if (key === 'latest') {
      if (value !== 'auto' && value !== 'true' && value !== 'false')
        fail('latest must be auto, true or false', 'latest=false')
      flavor = { ...flavor, latest: value }
    } else if (key === 'prefix' || key === 'suffix') {
      flavor = { ...flavor, [key]: value }
      onLatestFor = key
    } else if (key === 'onlatest') {
      if ((value !== 'true' && value !== 'false') || onLatestFor === undefined)
        fail('onlatest=true|false follows prefix= or suffix=', 'suffix=-dev,onlatest=true')
      flavor = { ...flavor, [`${onLatestFor}Latest`]: value === 'true' }
    } else {
      fail(`unknown flavor "${key}" (use latest, prefix, suffix, onlatest)`, 'latest=auto')
    }
  }
  return flavor
}
