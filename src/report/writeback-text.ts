import type { Logger } from '../logger.ts'
import { describeTarget, type EditTarget } from '../writeback/edit/target.ts'
import { describeRepo, type ConfigRepo } from '../writeback/git/config-repo.ts'
import type { WriteBackResult } from '../writeback/git/writeback-types.ts'
import { FORMAT, type Format } from './text-report.ts'

/** Where a write-back went, for the summary and the CLI. */
export interface WriteBackPlace {
  readonly repo: ConfigRepo
  readonly target: EditTarget
  readonly image: string
}

/** One line that says what happened, for the log and the CLI. */
export function describeOutcome(result: WriteBackResult, place: WriteBackPlace): string {
  const where = `${describeRepo(place.repo)} ${result.branch}`
  if (result.status === 'unchanged')
    return `${describeTarget(place.target)} already has ${place.image} on ${where}: no commit`
  if (result.status === 'committed')
    return `committed ${result.commitSha} to ${where} (${countLines(result)})`
  const pull = result.pullRequest
  return `${pull?.created ? 'opened' : 'updated'} pull request #${pull?.number} (${pull?.url}) from ${result.branch} (${countLines(result)})`
}

/** Logs the outcome and every changed line. */
export function logWriteBack(result: WriteBackResult, place: WriteBackPlace, logger: Logger): void {
  for (const warning of result.warnings) logger.warning(warning)
  for (const file of result.files) {
    for (const change of file.changes)
      logger.info(
        `${file.file}:${change.line}: ${change.from === undefined ? 'inserted' : `${change.from} →`} ${place.image}`,
      )
  }
  logger.info(describeOutcome(result, place))
  if (result.stalePullRequest)
    logger.warning(
      `pull request #${result.stalePullRequest.number} for this target is still open, but ${result.branch} already has the image`,
    )
}

/** The CLI's result: text lines, or one JSON object. */
export function renderWriteBackResult(
  result: WriteBackResult,
  place: WriteBackPlace,
  format: Format,
): string {
  if (format === FORMAT.json) {
    return `${JSON.stringify(
      {
        status: result.status,
        commitSha: result.commitSha,
        branch: result.branch,
        pullRequest: result.pullRequest ?? null,
        attempts: result.attempts,
        files: result.files.map((file) => ({
          file: file.file,
          matches: file.matches,
          changes: file.changes.map(({ line, from, before, after }) => ({
            line,
            from: from ?? null,
            before,
            after,
          })),
        })),
        warnings: result.warnings,
      },
      null,
      2,
    )}\n`
  }
  const diff = diffText(result)
  return `${describeOutcome(result, place)}\n${diff === '' ? '' : `${diff}\n`}`
}

export function diffText(result: WriteBackResult): string {
  return result.files
    .filter((file) => file.changes.length > 0)
    .flatMap((file) => [
      `--- a/${file.file}`,
      `+++ b/${file.file}`,
      ...file.changes.flatMap((c) => [
        `@@ line ${c.line} @@`,
        ...(c.before === '' ? [] : [`-${c.before}`]),
        `+${c.after}`,
      ]),
    ])
    .join('\n')
}

function countLines(result: WriteBackResult): string {
  const lines = result.files.reduce((sum, file) => sum + file.changes.length, 0)
  const files = result.files.filter((file) => file.changes.length > 0).length
  return `${lines} ${lines === 1 ? 'line' : 'lines'} in ${files} ${files === 1 ? 'file' : 'files'}`
}
