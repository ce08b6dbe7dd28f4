import { InputError } from '../../errors.ts'
import type { FleetMember } from '../fleet.ts'
import type { RootSyncTarget } from '../ports.ts'
import { ClusterRootSyncTarget } from './cluster-target.ts'
import type { KubeHttpOptions } from './kube-http.ts'
import { resolveEndpoints, type ClusterSelection } from './kubeconfig.ts'

/**
 * The entry point of the cluster half, loaded with a dynamic import() by
 * ../cluster-loader.ts only when a rollout or `status` runs.
 */

export type { ClusterSelection } from './kubeconfig.ts'

/** The clusters of a selection, as fleet members; canaries named by context. Fails before contacting any cluster. */
export function openFleet(
  selection: ClusterSelection,
  canaries: readonly string[],
  env: NodeJS.ProcessEnv,
  http?: KubeHttpOptions,
): FleetMember[] {
  const endpoints = resolveEndpoints(selection, env)
  const names = endpoints.map((e) => e.name)
  const unknown = canaries.filter((name) => !names.includes(name))
  if (unknown.length > 0) {
    throw new InputError(
      `canary-contexts names ${unknown.join(', ')}, which ${unknown.length === 1 ? 'is' : 'are'} not among the clusters`,
      { hint: `the clusters: ${names.join(', ')}` },
    )
  }
  return endpoints.map((endpoint) => ({
    name: endpoint.name,
    canary: canaries.includes(endpoint.name),
    connect: async (): Promise<RootSyncTarget> => new ClusterRootSyncTarget(endpoint, http),
  }))
}
