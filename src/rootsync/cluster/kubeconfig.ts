import { existsSync } from 'node:fs'
import { basename, delimiter, join } from 'node:path'
import { ClusterError, InputError } from '../../errors.ts'
import { KubeConfig, type Cluster, type Context, type User } from './client-node.ts'

/**
 * Which clusters a rollout talks to, from kubeconfig files and contexts.
 * client-node reads the files and later signs requests (tokens, client
 * certificates, exec plugins such as gke-gcloud-auth-plugin, in-cluster
 * service accounts); this module decides which files and contexts, with
 * kubectl's rules, and fails with a clear message where client-node would
 * silently fall back to http://localhost:8080.
 */

/** The user's choice: kubeconfig files (else KUBECONFIG, ~/.kube/config, in-cluster) and contexts (else current). */
export interface ClusterSelection {
  readonly kubeconfigs: readonly string[]
  readonly contexts: readonly string[]
}

/** One cluster to talk to. */
export interface ClusterEndpoint {
  /** The context name (or "in-cluster"): how the user names it in canary-contexts and reports. */
  readonly name: string
  /** The API server URL, possibly with a path prefix (Rancher-style proxies). */
  readonly server: string
  /** A KubeConfig whose current context is this cluster; it signs the requests. */
  readonly config: KubeConfig
}

const SERVICE_ACCOUNT_TOKEN = '/var/run/secrets/kubernetes.io/serviceaccount/token'

/** Resolves the selection to endpoints; every problem is reported before any cluster is contacted. */
export function resolveEndpoints(selection: ClusterSelection, env: NodeJS.ProcessEnv): ClusterEndpoint[] {
  const files = kubeconfigFiles(selection, env)
  if (files === 'in-cluster') return [inClusterEndpoint(selection)]
  const loaded = files.map(loadFile)
  if (selection.kubeconfigs.length > 0 && selection.contexts.length === 0) {
    const endpoints = loaded.map(({ file, config }) =>
      endpointFor(config, requireCurrentContext(config, file), file),
    )
    return uniqueNames(endpoints, files)
  }
  const merged = mergeConfigs(loaded.map((l) => l.config))
  const source = files.join(delimiter)
  const contexts =
    selection.contexts.length > 0 ? selection.contexts : [requireCurrentContext(merged, source)]
  return contexts.map((context) => endpointFor(merged, context, source))
}

/** The files to read: the input's, else KUBECONFIG (missing entries skipped, as kubectl does), else ~/.kube/config, else in-cluster. */
function kubeconfigFiles(selection: ClusterSelection, env: NodeJS.ProcessEnv): string[] | 'in-cluster' {
  if (selection.kubeconfigs.length > 0) {
    const missing = selection.kubeconfigs.filter((file) => !existsSync(file))
    if (missing.length > 0)
      throw new InputError(`kubeconfig file ${missing.join(', ')} does not exist`, {
        hint: 'give paths relative to the workspace, e.g. kubeconfig: ${{ steps.creds.outputs.kubeconfig_path }}',
      })
    return [...selection.kubeconfigs]
  }
  const fromEnv = (env['KUBECONFIG'] ?? '').split(delimiter).filter((file) => file !== '')
  if (fromEnv.length > 0) {
    const present = fromEnv.filter((file) => existsSync(file))
    if (present.length === 0)
      throw new ClusterError(`KUBECONFIG names ${fromEnv.join(delimiter)}, and none of it exists`)
    return present
  }
  const home = env['HOME'] === undefined ? undefined : join(env['HOME'], '.kube', 'config')
  if (home !== undefined && existsSync(home)) return [home]
  if (env['KUBERNETES_SERVICE_HOST'] !== undefined && existsSync(SERVICE_ACCOUNT_TOKEN)) return 'in-cluster'
  throw new ClusterError(
    'no kubeconfig: KUBECONFIG is not set, ~/.kube/config does not exist, and this is not a pod with a service account',
    {
      hint: 'run google-github-actions/get-gke-credentials before this step (it sets KUBECONFIG), or set the kubeconfig input',
    },
  )
}

function loadFile(file: string): { file: string; config: KubeConfig } {
  const config = new KubeConfig()
  try {
    config.loadFromFile(file)
  } catch (cause: unknown) {
    throw new ClusterError(
      `kubeconfig ${file} cannot be read: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    )
  }
  return { file, config }
}

/** kubectl's merge: the first file that names a cluster, user or context (or a current-context) wins. */
function mergeConfigs(configs: readonly KubeConfig[]): KubeConfig {
  const pick = <T extends { name: string }>(lists: T[][]): T[] => {
    const seen = new Map<string, T>()
    for (const item of lists.flat()) if (!seen.has(item.name)) seen.set(item.name, item)
    return [...seen.values()]
  }
  const merged = new KubeConfig()
  merged.loadFromOptions({
    clusters: pick<Cluster>(configs.map((c) => c.getClusters())),
    users: pick<User>(configs.map((c) => c.getUsers())),
    contexts: pick<Context>(configs.map((c) => c.getContexts())),
    currentContext:
      configs.map((c) => c.getCurrentContext()).find((name) => name !== undefined && name !== '') ?? '',
  })
  return merged
}

function requireCurrentContext(config: KubeConfig, source: string): string {
  const current = config.getCurrentContext()
  if (current === undefined || current === '') {
    throw new ClusterError(`kubeconfig ${source} has no current-context`, {
      hint: 'name the clusters with the contexts input, e.g. contexts: gke_my-project_us-central1_prod',
    })
  }
  return current
}

/** A KubeConfig of its own whose current context is `context` (requests run concurrently per cluster). */
function endpointFor(config: KubeConfig, context: string, source: string): ClusterEndpoint {
  const entry = config.getContextObject(context)
  if (entry === null) {
    const known = config.getContexts().map((c) => c.name)
    throw new InputError(`context "${context}" is not in kubeconfig ${source}`, {
      hint: `its contexts: ${known.join(', ') || '(none)'}`,
    })
  }
  const cluster = config.getCluster(entry.cluster)
  if (cluster === null || !cluster.server)
    throw new ClusterError(
      `context "${context}" in ${source} names cluster "${entry.cluster}", which has no server`,
    )
  const own = new KubeConfig()
  own.loadFromOptions({
    clusters: config.getClusters(),
    users: config.getUsers(),
    contexts: config.getContexts(),
    currentContext: context,
  })
  return { name: context, server: cluster.server, config: own }
}

function inClusterEndpoint(selection: ClusterSelection): ClusterEndpoint {
  if (selection.contexts.length > 0)
    throw new InputError('contexts need a kubeconfig, but none was found (running in-cluster)')
  const config = new KubeConfig()
  config.loadFromCluster()
  return { name: 'in-cluster', server: config.getCurrentCluster()?.server ?? '', config }
}

/** Two files may share a context name; the file then tells them apart. */
function uniqueNames(endpoints: ClusterEndpoint[], files: readonly string[]): ClusterEndpoint[] {
  return endpoints.map((e, i) =>
    endpoints.filter((o) => o.name === e.name).length > 1
      ? { ...e, name: `${e.name}@${basename(files[i]!)}` }
      : e,
  )
}
