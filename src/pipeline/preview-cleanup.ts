import { ActionError, describeError } from '../errors.ts'
import type { SyncCleanup } from '../preview/cluster/preview-cluster.ts'
import { rememberTags } from '../preview/comment-marker.ts'
import { removePreviewSync } from '../preview/preview-sync.ts'
import { allPullRequestTags, pullRequestTags } from '../tags/preview-tags.ts'
import { openTagStore } from '../tags/registry-tag-store.ts'
import { removeTags, type TagRemoval } from '../tags/tag-removal.ts'
import { renderCleanupMarkdown, type CleanupView } from '../report/preview-markdown.ts'
import { setCleanupOutputs, writePreviewSummary } from '../action/github/preview-report.ts'
import { readEventPayload, tagContextFrom } from '../tags/tag-context.ts'
import type { ActionContext } from '../action/context.ts'
import { findComment, postComment, type PreviewSession } from './preview-session.ts'

/**
 * mode: preview on a `closed` pull request: delete the preview
 * RootSync/RepoSync (preview-sync), remove the pull request's tags (pr-N and
 * every SHA tag it pushed, as the comment remembers them) without removing
 * an artifact another tag uses, then report what was removed and what was
 * left in the comment, the job summary and the outputs.
 */
export async function cleanUpPreview(context: ActionContext, session: PreviewSession): Promise<void> {
  const { logger } = context
  if (!session.inputs.cleanup) {
    logger.info(`cleanup: false: pull request #${session.pr.number} closed; its tags and preview sync stay`)
    return
  }
  const found = await findComment(session, logger)
  const syncs = session.inputs.sync ? await deleteSync(context, session) : undefined
  const candidates = rememberTags(found?.state.tags ?? [], await currentTags(context, session))
  logger.info(`Tags of pull request #${session.pr.number}: ${candidates.join(', ') || '(none)'}`)
  const tags = await removeCandidates(context, session, candidates)
  const view: CleanupView = {
    pullRequest: session.pr.number,
    name: session.ref.name,
    merged: session.pr.merged,
    repository: session.id,
    ...('error' in tags ? { tagError: tags.error } : { tags }),
    ...(syncs === undefined ? {} : { syncs }),
    ...(session.runUrl === undefined ? {} : { runUrl: session.runUrl }),
  }
  const markdown = renderCleanupMarkdown(view)
  const left = 'error' in tags ? candidates : tags.kept.map((k) => k.tag)
  // Only an existing comment is edited: a closed pull request gets no new one.
  const url =
    found === undefined
      ? ''
      : await postComment(session, found, { name: session.ref.name, tags: left }, markdown, logger)
  await writePreviewSummary(markdown)
  setCleanupOutputs(view, url)
  throwIfIncomplete(tags, syncs)
}

/** The pr-N and SHA tags the rules give for this (closed) event: the last push's. */
async function currentTags(context: ActionContext, session: PreviewSession): Promise<string[]> {
  const tagContext = tagContextFrom(context.env, await readEventPayload(context.env), session.pr.headSha, {
    now: new Date(),
  })
  return allPullRequestTags(pullRequestTags(context.settings.tagging, tagContext))
}

async function removeCandidates(
  context: ActionContext,
  session: PreviewSession,
  candidates: readonly string[],
): Promise<TagRemoval | { error: string }> {
  if (candidates.length === 0) return { method: 'none', removed: [], kept: [], absent: [] }
  const opened = await openTagStore(session.image, session.targetOptions)
  try {
    return await context.logger.group(
      `Remove the tags of pull request #${session.pr.number} from ${opened.store.describe()}`,
      async () => {
        const removal = await removeTags(opened.store, candidates, context.logger)
        for (const r of removal.removed) context.logger.info(`removed ${r.tag} (${r.digest})`)
        for (const k of removal.kept) context.logger.warning(`left ${k.tag} (${k.digest}): ${k.reason}`)
        if (removal.absent.length > 0) context.logger.info(`not found: ${removal.absent.join(', ')}`)
        return removal
      },
    )
  } catch (error: unknown) {
    context.logger.warning(
      `the tags of pull request #${session.pr.number} were not removed: ${describeError(error).message}`,
    )
    return { error: describeError(error).message }
  } finally {
    await opened.close()
  }
}

/** Deletes the preview RSync in the clusters of kubeconfig/contexts, waiting up to wait-timeout when wait is on. */
async function deleteSync(context: ActionContext, session: PreviewSession): Promise<SyncCleanup[]> {
  const rollout = context.settings.preview?.rollout
  if (rollout === undefined) return []
  try {
    return await removePreviewSync(
      session.ref,
      rollout.selection,
      rollout.wait ? rollout.timeoutMs : 0,
      context.env,
      context.logger,
    )
  } catch (error: unknown) {
    const message = describeError(error).message
    context.logger.warning(`the preview sync was not deleted: ${message}`)
    return [{ cluster: '(clusters)', ref: session.ref, result: 'failed', message }]
  }
}

function throwIfIncomplete(
  tags: TagRemoval | { error: string },
  syncs: readonly SyncCleanup[] | undefined,
): void {
  const problems = [
    ...('error' in tags
      ? [`tags: ${tags.error}`]
      : tags.kept.filter((k) => k.failed).map((k) => `tag ${k.tag}: ${k.reason}`)),
    ...(syncs ?? []).filter((s) => s.result === 'failed').map((s) => `${s.cluster}: ${s.message}`),
  ]
  if (problems.length === 0) return
  throw new ActionError(`preview cleanup incomplete: ${problems.join('; ')}`, {
    hint: 'see the job summary for what was removed; rerun the job once fixed',
  })
}
