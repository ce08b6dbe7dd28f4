import { ManifestValidationError } from '../errors.ts'
import { CLOSED_ACTION } from '../preview/pull-request-event.ts'
import { renderFailureMarkdown } from '../report/preview-markdown.ts'
import type { ActionContext, ActionMode } from '../action/context.ts'
import { findComment, openPreviewSession, postComment, type PreviewSession } from './preview-session.ts'
import { cleanUpPreview } from './preview-cleanup.ts'
import { publishMode } from './publish-mode.ts'

/**
 * mode: preview, for pull_request workflows. On opened, synchronize and
 * reopened: publish with the tags pr-N and the head SHA (when tag-rules is
 * empty), then the preview step (diff, preview sync, sticky comment). On
 * closed: cleanup (preview-cleanup.ts).
 */
export const previewMode: ActionMode = {
  async run(context) {
    const session = await openPreviewSession(context)
    if (session.inputs.comment && session.inputs.token === '')
      context.logger.warning(
        'github-token is empty: no pull request comment; the preview is in the job summary only',
      )
    if (session.pr.action === CLOSED_ACTION) return cleanUpPreview(context, session)
    if (await isClosedAlready(session, context)) return
    try {
      // The settings' tag rules default to pr-N and the head SHA in this mode.
      await publishMode.run(context)
    } catch (error: unknown) {
      if (error instanceof ManifestValidationError) await commentFailure(context, session, error)
      throw error
    }
  },
}

/**
 * A run that starts after its pull request closed (a queued push) would
 * recreate what cleanup removed: it publishes nothing. Without API access
 * the check is skipped.
 */
async function isClosedAlready(session: PreviewSession, context: ActionContext): Promise<boolean> {
  if (session.comments === undefined) return false
  try {
    const pull = await session.comments.getPull(session.pr.number)
    if (pull.state !== 'closed') return false
    context.logger.warning(
      `pull request #${session.pr.number} is closed by now: this run publishes no preview (the closed event's run cleans up)`,
    )
    return true
  } catch (error: unknown) {
    context.logger.debug(
      `could not read pull request #${session.pr.number}: ${error instanceof Error ? error.message : String(error)}`,
    )
    return false
  }
}

/** The sticky comment says validation stopped this push; its remembered tags stay. */
async function commentFailure(
  context: ActionContext,
  session: PreviewSession,
  error: ManifestValidationError,
): Promise<void> {
  const found = await findComment(session, context.logger)
  const markdown = renderFailureMarkdown({
    pullRequest: session.pr.number,
    name: session.ref.name,
    headSha: session.pr.headSha,
    message: error.message,
    findings: error.findings,
    ...(session.runUrl === undefined ? {} : { runUrl: session.runUrl }),
  })
  await postComment(
    session,
    found,
    { name: session.ref.name, tags: found?.state.tags ?? [] },
    markdown,
    context.logger,
  )
}
