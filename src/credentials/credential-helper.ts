import { spawn } from 'node:child_process'
import { RegistryError } from '../errors.ts'

/**
 * Docker credential helpers (https://github.com/docker/docker-credential-helpers):
 * `docker-credential-NAME get` reads the server URL on stdin and prints
 * `{"ServerURL","Username","Secret"}` on stdout; Username `<token>` marks the
 * secret as an identity token. A missing entry exits non-zero with
 * "credentials not found in native keychain".
 */

/** What a helper returned. */
export interface HelperCredentials {
  readonly username: string
  readonly secret: string
  /** The secret is an identity (refresh) token, not a password. */
  readonly identityToken: boolean
}

/** Runs `docker-credential-NAME get`; injectable so the chain can be tested without processes. */
export type HelperRunner = (helper: string, serverUrl: string) => Promise<HelperCredentials | undefined>

const TIMEOUT_MS = 60_000
const OUTPUT_CAP = 64 * 1024

/** The helper's answer, or undefined when it has nothing for this server. */
export const runCredentialHelper: HelperRunner = async (helper, serverUrl) => {
  const program = `docker-credential-${helper}`
  if (!/^[A-Za-z0-9._-]+$/.test(helper)) {
    throw new RegistryError(
      'get credentials',
      `credential helper name ${JSON.stringify(helper)} is not a plain program name`,
    )
  }
  const { code, stdout, stderr } = await runProgram(program, serverUrl)
  if (code !== 0) {
    if (/credentials not found/i.test(`${stdout}\n${stderr}`)) return undefined
    // stdout is not shown: a confused helper might have printed a secret there.
    const said = firstLine(stderr) || `exit code ${code}`
    throw new RegistryError('get credentials', `${program} get failed for ${serverUrl}: ${said}`, {
      hint: `run "echo ${serverUrl} | ${program} get" to see what the helper says, or log in again`,
    })
  }
  return parseHelperOutput(program, stdout)
}

/** Parses the helper's JSON answer. */
export function parseHelperOutput(program: string, stdout: string): HelperCredentials {
  let json: unknown
  try {
    json = JSON.parse(stdout)
  } catch (error) {
    throw new RegistryError('get credentials', `${program} get did not print JSON`, { cause: error })
  }
  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {}
  const username = typeof record['Username'] === 'string' ? record['Username'] : ''
  const secret = typeof record['Secret'] === 'string' ? record['Secret'] : ''
  if (secret === '') throw new RegistryError('get credentials', `${program} get returned no Secret`)
  return { username, secret, identityToken: username === '<token>' }
}

interface ProgramResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

function runProgram(program: string, input: string): Promise<ProgramResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, ['get'], { stdio: ['pipe', 'pipe', 'pipe'] })
    // Our own timer, not spawn's `timeout`: that one is only cleared on 'exit',
    // which a helper missing from PATH never emits, keeping the process alive.
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGTERM')
    }, TIMEOUT_MS)
    const out: Buffer[] = []
    const err: Buffer[] = []
    collect(child.stdout, out)
    collect(child.stderr, err)
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      const missing = error.code === 'ENOENT'
      reject(
        new RegistryError(
          'get credentials',
          missing ? `credential helper ${program} is not on PATH` : `cannot run ${program}: ${error.message}`,
          {
            cause: error,
            hint: 'install the helper, or remove it from credHelpers/credsStore in the Docker config',
          },
        ),
      )
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      const text = (chunks: Buffer[]): string => Buffer.concat(chunks).toString('utf8')
      resolve({
        code: code ?? 1,
        stdout: text(out),
        stderr: timedOut ? `timed out after ${TIMEOUT_MS / 1000} s` : text(err),
      })
    })
    // A helper that exits without reading stdin makes the write fail with EPIPE: its exit code tells.
    child.stdin.on('error', () => {})
    child.stdin.end(input)
  })
}

function collect(stream: NodeJS.ReadableStream, into: Buffer[]): void {
  let size = 0
  stream.on('data', (chunk: Buffer) => {
    if (size < OUTPUT_CAP) into.push(chunk)
    size += chunk.length
  })
}

function firstLine(text: string): string {
  return (text.trim().split('\n')[0] ?? '').slice(0, 300)
}
