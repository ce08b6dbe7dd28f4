import { mkdtemp, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { WriteBackError } from '../../errors.ts'
import type { Logger } from '../../logger.ts'
import { digestOf } from '../edit/digest-reference.ts'
import { describeTarget, slugify, targetSlug, type EditTarget } from '../edit/target.ts'
import { Checkout } from './checkout.ts'
import { renderMessage } from './commit-message.ts'
import { describeRepo } from './config-repo.ts'
import { commitAndPush } from './direct-writeback.ts'
import { Git, gitAuth } from './git-command.ts'
import type { PullRequestHost } from './pull-request-host.ts'
import { pushAndOpenPullRequest } from './pull-request-writeback.ts'
import { WRITE_BACK_MODE, type WriteBackResult, type WriteBackSettings } from './writeback-types.ts'

/** Builds the pull-request port for a repository; tests pass their own. */
export type PullRequestHostFactory = (
  token: string,
  apiUrl: string,
  owner: string,
  repo: string,
) => Promise<PullRequestHost>

/** The GitHub one, loaded only when a pull request is asked for. */
export const GITHUB_HOST: PullRequestHostFactory = async (...args) =>
  (await import('./github-pull-requests.ts')).githubPullRequests(...args)

/**
 * Writes the image back to the config repo: a shallow clone in a temp dir,
 * the format-preserving edit, then a commit pushed to the branch or a
 * pull request. The temp dir is removed whatever happens.
 */
export async function writeBack(
  settings: WriteBackSettings,
  env: NodeJS.ProcessEnv,
  logger: Logger,
  hostFactory: PullRequestHostFactory = GITHUB_HOST,
): Promise<WriteBackResult> {
  const host =
    settings.mode === WRITE_BACK_MODE.pullRequest ? await pullRequestHost(settings, hostFactory) : undefined
  const work = await mkdtemp(join(settings.tempDir, 'configsync-oci-writeback-'))
  try {
    const git = new Git(work, gitAuth(env, settings.repo, settings.token), logger)
    const checkout = await logger.group(
      `Clone ${describeRepo(settings.repo)} (${settings.branch || 'default branch'})`,
      () => Checkout.clone(git, settings.repo.url, settings.branch, join(work, 'repo')),
    )
    const message = renderMessage(settings.message, {
      ...settings.source,
      target: describeTarget(settings.target),
      image: settings.image,
      digest: digestOf(settings.image),
    })
    return await logger.group(`Write back ${describeTarget(settings.target)}`, () =>
      host === undefined
        ? commitAndPush(checkout, settings, message, logger)
        : pushAndOpenPullRequest(checkout, settings, message, host, logger),
    )
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

async function pullRequestHost(
  settings: WriteBackSettings,
  factory: PullRequestHostFactory,
): Promise<PullRequestHost> {
  const github = settings.repo.github
  if (github === undefined) {
    throw new WriteBackError(
      `cannot tell the GitHub owner/name of ${describeRepo(settings.repo)} for the pull request`,
      {
        hint: 'give config-repo as owner/name or as a URL ending in /OWNER/NAME(.git)',
      },
    )
  }
  if (settings.token === '') {
    throw new WriteBackError('write-back-mode pull-request needs config-repo-token', {
      hint: 'a token with contents: write and pull-requests: write on the config repository',
    })
  }
  return factory(settings.token, settings.pullRequest.apiUrl, github.owner, github.repo)
}

/**
 * The pull-request branch of a target: configsync-oci/<target>, with the
 * path in it when the write-back is scoped to part of the repo, so two
 * workflows writing to different places never share a branch.
 */
export function pullRequestBranch(target: EditTarget, path: string): string {
  const scope = path === '.' || path === '' ? '' : `${slugify(path)}--`
  return `configsync-oci/${scope}${targetSlug(target)}`
}
