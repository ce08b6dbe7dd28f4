import type { ArtifactDiff, ObjectChange, ObjectEntry, SideSummary } from '../diff/object-diff.ts'

/**
 * The diff in three forms: text (CLI), JSON (CLI, scripts) and Markdown
 * (job summary; PR comments reuse it). Pure: retag-report.ts writes the
 * Markdown to the job summary.
 */

/** Output formats of `configsync-oci diff`. */
export const DIFF_FORMAT = { text: 'text', json: 'json', markdown: 'markdown' } as const
/** One of DIFF_FORMAT's values. */
export type DiffFormat = (typeof DIFF_FORMAT)[keyof typeof DIFF_FORMAT]

/** Markdown knobs. */
export interface MarkdownOptions {
  /** Heading line, e.g. '### Changes since main'. */
  readonly heading?: string
  /** Patches up to this many lines are shown open; longer ones inside <details>. */
  readonly inlineLines?: number
  /** Stop adding patches past this many characters (a PR comment holds 65,536). */
  readonly maxChars?: number
}

/** Items listed per section (added, removed, omitted patches, files) before "… and N more". */
const LIST_LIMIT = 100
const DEFAULT_MARKDOWN: Required<MarkdownOptions> = {
  heading: '### configsync-oci diff',
  inlineLines: 20,
  maxChars: 60_000,
}

/** The diff in the requested format. */
export function renderDiff(diff: ArtifactDiff, format: DiffFormat): string {
  if (format === DIFF_FORMAT.json) return `${JSON.stringify(diff, null, 2)}\n`
  if (format === DIFF_FORMAT.markdown) return renderDiffMarkdown(diff)
  return renderDiffText(diff)
}

/** Plain text: both sides, the size change, objects, files, then every patch. */
export function renderDiffText(diff: ArtifactDiff): string {
  const out = [
    sideLine('old', diff.old),
    sideLine('new', diff.new),
    `size: ${sizeChange(diff.old, diff.new)}`,
  ]
  if (diff.identical) return `${[...out, 'no differences'].join('\n')}\n`
  out.push(`objects: ${objectCounts(diff)}`)
  for (const entry of diff.added) out.push(`  + ${entry.label} (${entry.file})`)
  for (const entry of diff.removed) out.push(`  - ${entry.label} (${entry.file})`)
  for (const entry of diff.changed) out.push(`  ~ ${entry.label} (${entry.file})`)
  out.push(`files: ${fileCounts(diff)}`)
  for (const path of diff.files.added) out.push(`  + ${path}`)
  for (const path of diff.files.removed) out.push(`  - ${path}`)
  for (const path of diff.files.modified) out.push(`  ~ ${path}`)
  const patches = diff.changed.map((change) => change.patch.trimEnd())
  return `${[...out, ...(patches.length === 0 ? [] : ['', patches.join('\n\n')])].join('\n')}\n`
}

/** Markdown for a job summary or PR comment: a table, lists, and patches (long ones folded in <details>). */
export function renderDiffMarkdown(diff: ArtifactDiff, options: MarkdownOptions = {}): string {
  const settings = { ...DEFAULT_MARKDOWN, ...options }
  const out = [
    settings.heading,
    '',
    `${code(diff.old.label)} → ${code(diff.new.label)}`,
    '',
    ...sideTable(diff),
    '',
  ]
  if (diff.identical)
    return `${[...out, `No differences: both hold the same ${diff.new.files} files.`].join('\n')}\n`
  out.push(`**Objects:** ${objectCounts(diff)}. **Files:** ${fileCounts(diff)}.`, '')
  if (diff.added.length > 0) out.push('#### Added', '', ...capped(diff.added.map(entryItem)), '')
  if (diff.removed.length > 0) out.push('#### Removed', '', ...capped(diff.removed.map(entryItem)), '')
  const files = filesBlock(diff)
  // The budget covers everything: what is left after the lists and the files goes to patches.
  const used = out.join('\n').length + files.join('\n').length
  if (diff.changed.length > 0) out.push('#### Changed', '', ...changedBlocks(diff.changed, settings, used))
  out.push(...files)
  return `${out.join('\n').trimEnd()}\n`
}

function sideLine(name: string, side: SideSummary): string {
  const digest = side.digest === undefined ? '' : ` ${side.digest}`
  return `${name}: ${side.label}${digest} (${bytes(side.layerSize)}, ${side.files} files, ${side.objects} objects)`
}

