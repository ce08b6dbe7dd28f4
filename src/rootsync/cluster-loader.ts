import { ActionError } from '../errors.ts'

/** The cluster half's entry module, as loaded at run time. */
export type ClusterModule = typeof import('./cluster/connect.ts')

/** The oldest Node that @kubernetes/client-node 2 (through undici 8) loads on. */
export const MIN_CLUSTER_NODE_MAJOR = 22

/**
 * Loads the cluster half (and with it @kubernetes/client-node) on demand.
 * It must stay a dynamic import: on Node 20 importing client-node 2 crashes,
 * and `validate`/`publish` must keep working there. `what` names the
 * command or step for the error on older Node.
 */
export async function loadClusterModule(
  what: string,
  nodeVersion: string = process.versions.node,
): Promise<ClusterModule> {
  const major = Number(nodeVersion.split('.')[0])
  if (!(major >= MIN_CLUSTER_NODE_MAJOR)) {
    throw new ActionError(
      `${what} needs Node ${MIN_CLUSTER_NODE_MAJOR} or later; this is Node ${nodeVersion}`,
      {
        hint: `@kubernetes/client-node 2 does not load on Node ${major}; run it with Node 22 or 24 (validate and publish work on Node 20)`,
      },
    )
  }
  return import('./cluster/connect.ts')
}
