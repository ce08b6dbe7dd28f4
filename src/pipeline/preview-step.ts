import { loadStoredSide } from '../diff/artifact-loader.ts'
import { diffArtifacts } from '../diff/object-diff.ts'
import { ClusterError, describeError, InputError } from '../errors.ts'
import { markerLine, rememberTags } from '../preview/comment-marker.ts'
import { syncPreview, type PreviewSyncResult } from '../preview/preview-sync.ts'
import { allPullRequestTags, pullRequestTags } from '../tags/preview-tags.ts'
import type { PublishResult } from './publish.ts'
import { sameRepositoryReference } from '../registry/image-store.ts'
import { openImageStore } from '../registry/open-image-store.ts'
import { renderPreviewMarkdown, type PreviewView } from '../report/preview-markdown.ts'
import { setPreviewOutputs, writePreviewSummary } from '../action/github/preview-report.ts'
import { setRolloutOutputs } from '../action/github/rollout-report.ts'
import { sanitizeTag } from '../tags/sanitize.ts'
import { readEventPayload, tagContextFrom } from '../tags/tag-context.ts'
import type { ActionContext } from '../action/context.ts'
import type { AfterPublishStep } from './after-publish-step.ts'
import { findComment, openPreviewSession, postComment, type PreviewSession } from './preview-session.ts'
import { PREVIEW_INPUT } from '../action/preview-inputs.ts'
import { previewEnabled } from '../settings/settings.ts'

/**
 * After the push of a pull request's artifact (mode: preview): the object
 * diff against the base branch's artifact, the preview RootSync/RepoSync
 * (preview-sync), the sticky comment and the job summary.
 */
export const previewStep: AfterPublishStep = {
  name: 'preview',
  // Neither rollout nor config-repo is set in mode preview: the settings refuse them (a pull request's
  // artifact must not reach the production sync or config repo).
  enabled: previewEnabled,
  async run(context, result) {
    const session = await openPreviewSession(context)
    const logger = context.logger
    const found = await findComment(session, logger)
    const base = await diffAgainstBase(context, session, result)
    const sync = session.inputs.sync
      ? await runPreviewSync(context, session, result.pushed.reference)
      : undefined
    const view: PreviewView = {
      pullRequest: session.pr.number,
      name: session.ref.name,
      headSha: session.pr.headSha,
      image: result.pushed.reference,
      digest: result.pushed.digest,
      tags: result.pushed.tags,
      size: result.layer.size,
      objectCount: result.objectCount,
      findings: result.findings,
      base,
      ...(sync === undefined
        ? {}
        : {
            sync: { ref: session.ref, ...('fleet' in sync ? { fleet: sync.fleet } : { error: sync.error }) },
          }),
      ...(session.runUrl === undefined ? {} : { runUrl: session.runUrl }),
    }
    const own = await ownTags(context, session, result.pushed.tags)
    const state = { name: session.ref.name, tags: rememberTags(found?.state.tags ?? [], own) }
    const markdown = renderPreviewMarkdown(view, markerLine(session.id, state).length + 1)
    const url = await postComment(session, found, state, markdown, logger)
    await writePreviewSummary(markdown)
    setPreviewOutputs(session.ref.name, url)
    if (sync !== undefined) throwIfFailed(sync)
  },
}

/** The base branch's artifact against the pushed one; a note instead when there is none or it cannot be read. */
async function diffAgainstBase(
  context: ActionContext,
  session: PreviewSession,
  result: PublishResult,
): Promise<PreviewView['base']> {
  const label = session.inputs.base ?? sanitizeTag(session.pr.baseRef) ?? ''
  if (label === '')
    return { label: '(no base branch)', note: 'The event names no base branch to compare with.' }
  const { store } = openImageStore(session.image, session.targetOptions, 'image')
  try {
    const reference = sameRepositoryReference(session.image, label, PREVIEW_INPUT.base)
    const found = await store.getManifest(reference)
    if (found === undefined)
      return {
        label,
        note: `No artifact is tagged \`${label}\` in \`${store.describe()}\` yet: nothing to compare with.`,
      }
    const before = await loadStoredSide(store, found.digest, `${store.describe()}:${label}`)
    const after = await loadStoredSide(store, result.pushed.digest, result.pushed.reference)
    return { label, diff: diffArtifacts(before, after) }
  } catch (error: unknown) {
    if (error instanceof InputError) throw error
    context.logger.warning(`no diff against ${label}: ${describeError(error).message}`)
    return { label, note: `The diff could not be made: ${describeError(error).message}` }
  } finally {
    store.close()
  }
}

type SyncOutcome = PreviewSyncResult | { readonly error: string; readonly cause: unknown }

async function runPreviewSync(
  context: ActionContext,
  session: PreviewSession,
  image: string,
): Promise<SyncOutcome> {
  // The rollout settings (kubeconfig, contexts, wait, sync-dir, sync-auth …) with create-sync on: a preview is created on its first push.
  const rollout = context.settings.preview?.rollout
  if (rollout === undefined) return { error: 'preview-sync: true without rollout settings', cause: undefined }
  try {
    const outcome = await syncPreview(session.ref, image, rollout, context.env, context.logger)
    setRolloutOutputs(outcome.fleet)
    return outcome
  } catch (error: unknown) {
    return { error: describeError(error).message, cause: error }
  }
}

/** The pushed tags that belong to the pull request (its pr-N and SHA tags), for cleanup to find later. */
async function ownTags(
  context: ActionContext,
  session: PreviewSession,
  pushed: readonly string[],
): Promise<string[]> {
  const tagContext = tagContextFrom(context.env, await readEventPayload(context.env), session.pr.headSha, {
    now: new Date(),
  })
  const own = allPullRequestTags(pullRequestTags(context.settings.tagging, tagContext))
  return pushed.filter((tag) => own.includes(tag))
}

function throwIfFailed(sync: SyncOutcome): void {
  if (!('fleet' in sync)) throw new ClusterError(`preview sync failed: ${sync.error}`, { cause: sync.cause })
  const failed = sync.fleet.clusters.find((c) => !c.ok)
  if (failed !== undefined) {
    throw new ClusterError(
      `preview sync failed in cluster ${failed.cluster}: ${failed.state}: ${failed.reason.split('\n')[0]}`,
      {
        hint: failed.hint ?? 'see the comment on the pull request and the job summary',
      },
    )
  }
}
