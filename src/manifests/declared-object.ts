/**
 * An object past the read-time checks, with the identity fields every later
 * stage needs parsed once. The namespace is the one the object ends up in:
 * hydration (namespace directories, defaulting, NamespaceSelectors,
 * inheritance) makes copies with another namespace, never edits in place.
 */
import type { ManifestObject } from './parse.ts'
import { groupOf, isMap } from './rules/object-fields.ts'

/** An object that passed the read-time checks, as every later stage sees it. */
export interface DeclaredObject {
  readonly source: ManifestObject
  readonly apiVersion: string
  readonly group: string
  readonly kind: string
  readonly name: string
  /** `metadata.namespace` as written ('' when absent). */
  readonly declaredNamespace: string
  /** The namespace after hydration; equals declaredNamespace until a stage sets it. */
  readonly namespace: string
  readonly annotations: Readonly<Record<string, string>>
  readonly labels: Readonly<Record<string, string>>
}

const NONE: Readonly<Record<string, string>> = Object.freeze({})

/**
 * The identity of an object that passed the read-time checks: apiVersion,
 * kind and name are strings, annotations and labels maps of strings.
 */
export function declareObject(source: ManifestObject): DeclaredObject {
  const object = source.object
  const metadata = object['metadata'] as Readonly<Record<string, unknown>>
  const apiVersion = object['apiVersion'] as string
  const namespace = typeof metadata['namespace'] === 'string' ? metadata['namespace'] : ''
  return {
    source,
    apiVersion,
    group: groupOf(apiVersion),
    kind: object['kind'] as string,
    name: metadata['name'] as string,
    declaredNamespace: namespace,
    namespace,
    annotations: stringMap(metadata['annotations']),
    labels: stringMap(metadata['labels']),
  }
}

function stringMap(value: unknown): Readonly<Record<string, string>> {
  return isMap(value) ? (value as Readonly<Record<string, string>>) : NONE
}

/** A copy of o placed in namespace. */
export function withNamespace(o: DeclaredObject, namespace: string): DeclaredObject {
  return o.namespace === namespace ? o : { ...o, namespace }
}

/** True when o is of group and kind (any version). */
export function isKind(o: DeclaredObject, group: string, kind: string): boolean {
  return o.kind === kind && o.group === group
}

/** A map key for a group and kind. */
export function groupKindKey(group: string, kind: string): string {
  return `${group}/${kind}`
}

/** The directory of the object's file ('' at the root). */
export function directoryOf(o: DeclaredObject): string {
  const slash = o.source.file.lastIndexOf('/')
  return slash === -1 ? '' : o.source.file.slice(0, slash)
}

/** The last segment of the object's directory (Config Sync's `obj.Dir().Base()`). */
export function directoryBaseOf(o: DeclaredObject): string {
  const dir = directoryOf(o)
  return dir.slice(dir.lastIndexOf('/') + 1)
}

/** The first segment of the object's path: its top-level directory in a hierarchy repo. */
export function topLevelDirectoryOf(o: DeclaredObject): string {
  const file = o.source.file
  const slash = file.indexOf('/')
  return slash === -1 ? '' : file.slice(0, slash)
}

/** The value of the managed annotation is exactly `disabled`. */
export function isManagementDisabled(o: DeclaredObject): boolean {
  return o.annotations[ANNOTATIONS.managed] === 'disabled'
}

/** Annotation keys Config Sync gives meaning to in source (pkg/metadata). */
export const ANNOTATIONS = {
  managed: 'configmanagement.gke.io/managed',
  namespaceSelector: 'configmanagement.gke.io/namespace-selector',
  legacyClusterSelector: 'configmanagement.gke.io/cluster-selector',
  clusterNameSelector: 'configsync.gke.io/cluster-name-selector',
  deletionPropagation: 'configsync.gke.io/deletion-propagation-policy',
  lifecycleMutation: 'client.lifecycle.config.k8s.io/mutation',
  dependsOn: 'config.kubernetes.io/depends-on',
  applyTimeMutation: 'config.kubernetes.io/apply-time-mutation',
} as const

/** API groups and kinds Config Sync treats specially. */
export const GROUPS = {
  core: '',
  configManagement: 'configmanagement.gke.io',
  configSync: 'configsync.gke.io',
  clusterRegistry: 'clusterregistry.k8s.io',
  apiExtensions: 'apiextensions.k8s.io',
  rbac: 'rbac.authorization.k8s.io',
} as const

/** A core Namespace object. */
export const isNamespaceObject = (o: DeclaredObject): boolean => isKind(o, GROUPS.core, 'Namespace')
/** A NamespaceSelector (configmanagement.gke.io). */
export const isNamespaceSelector = (o: DeclaredObject): boolean =>
  isKind(o, GROUPS.configManagement, 'NamespaceSelector')
/** A ClusterSelector (configmanagement.gke.io). */
export const isClusterSelector = (o: DeclaredObject): boolean =>
  isKind(o, GROUPS.configManagement, 'ClusterSelector')
/** A clusterregistry Cluster. */
export const isCluster = (o: DeclaredObject): boolean => isKind(o, GROUPS.clusterRegistry, 'Cluster')
/** A CustomResourceDefinition (any version). */
export const isCrd = (o: DeclaredObject): boolean =>
  isKind(o, GROUPS.apiExtensions, 'CustomResourceDefinition')
