import { InputError } from '../../errors.ts'

/** The config repository to write back to, as git and the GitHub API see it. */
export interface ConfigRepo {
  /** What git clones; never carries credentials. */
  readonly url: string
  /** True for http(s) URLs: the only ones a token is sent to. */
  readonly http: boolean
  /** owner and name for the pull-request API: the URL's last two path segments. */
  readonly github?: { readonly owner: string; readonly repo: string }
}

const SHORTHAND = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/
const SCP_LIKE = /^[A-Za-z0-9_.-]+@[A-Za-z0-9_.-]+:(.+)$/
const SCHEMES = new Set(['https:', 'http:', 'file:', 'ssh:', 'git:'])
const EXAMPLE =
  'acme/platform-config, https://github.com/acme/platform-config.git, git@github.com:acme/platform-config.git or file:///srv/git/config.git'

/**
 * Reads the config-repo value: GitHub shorthand `owner/name` (cloned from
 * `serverUrl`, e.g. https://github.com or a GHES host), any git URL, an
 * scp-like SSH address or an absolute path. Credentials in the URL are
 * refused: they would end up in the process list and in .git/config.
 */
export function resolveConfigRepo(text: string, serverUrl: string, inputName: string): ConfigRepo {
  const value = text.trim()
  const shorthand = SHORTHAND.exec(value)
  if (shorthand) {
    const url = `${serverUrl.replace(/\/+$/, '')}/${shorthand[1]}/${stripGit(shorthand[2]!)}.git`
    return fromUrl(url, inputName, value)
  }
  const scp = SCP_LIKE.exec(value)
  if (scp && !value.includes('://')) return { url: value, http: false, ...ownerRepo(scp[1]!) }
  if (value.startsWith('/')) return fromUrl(`file://${value}`, inputName, value)
  return fromUrl(value, inputName, value)
}

function fromUrl(text: string, inputName: string, shown: string): ConfigRepo {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new InputError(`${inputName} "${redactUrl(shown)}" is not a repository`, {
      hint: `e.g. ${EXAMPLE}`,
    })
  }
  if (!SCHEMES.has(url.protocol))
    throw new InputError(
      `${inputName} "${redactUrl(shown)}" uses ${url.protocol}, which is not a git transport`,
      { hint: `e.g. ${EXAMPLE}` },
    )
  const http = url.protocol === 'https:' || url.protocol === 'http:'
  if (url.password !== '' || (http && url.username !== '')) {
    throw new InputError(`${inputName} must not carry credentials in the URL`, {
      hint: 'remove user:password@ from the URL and pass the token as config-repo-token (CLI: --token-stdin); a token in a URL leaks into the process list and .git/config',
    })
  }
  return { url: text, http, ...ownerRepo(url.pathname) }
}

function ownerRepo(path: string): { github?: { owner: string; repo: string } } {
  const parts = path.split('/').filter((part) => part !== '')
  const [owner, repo] = parts.slice(-2)
  if (parts.length < 2 || owner === undefined || repo === undefined) return {}
  return { github: { owner, repo: stripGit(repo) } }
}

function stripGit(name: string): string {
  return name.endsWith('.git') ? name.slice(0, -'.git'.length) : name
}

/** A URL with any user:password@ replaced, safe for messages. */
export function redactUrl(text: string): string {
  return text.replace(/\/\/[^/@\s]*@/, '//***@')
}

/** The repository as logs show it: owner/name when known, else the URL. */
export function describeRepo(repo: ConfigRepo): string {
  return repo.github && repo.http ? `${repo.github.owner}/${repo.github.repo}` : repo.url
}
