import { GOOGLE_TOKEN_USER } from '../credentials/credential-chain.ts'
import { RegistryError } from '../errors.ts'
import type { Logger } from '../logger.ts'
import { artifactRegistryRepository, endpointOptions, repositoryResourceName } from './artifact-registry.ts'
import type { CredentialSource, Credentials } from '../registry/auth.ts'
import type { ImageReference } from '../registry/image-reference.ts'
import { ARTIFACT_REGISTRY_ENDPOINT_ENV } from '../registry/target-factory.ts'
import type { TagDeleter } from '../tags/tag-removal.ts'

/**
 * Deletes single tags of an Artifact Registry image through its API
 * (projects.locations.repositories.packages.tags.delete): the version and
 * its other tags stay. The client (@google-cloud/artifact-registry over
 * its REST transport) is imported only here, on demand, as
 * create-repository does.
 */

/** How to reach the API. */
export interface TagDeleterOptions {
  /** An OAuth2 access token with the cloud-platform scope. */
  readonly accessToken: () => Promise<string>
  readonly logger: Logger
  /** CONFIGSYNC_OCI_ARTIFACT_REGISTRY_ENDPOINT (a Private Service Connect endpoint or a test fake). */
  readonly env: NodeJS.ProcessEnv
}

/** projects/P/locations/L/repositories/R/packages/PKG, the package being the image path with / as %2F. */
export function packageResourceName(ref: ImageReference): string {
  const repo = artifactRegistryRepository(ref, 'image')
  const parts = ref.repository.split('/')
  const skip = parts[0]?.includes('.') === true ? 3 : 2
  return `${repositoryResourceName(repo)}/packages/${parts.slice(skip).join('%2F')}`
}

/** The deleter for the image's package. */
export async function artifactRegistryTagDeleter(
  ref: ImageReference,
  options: TagDeleterOptions,
): Promise<TagDeleter> {
  const packageName = packageResourceName(ref)
  const [{ ArtifactRegistryClient }, { OAuth2Client }] = await Promise.all([
    import('./artifact-registry-sdk.ts'),
    import('../credentials/google-auth-sdk.ts'),
  ])
  let client: InstanceType<typeof ArtifactRegistryClient> | undefined
  const open = async (): Promise<InstanceType<typeof ArtifactRegistryClient>> => {
    if (client !== undefined) return client
    const authClient = new OAuth2Client()
    authClient.setCredentials({ access_token: await options.accessToken() })
    // REST ("fallback") transport: plain HTTPS/JSON, as for create-repository.
    client = new ArtifactRegistryClient({
      fallback: true,
      authClient,
      ...endpointOptions(options.env[ARTIFACT_REGISTRY_ENDPOINT_ENV]),
    })
    return client
  }
  return {
    async deleteTag(tag) {
      const name = `${packageName}/tags/${tag}`
      try {
        await (await open()).deleteTag({ name })
        options.logger.info(`Artifact Registry: deleted tag ${name}`)
        return 'deleted'
      } catch (error: unknown) {
        if (httpStatus(error) === 404) return 'absent'
        throw new RegistryError(
          `delete tag ${tag}`,
          `Artifact Registry: cannot delete tag ${name}: ${firstLine(error)}`,
          {
            cause: error,
            hint: 'the identity needs artifactregistry.tags.delete (roles/artifactregistry.repoAdmin on the repository)',
          },
        )
      }
    },
    close: async () => {
      await client?.close().catch(() => undefined)
    },
  }
}

/** The OAuth2 access token the credential chain found for a Google host. */
export async function googleAccessToken(
  source: Credentials | CredentialSource | undefined,
  ref: ImageReference,
): Promise<string> {
  const credentials = source === undefined ? undefined : 'resolve' in source ? await source.resolve() : source
  if (credentials?.username === GOOGLE_TOKEN_USER && credentials.password !== '') return credentials.password
  throw new RegistryError(
    'delete tags',
    `deleting Artifact Registry tags needs a Google access token for ${ref.registry}, but the credentials are ${credentials === undefined ? 'none' : credentials.source}`,
    {
      hint: 'run google-github-actions/auth before this step (Application Default Credentials), or set access-token',
    },
  )
}

/** gRPC NOT_FOUND (5) or HTTP 404: over REST, gaxios rejects with the HTTP status. */
function httpStatus(error: unknown): number | undefined {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
  if (typeof code !== 'number') return undefined
  return code === 5 ? 404 : code
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''
}
