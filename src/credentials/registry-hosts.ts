/**
 * Which credential applies to which registry host. Hosts are compared
 * without port and case, as docker does for its config keys.
 */

/** Docker Hub's name in image references, and the key docker login writes for it. */
export const DOCKER_HUB = 'docker.io'
export const DOCKER_HUB_CONFIG_KEY = 'https://index.docker.io/v1/'
const DOCKER_HUB_NAMES = new Set([
  DOCKER_HUB,
  'index.docker.io',
  'registry-1.docker.io',
  'registry.hub.docker.com',
])

function hostname(host: string): string {
  return host.toLowerCase().replace(/:\d+$/, '')
}

/**
 * Artifact Registry (LOCATION-docker.pkg.dev, and other *.pkg.dev) and
 * Container Registry (gcr.io, *.gcr.io): the hosts Google's keychain of
 * go-containerregistry serves with Application Default Credentials.
 */
export function isGoogleRegistry(host: string): boolean {
  const name = hostname(host)
  return name.endsWith('.pkg.dev') || name === 'gcr.io' || name.endsWith('.gcr.io')
}

/** GitHub Container Registry. */
export function isGitHubContainerRegistry(host: string): boolean {
  return hostname(host) === 'ghcr.io'
}

/** True for Docker Hub under any of its names. */
export function isDockerHub(host: string): boolean {
  return DOCKER_HUB_NAMES.has(hostname(host))
}

/**
 * The host a Docker config key names: docker's ConvertToHostname strips the
 * scheme and any path ('https://index.docker.io/v1/' → 'index.docker.io').
 */
export function configKeyHost(key: string): string {
  return (
    key
      .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
      .split('/')[0]
      ?.toLowerCase() ?? ''
  )
}

/** True when a Docker config key (auths, credHelpers) is meant for `host`. */
export function configKeyMatches(key: string, host: string): boolean {
  const keyHost = configKeyHost(key)
  if (isDockerHub(host)) return isDockerHub(keyHost)
  return keyHost === host.toLowerCase()
}

/** What a credential helper gets on stdin: docker's server URL for Docker Hub, else the host. */
export function helperServerUrl(host: string): string {
  return isDockerHub(host) ? DOCKER_HUB_CONFIG_KEY : host
}
