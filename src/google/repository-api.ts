import type { protos } from '@google-cloud/artifact-registry'
import type { Logger } from '../logger.ts'
import { apiError, endpointOptions, ensureRepository } from './artifact-registry.ts'
import { googleCallError, isNotFound, type GoogleCall } from './google-errors.ts'
import { CONDITIONAL_POLICY_VERSION, normalizePolicy, type IamPolicy } from './iam-policy.ts'
import type { PolicyStore } from './policy-update.ts'
import type { RepositoryTarget } from '../bootstrap/types.ts'

/**
 * The Artifact Registry repository of a bootstrap: does it exist, create it
 * (issue 4's ensureRepository), and its IAM policy
 * (repositories.getIamPolicy / setIamPolicy). The client
 * (@google-cloud/artifact-registry over its REST transport) is the same
 * lazily loaded chunk create-repository uses, opened once per bootstrap.
 */

/** The repository's API. */
export interface RepositoryApi {
  exists(): Promise<boolean>
  /** Creates it (docker format) unless it exists. */
  create(): Promise<'created' | 'exists'>
  readonly policy: PolicyStore
  close(): Promise<void>
}

/** How to reach the API. */
export interface GoogleAccess {
  readonly accessToken: () => Promise<string>
  /** CONFIGSYNC_OCI_ARTIFACT_REGISTRY_ENDPOINT (a Private Service Connect endpoint or a test fake). */
  readonly endpoint?: string
  readonly logger: Logger
}

type Client = InstanceType<Awaited<typeof import('./artifact-registry-sdk.ts')>['ArtifactRegistryClient']>

/** The API of `target`; nothing is contacted until the first call. */
export function repositoryApi(target: RepositoryTarget, access: GoogleAccess): RepositoryApi {
  let client: Promise<Client> | undefined
  const open = (): Promise<Client> => (client ??= openClient(access))
  const repo = { project: target.project, location: target.location, repository: target.repository }
  return {
    async exists() {
      try {
        await (await open()).getRepository({ name: target.resource })
        return true
      } catch (error: unknown) {
        if (isNotFound(error)) return false
        throw apiError(error, 'get', repo)
      }
    },
    create: () =>
      ensureRepository(
        repo,
        {
          create: true,
          labels: target.labels,
          ...(target.description === undefined ? {} : { description: target.description }),
        },
        {
          accessToken: access.accessToken,
          logger: access.logger,
          ...(access.endpoint === undefined ? {} : { endpoint: access.endpoint }),
        },
      ),
    policy: repositoryPolicy(target, open),
    async close() {
      if (client !== undefined) await (await client).close().catch(() => undefined)
    },
  }
}

/** repositories.getIamPolicy / setIamPolicy, version 3. */
function repositoryPolicy(target: RepositoryTarget, open: () => Promise<Client>): PolicyStore {
  const call = (verb: 'getIamPolicy' | 'setIamPolicy'): GoogleCall => ({
    operation: `${verb === 'getIamPolicy' ? 'read' : 'change'} the IAM policy of Artifact Registry repository ${target.resource}`,
    permission: `artifactregistry.repositories.${verb}`,
    roleHint: `grant roles/artifactregistry.admin on the repository or project ${target.project} (reader, writer and repoAdmin cannot ${verb === 'getIamPolicy' ? 'read' : 'change'} IAM policies)`,
    api: 'artifactregistry.googleapis.com',
    project: target.project,
    notFound: {
      message: `repository ${target.repository} does not exist`,
      hint: 'it was deleted while the bootstrap ran, or the image names another project; rerun to create it',
    },
  })
  return {
    resource: target.resource,
    async get(): Promise<IamPolicy> {
      try {
        const [policy] = await (
          await open()
        ).getIamPolicy({
          resource: target.resource,
          options: { requestedPolicyVersion: CONDITIONAL_POLICY_VERSION },
        })
        return normalizePolicy(policy)
      } catch (error: unknown) {
        throw googleCallError(error, call('getIamPolicy'))
      }
    },
    async set(policy: IamPolicy): Promise<IamPolicy> {
      try {
        const [written] = await (
          await open()
        ).setIamPolicy({ resource: target.resource, policy: clientPolicy(policy) })
        return normalizePolicy(written)
      } catch (error: unknown) {
        throw googleCallError(error, call('setIamPolicy'))
      }
    },
  }
}

/** The client's message type: mutable lists, the etag as base64 text (which its JSON encoding takes for bytes). */
function clientPolicy(policy: IamPolicy): protos.google.iam.v1.IPolicy {
  const { bindings = [], etag, version, auditConfigs } = policy
  return {
    bindings: bindings.map((b) => ({
      role: b.role,
      members: [...b.members],
      ...(b.condition ? { condition: { ...b.condition } } : {}),
    })),
    ...(version === undefined ? {} : { version }),
    ...(etag === undefined ? {} : { etag }),
    ...(Array.isArray(auditConfigs)
      ? { auditConfigs: auditConfigs as protos.google.iam.v1.IAuditConfig[] }
      : {}),
  }
}

async function openClient(access: GoogleAccess): Promise<Client> {
  const [{ ArtifactRegistryClient }, { OAuth2Client }] = await Promise.all([
    import('./artifact-registry-sdk.ts'),
    import('../credentials/google-auth-sdk.ts'),
  ])
  const authClient = new OAuth2Client()
  authClient.setCredentials({ access_token: await access.accessToken() })
  // REST ("fallback") transport, as create-repository: plain HTTPS/JSON, works through HTTPS proxies.
  return new ArtifactRegistryClient({ fallback: true, authClient, ...endpointOptions(access.endpoint) })
}
