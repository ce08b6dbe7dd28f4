import type { ArtifactDiff } from '../diff/object-diff.ts'
import { SEVERITY, sortFindings, type Finding } from '../manifests/finding.ts'
import type { SyncCleanup } from '../preview/cluster/preview-cluster.ts'
import type { TagRemoval } from '../tags/tag-removal.ts'
import type { FleetResult } from '../rootsync/fleet.ts'
import type { ClusterRollout } from '../rootsync/rollout.ts'
import { describeSyncRef } from '../rootsync/sync-ref.ts'
import type { SyncRef } from '../rootsync/types.ts'
import { renderDiffMarkdown } from './diff-report.ts'
import { describeAction, firstLine } from './sync-status-text.ts'

/**
 * The preview comment and job summary as Markdown (pure). GitHub refuses a
 * comment body over 65,536 characters, so the object diff gets what the rest
 * leaves, and fitComment cuts whatever still overflows, closing open code
 * fences and <details>, with a note.
 */

/** GitHub's limit on a comment body. */
export const COMMENT_LIMIT = 65_536
/** Kept free below the limit: the diff renderer's budget is not exact to the character. */
const MARGIN = 1_000
/** Findings listed in the comment; the job summary and annotations have all. */
const MAX_FINDINGS = 20

/** Everything the preview comment shows. */
export interface PreviewView {
  readonly pullRequest: number
  readonly name: string
  readonly headSha: string
  /** REPOSITORY@sha256:… */
  readonly image: string
  readonly digest: string
  readonly tags: readonly string[]
  readonly size: number
  readonly objectCount: number
  readonly findings: readonly Finding[]
  /** The base branch's artifact: the diff, or why there is none. */
  readonly base: { readonly label: string; readonly diff?: ArtifactDiff; readonly note?: string }
  /** The preview sync, when preview-sync is on. */
  readonly sync?: { readonly ref: SyncRef; readonly fleet?: FleetResult; readonly error?: string }
  readonly runUrl?: string
}

/** A push that validation stopped. */
export interface FailureView {
  readonly pullRequest: number
  readonly name: string
  readonly headSha: string
  readonly message: string
  readonly findings: readonly Finding[]
  readonly runUrl?: string
}

/** What cleanup did, for the comment and the summary. */
export interface CleanupView {
  readonly pullRequest: number
  readonly name: string
  readonly merged: boolean
  readonly repository: string
  readonly tags?: TagRemoval
  readonly tagError?: string
  /** Absent when preview-sync is off. */
  readonly syncs?: readonly SyncCleanup[]
  readonly runUrl?: string
}

/** The preview comment's Markdown; `reserved` characters (the marker line) are left for the caller. */
export function renderPreviewMarkdown(view: PreviewView, reserved = 0): string {
  const head = [
    `### configsync-oci preview \`${view.name}\``,
    '',
    `Pull request #${view.pullRequest} at \`${view.headSha.slice(0, 12)}\`: **${view.objectCount} objects** in \`${view.image}\``,
    '',
    '| | |',
    '| --- | --- |',
    `| Digest | \`${view.digest}\` |`,
    `| Tags | ${view.tags.map((t) => `\`${t}\``).join(' ')} |`,
    `| Layer size | ${view.size.toLocaleString('en-US')} bytes |`,
    '',
    ...validationLines(view.findings, false),
    ...syncLines(view.sync),
  ]
  const foot = footer(view.runUrl, `Updated on every push to #${view.pullRequest}.`)
  const used = reserved + head.join('\n').length + foot.join('\n').length + MARGIN
  const diff = diffLines(view.base, COMMENT_LIMIT - used)
  return `${[...head, ...diff, ...foot].join('\n').trimEnd()}\n`
}

/** The comment when validation stopped the push: the findings, nothing else changed. */
export function renderFailureMarkdown(view: FailureView): string {
  const out = [
    `### configsync-oci preview \`${view.name}\``,
    '',
    `Pull request #${view.pullRequest} at \`${view.headSha.slice(0, 12)}\`: ${escape(view.message)}`,
    '',
    ...validationLines(view.findings, true),
    ...footer(view.runUrl, 'The preview still shows the last artifact that passed.'),
  ]
  return `${out.join('\n').trimEnd()}\n`
}

/** The comment after cleanup: what was removed and what was left, and why. */
export function renderCleanupMarkdown(view: CleanupView): string {
  const out = [
    `### configsync-oci preview \`${view.name}\`: ${view.merged ? 'merged' : 'closed'}, cleaned up`,
    '',
  ]
  if (view.syncs !== undefined) {
    out.push(
      '**Preview sync**',
      '',
      ...view.syncs.map((s) => `- ${s.cluster}: ${s.result}: ${escape(s.message)}`),
      '',
    )
  }
  out.push(...tagLines(view), ...footer(view.runUrl, ''))
  return `${out.join('\n').trimEnd()}\n`
}

