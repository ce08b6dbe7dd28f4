import * as core from '@actions/core'
import type { ArtifactDiff } from '../../diff/object-diff.ts'
import type { TagMetadata } from '../../tags/tag-metadata.ts'
import { renderDiffMarkdown } from '../../report/diff-report.ts'

/** The tagging outputs, defined once (declared in action.yml; action-report's OUTPUT lists them too). */
export const TAG_OUTPUT = { json: 'json', changed: 'changed' } as const

/** Sets `json` and `changed`. */
export function setTagOutputs(metadata: TagMetadata): void {
  core.setOutput(TAG_OUTPUT.json, JSON.stringify(metadata))
  core.setOutput(TAG_OUTPUT.changed, String(metadata.changed))
}

/** One paragraph in the job summary, e.g. why nothing was uploaded. */
export async function writeSummaryNote(text: string): Promise<void> {
  await core.summary.addRaw(`<p>${escapeHtml(text)}</p>`, true).write()
}

/** The object diff against compare-with, in the job summary (long patches folded). */
export async function writeDiffSummary(diff: ArtifactDiff, heading: string): Promise<void> {
  await core.summary.addRaw(renderDiffMarkdown(diff, { heading }), true).write()
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
