import * as core from '@actions/core'
import type { CleanupView } from '../../report/preview-markdown.ts'

/**
 * The preview's outputs and job summary. The comment text comes from
 * preview-markdown.ts; the job summary always gets the same Markdown, so a
 * run without pull-requests: write still shows everything.
 */

/** The preview's output names (declared in action.yml too). */
export const PREVIEW_OUTPUT = {
  name: 'preview-name',
  commentUrl: 'comment-url',
  removedTags: 'removed-tags',
  keptTags: 'kept-tags',
  removedSyncs: 'removed-syncs',
} as const

/** Adds the preview Markdown to the job summary. */
export async function writePreviewSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(markdown, true).write()
}

/** preview-name and comment-url ('' when no comment was written). */
export function setPreviewOutputs(name: string, commentUrl: string): void {
  core.setOutput(PREVIEW_OUTPUT.name, name)
  core.setOutput(PREVIEW_OUTPUT.commentUrl, commentUrl)
}

/** removed-tags, kept-tags (one per line) and removed-syncs (CLUSTER: KIND NAMESPACE/NAME, one per line). */
export function setCleanupOutputs(view: CleanupView, commentUrl: string): void {
  core.setOutput(PREVIEW_OUTPUT.name, view.name)
  core.setOutput(PREVIEW_OUTPUT.commentUrl, commentUrl)
  core.setOutput(PREVIEW_OUTPUT.removedTags, (view.tags?.removed ?? []).map((r) => r.tag).join('\n'))
  core.setOutput(PREVIEW_OUTPUT.keptTags, (view.tags?.kept ?? []).map((k) => k.tag).join('\n'))
  const removed = (view.syncs ?? []).filter((s) => s.result === 'deleted' || s.result === 'deleting')
  core.setOutput(
    PREVIEW_OUTPUT.removedSyncs,
    removed.map((s) => `${s.cluster}: ${s.ref.kind} ${s.ref.namespace}/${s.ref.name}`).join('\n'),
  )
}
