import { spawn } from 'node:child_process'
import { WriteBackError } from '../../errors.ts'
import type { Logger } from '../../logger.ts'
import type { ConfigRepo } from './config-repo.ts'

/** What one git call printed. */
export interface GitOutput {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Options of one git call. */
export interface GitCallOptions {
  /** Text for git's stdin (a commit message). */
  readonly input?: string
  /** Extra environment for this call only (author and committer). */
  readonly env?: Readonly<Record<string, string>>
  /** Return a failed call instead of throwing (push, which may lose a race). */
  readonly allowFailure?: boolean
}

const TIMEOUT_MS = 120_000

/**
 * The machine's git, run in one directory with an environment that carries
 * the token (if any) as configuration, never as an argument: argv is
 * world-readable in /proc, the environment is not. Every line git prints is
 * scrubbed of the secrets before it reaches a log or an error.
 */
export class Git {
  readonly cwd: string
  readonly #env: NodeJS.ProcessEnv
  readonly #secrets: readonly string[]
  readonly #logger: Logger

  constructor(cwd: string, auth: GitAuth, logger: Logger) {
    this.cwd = cwd
    this.#env = auth.env
    this.#secrets = auth.secrets
    this.#logger = logger
  }

  /** A Git for another directory with the same environment. */
  in(cwd: string): Git {
    return new Git(cwd, { env: this.#env, secrets: this.#secrets }, this.#logger)
  }

  /** Runs `git ARGS`; throws a WriteBackError with git's own message unless allowFailure. */
  async run(args: readonly string[], options: GitCallOptions = {}): Promise<GitOutput> {
    this.#logger.debug(`git ${args.join(' ')}`)
    const raw = await spawnGit(args, this.cwd, { ...this.#env, ...options.env }, options.input)
    const output = { code: raw.code, stdout: this.redact(raw.stdout), stderr: this.redact(raw.stderr) }
    if (output.code !== 0 && options.allowFailure !== true) {
      throw new WriteBackError(
        `git ${args[0]} failed (exit ${output.code}): ${lastLines(output.stderr || output.stdout)}`,
        { hint: hintFor(output.stderr) },
      )
    }
    return output
  }

  /** `text` with every secret replaced by ***. */
  redact(text: string): string {
    let result = text
    for (const secret of this.#secrets) if (secret !== '') result = result.split(secret).join('***')
    return result
  }
}

/** The environment git runs with, and the strings it must never print. */
export interface GitAuth {
  readonly env: NodeJS.ProcessEnv
  readonly secrets: readonly string[]
}

/**
 * Git's environment for talking to `repo`: no prompts, English messages,
 * and for an http(s) remote with a token an `http.<url>.extraHeader` set
 * through GIT_CONFIG_COUNT/KEY/VALUE (git 2.31+), scoped to that URL. This
 * is how actions/checkout authenticates, minus writing it to .git/config.
 */
export function gitAuth(base: NodeJS.ProcessEnv, repo: ConfigRepo, token: string): GitAuth {
  const env: NodeJS.ProcessEnv = {
    ...base,
    GIT_TERMINAL_PROMPT: '0',
    GCM_INTERACTIVE: 'never',
    GIT_LFS_SKIP_SMUDGE: '1',
    LC_ALL: 'C',
    LANGUAGE: 'C',
  }
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY']) delete env[name]
  if (token === '' || !repo.http) return { env, secrets: token === '' ? [] : [token] }
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64')
  const index = Number.parseInt(env['GIT_CONFIG_COUNT'] ?? '0', 10) || 0
  env[`GIT_CONFIG_KEY_${index}`] = `http.${repo.url}.extraheader`
  env[`GIT_CONFIG_VALUE_${index}`] = `AUTHORIZATION: basic ${basic}`
  env['GIT_CONFIG_COUNT'] = String(index + 1)
  return { env, secrets: [token, basic] }
}

/** Author and committer of the write-back commit, as git's environment variables. */
export function identityEnv(author: Person, committer: Person): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: committer.name,
    GIT_COMMITTER_EMAIL: committer.email,
  }
}

/** A git identity. */
export interface Person {
  readonly name: string
  readonly email: string
}

function spawnGit(
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  input: string | undefined,
): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'], timeout: TIMEOUT_MS })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', (cause) =>
      reject(
        new WriteBackError('cannot run git', { cause, hint: 'install git (2.31 or later) on the runner' }),
      ),
    )
    child.on('close', (code, signal) => {
      const text = Buffer.concat(stderr).toString('utf8')
      resolve({
        code: code ?? 128,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: signal ? `${text}\n(killed by ${signal})` : text,
      })
    })
    child.stdin.on('error', () => undefined)
    child.stdin.end(input ?? '')
  })
}

function lastLines(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('hint:'))
  return lines.slice(-3).join(' / ') || '(no output)'
}

function hintFor(stderr: string): string {
  if (
    /Authentication failed|Invalid username or password|could not read Username|HTTP 401|returned error: 40[13]/i.test(
      stderr,
    )
  ) {
    return 'check config-repo-token: it needs contents: write on the config repository (and pull-requests: write for pull-request mode)'
  }
  if (/Remote branch .* not found|couldn't find remote ref/i.test(stderr))
    return 'check config-repo-branch: the branch must exist in the config repository'
  if (/protected branch|pre-receive hook declined/i.test(stderr))
    return 'the branch is protected: use write-back-mode: pull-request'
  return 'run with ACTIONS_STEP_DEBUG=true (CLI: --verbose) to see every git call'
}
