import { RegistryError } from '../errors.ts'
import { NULL_LOGGER, type Logger } from '../logger.ts'
import type { HttpClient, HttpRequest, HttpResponse } from './http-transport.ts'

/**
 * Registry authentication: WWW-Authenticate parsing (RFC 9110 §11.6.1),
 * Basic, and the distribution token flow
 * (https://distribution.github.io/distribution/spec/auth/token/).
 */

/** A username/password pair and where it came from (for messages; never print the values). */
export interface Credentials {
  readonly username: string
  readonly password: string
  /** e.g. 'the username/password inputs' */
  readonly source: string
  /**
   * A Docker identity token (refresh token): exchanged at the token server with
   * the OAuth2 refresh_token grant instead of sending username/password.
   */
  readonly identityToken?: string
}

/**
 * Where the credentials for one registry come from, asked only when the
 * registry first wants them (so an anonymous registry never runs a
 * credential helper or reaches Google), and at most once.
 */
export interface CredentialSource {
  resolve(): Promise<Credentials | undefined>
}

/** One challenge: the scheme in lowercase and its parameters (names lowercased). */
export interface Challenge {
  readonly scheme: string
  readonly params: Readonly<Record<string, string>>
}

/** Parses one or more WWW-Authenticate header values into challenges. */
export function parseChallenges(header: string | readonly string[] | undefined): Challenge[] {
  if (header === undefined) return []
  const values = typeof header === 'string' ? [header] : header
  return values.flatMap((value) => parseChallengeList(value))
}

// token68 is not used by registries; params are name=token or name="quoted".
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/

function parseChallengeList(text: string): Challenge[] {
  const challenges: { scheme: string; params: Record<string, string> }[] = []
  let rest = text
  while (rest.length > 0) {
    rest = rest.replace(/^[\s,]+/, '')
    const name = TOKEN.exec(rest)?.[0]
    if (name === undefined) break
    rest = rest.slice(name.length).replace(/^\s+/, '')
    const current = challenges.at(-1)
    if (!rest.startsWith('=') || current === undefined) {
      // A token not followed by '=' starts the next challenge.
      challenges.push({ scheme: name.toLowerCase(), params: {} })
      continue
    }
    rest = rest.slice(1).replace(/^\s+/, '')
    const [value, after] = readParamValue(rest)
    current.params[name.toLowerCase()] = value
    rest = after
  }
  return challenges
}

function readParamValue(text: string): [string, string] {
  if (!text.startsWith('"')) {
    // Lenient: some servers send an unquoted realm URL, which is not a token.
    const token = /^[^,\s]*/.exec(text)?.[0] ?? ''
    return [token, text.slice(token.length)]
  }
  let value = ''
  for (let i = 1; i < text.length; i++) {
    const char = text[i]
    if (char === '\\' && i + 1 < text.length) value += text[++i]
    else if (char === '"') return [value, text.slice(i + 1)]
    else value += char
  }
  return [value, '']
}

/** 'the username/password inputs (user "alice")', or 'no credentials (anonymous)'. */
export function describeCredentials(credentials: Credentials | undefined): string {
  return credentials === undefined
    ? 'no credentials (anonymous)'
    : `${credentials.source} (user ${JSON.stringify(credentials.username)})`
}

/** The Authorization value for HTTP Basic. */
export function basicAuthorization(credentials: Credentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
}

/** Joins scopes for the same resource ('repository:a:pull' + 'repository:a:push' → 'repository:a:pull,push'). */
export function mergeScopes(scopes: readonly string[]): string[] {
  const actions = new Map<string, Set<string>>()
  for (const scope of scopes.flatMap((s) => s.split(' ')).filter((s) => s !== '')) {
    const cut = scope.lastIndexOf(':')
    const resource = cut < 0 ? scope : scope.slice(0, cut)
    const set = actions.get(resource) ?? new Set<string>()
    for (const action of cut < 0 ? [] : scope.slice(cut + 1).split(',')) if (action !== '') set.add(action)
    actions.set(resource, set)
  }
  return [...actions]
    .map(([resource, set]) => (set.size === 0 ? resource : `${resource}:${[...set].sort().join(',')}`))
    .sort()
}

/** Authenticator settings. */
export interface AuthenticatorOptions {
  readonly credentials?: Credentials | CredentialSource
  readonly http: HttpClient
  readonly logger?: Logger
  /** Milliseconds since the epoch; injectable for cache tests. */
  readonly now?: () => number
}

const DEFAULT_TOKEN_SECONDS = 60
/** Renew this long before the server's expiry so a token never dies mid-request. */
const EXPIRY_MARGIN_MS = 5_000

/** Produces Authorization header values for a challenge, caching bearer tokens per scope set. */
export class Authenticator {
  readonly #source: CredentialSource
  #resolving: Promise<Credentials | undefined> | undefined
  #credentials: Credentials | undefined
  readonly #http: HttpClient
  readonly #logger: Logger
  readonly #now: () => number
  readonly #tokens = new Map<string, { value: string; expiresAt: number }>()
  /** Token requests under way, so parallel uploads share one request per scope set. */
  readonly #inflight = new Map<string, Promise<{ value: string; expiresAt: number }>>()

  constructor(options: AuthenticatorOptions) {
    const given = options.credentials
    this.#source = given === undefined || 'resolve' in given ? (given ?? NO_CREDENTIALS) : fixedSource(given)
    this.#http = options.http
    this.#logger = options.logger ?? NULL_LOGGER
    this.#now = options.now ?? Date.now
  }

  /** The credentials in use once resolved (undefined before the registry asked, or when anonymous). */
  get credentials(): Credentials | undefined {
    return this.#credentials
  }