function sideTable(diff: ArtifactDiff): string[] {
  const row = (name: string, a: string, b: string): string => `| ${name} | ${a} | ${b} |`
  return [
    row('', 'Old', 'New'),
    '| --- | --- | --- |',
    row(
      'Digest',
      diff.old.digest === undefined ? '—' : code(diff.old.digest),
      diff.new.digest === undefined ? '—' : code(diff.new.digest),
    ),
    row(
      'Layer size',
      bytes(diff.old.layerSize),
      `${bytes(diff.new.layerSize)} (${signed(diff.new.layerSize - diff.old.layerSize)})`,
    ),
    row('Files', String(diff.old.files), String(diff.new.files)),
    row('Objects', String(diff.old.objects), String(diff.new.objects)),
  ]
}

interface PatchBlock {
  /** The list line used when the patch is left out. */
  readonly item: string
  readonly lines: readonly string[]
  readonly size: number
}

/** Patches in order while they fit in maxChars, counting the list of the ones left out. */
function changedBlocks(
  changes: readonly ObjectChange[],
  settings: Required<MarkdownOptions>,
  used: number,
): string[] {
  const blocks = changes.map((change) => patchBlock(change, settings.inlineLines))
  let shown = 0
  let size = used
  for (let k = 0; k <= blocks.length; k++) {
    if (size + omittedLines(blocks, k).join('\n').length <= settings.maxChars) shown = k
    size += (blocks[k]?.size ?? 0) + 1
  }
  return [...blocks.slice(0, shown).flatMap((block) => block.lines), ...omittedLines(blocks, shown)]
}

function patchBlock(change: ObjectChange, inlineLines: number): PatchBlock {
  const counts = `(+${change.linesAdded} −${change.linesRemoved})`
  const title = `${code(change.label)} in ${code(change.file)} ${counts}`
  const fence = fenceFor(change.patch)
  const body = [`${fence}diff`, change.patch.trimEnd(), fence]
  const lines =
    change.patch.split('\n').length <= inlineLines
      ? [`${title}:`, '', ...body, '']
      : [
          `<details><summary>${htmlCode(change.label)} in ${htmlCode(change.file)} ${counts}</summary>`,
          '',
          ...body,
          '',
          '</details>',
          '',
        ]
  return { item: `- ${title}`, lines, size: lines.join('\n').length }
}

function omittedLines(blocks: readonly PatchBlock[], from: number): string[] {
  const rest = blocks.length - from
  if (rest === 0) return []
  const note = `_${plural(rest, 'more changed object')}: the diff is too long to show here; run \`configsync-oci diff\` for all of it._`
  return [note, '', ...capped(blocks.slice(from).map((block) => block.item)), '']
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

function filesBlock(diff: ArtifactDiff): string[] {
  const items = [
    ...diff.files.added.map((p) => `- added ${code(p)}`),
    ...diff.files.removed.map((p) => `- removed ${code(p)}`),
    ...diff.files.modified.map((p) => `- modified ${code(p)}`),
  ]
  if (items.length === 0) return []
  return [`<details><summary>Files (${items.length})</summary>`, '', ...capped(items), '', '</details>']
}

/** At most LIST_LIMIT items, then a count of the rest: a summary or comment has a size limit. */
function capped(items: readonly string[]): string[] {
  return items.length <= LIST_LIMIT
    ? [...items]
    : [...items.slice(0, LIST_LIMIT), `- … and ${items.length - LIST_LIMIT} more`]
}

function entryItem(entry: ObjectEntry): string {
  return `- ${code(entry.label)} in ${code(entry.file)}`
}

function objectCounts(diff: ArtifactDiff): string {
  return `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed`
}

function fileCounts(diff: ArtifactDiff): string {
  return `${diff.files.added.length} added, ${diff.files.removed.length} removed, ${diff.files.modified.length} modified`
}

/** '1,234 → 1,300 bytes (+66)' */
export function sizeChange(before: SideSummary, after: SideSummary): string {
  return `${before.layerSize.toLocaleString('en-US')} → ${bytes(after.layerSize)} (${signed(after.layerSize - before.layerSize)})`
}

function bytes(count: number): string {
  return `${count.toLocaleString('en-US')} bytes`
}

function signed(delta: number): string {
  return delta === 0 ? '±0' : `${delta > 0 ? '+' : '−'}${Math.abs(delta).toLocaleString('en-US')}`
}

/** Inline code that survives backticks in the text. */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length))
  const ticks = '`'.repeat(longest + 1)
  return longest === 0 ? `${ticks}${text}${ticks}` : `${ticks} ${text} ${ticks}`
}

function htmlCode(text: string): string {
  return `<code>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</code>`
}

/** A code fence longer than any backtick run in the text. */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`{3,}/g)].map((m) => m[0].length))
  return '`'.repeat(Math.max(3, longest + 1))
}
