import { setTimeout as sleep } from 'node:timers/promises'
import { WriteBackError } from '../../errors.ts'
import type { Logger } from '../../logger.ts'
import type { Checkout } from './checkout.ts'
import { identityEnv } from './git-command.ts'
import { editWorktree, type WorktreeEdit } from './worktree-edit.ts'
import type { WriteBackResult, WriteBackSettings } from './writeback-types.ts'

/**
 * Direct mode: edit, commit, push to the branch. A push that loses a race
 * (another writer moved the branch) fetches the new head, applies the edit
 * again on it and retries, up to maxAttempts; it never force-pushes, so no
 * one else's commit is lost.
 */
export async function commitAndPush(
  checkout: Checkout,
  settings: WriteBackSettings,
  message: string,
  logger: Logger,
): Promise<WriteBackResult> {
  const identity = identityEnv(settings.author, settings.committer)
  for (let attempt = 1; attempt <= settings.maxAttempts; attempt++) {
    const edit = await editWorktree(checkout.git.cwd, settings.path, settings.target, settings.image)
    const files = changedFiles(edit)
    if (files.length === 0) {
      return {
        status: 'unchanged',
        commitSha: await checkout.revParse('HEAD'),
        branch: checkout.branch,
        files: edit.files,
        warnings: edit.warnings,
        attempts: attempt - 1,
      }
    }
    const sha = await checkout.commit(files, message, identity)
    if ((await checkout.push(checkout.branch)) === 'pushed') {
      logger.info(`pushed ${sha} to ${checkout.branch}${attempt > 1 ? ` (attempt ${attempt})` : ''}`)
      return {
        status: 'committed',
        commitSha: sha,
        branch: checkout.branch,
        files: edit.files,
        warnings: edit.warnings,
        attempts: attempt,
      }
    }
    logger.info(
      `${checkout.branch} moved while pushing (attempt ${attempt} of ${settings.maxAttempts}); applying the edit again on the new head`,
    )
    await checkout.resetToRemote()
    await backOff(attempt)
  }
  throw new WriteBackError(`gave up after ${settings.maxAttempts} pushes: ${checkout.branch} kept moving`, {
    hint: 'other jobs push to this branch constantly; run again, or use write-back-mode: pull-request',
  })
}

/** The files an edit changed, repo-relative. */
export function changedFiles(edit: WorktreeEdit): string[] {
  return edit.files.filter((file) => file.changes.length > 0).map((file) => file.file)
}

/** A short, jittered pause so racing writers do not collide again in lockstep. */
export async function backOff(attempt: number): Promise<void> {
  await sleep(Math.min(2_000, 100 * 2 ** (attempt - 1)) + Math.floor(Math.random() * 150))
}