  /** Resolves the credential source once; later calls share the answer. */
  resolveCredentials(): Promise<Credentials | undefined> {
    this.#resolving ??= this.#source.resolve().then((credentials) => {
      this.#credentials = credentials
      return credentials
    })
    return this.#resolving
  }

  /** The Authorization value for this challenge and scopes, or undefined when none applies. */
  async authorization(
    challenge: Challenge | undefined,
    scopes: readonly string[],
  ): Promise<string | undefined> {
    if (challenge?.scheme === 'basic') {
      const credentials = await this.resolveCredentials()
      // An identity token alone cannot answer Basic (docker sends nothing either).
      return credentials === undefined || credentials.password === ''
        ? undefined
        : basicAuthorization(credentials)
    }
    if (challenge?.scheme !== 'bearer') return undefined
    await this.resolveCredentials()
    const key = `${challenge.params['realm'] ?? ''} ${mergeScopes(scopes).join(' ')}`
    const cached = this.#tokens.get(key)
    if (cached !== undefined && cached.expiresAt > this.#now()) return `Bearer ${cached.value}`
    let pending = this.#inflight.get(key)
    if (pending === undefined) {
      pending = this.#fetchToken(challenge, mergeScopes(scopes)).finally(() => this.#inflight.delete(key))
      this.#inflight.set(key, pending)
    }
    const token = await pending
    this.#tokens.set(key, token)
    return `Bearer ${token.value}`
  }

  /**
   * Forgets the cached token that the registry refused (invalid_token), or all
   * of them. Parallel requests refused with the same token thus renew it once.
   */
  invalidate(rejected?: string): void {
    if (rejected === undefined) {
      this.#tokens.clear()
      this.#inflight.clear()
      return
    }
    for (const [key, token] of this.#tokens)
      if (`Bearer ${token.value}` === rejected) this.#tokens.delete(key)
  }

  async #fetchToken(
    challenge: Challenge,
    scopes: readonly string[],
  ): Promise<{ value: string; expiresAt: number }> {
    const realm = challenge.params['realm']
    if (realm === undefined || realm === '') {
      throw new RegistryError(
        'authenticate',
        'the registry asked for a bearer token but named no realm to get it from',
      )
    }
    const url = new URL(realm)
    const started = this.#now()
    const response = await this.#http.request(
      tokenRequest(url, challenge.params['service'], scopes, this.#credentials),
    )
    if (response.status !== 200) throw this.#tokenRefused(url, response)
    const value = readToken(response, url)
    this.#logger.debug(`got a token from ${url.host} for ${scopes.join(' ') || '(no scope)'}`)
    const lifetimeMs = (value.expiresIn > 0 ? value.expiresIn : DEFAULT_TOKEN_SECONDS) * 1000
    return {
      value: value.token,
      expiresAt: started + lifetimeMs - Math.min(EXPIRY_MARGIN_MS, lifetimeMs / 10),
    }
  }

  #tokenRefused(url: URL, response: HttpResponse): RegistryError {
    const who = describeCredentials(this.#credentials)
    const denied = response.status === 401 || response.status === 403
    return new RegistryError(
      'authenticate',
      denied
        ? `token server ${url.host} rejected ${who} (HTTP ${response.status})`
        : `token server ${url.host} answered HTTP ${response.status} instead of a token`,
      {
        status: response.status,
        ...(denied ? { hint: 'check the username and password (or token) given for this registry' } : {}),
      },
    )
  }
}

const NO_CREDENTIALS: CredentialSource = { resolve: () => Promise.resolve(undefined) }

function fixedSource(credentials: Credentials): CredentialSource {
  return { resolve: () => Promise.resolve(credentials) }
}

/**
 * The token request: GET with Basic credentials (docker's token spec), or for
 * an identity token the OAuth2 form POST with grant_type=refresh_token
 * (https://distribution.github.io/distribution/spec/auth/oauth/).
 */
function tokenRequest(
  url: URL,
  service: string | undefined,
  scopes: readonly string[],
  credentials: Credentials | undefined,
): HttpRequest {
  const common = { url, operation: 'authenticate', peer: 'token server' }
  if (credentials?.identityToken !== undefined) {
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: credentials.identityToken,
      client_id: 'configsync-oci',
    })
    if (service !== undefined) form.set('service', service)
    for (const scope of scopes) form.append('scope', scope)
    const headers = { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' }
    return { ...common, method: 'POST', headers, body: Buffer.from(form.toString()) }
  }
  const query = new URL(url)
  if (service !== undefined) query.searchParams.set('service', service)
  for (const scope of scopes) query.searchParams.append('scope', scope)
  if (credentials !== undefined) query.searchParams.set('account', credentials.username)
  const headers: Record<string, string> = { accept: 'application/json' }
  if (credentials !== undefined) headers['authorization'] = basicAuthorization(credentials)
  return { ...common, url: query, method: 'GET', headers }
}

function readToken(response: HttpResponse, url: URL): { token: string; expiresIn: number } {
  let json: unknown
  try {
    json = JSON.parse(response.body.toString('utf8'))
  } catch (error) {
    throw new RegistryError('authenticate', `token server ${url.host} did not answer JSON`, { cause: error })
  }
  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {}
  const token = record['token'] ?? record['access_token']
  if (typeof token !== 'string' || token === '') {
    throw new RegistryError('authenticate', `token server ${url.host} answered without a token`)
  }
  const expiresIn = typeof record['expires_in'] === 'number' ? record['expires_in'] : 0
  return { token, expiresIn }
}
