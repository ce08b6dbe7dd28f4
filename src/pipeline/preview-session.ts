import { InputError } from '../errors.ts'
import type { Logger } from '../logger.ts'
import { markerLine, type PreviewState } from '../preview/comment-marker.ts'
import { previewSyncRef, renderPreviewName } from '../preview/preview-name.ts'
import type { PullRequestEvent } from '../preview/pull-request-event.ts'
import {
  findPreviewComment,
  writePreviewComment,
  type FoundComment,
  type PullRequestComments,
} from '../preview/sticky-comment.ts'
import { parseImageReference, repositoryName } from '../registry/image-reference.ts'
import type { TargetOptions } from '../registry/target-factory.ts'
import { fitComment } from '../report/preview-markdown.ts'
import { rootSyncRef } from '../rootsync/sync-ref.ts'
import { SYNC_KIND, type SyncRef } from '../rootsync/types.ts'
import { targetOptionsOf, type ActionContext } from '../action/context.ts'
import { requireImage } from '../action/inputs.ts'
import { PREVIEW_INPUT } from '../action/preview-inputs.ts'
import type { PreviewInputs } from '../settings/sections.ts'

/**
 * What every part of a preview run shares: the pull request, the preview
 * inputs and name, the image repository (the comment's id), the comment API
 * (absent without a token or with comment: false) and the registry options.
 */
export interface PreviewSession {
  readonly pr: PullRequestEvent
  readonly inputs: PreviewInputs
  readonly image: string
  /** The image repository without tag: one comment per repository. */
  readonly id: string
  readonly ref: SyncRef
  readonly comments?: PullRequestComments
  readonly runUrl?: string
  readonly targetOptions: TargetOptions
}

/** The mode's name in the `mode` input. */
export const PREVIEW_MODE = 'preview'

/** The session of the settings' preview section (the event and the inputs were read and checked with every other input). */
export async function openPreviewSession(context: ActionContext): Promise<PreviewSession> {
  const { env, settings } = context
  if (settings.preview === undefined) throw new InputError(`mode "${settings.mode}" has no preview settings`)
  const { pullRequest: pr, inputs } = settings.preview
  const image = requireImage(settings.core)
  const scope = settings.validation.validation.scope
  const syncedBy =
    scope === undefined || scope.kind === 'root'
      ? rootSyncRef('root-sync')
      : { kind: SYNC_KIND.repo, namespace: scope.namespace, name: scope.name }
  const name = renderPreviewName(
    inputs.nameTemplate,
    { number: pr.number, branch: pr.headRef },
    PREVIEW_INPUT.nameTemplate,
  )
  // Octokit is imported only when a comment is to be written: a publish with a preview step off never loads it.
  const comments =
    inputs.comment && inputs.token !== ''
      ? (await import('../preview/github-comments.ts')).githubComments(
          inputs.token,
          inputs.apiUrl,
          pr.repository,
        )
      : undefined
  const runId = env['GITHUB_RUN_ID']
  const server = env['GITHUB_SERVER_URL'] || 'https://github.com'
  return {
    pr,
    inputs,
    image,
    id: repositoryName(parseImageReference(image, 'image')),
    ref: previewSyncRef(name, syncedBy, PREVIEW_INPUT.nameTemplate),
    ...(comments === undefined ? {} : { comments }),
    ...(runId ? { runUrl: `${server}/${pr.repository}/actions/runs/${runId}` } : {}),
    targetOptions: targetOptionsOf(context),
  }
}

/** The preview comment, or undefined (none yet, no API, or the API refused: a warning). */
export async function findComment(
  session: PreviewSession,
  logger: Logger,
): Promise<FoundComment | undefined> {
  if (session.comments === undefined) return undefined
  try {
    return await findPreviewComment(session.comments, session.pr.number, session.id)
  } catch (error: unknown) {
    warnApi(error, logger, 'could not read the pull request comments')
    return undefined
  }
}

/** Writes the sticky comment; its URL, or '' when the API refused (a warning, the summary has it all). */
export async function postComment(
  session: PreviewSession,
  found: FoundComment | undefined,
  state: PreviewState,
  markdown: string,
  logger: Logger,
): Promise<string> {
  if (session.comments === undefined) return ''
  try {
    const { comment, created } = await writePreviewComment(
      session.comments,
      session.pr.number,
      found,
      fitComment(markerLine(session.id, state), markdown),
    )
    logger.info(
      `${created ? 'Commented on' : 'Updated the comment on'} pull request #${session.pr.number}: ${comment.url}`,
    )
    return comment.url
  } catch (error: unknown) {
    warnApi(error, logger, `could not comment on pull request #${session.pr.number}`)
    return ''
  }
}

function warnApi(error: unknown, logger: Logger, what: string): void {
  const message = error instanceof Error ? error.message : String(error)
  const hint =
    typeof error === 'object' && error !== null && 'hint' in error && typeof error.hint === 'string'
      ? ` (${error.hint})`
      : ''
  logger.warning(`${what}: ${message}${hint}; the preview is in the job summary only`)
}
