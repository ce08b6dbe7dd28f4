import * as core from '@actions/core'
import { describeTarget } from '../../writeback/edit/target.ts'
import { describeRepo } from '../../writeback/git/config-repo.ts'
import type { WriteBackResult } from '../../writeback/git/writeback-types.ts'
import { describeOutcome, diffText, type WriteBackPlace } from '../../report/writeback-text.ts'

/** The write-back's output names (also declared in action.yml). */
export const WRITEBACK_OUTPUT = {
  status: 'write-back-status',
  commitSha: 'commit-sha',
  pullRequestNumber: 'pull-request-number',
  pullRequestUrl: 'pull-request-url',
} as const

/** Sets the write-back outputs; empty strings for what did not happen. */
export function setWriteBackOutputs(result: WriteBackResult): void {
  core.setOutput(WRITEBACK_OUTPUT.status, result.status)
  core.setOutput(WRITEBACK_OUTPUT.commitSha, result.commitSha)
  core.setOutput(
    WRITEBACK_OUTPUT.pullRequestNumber,
    result.pullRequest ? String(result.pullRequest.number) : '',
  )
  core.setOutput(WRITEBACK_OUTPUT.pullRequestUrl, result.pullRequest?.url ?? '')
}

/** The job summary section: repository, branch, outcome and the changed lines as a diff. */
export async function writeWriteBackSummary(result: WriteBackResult, place: WriteBackPlace): Promise<void> {
  core.summary.addHeading('configsync-oci: write-back', 3).addTable([
    [
      { data: 'Field', header: true },
      { data: 'Value', header: true },
    ],
    ['Repository', code(describeRepo(place.repo))],
    ['Target', escapeHtml(describeTarget(place.target))],
    ['Result', escapeHtml(describeOutcome(result, place))],
  ])
  const diff = diffText(result)
  if (diff !== '') core.summary.addCodeBlock(diff, 'diff')
  await core.summary.write()
}

function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
