import type { Logger } from '../logger.ts'
import type { CredentialSource, Credentials } from '../registry/auth.ts'
import { runCredentialHelper, type HelperRunner } from './credential-helper.ts'
import { dockerConfigCredentials } from './docker-config.ts'
import { applicationDefaultToken, type GoogleTokenProvider } from './google-adc.ts'
import { isGitHubContainerRegistry, isGoogleRegistry } from './registry-hosts.ts'

/**
 * The credential chain: the first source that has something for the
 * registry host wins, in this order:
 *   1. the username/password inputs (CLI --username/--password-stdin);
 *   2. Google hosts: the access-token input, else Application Default Credentials;
 *   3. ghcr.io: the github-token input (the workflow token by default);
 *   4. the Docker config: credHelpers / credsStore, then auths;
 *   5. anonymous.
 * Every secret is masked the moment it is read; messages carry only the
 * `source` description.
 */

/** User name Google registries expect with an OAuth2 access token. */
export const GOOGLE_TOKEN_USER = 'oauth2accesstoken'

/** Everything the chain may draw on. */
export interface CredentialChainOptions {
  /** From the username/password inputs. */
  readonly credentials?: Credentials
  /** The access-token input: a Google OAuth2 access token (Google hosts only). */
  readonly accessToken?: string
  /** The github-token input (ghcr.io only). */
  readonly githubToken?: string
  /** DOCKER_CONFIG, HOME, GOOGLE_APPLICATION_CREDENTIALS, GITHUB_ACTOR. */
  readonly env: NodeJS.ProcessEnv
  /** Registers a secret with the runner; called the moment a secret is read. */
  readonly mask: (secret: string) => void
  readonly logger: Logger
  /** Seams for tests; default to the real ADC and helper processes. */
  readonly googleToken?: GoogleTokenProvider
  readonly runHelper?: HelperRunner
}

type Step = (host: string, options: CredentialChainOptions) => Promise<Credentials | undefined>

const STEPS: readonly Step[] = [
  async (_host, o) => o.credentials,
  googleCredentials,
  async (host, o) => githubCredentials(host, o),
  async (host, o) =>
    dockerConfigCredentials(host, {
      env: o.env,
      mask: o.mask,
      runHelper: o.runHelper ?? runCredentialHelper,
    }),
]

/** A source that walks the chain for `host` once, when the registry first asks. */
export function credentialChain(host: string, options: CredentialChainOptions): CredentialSource {
  let resolved: Promise<Credentials | undefined> | undefined
  return {
    resolve: () => {
      resolved ??= walk(host, options)
      return resolved
    },
  }
}

async function walk(host: string, options: CredentialChainOptions): Promise<Credentials | undefined> {
  for (const step of STEPS) {
    const found = await step(host, options)
    if (found !== undefined) {
      options.logger.info(`Credentials for ${host}: ${found.source}`)
      return found
    }
  }
  options.logger.info(`Credentials for ${host}: none found, trying anonymously`)
  return undefined
}

async function googleCredentials(
  host: string,
  options: CredentialChainOptions,
): Promise<Credentials | undefined> {
  if (!isGoogleRegistry(host)) return undefined
  if (options.accessToken !== undefined && options.accessToken !== '') {
    options.mask(options.accessToken)
    return { username: GOOGLE_TOKEN_USER, password: options.accessToken, source: 'the access-token input' }
  }
  const adc = await (options.googleToken ?? applicationDefaultToken)(options.env)
  if (adc === undefined) return undefined
  options.mask(adc.token)
  return { username: GOOGLE_TOKEN_USER, password: adc.token, source: adc.source }
}

function githubCredentials(host: string, options: CredentialChainOptions): Credentials | undefined {
  const token = options.githubToken
  if (!isGitHubContainerRegistry(host) || token === undefined || token === '') return undefined
  options.mask(token)
  // GHCR accepts any user name with a token; the actor is what docker/login-action examples use.
  const username = options.env['GITHUB_ACTOR']?.trim() || 'x-access-token'
  return { username, password: token, source: 'the github-token input' }
}
