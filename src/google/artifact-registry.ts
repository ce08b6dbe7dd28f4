import { InputError, RegistryError } from '../errors.ts'
import type { Logger } from '../logger.ts'
import type { ImageReference } from '../registry/image-reference.ts'

/**
 * `create-repository`: makes sure the Artifact Registry repository an image
 * lives in exists, as the seed workflow's `gcloud artifacts repositories
 * create` step did. An existing repository is left as it is. The client
 * (@google-cloud/artifact-registry over its REST transport) is imported
 * only here, on demand.
 */

/** What to create when the repository is missing. */
export interface RepositorySettings {
  readonly create: boolean
  readonly description?: string
  readonly labels: Readonly<Record<string, string>>
}

/** An Artifact Registry repository, from LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE. */
export interface ArtifactRegistryRepository {
  readonly project: string
  readonly location: string
  readonly repository: string
}

/** How to reach the API. */
export interface EnsureRepositoryOptions {
  /** An OAuth2 access token with the cloud-platform scope. */
  readonly accessToken: () => Promise<string>
  readonly logger: Logger
  /** Another API root, e.g. a Private Service Connect endpoint or a test fake ('http://127.0.0.1:PORT'). */
  readonly endpoint?: string
}

const HOST = /^([a-z0-9-]+)-docker\.pkg\.dev$/

/** Reads project, location and repository from an Artifact Registry image reference. */
export function artifactRegistryRepository(
  ref: ImageReference,
  inputName = 'create-repository',
): ArtifactRegistryRepository {
  const location = HOST.exec(ref.registry.toLowerCase())?.[1]
  const parts = ref.repository.split('/')
  // Domain-scoped projects (example.com:proj) appear as example.com/proj in image paths.
  const domainScoped = parts[0]?.includes('.') === true
  const project = domainScoped ? `${parts[0]}:${parts[1]}` : parts[0]
  const repository = parts[domainScoped ? 2 : 1]
  if (
    location === undefined ||
    project === undefined ||
    repository === undefined ||
    parts.length < (domainScoped ? 4 : 3)
  ) {
    throw new InputError(
      `${inputName} works only for Artifact Registry images (LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE), not ${ref.registry}/${ref.repository}`,
      {
        hint: 'e.g. image: us-docker.pkg.dev/my-project/config/app; other registries create repositories on first push or in their own UI',
      },
    )
  }
  return { project, location, repository }
}

/** projects/P/locations/L/repositories/R */
export function repositoryResourceName(repo: ArtifactRegistryRepository): string {
  return `projects/${repo.project}/locations/${repo.location}/repositories/${repo.repository}`
}

/** Creates the docker-format repository unless it exists; 'exists' or 'created'. */
export async function ensureRepository(
  repo: ArtifactRegistryRepository,
  settings: RepositorySettings,
  options: EnsureRepositoryOptions,
): Promise<'exists' | 'created'> {
  const name = repositoryResourceName(repo)
  const client = await createClient(await options.accessToken(), options.endpoint)
  try {
    const existing = await getRepository(client, name)
    if (existing !== undefined) {
      checkFormat(existing, repo)
      options.logger.info(`Artifact Registry repository ${name} exists; left as it is`)
      return 'exists'
    }
    const parent = `projects/${repo.project}/locations/${repo.location}`
    const repository = {
      format: 'DOCKER' as const,
      ...(settings.description === undefined ? {} : { description: settings.description }),
      labels: { ...settings.labels },
    }
    try {
      const [operation] = await client.createRepository({ parent, repositoryId: repo.repository, repository })
      await operation.promise()
    } catch (error) {
      // Another run created it between our check and our create: fine.
      if (grpcCode(error) === ALREADY_EXISTS) return 'exists'
      throw apiError(error, 'create', repo)
    }
    options.logger.info(`Created Artifact Registry repository ${name} (docker format)`)
    return 'created'
  } finally {
    await client.close().catch(() => undefined)
  }
}

type Client = InstanceType<Awaited<typeof import('./artifact-registry-sdk.ts')>['ArtifactRegistryClient']>

async function createClient(accessToken: string, endpoint: string | undefined): Promise<Client> {
  const [{ ArtifactRegistryClient }, { OAuth2Client }] = await Promise.all([
    import('./artifact-registry-sdk.ts'),
    import('../credentials/google-auth-sdk.ts'),
  ])
  const authClient = new OAuth2Client()
  authClient.setCredentials({ access_token: accessToken })
  // REST ("fallback") transport: plain HTTPS/JSON, no gRPC channel, works through HTTPS proxies.
  return new ArtifactRegistryClient({ fallback: true, authClient, ...endpointOptions(endpoint) })
}

