import { InputError } from '../errors.ts'
import { DEFAULT_TARGET, parseTarget, type EditTarget } from '../writeback/edit/target.ts'
import { checkTemplate, DEFAULT_COMMIT_MESSAGE } from '../writeback/git/commit-message.ts'
import { resolveConfigRepo, type ConfigRepo } from '../writeback/git/config-repo.ts'
import type { Person } from '../writeback/git/git-command.ts'
import { pullRequestBranch } from '../writeback/git/write-back.ts'
import {
  AUTO_MERGE,
  WRITE_BACK_MODE,
  type AutoMerge,
  type PullRequestSettings,
  type WriteBackMode,
} from '../writeback/git/writeback-types.ts'
import { list, type InputReader } from './inputs.ts'
import type { WriteBackInputs } from '../settings/sections.ts'

/** The write-back inputs' names, in one table. */
export const WRITEBACK_INPUT = {
  repo: 'config-repo',
  branch: 'config-repo-branch',
  token: 'config-repo-token',
  path: 'config-repo-path',
  target: 'write-back-target',
  mode: 'write-back-mode',
  message: 'commit-message',
  author: 'commit-author',
  committer: 'commit-committer',
  prBranch: 'pr-branch',
  prLabels: 'pr-labels',
  prAutoMerge: 'pr-auto-merge',
  serverUrl: 'github-server-url',
  apiUrl: 'github-api-url',
} as const

/** The GitHub Actions bot, the default author and committer (as actions/checkout documents it). */
export const ACTIONS_BOT: Person = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
}

/**
 * Reads the write-back inputs; undefined when `config-repo` is empty (no
 * write-back). The token is masked the moment it is read, with the Basic
 * header form git sends.
 */
export function readWriteBackInputs(
  read: InputReader,
  mask: (secret: string) => void,
  env: NodeJS.ProcessEnv,
): WriteBackInputs | undefined {
  const token = read(WRITEBACK_INPUT.token).trim()
  if (token !== '') {
    mask(token)
    mask(Buffer.from(`x-access-token:${token}`).toString('base64'))
  }
  const repoText = read(WRITEBACK_INPUT.repo).trim()
  if (repoText === '') return undefined
  const serverUrl = read(WRITEBACK_INPUT.serverUrl).trim() || env['GITHUB_SERVER_URL'] || 'https://github.com'
  const target = parseTarget(
    read(WRITEBACK_INPUT.target).trim() || DEFAULT_TARGET,
    `input "${WRITEBACK_INPUT.target}"`,
  )
  const path = normalizePath(read(WRITEBACK_INPUT.path), `input "${WRITEBACK_INPUT.path}"`)
  const message =
    read(WRITEBACK_INPUT.message).trim() === '' ? DEFAULT_COMMIT_MESSAGE : read(WRITEBACK_INPUT.message)
  checkTemplate(message, `input "${WRITEBACK_INPUT.message}"`)
  const author = parsePerson(read(WRITEBACK_INPUT.author), WRITEBACK_INPUT.author) ?? ACTIONS_BOT
  return {
    repo: resolveConfigRepo(repoText, serverUrl, `input "${WRITEBACK_INPUT.repo}"`),
    branch: read(WRITEBACK_INPUT.branch).trim(),
    token,
    path,
    target,
    mode: parseMode(read(WRITEBACK_INPUT.mode)),
    message,
    author,
    committer: parsePerson(read(WRITEBACK_INPUT.committer), WRITEBACK_INPUT.committer) ?? author,
    pullRequest: {
      branch: read(WRITEBACK_INPUT.prBranch).trim() || pullRequestBranch(target, path),
      labels: list(read(WRITEBACK_INPUT.prLabels)),
      autoMerge: parseAutoMerge(read(WRITEBACK_INPUT.prAutoMerge), `input "${WRITEBACK_INPUT.prAutoMerge}"`),
      apiUrl: (
        read(WRITEBACK_INPUT.apiUrl).trim() ||
        env['GITHUB_API_URL'] ||
        'https://api.github.com'
      ).replace(/\/+$/, ''),
    },
  }
}

function parseMode(value: string): WriteBackMode {
  const text = value.trim() || WRITE_BACK_MODE.commit
  const mode = Object.values(WRITE_BACK_MODE).find((m) => m === text)
  if (mode === undefined)
    throw new InputError(`input "${WRITEBACK_INPUT.mode}" is "${text}", expected commit or pull-request`, {
      hint: 'e.g. write-back-mode: pull-request',
    })
  return mode
}

/** `Name <email>`; undefined for an empty value. */
export function parsePerson(value: string, name: string): Person | undefined {
  const text = value.trim()
  if (text === '') return undefined
  const match = /^([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(text)
  if (!match)
    throw new InputError(`${name} "${text}" is not "Name <email>"`, {
      hint: `e.g. ${ACTIONS_BOT.name} <${ACTIONS_BOT.email}>`,
    })
  return { name: match[1]!, email: match[2]! }
}

/** false | true (merge) | merge | squash | rebase. */
export function parseAutoMerge(value: string, name: string): AutoMerge {
  const text = value.trim().toLowerCase()
  if (text === '' || text === 'false' || text === 'off') return 'off'
  if (text === 'true') return 'merge'
  const method = AUTO_MERGE.find((m) => m === text)
  if (method === undefined)
    throw new InputError(`${name} is "${value.trim()}", expected false, true, merge, squash or rebase`, {
      hint: 'e.g. pr-auto-merge: squash',
    })
  return method
}

/** A path inside the config repo, '/'-separated, without ./ or a trailing slash; '.' for the root. */
export function normalizePath(value: string, name: string): string {
  const text = value
    .trim()
    .replace(/\\/g, '/')
    .replace(/^\.\/+/, '')
    .replace(/\/+$/, '')
  if (text.startsWith('/') || text.split('/').includes('..')) {
    throw new InputError(`${name} "${value.trim()}" must be a path inside the config repository`, {
      hint: 'e.g. clusters/prod/root-sync.yaml or clusters/',
    })
  }
  return text === '' ? '.' : text
}
