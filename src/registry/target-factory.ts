import type { ImageTarget } from '../artifact/types.ts'
import { credentialChain, GOOGLE_TOKEN_USER } from '../credentials/credential-chain.ts'
import { InputError, RegistryError } from '../errors.ts'
import type { Logger } from '../logger.ts'
import {
  artifactRegistryRepository,
  ensureRepository,
  type RepositorySettings,
} from '../google/artifact-registry.ts'
import type { CredentialSource, Credentials } from './auth.ts'
import type { RunDeadline } from './deadline.ts'
import { parseImageReference, validateTag, type ImageReference } from './image-reference.ts'
import { OCI_LAYOUT_PREFIX, OciLayoutTarget } from './oci-layout-target.ts'
import { RegistryClient, type RegistryClientOptions } from './registry-client.ts'

/** How to reach a registry; ignored for OCI layouts. */
export interface TargetOptions {
  readonly credentials?: Credentials
  readonly insecure?: boolean
  readonly caFile?: string
  readonly logger: Logger
  /** Credential chain, retries, mounts and repository creation (issue 4). */
  readonly registry?: RegistrySettings
}

/** Registry behaviour beyond the address: where credentials come from, retries, mounts, repository creation. */
export interface RegistrySettings {
  /** Google OAuth2 access token (the access-token input), for Google hosts. */
  readonly accessToken?: string
  /** Token for ghcr.io (the github-token input). */
  readonly githubToken?: string
  /** Retries per request or blob upload (the retries input). */
  readonly retries?: number
  /** Repositories of the same registry to mount blobs from (the mount-from input). */
  readonly mountFrom?: readonly string[]
  /** create-repository and its description and labels (Artifact Registry). */
  readonly repository?: RepositorySettings
  /** Where DOCKER_CONFIG, HOME, GOOGLE_APPLICATION_CREDENTIALS … are read; default process.env. */
  readonly env?: NodeJS.ProcessEnv
  /** Masks a secret in the runner's log; called the moment one is read. */
  readonly mask?: (secret: string) => void
  /** The run's deadline (the timeout input / --timeout), shared by every client of the run. */
  readonly deadline?: RunDeadline
}

/** Overrides the Artifact Registry API root (a Private Service Connect endpoint, or a test fake). */
export const ARTIFACT_REGISTRY_ENDPOINT_ENV = 'CONFIGSYNC_OCI_ARTIFACT_REGISTRY_ENDPOINT'

/** The parsed `image` value: where to store it and the tag it names, if any. */
export interface ImageDestination {
  readonly target: ImageTarget
  /** A tag written in the image value itself (`repo:tag`, `oci-layout:PATH:TAG`). */
  readonly tag?: string
}

const TAG_TAIL = /:([^:/]+)$/

/**
 * Picks the adapter for an `image` value: `oci-layout:PATH[:TAG]` writes an
 * OCI layout, anything else is a registry reference. This is the only place
 * that knows both adapters.
 */
export function createImageTarget(
  image: string,
  options: TargetOptions,
  inputName = 'image',
): ImageDestination {
  const value = image.trim()
  if (value === '') {
    throw new InputError(`${inputName} is empty`, {
      hint: 'give a repository such as us-docker.pkg.dev/PROJECT/REPO/config, or oci-layout:PATH for a local OCI layout',
    })
  }
  if (value.startsWith(OCI_LAYOUT_PREFIX)) {
    if (options.registry?.repository?.create === true) {
      throw new InputError(
        'create-repository works only for Artifact Registry images, not for an oci-layout: image',
        {
          hint: 'remove create-repository, or push to LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE',
        },
      )
    }
    return layoutDestination(value.slice(OCI_LAYOUT_PREFIX.length), inputName)
  }
  const ref = parseImageReference(value, inputName)
  if (ref.digest !== undefined) {
    throw new InputError(`${inputName} "${value}" contains a digest`, {
      hint: 'name the repository (and optionally a tag); the digest is computed from the content',
    })
  }
  const target = new RegistryClient(ref, registryClientOptions(ref, options))
  return ref.tag === undefined ? { target } : { target, tag: ref.tag }
}

/** The client options for a registry target: the credential chain, retries, mounts and the create-repository hook. */
export function registryClientOptions(ref: ImageReference, options: TargetOptions): RegistryClientOptions {
  const { registry = {}, credentials, logger, insecure, caFile } = options
  const env = registry.env ?? process.env
  const source = credentialChain(ref.registry, {
    env,
    logger,
    mask: registry.mask ?? (() => {}),
    ...(credentials === undefined ? {} : { credentials }),
    ...(registry.accessToken === undefined ? {} : { accessToken: registry.accessToken }),
    ...(registry.githubToken === undefined ? {} : { githubToken: registry.githubToken }),
  })
  const settings = registry.repository
  // Checked now, so a wrong image fails before any file is read.
  const repo = settings?.create === true ? artifactRegistryRepository(ref) : undefined
  const endpoint = env[ARTIFACT_REGISTRY_ENDPOINT_ENV]
  return {
    logger,
    credentials: source,
    ...(insecure === undefined ? {} : { insecure }),
    ...(caFile === undefined ? {} : { caFile }),
    ...(registry.retries === undefined ? {} : { retry: { retries: registry.retries } }),
    ...(registry.deadline === undefined ? {} : { deadline: registry.deadline }),
    mountFrom: (registry.mountFrom ?? []).map((value) => mountSource(ref, value)),
    ...(repo === undefined || settings === undefined
      ? {}
      : {
          beforePush: async () => {
            const accessToken = (): Promise<string> => googleAccessToken(source, ref)
            await ensureRepository(repo, settings, { accessToken, logger, ...(endpoint ? { endpoint } : {}) })
          },
        }),
  }
}

/** A mount-from value as a repository path on the image's registry (written with or without the host). */
export function mountSource(ref: ImageReference, value: string, inputName = 'mount-from'): string {
  const text = value.trim()
  const first = text.split('/')[0] ?? ''
  const hasHost = text.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')
  if (hasHost && first.toLowerCase() !== ref.registry.toLowerCase()) {
    throw new InputError(`${inputName} "${text}" is on ${first}, but image is on ${ref.registry}`, {
      hint: 'a blob can only be mounted from another repository of the same registry',
    })
  }
  const path = hasHost ? text.slice(first.length + 1) : text
  return parseImageReference(`${ref.registry}/${path}`, inputName).repository
}

/** The OAuth2 access token the chain found for a Google host (ADC, access-token, or oauth2accesstoken user). */
async function googleAccessToken(source: CredentialSource, ref: ImageReference): Promise<string> {
  const credentials = await source.resolve()
  if (credentials?.username === GOOGLE_TOKEN_USER && credentials.password !== '') return credentials.password
  throw new RegistryError(
    'create repository',
    `create-repository needs a Google access token for ${ref.registry}, ` +
      `but the credentials are ${credentials === undefined ? 'none' : credentials.source}`,
    {
      hint: 'run google-github-actions/auth before this step (Application Default Credentials), or set access-token',
    },
  )
}

function layoutDestination(rest: string, inputName: string): ImageDestination {
  const match = TAG_TAIL.exec(rest)
  const path = match ? rest.slice(0, match.index) : rest
  if (path === '') {
    throw new InputError(`${inputName} "${OCI_LAYOUT_PREFIX}${rest}" names no directory`, {
      hint: 'write oci-layout:PATH or oci-layout:PATH:TAG, e.g. oci-layout:build/layout:v1',
    })
  }
  const target = new OciLayoutTarget(path)
  return match ? { target, tag: validateTag(match[1]!, inputName) } : { target }
}
