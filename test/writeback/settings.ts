import { tmpdir } from 'node:os'
import { ACTIONS_BOT } from '../../src/action/writeback-inputs.ts'
import { DEFAULT_TARGET, parseTarget } from '../../src/writeback/edit/target.ts'
import { DEFAULT_COMMIT_MESSAGE } from '../../src/writeback/git/commit-message.ts'
import { resolveConfigRepo } from '../../src/writeback/git/config-repo.ts'
import { pullRequestBranch } from '../../src/writeback/git/write-back.ts'
import type { WriteBackSettings } from '../../src/writeback/git/writeback-types.ts'
import { digestRef } from './git-repos.ts'

/** The source commit the tests write back from. */
export const SOURCE_SHA = '0123456789abcdef0123456789abcdef01234567'

/** Write-back settings for `repo` (a URL or owner/name), with test defaults and overrides. */
export function settingsFor(
  repo: string,
  overrides: Partial<Omit<WriteBackSettings, 'target'>> & { target?: string } = {},
): WriteBackSettings {
  const { target: targetText, ...rest } = overrides
  const target = parseTarget(targetText ?? DEFAULT_TARGET, 'target')
  const path = rest.path ?? '.'
  return {
    repo: resolveConfigRepo(repo, 'https://github.com', 'config-repo'),
    branch: 'main',
    path,
    target,
    image: digestRef('a'),
    token: '',
    mode: 'commit',
    message: DEFAULT_COMMIT_MESSAGE,
    source: {
      repository: 'acme/app',
      sha: SOURCE_SHA,
      commitUrl: `https://github.com/acme/app/commit/${SOURCE_SHA}`,
      runUrl: 'https://github.com/acme/app/actions/runs/42',
    },
    author: ACTIONS_BOT,
    committer: ACTIONS_BOT,
    pullRequest: {
      branch: pullRequestBranch(target, path),
      labels: [],
      autoMerge: 'off',
      apiUrl: 'http://127.0.0.1:9',
    },
    maxAttempts: 5,
    tempDir: tmpdir(),
    ...rest,
  }
}

/** Test env for git: the machine's PATH and a throwaway HOME (no user config leaks in). */
export function gitEnv(home: string, path = process.env['PATH'] ?? '/usr/bin:/bin'): NodeJS.ProcessEnv {
  return { PATH: path, HOME: home }
}
