import { InputError } from '../errors.ts'
import { branchOf, gitTagOf, isDefaultBranch, type TagContext } from './tag-context.ts'

/**
 * metadata-action's Handlebars expressions, without Handlebars: `{{name}}`
 * and `{{date 'FORMAT' tz='ZONE'}}` / `{{commit_date …}}`. Anything else
 * inside braces is an error naming the rule, never passed through as text.
 */

const EXPRESSION = /\{\{\s*([A-Za-z_]+)((?:\s+[^}]*)?)\s*\}\}/g
/** Date tokens in moment's spelling; other characters are copied as they are. */
const DATE_TOKENS = /YYYY|YY|MM|DD|HH|mm|ss/g
const SHORT_SHA_LENGTH = 7

/** Renders the global expressions in a value, prefix, suffix or enable attribute. */
export function renderGlobal(template: string, context: TagContext, where: string): string {
  return template.replace(EXPRESSION, (whole, name: string, args: string) => {
    switch (name) {
      case 'branch':
        return branchOf(context.ref)
      case 'tag':
        return gitTagOf(context.ref)
      case 'sha':
        return shortSha(context.sha)
      case 'base_ref':
        return context.baseRef ?? ''
      case 'is_default_branch':
        return String(isDefaultBranch(context))
      case 'is_not_default_branch':
        return String(!isDefaultBranch(context))
      case 'date':
        return formatDate(context.now, args, whole, where)
      case 'commit_date':
        return formatDate(context.commitDate ?? context.now, args, whole, where)
      default:
        throw unknownExpression(
          whole,
          where,
          'branch, tag, sha, base_ref, is_default_branch, is_not_default_branch, date, commit_date',
        )
    }
  })
}

/** The values a semver pattern may use. */
export interface SemverParts {
  readonly raw: string
  readonly version: string
  readonly major: number
  readonly minor: number
  readonly patch: number
}

/** Renders a type=semver pattern ({{raw}}, {{version}}, {{major}}, {{minor}}, {{patch}}). */
export function renderSemverPattern(pattern: string, parts: SemverParts, where: string): string {
  return pattern.replace(EXPRESSION, (whole, name: string, args: string) => {
    if (
      args.trim() === '' &&
      (name === 'raw' || name === 'version' || name === 'major' || name === 'minor' || name === 'patch')
    ) {
      return String(parts[name])
    }
    throw unknownExpression(whole, where, 'raw, version, major, minor, patch')
  })
}

/** True when the pattern is exactly {{raw}} (metadata-action keeps it for pre-releases). */
export function isRawPattern(pattern: string): boolean {
  return /^\{\{\s*raw\s*\}\}$/.test(pattern.trim())
}

/** The first 7 characters, as metadata-action's short SHA. */
export function shortSha(sha: string): string {
  return sha.slice(0, SHORT_SHA_LENGTH)
}

function unknownExpression(expression: string, where: string, known: string): InputError {
  return new InputError(`${where}: unknown expression ${expression}`, {
    hint: `the expressions are ${known}`,
  })
}

/** {{date 'YYYYMMDD-HHmmss' tz='Europe/Paris'}}: the tokens YYYY YY MM DD HH mm ss, UTC unless tz is given. */
function formatDate(date: Date, args: string, whole: string, where: string): string {
  const match = /^\s*'([^']*)'(?:\s+tz='([^']+)')?\s*$/.exec(args)
  if (match === null) {
    throw new InputError(`${where}: cannot read ${whole}`, {
      hint: "write {{date 'YYYYMMDD'}} or {{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}",
    })
  }
  const parts = dateParts(date, match[2] ?? 'UTC', whole, where)
  return match[1]!.replace(DATE_TOKENS, (token) =>
    token === 'YY' ? parts.YYYY.slice(2) : parts[token as keyof typeof parts],
  )
}

function dateParts(
  date: Date,
  timeZone: string,
  whole: string,
  where: string,
): Record<'YYYY' | 'MM' | 'DD' | 'HH' | 'mm' | 'ss', string> {
  let format: Intl.DateTimeFormat
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
  } catch (cause) {
    throw new InputError(`${where}: unknown time zone in ${whole}`, {
      cause,
      hint: "use an IANA zone such as tz='Europe/Paris'",
    })
  }
  const get = (type: Intl.DateTimeFormatPartTypes): string =>
    format.formatToParts(date).find((p) => p.type === type)?.value ?? ''
  return {
    YYYY: get('year').padStart(4, '0'),
    MM: get('month'),
    DD: get('day'),
    HH: get('hour'),
    mm: get('minute'),
    ss: get('second'),
  }
}
