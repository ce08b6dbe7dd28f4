/**
 * The discovery documents of the fake API server, shaped like a real one's
 * legacy (non-aggregated) discovery: /version, /api, /api/v1, /apis, the
 * configsync.gke.io group and its version resource lists. A real server
 * also offers aggregated discovery (apidiscovery.k8s.io/v2); clients fall
 * back to these documents when the answer is plain application/json.
 */
import type { JsonObject } from './fields.ts'

/** The group Config Sync's CRDs add. */
export const CONFIG_SYNC_GROUP = 'configsync.gke.io'
/** The versions it serves; v1beta1 is the preferred (storage) one. */
export const CONFIG_SYNC_VERSIONS = ['v1beta1', 'v1alpha1'] as const

// Only the verbs the fake serves: no watch (a list never streams) and no deletecollection.
const VERBS = ['delete', 'get', 'list', 'patch', 'create', 'update']

/** GET /version. */
export function versionDocument(): JsonObject {
  return {
    major: '1',
    minor: '32',
    gitVersion: 'v1.32.4-fake',
    gitCommit: '0000000000000000000000000000000000000000',
    gitTreeState: 'clean',
    buildDate: '2026-01-01T00:00:00Z',
    goVersion: 'go1.23.8',
    compiler: 'gc',
    platform: 'linux/amd64',
  }
}

/** GET /api. */
export function coreVersions(serverAddress: string): JsonObject {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  }
}

/** GET /api/v1: a minimal core resource list (namespaces), enough for clients that look. */
export function coreResources(): JsonObject {
  return {
    kind: 'APIResourceList',
    groupVersion: 'v1',
    resources: [
      {
        name: 'namespaces',
        singularName: 'namespace',
        namespaced: false,
        kind: 'Namespace',
        verbs: ['create', 'delete', 'get', 'list', 'patch', 'update'],
        shortNames: ['ns'],
      },
    ],
  }
}

/** GET /apis; without Config Sync the group is simply not listed. */
export function groupList(configSyncInstalled: boolean): JsonObject {
  return { kind: 'APIGroupList', apiVersion: 'v1', groups: configSyncInstalled ? [configSyncGroup()] : [] }
}

/** GET /apis/configsync.gke.io. */
export function configSyncGroup(): JsonObject {
  const versions = CONFIG_SYNC_VERSIONS.map((version) => ({
    groupVersion: `${CONFIG_SYNC_GROUP}/${version}`,
    version,
  }))
  return {
    kind: 'APIGroup',
    apiVersion: 'v1',
    name: CONFIG_SYNC_GROUP,
    versions,
    preferredVersion: versions[0]!,
  }
}

/** GET /apis/configsync.gke.io/VERSION: the RootSync and RepoSync resources with their status subresources. */
export function configSyncResources(version: string): JsonObject {
  const resource = (name: string, kind: string): JsonObject[] => [
    {
      name,
      singularName: kind.toLowerCase(),
      namespaced: true,
      kind,
      verbs: VERBS,
      categories: ['all'],
      storageVersionHash: 'fake0000',
    },
    { name: `${name}/status`, singularName: '', namespaced: true, kind, verbs: ['get', 'patch', 'update'] },
  ]
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: `${CONFIG_SYNC_GROUP}/${version}`,
    resources: [...resource('reposyncs', 'RepoSync'), ...resource('rootsyncs', 'RootSync')],
  }
}
