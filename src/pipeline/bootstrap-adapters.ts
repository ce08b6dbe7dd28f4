import { credentialChain, GOOGLE_TOKEN_USER } from '../credentials/credential-chain.ts'
import { GoogleApiError } from '../errors.ts'
import type { Logger } from '../logger.ts'
import type { PublishSettings } from './publish.ts'
import { ARTIFACT_REGISTRY_ENDPOINT_ENV } from '../registry/target-factory.ts'
import { loadClusterModule } from '../rootsync/cluster-loader.ts'
import type { ClusterSelection } from '../rootsync/cluster/kubeconfig.ts'
import { runBootstrap, type Publisher } from '../bootstrap/bootstrap.ts'
import { createPublisher } from '../bootstrap/publisher.ts'
import { repositoryApi, type RepositoryApi } from '../google/repository-api.ts'
import { IAM_ENDPOINT_ENV, serviceAccountPolicy } from '../google/service-account-api.ts'
import type { BootstrapReport, BootstrapSettings } from '../bootstrap/types.ts'

/**
 * The composition root of a bootstrap, shared by `configsync-oci bootstrap`
 * and the action's mode setup: it builds the real adapters (Artifact
 * Registry and IAM APIs with one Google access token, issue 2's publish,
 * issue 5's cluster target) and runs the engine.
 */

/** What an entry point hands over, read and checked. */
export interface BootstrapRequest {
  readonly settings: BootstrapSettings
  /** The publish of step 4, without its reuse hook. */
  readonly publish: PublishSettings
  /** The directory as the user wrote it, for the plan. */
  readonly displayDir: string
  readonly cluster: ClusterSelection
  readonly env: NodeJS.ProcessEnv
  readonly logger: Logger
  /** Names the command or mode in the "needs Node 22" error. */
  readonly what: string
  /** Replaces step 4's publisher (tests publish to a local registry while the image names Artifact Registry). */
  readonly publisher?: Publisher
}

/** Runs the bootstrap against the real adapters; Node 22+ (the cluster client). */
export async function bootstrap(request: BootstrapRequest): Promise<BootstrapReport> {
  const { settings, logger, env } = request
  // Checked first: the cluster client is what needs Node 22, and nothing should happen before that fails.
  await loadClusterModule(request.what)
  const { openBootstrapCluster } = await import('../bootstrap/bootstrap-cluster.ts')
  const cluster = openBootstrapCluster(request.cluster, env)
  const accessToken = googleToken(request)
  const endpoint = env[ARTIFACT_REGISTRY_ENDPOINT_ENV] || undefined
  const iamEndpoint = env[IAM_ENDPOINT_ENV] || undefined
  const repository: RepositoryApi | undefined =
    settings.repository === undefined
      ? undefined
      : repositoryApi(settings.repository, {
          accessToken,
          logger,
          ...(endpoint === undefined ? {} : { endpoint }),
        })
  const email = settings.spec.auth === 'gcpserviceaccount' ? settings.spec.gcpServiceAccountEmail : undefined
  const serviceAccount =
    email === undefined
      ? undefined
      : serviceAccountPolicy(email, {
          accessToken,
          ...(iamEndpoint === undefined ? {} : { endpoint: iamEndpoint }),
        })
  try {
    return await runBootstrap(settings, {
      ...(repository === undefined ? {} : { repository }),
      ...(serviceAccount === undefined ? {} : { serviceAccount }),
      publisher: request.publisher ?? createPublisher(request.publish, request.displayDir, logger),
      cluster,
      logger,
    })
  } finally {
    await repository?.close()
  }
}

/** One Google access token for both APIs, from the same chain the push uses (access token, ADC, oauth2accesstoken login). */
function googleToken(request: BootstrapRequest): () => Promise<string> {
  const { publish, env, logger } = request
  const host = request.settings.image.split('/')[0] ?? ''
  const source = credentialChain(host, {
    env,
    logger,
    mask: publish.registry?.mask ?? (() => {}),
    ...(publish.credentials === undefined ? {} : { credentials: publish.credentials }),
    ...(publish.registry?.accessToken === undefined ? {} : { accessToken: publish.registry.accessToken }),
  })
  let token: Promise<string> | undefined
  return () =>
    (token ??= source.resolve().then((credentials) => {
      if (credentials?.username === GOOGLE_TOKEN_USER && credentials.password !== '')
        return credentials.password
      throw new GoogleApiError(
        `the Artifact Registry and IAM APIs need a Google access token for ${host}, but the credentials are ${credentials === undefined ? 'none' : credentials.source}`,
        {
          hint: 'run google-github-actions/auth before this step (Application Default Credentials), or give an access token (access-token input, --access-token-stdin)',
        },
      )
    }))
}
