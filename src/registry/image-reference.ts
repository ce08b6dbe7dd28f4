import { InputError } from '../errors.ts'

/**
 * Image references as docker and the CNCF distribution library read them.
 * Grammar: https://github.com/distribution/reference/blob/main/reference.go
 *
 *   reference := [domain '/'] path [':' tag] ['@' digest]
 *   domain    := host [':' port]      host: DNS name, IPv4 or '[' IPv6 ']'
 *   path      := component ('/' component)*
 */

/** A parsed image reference; the registry is as written (docker.io when absent). */
export interface ImageReference {
  /** Host and optional port, e.g. 'us-docker.pkg.dev', '127.0.0.1:5000', 'docker.io'. */
  readonly registry: string
  /** Path inside the registry, e.g. 'proj/repo/img' or 'library/nginx'. */
  readonly repository: string
  readonly tag?: string
  /** 'sha256:<64 hex>' */
  readonly digest?: string
}

const DOCKER_HUB = 'docker.io'
const DOCKER_HUB_API = 'registry-1.docker.io'
/** Names docker itself rewrites to docker.io (normalize.go). */
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io'])
/** distribution's NameTotalLengthMax: registry + '/' + path. */
const MAX_NAME_LENGTH = 255

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const HOST = new RegExp(
  `^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]+)?$`,
)
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/
const DIGEST = /^sha256:[0-9a-f]{64}$/

const EXAMPLE = 'us-docker.pkg.dev/my-project/configs/app:v1 or 127.0.0.1:5000/team/app@sha256:<64 hex>'

/** Parses '[host[:port]/]path[:tag][@sha256:hex]'; throws InputError naming the input. */
export function parseImageReference(text: string, inputName = 'image'): ImageReference {
  const fail = (why: string): never => {
    throw new InputError(`${inputName} ${JSON.stringify(text)} is not a valid image reference: ${why}`, {
      hint: `expected [registry/]repository[:tag][@digest], e.g. ${EXAMPLE}`,
    })
  }
  if (text.trim() === '') fail('it is empty')
  if (text !== text.trim()) fail('it has leading or trailing whitespace')

  let rest = text
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!isDigest(digest)) fail(`digest ${JSON.stringify(digest)} is not sha256:<64 lowercase hex>`)
  }
  let tag: string | undefined
  const colon = rest.lastIndexOf(':')
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
    if (!TAG.test(tag)) fail(`tag ${JSON.stringify(tag)} ${TAG_RULE}`)
  }
  const { registry, path } = splitRegistry(rest, fail)
  if (registry.length + 1 + path.length > MAX_NAME_LENGTH) {
    fail(`the name is longer than ${MAX_NAME_LENGTH} characters`)
  }
  return {
    registry,
    repository: path,
    ...(tag === undefined ? {} : { tag }),
    ...(digest === undefined ? {} : { digest }),
  }
}

/** Splits 'host/path' into registry and repository, applying docker.io defaults. */
function splitRegistry(name: string, fail: (why: string) => never): { registry: string; path: string } {
  if (name === '') fail('the repository name is missing')
  const slash = name.indexOf('/')
  const first = slash < 0 ? name : name.slice(0, slash)
  const firstIsHost = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost')
  let registry = firstIsHost ? first : DOCKER_HUB
  let path = firstIsHost ? name.slice(slash + 1) : name
  if (firstIsHost && !HOST.test(first))
    fail(`registry host ${JSON.stringify(first)} is not a valid host[:port]`)
  const port = firstIsHost ? /:(\d+)$/.exec(first)?.[1] : undefined
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535))
    fail(`registry port ${port} is outside 1-65535`)
  if (DOCKER_HUB_ALIASES.has(registry.toLowerCase())) registry = DOCKER_HUB
  if (path === '') fail('the repository path after the registry is missing')
  for (const component of path.split('/')) {
    if (!PATH_COMPONENT.test(component)) {
      fail(
        `path component ${JSON.stringify(component)} must be lowercase letters and digits, ` +
          `separated by '.', '_', '__' or '-'`,
      )
    }
  }
  // docker.io keeps official images under library/ (docker's normalize.go).
  if (registry === DOCKER_HUB && !path.includes('/')) path = `library/${path}`
  return { registry, path }
}

/** 'registry/repository' as users write it; docker.io stays explicit. */
export function repositoryName(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}`
}

/** The host[:port] that serves the /v2/ API (docker.io is served by registry-1.docker.io). */
export function registryApiHost(ref: ImageReference): string {
  return ref.registry === DOCKER_HUB ? DOCKER_HUB_API : ref.registry
}

/** True for localhost, 127.0.0.0/8 and [::1], with or without a port. */
export function isLoopbackHost(host: string): boolean {
  let name = host.toLowerCase()
  if (name.startsWith('[')) {
    name = name.slice(1, name.indexOf(']') < 0 ? undefined : name.indexOf(']'))
  } else if (name.split(':').length === 2) {
    name = name.slice(0, name.indexOf(':'))
  }
  if (name === 'localhost' || name === '::1' || name === '0:0:0:0:0:0:0:1') return true
  const octets = name.split('.')
  return (
    octets.length === 4 &&
    octets[0] === '127' &&
    octets.every((o) => /^[0-9]{1,3}$/.test(o) && Number(o) <= 255)
  )
}

const TAG_RULE = 'must match [A-Za-z0-9_][A-Za-z0-9._-]{0,127} (at most 128 characters)'

/** Returns tag when it matches the OCI tag grammar; throws InputError otherwise. */
export function validateTag(tag: string, inputName = 'tag'): string {
  if (!TAG.test(tag)) {
    throw new InputError(`${inputName} ${JSON.stringify(tag)} is not a valid tag: it ${TAG_RULE}`, {
      hint: 'e.g. v1.2.3, main, sha-3f2a9c1',
    })
  }
  return tag
}

/** True for 'sha256:' followed by 64 lowercase hex digits. */
export function isDigest(text: string): boolean {
  return DIGEST.test(text)
}
