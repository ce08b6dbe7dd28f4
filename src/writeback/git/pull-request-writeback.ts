import { WriteBackError } from '../../errors.ts'
import type { Logger } from '../../logger.ts'
import type { Checkout } from './checkout.ts'
import { backOff, changedFiles } from './direct-writeback.ts'
import { identityEnv } from './git-command.ts'
import { pullRequestContent, type PullRequestHost } from './pull-request-host.ts'
import { editWorktree } from './worktree-edit.ts'
import type { PullRequestInfo, WriteBackResult, WriteBackSettings } from './writeback-types.ts'

/**
 * Pull-request mode: the target's own branch (configsync-oci/<target>) is
 * rebuilt as the base head plus one commit, pushed with --force-with-lease
 * against the head we saw (a concurrent run makes us start again on the new
 * state), and one pull request per branch is opened or updated.
 */
export async function pushAndOpenPullRequest(
  checkout: Checkout,
  settings: WriteBackSettings,
  message: string,
  host: PullRequestHost,
  logger: Logger,
): Promise<WriteBackResult> {
  const { branch } = settings.pullRequest
  const identity = identityEnv(settings.author, settings.committer)
  for (let attempt = 1; attempt <= settings.maxAttempts; attempt++) {
    const edit = await editWorktree(checkout.git.cwd, settings.path, settings.target, settings.image)
    const files = changedFiles(edit)
    const common = { files: edit.files, warnings: edit.warnings, attempts: attempt - 1 }
    if (files.length === 0) {
      const open = await host.findOpen(branch, checkout.branch)
      const stale = open === undefined ? {} : { stalePullRequest: { number: open.number, url: open.url } }
      return {
        status: 'unchanged',
        commitSha: await checkout.revParse('HEAD'),
        branch: checkout.branch,
        ...common,
        ...stale,
      }
    }
    const sha = await checkout.commit(files, message, identity)
    const seen = await checkout.remoteHead(branch)
    if (seen !== undefined && (await alreadyPushed(checkout, branch, seen, sha))) {
      logger.info(`${branch} already holds this change (${seen}); not pushing`)
      return {
        status: 'pull-request',
        commitSha: seen,
        branch,
        ...common,
        pullRequest: await openOrUpdate(host, settings, checkout.branch, message, edit.files, logger),
      }
    }
    if ((await checkout.push(branch, seen ?? '')) === 'pushed') {
      logger.info(`pushed ${sha} to ${branch}`)
      return {
        status: 'pull-request',
        commitSha: sha,
        branch,
        ...common,
        attempts: attempt,
        pullRequest: await openOrUpdate(host, settings, checkout.branch, message, edit.files, logger),
      }
    }
    logger.info(
      `${branch} moved while pushing (attempt ${attempt} of ${settings.maxAttempts}); starting again from ${checkout.branch}`,
    )
    await checkout.resetToRemote()
    await backOff(attempt)
  }
  throw new WriteBackError(`gave up after ${settings.maxAttempts} pushes: ${branch} kept moving`, {
    hint: 'another run writes to the same target at the same time; run again',
  })
}

async function alreadyPushed(
  checkout: Checkout,
  branch: string,
  seen: string,
  sha: string,
): Promise<boolean> {
  await checkout.fetch(branch, 2)
  return checkout.sameChange(seen, sha)
}

async function openOrUpdate(
  host: PullRequestHost,
  settings: WriteBackSettings,
  base: string,
  message: string,
  files: Parameters<typeof pullRequestContent>[1],
  logger: Logger,
): Promise<PullRequestInfo> {
  const { branch, labels, autoMerge } = settings.pullRequest
  const content = pullRequestContent(message, files)
  let open = await host.findOpen(branch, base)
  let pull
  if (open === undefined) {
    // A run for the same target may open the PR between our look and our create: then update that one.
    pull = await host.create({ ...content, head: branch, base }).catch(async (error: unknown) => {
      open = await host.findOpen(branch, base)
      if (open === undefined) throw error
      return host.update(open.number, content)
    })
  } else {
    pull = await host.update(open.number, content)
  }
  if (labels.length > 0) await host.addLabels(pull.number, labels)
  let merge: PullRequestInfo['autoMerge'] = 'off'
  if (autoMerge !== 'off') {
    try {
      await host.enableAutoMerge(pull, autoMerge)
      merge = 'enabled'
    } catch (error: unknown) {
      // The pull request is there and correct; auto-merge is a convenience the repository may not allow.
      logger.warning(
        `auto-merge of #${pull.number} was not enabled: ${error instanceof Error ? error.message : String(error)}`,
      )
      merge = 'failed'
    }
  }
  return { number: pull.number, url: pull.url, created: open === undefined, autoMerge: merge }
}