/** The body with the marker first, cut at the limit with closed fences and details and a note. */
export function fitComment(marker: string, markdown: string, limit = COMMENT_LIMIT): string {
  const body = `${marker}\n${markdown}`
  if (body.length <= limit) return body
  const note =
    "\n\n_The rest of this comment was cut at GitHub's 65,536-character limit; the job summary and `configsync-oci diff` show all of it._\n"
  const kept: string[] = []
  let size = 0
  let fence: string | undefined
  let details = 0
  for (const line of body.split('\n')) {
    const closing = (fence === undefined ? '' : `\n${fence}`) + '\n</details>'.repeat(details)
    if (size + line.length + 1 + closing.length + note.length > limit) break
    kept.push(line)
    size += line.length + 1
    const mark = /^(`{3,})/.exec(line)?.[1]
    if (mark !== undefined) fence = fence === undefined ? mark : line.trim() === fence ? undefined : fence
    else if (fence === undefined && line.startsWith('<details')) details++
    else if (fence === undefined && line.startsWith('</details>')) details = Math.max(0, details - 1)
  }
  const closing = [
    ...(fence === undefined ? [] : [fence]),
    ...Array.from({ length: details }, () => '</details>'),
  ]
  return `${[...kept, ...closing].join('\n')}${note}`
}

function validationLines(findings: readonly Finding[], failed: boolean): string[] {
  const errors = findings.filter((f) => f.severity === SEVERITY.error).length
  if (findings.length === 0)
    return [failed ? '**Validation failed.**' : '**Validation:** passed, no findings.', '']
  const rows = sortFindings(findings)
    .slice(0, MAX_FINDINGS)
    .map(
      (f) =>
        `| ${f.code} | ${f.severity} | \`${f.line > 0 ? `${f.file}:${f.line}` : f.file}\` | ${escape(f.message)} |`,
    )
  const more =
    findings.length > MAX_FINDINGS
      ? [`- … and ${findings.length - MAX_FINDINGS} more (see the annotations)`]
      : []
  const counts = `${plural(errors, 'error')} and ${plural(findings.length - errors, 'warning')}`
  return [
    failed
      ? `**Validation failed:** ${counts}; nothing was pushed.`
      : `**Validation:** passed with ${counts}.`,
    '',
    `<details><summary>Findings (${findings.length})</summary>`,
    '',
    '| Code | Severity | File | Message |',
    '| --- | --- | --- | --- |',
    ...rows,
    ...more,
    '',
    '</details>',
    '',
  ]
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

function syncLines(sync: PreviewView['sync']): string[] {
  if (sync === undefined) return []
  const heading = `**Preview sync:** ${describeSyncRef(sync.ref)}`
  if (sync.fleet === undefined)
    return [heading, '', `- not synced: ${escape(sync.error ?? 'unknown error')}`, '']
  const rows = sync.fleet.clusters.map(
    (c) =>
      `| ${escape(c.cluster)} | **${c.state}** | ${escape(describeAction(c))} | ${escape(syncDetails(c))} |`,
  )
  return [heading, '', '| Cluster | State | Image | Details |', '| --- | --- | --- | --- |', ...rows, '']
}

/** The reason, then up to three of the cluster's errors (KNV code first), one line each. */
function syncDetails(c: ClusterRollout): string {
  const parts = [firstLine(c.reason)]
  for (const error of c.errors.slice(0, 3))
    if (!parts.some((p) => p.endsWith(firstLine(error.message)))) parts.push(firstLine(error.message))
  if (c.errors.length > 3) parts.push(`… ${c.errors.length - 3} more`)
  return parts.join(' · ')
}

function diffLines(base: PreviewView['base'], budget: number): string[] {
  const heading = `#### Changes against \`${base.label}\``
  if (base.diff === undefined) return [heading, '', base.note ?? 'No artifact to compare with.', '']
  return [renderDiffMarkdown(base.diff, { heading, maxChars: Math.max(2_000, budget) }).trimEnd(), '']
}

function tagLines(view: CleanupView): string[] {
  if (view.tagError !== undefined) return ['**Tags:** not removed: ' + escape(view.tagError), '']
  const tags = view.tags
  if (tags === undefined) return []
  const out = ['**Tags**', '']
  if (tags.removed.length > 0)
    out.push(`- removed from \`${view.repository}\`: ${tags.removed.map((r) => `\`${r.tag}\``).join(', ')}`)
  for (const kept of tags.kept)
    out.push(`- left \`${kept.tag}\` (\`${kept.digest}\`): ${escape(kept.reason)}`)
  if (tags.absent.length > 0)
    out.push(`- not found (already gone): ${tags.absent.map((t) => `\`${t}\``).join(', ')}`)
  if (tags.removed.length + tags.kept.length + tags.absent.length === 0) out.push('- none to remove')
  return [...out, '']
}

function footer(runUrl: string | undefined, text: string): string[] {
  const parts = [text, runUrl === undefined ? '' : `[Run](${runUrl}).`].filter((part) => part !== '')
  return parts.length === 0 ? [] : ['', `<sub>${parts.join(' ')}</sub>`]
}

/** Table cells and list items: no pipes, no HTML, one line. */
function escape(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
}
