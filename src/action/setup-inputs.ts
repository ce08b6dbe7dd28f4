import { bootstrapSettings } from '../bootstrap/settings.ts'
import type { BootstrapSettings } from '../bootstrap/types.ts'
import type { ClusterSelection } from '../rootsync/cluster/kubeconfig.ts'
import type { RegistrySettings } from '../registry/target-factory.ts'
import { INPUT, parseBoolean, requireImage, type InputReader } from './inputs.ts'
import { readRegistryInputs, REGISTRY_INPUT } from './registry-inputs.ts'
import { readRolloutInputs, ROLLOUT_INPUT } from './rollout-inputs.ts'
import type { ActionInputs, SetupInputs } from '../settings/sections.ts'

/**
 * The inputs of mode setup. Almost all are inputs other features already
 * declare, with the same meaning: image and dir; root-sync / repo-sync and
 * source-format (which sync, and how it reads dir); sync-dir, sync-auth,
 * gcp-service-account-email, kubeconfig, contexts, wait and wait-timeout
 * (the rollout's); access-token, repository-description and
 * repository-labels (the registry's). Setup always creates what is missing,
 * so create-repository and create-sync are implied. Only two are new.
 */
export const SETUP_INPUT = {
  fleetHostProject: 'fleet-host-project',
  dryRun: 'dry-run',
} as const

/** Reads and checks the setup inputs; nothing is contacted. */
export function readSetupInputs(
  raw: InputReader,
  mask: (secret: string) => void,
  workspace: string,
  core: ActionInputs,
): SetupInputs {
  const image = requireImage(core)
  // create-sync and create-repository are what setup does; reading them as true lets their checks run unchanged.
  const read = implied(raw, { [ROLLOUT_INPUT.createSync]: 'true', [REGISTRY_INPUT.createRepository]: 'true' })
  const rollout = readRolloutInputs(read, workspace, image, mask)
  const registry = readRegistryInputs(read, mask)
  const contexts = rollout.selection.contexts
  const settings = bootstrapSettings(
    {
      image,
      ref: rollout.ref,
      spec: rollout.create ?? { sourceFormat: 'unstructured', dir: '.', auth: 'none' },
      ...(rollout.secrets === undefined ? {} : { secrets: rollout.secrets }),
      fleetHostProject: raw(SETUP_INPUT.fleetHostProject),
      repositoryLabels: registry.repository?.labels ?? {},
      ...(registry.repository?.description === undefined
        ? {}
        : { repositoryDescription: registry.repository.description }),
      ...(contexts.length === 1 ? { context: contexts[0]! } : {}),
      wait: rollout.wait,
      timeoutMs: rollout.timeoutMs,
      dryRun: parseBoolean(raw(SETUP_INPUT.dryRun), SETUP_INPUT.dryRun),
    },
    {
      image: `input "${INPUT.image}"`,
      fleetHostProject: `input "${SETUP_INPUT.fleetHostProject}"`,
      fleetHostProjectExample: `${SETUP_INPUT.fleetHostProject}: my-fleet-host`,
      auth: `input "${ROLLOUT_INPUT.syncAuth}"`,
    },
  )
  return {
    settings,
    selection: rollout.selection,
    registry: { ...registry, repository: { create: false, labels: {} } },
    displayDir: raw(INPUT.dir).trim() || '.',
  }
}

/** A reader that answers `values` for those inputs and asks `read` for the rest. */
function implied(read: InputReader, values: Readonly<Record<string, string>>): InputReader {
  return (name) => values[name] ?? read(name)
}
