import { InputError } from '../errors.ts'
import { artifactRegistryRepository, repositoryResourceName } from '../google/artifact-registry.ts'
import { parseImageReference } from '../registry/image-reference.ts'
import { OCI_LAYOUT_PREFIX } from '../registry/oci-layout-target.ts'
import { isGoogleRegistry, type CreateSyncSpec } from '../rootsync/sync-patch.ts'
import type { SyncSecrets } from '../rootsync/sync-secrets.ts'
import type { SyncRef } from '../rootsync/types.ts'
import { checkProjectId } from './identity.ts'
import type { BootstrapSettings, RepositoryTarget } from './types.ts'

/**
 * The bootstrap settings from what an entry point read (CLI flags or action
 * inputs), checked before anything is contacted. The sync name rules and
 * the spec checks are issue 5's (checkSyncRef, checkGcpServiceAccountEmail);
 * this adds what only a bootstrap needs.
 */

/** The values as read. */
export interface BootstrapInput {
  readonly image: string
  readonly ref: SyncRef
  readonly spec: CreateSyncSpec
  readonly secrets?: SyncSecrets
  /** '' means the image's project (Artifact Registry images only). */
  readonly fleetHostProject: string
  readonly repositoryDescription?: string
  readonly repositoryLabels: Readonly<Record<string, string>>
  readonly context?: string
  readonly wait: boolean
  readonly timeoutMs: number
  readonly dryRun: boolean
}

/** How the entry point names its settings in messages: '--image' or 'input "image"', and an example. */
export interface BootstrapNames {
  readonly image: string
  readonly fleetHostProject: string
  readonly fleetHostProjectExample: string
  readonly auth: string
}

/** Checks the input and derives the repository and the fleet host project. */
export function bootstrapSettings(input: BootstrapInput, names: BootstrapNames): BootstrapSettings {
  const ref = checkImage(input.image, names)
  const google = isGoogleRegistry(ref.registry)
  if (
    !google &&
    (input.spec.auth === 'k8sserviceaccount' ||
      input.spec.auth === 'gcpserviceaccount' ||
      input.spec.auth === 'gcenode')
  ) {
    throw new InputError(
      `${names.auth} is ${input.spec.auth}, but ${ref.registry} is not a Google registry: Config Sync sends Google tokens only to Google registries`,
      {
        hint: `use ${names.auth} token with a registry token (Config Sync 1.24+), none for a public image, or an Artifact Registry image`,
      },
    )
  }
  const onArtifactRegistry = /-docker\.pkg\.dev$/i.test(ref.registry)
  const repo = onArtifactRegistry ? artifactRegistryRepository(ref, names.image) : undefined
  const gsaProject = /@([^.]+)\.iam\.gserviceaccount\.com$/.exec(input.spec.gcpServiceAccountEmail ?? '')?.[1]
  const fleet = fleetHostProject(input.fleetHostProject, repo?.project ?? gsaProject, input.spec.auth, names)
  const repository: RepositoryTarget | undefined =
    repo === undefined
      ? undefined
      : {
          ...repo,
          resource: repositoryResourceName(repo),
          labels: input.repositoryLabels,
          ...(input.repositoryDescription === undefined ? {} : { description: input.repositoryDescription }),
        }
  return {
    image: input.image.trim(),
    ...(repository === undefined ? {} : { repository }),
    ref: input.ref,
    spec: input.spec,
    ...(input.secrets === undefined ? {} : { secrets: input.secrets }),
    fleetHostProject: fleet.project,
    fleetHostProjectSource: fleet.source,
    ...(input.context === undefined ? {} : { context: input.context }),
    wait: input.wait,
    timeoutMs: input.timeoutMs,
    dryRun: input.dryRun,
  }
}

/** A registry repository (a tag is fine), not a layout or a digest: the bootstrap pushes and pins the digest itself. */
function checkImage(image: string, names: BootstrapNames): ReturnType<typeof parseImageReference> {
  const text = image.trim()
  if (text === '' || text.startsWith(OCI_LAYOUT_PREFIX)) {
    throw new InputError(
      `${names.image} must name a registry repository a cluster can pull from${text === '' ? '' : `, not ${text}`}`,
      {
        hint: 'e.g. us-docker.pkg.dev/my-project/config/app',
      },
    )
  }
  const ref = parseImageReference(text, names.image)
  if (ref.digest !== undefined)
    throw new InputError(`${names.image} "${text}" contains a digest`, {
      hint: 'name the repository (and optionally a tag); the digest is computed from the content',
    })
  return ref
}

/** The explicit value, else the Artifact Registry image's project, else the Google service account's; only the IAM steps use it. */
function fleetHostProject(
  explicit: string,
  defaultProject: string | undefined,
  auth: string,
  names: BootstrapNames,
): { project: string; source: string } {
  const text = explicit.trim()
  if (text !== '')
    return {
      project: checkProjectId(text, names.fleetHostProject, names.fleetHostProjectExample),
      source: names.fleetHostProject,
    }
  if (defaultProject !== undefined)
    return {
      project: defaultProject,
      source: `the image's (or service account's) project; set ${names.fleetHostProject} when the cluster's fleet is in another project`,
    }
  return {
    project: 'FLEET_HOST_PROJECT_ID',
    source: `not needed with auth ${auth} outside Artifact Registry`,
  }
}