/** apiEndpoint/port/protocol for a URL such as http://127.0.0.1:8080. */
export function endpointOptions(endpoint: string | undefined): {
  apiEndpoint?: string
  port?: number
  protocol?: string
} {
  if (endpoint === undefined || endpoint === '') return {}
  const url = new URL(endpoint.includes('://') ? endpoint : `https://${endpoint}`)
  const port = url.port === '' ? (url.protocol === 'http:' ? 80 : 443) : Number(url.port)
  return { apiEndpoint: url.hostname, port, protocol: url.protocol.replace(':', '') }
}

async function getRepository(client: Client, name: string): Promise<{ format?: unknown } | undefined> {
  try {
    const [repository] = await client.getRepository({ name })
    return repository
  } catch (error) {
    if (grpcCode(error) === NOT_FOUND) return undefined
    throw apiError(error, 'get', parseName(name))
  }
}

function checkFormat(existing: { format?: unknown }, repo: ArtifactRegistryRepository): void {
  const format = existing.format
  if (format === undefined || format === null || format === 'DOCKER' || format === 1) return
  throw new RegistryError(
    'check repository',
    `Artifact Registry repository ${repo.repository} exists with format ${String(format)}, not DOCKER`,
    {
      hint: 'use another repository name in image: OCI artifacts go into docker-format repositories',
    },
  )
}

// google.rpc.Code values (https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto).
const NOT_FOUND = 5
const ALREADY_EXISTS = 6
const PERMISSION_DENIED = 7
const UNAUTHENTICATED = 16

const FROM_HTTP: Readonly<Record<number, number>> = {
  401: UNAUTHENTICATED,
  403: PERMISSION_DENIED,
  404: NOT_FOUND,
  409: ALREADY_EXISTS,
}

/**
 * The google.rpc code of an API error. Over the REST transport the HTTP
 * client (gaxios) rejects a non-2xx answer itself, so the error carries the
 * HTTP status and the JSON body as its message, not a gRPC code.
 */
function grpcCode(error: unknown): number | undefined {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
  if (typeof code !== 'number') return undefined
  return code < 100 ? code : FROM_HTTP[code]
}

/** The API's own message and ErrorInfo reason, from a GoogleError or a JSON error body. */
function describeApiError(error: unknown): { message: string; reason: string } {
  const text = error instanceof Error ? error.message : String(error)
  const ownReason =
    typeof error === 'object' && error !== null && 'reason' in error ? String(error.reason) : ''
  try {
    const body = JSON.parse(text) as { error?: { message?: unknown; details?: { reason?: unknown }[] } }
    const reason = body.error?.details?.find((d) => typeof d.reason === 'string')?.reason
    return {
      message: String(body.error?.message ?? text),
      reason: typeof reason === 'string' ? reason : ownReason,
    }
  } catch {
    return { message: text.split('\n')[0] ?? '', reason: ownReason }
  }
}

/** A message that says which API or IAM permission is missing. */
export function apiError(
  error: unknown,
  action: 'get' | 'create',
  repo: ArtifactRegistryRepository,
): RegistryError {
  const { message, reason } = describeApiError(error)
  const operation = `${action} Artifact Registry repository ${repo.repository}`
  const fail = (what: string, hint: string): RegistryError =>
    new RegistryError(operation, `${operation}: ${what} (${message})`, { cause: error, hint })
  if (
    reason === 'SERVICE_DISABLED' ||
    /has not been used in project|it is disabled|SERVICE_DISABLED/i.test(message)
  ) {
    return fail(
      `the Artifact Registry API is not enabled in project ${repo.project}`,
      `enable artifactregistry.googleapis.com: gcloud services enable artifactregistry.googleapis.com --project ${repo.project}`,
    )
  }
  if (grpcCode(error) === PERMISSION_DENIED) {
    return action === 'create'
      ? fail(
          `the credential may not create repositories in project ${repo.project} (needs artifactregistry.repositories.create)`,
          `grant roles/artifactregistry.admin on the project (repoAdmin and writer cannot create repositories), ` +
            `or create it once: gcloud artifacts repositories create ${repo.repository} --repository-format=docker --location=${repo.location} --project=${repo.project}`,
        )
      : fail(
          `the credential may not read repository ${repo.repository} in project ${repo.project} (needs artifactregistry.repositories.get)`,
          'grant roles/artifactregistry.reader (or writer) on the repository or project; creating it also needs roles/artifactregistry.admin',
        )
  }
  if (grpcCode(error) === UNAUTHENTICATED) {
    return fail(
      'Google refused the access token',
      'check google-github-actions/auth (or the access-token input); tokens last an hour',
    )
  }
  return fail('the Artifact Registry API failed', 'see the message; rerun to retry')
}

function parseName(name: string): ArtifactRegistryRepository {
  const [, project = '', , location = '', , repository = ''] = name.split('/')
  return { project, location, repository }
}
