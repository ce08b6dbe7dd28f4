import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { RegistryError } from '../errors.ts'
import type { Credentials } from '../registry/auth.ts'
import type { HelperRunner } from './credential-helper.ts'
import { configKeyMatches, helperServerUrl } from './registry-hosts.ts'

/**
 * Credentials from the Docker config that `docker login` and
 * docker/login-action write (`$DOCKER_CONFIG/config.json`, else
 * `~/.docker/config.json`), looked up as the docker CLI does: the host's
 * `credHelpers` entry, else `credsStore`, and when the helper has nothing,
 * the `auths` entry (base64 `auth`, or `username`/`password`, `identitytoken`).
 */

/** What the lookup needs. */
export interface DockerConfigOptions {
  readonly env: NodeJS.ProcessEnv
  readonly runHelper: HelperRunner
  /** Called with every secret the moment it is read. */
  readonly mask: (secret: string) => void
}

interface AuthEntry {
  readonly auth?: unknown
  readonly username?: unknown
  readonly password?: unknown
  readonly identitytoken?: unknown
}

interface DockerConfig {
  readonly auths?: Readonly<Record<string, AuthEntry>>
  readonly credHelpers?: Readonly<Record<string, unknown>>
  readonly credsStore?: unknown
}

/** The config file docker reads. */
export function dockerConfigPath(env: NodeJS.ProcessEnv): string {
  const dir = env['DOCKER_CONFIG']?.trim()
  if (dir !== undefined && dir !== '') return join(dir, 'config.json')
  return join(env['HOME'] ?? homedir(), '.docker', 'config.json')
}

/** The Docker config's credentials for `host`, or undefined when it has none (or there is no config). */
export async function dockerConfigCredentials(
  host: string,
  options: DockerConfigOptions,
): Promise<Credentials | undefined> {
  const path = dockerConfigPath(options.env)
  const config = await readConfig(path)
  if (config === undefined) return undefined
  const helper = pick(config.credHelpers, host) ?? config.credsStore
  if (typeof helper === 'string' && helper !== '') {
    const found = await options.runHelper(helper, helperServerUrl(host))
    if (found !== undefined) {
      options.mask(found.secret)
      const kind = pick(config.credHelpers, host) === undefined ? 'credsStore' : 'credHelpers'
      const source = `docker-credential-${helper} (${kind} in ${path})`
      return found.identityToken
        ? { username: found.username, password: '', identityToken: found.secret, source }
        : { username: found.username, password: found.secret, source }
    }
  }
  const entry = pick(config.auths, host)
  return entry === undefined
    ? undefined
    : fromAuthEntry(entry, `the Docker config ${path} (auths entry for ${host})`, options.mask)
}

async function readConfig(path: string): Promise<DockerConfig | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new RegistryError('read Docker config', `cannot read the Docker config ${path}`, { cause: error })
  }
  try {
    const parsed: unknown = JSON.parse(text)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new Error('not a JSON object')
    return parsed as DockerConfig
  } catch (error) {
    throw new RegistryError('read Docker config', `the Docker config ${path} is not a valid JSON object`, {
      cause: error,
      hint: 'fix or remove the file (docker login rewrites it), or point DOCKER_CONFIG at another directory',
    })
  }
}

/** The entry whose key names `host`: an exact key wins over 'https://host/…' forms. */
function pick<T>(entries: Readonly<Record<string, T>> | undefined, host: string): T | undefined {
  if (entries === undefined || typeof entries !== 'object') return undefined
  if (Object.hasOwn(entries, host)) return entries[host]
  const key = Object.keys(entries).find((k) => configKeyMatches(k, host))
  return key === undefined ? undefined : entries[key]
}

/** Decodes an auths entry; an entry with nothing usable (as credsStore leaves behind) is no credential. */
export function fromAuthEntry(
  entry: AuthEntry,
  source: string,
  mask: (secret: string) => void,
): Credentials | undefined {
  let username = typeof entry.username === 'string' ? entry.username : ''
  let password = typeof entry.password === 'string' ? entry.password : ''
  if (typeof entry.auth === 'string' && entry.auth !== '') {
    mask(entry.auth)
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon < 0) {
      throw new RegistryError('read Docker config', `${source}: "auth" is not base64 of user:password`, {
        hint: 'log in again with docker login (or docker/login-action)',
      })
    }
    username = decoded.slice(0, colon)
    password = decoded.slice(colon + 1)
  }
  if (password !== '') mask(password)
  const identityToken =
    typeof entry.identitytoken === 'string' && entry.identitytoken !== '' ? entry.identitytoken : undefined
  if (identityToken !== undefined) {
    mask(identityToken)
    return { username: username || '<token>', password, identityToken, source }
  }
  return username === '' && password === '' ? undefined : { username, password, source }
}
