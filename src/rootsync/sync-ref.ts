import { InputError } from '../errors.ts'
import { ROOT_SYNC_NAMESPACE, SYNC_KIND, type SyncRef } from './types.ts'

/**
 * Naming rules Config Sync enforces on RSyncs (CONFIG-SYNC.md §3, upstream
 * pkg/reconcilermanager/constants.go and pkg/core/names.go). Violations show
 * up in the cluster only as a Stalled condition after a "successful" patch,
 * so they are checked here before any call.
 */

/** MaxRootSyncNameLength: the inventory label `config-management-system_<name>` must fit 63 chars. */
export const MAX_ROOT_SYNC_NAME = 38
/** MaxRepoSyncNNLength: len(namespace) + len(name), so that the reconciler name fits 63 chars. */
export const MAX_REPO_SYNC_NN = 45
/** The RSync names whose reconciler has no suffix. */
const DEFAULT_ROOT_SYNC = 'root-sync'
const DEFAULT_REPO_SYNC = 'repo-sync'

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/

/** A RootSync in config-management-system. */
export function rootSyncRef(name: string): SyncRef {
  return { kind: SYNC_KIND.root, namespace: ROOT_SYNC_NAMESPACE, name }
}

/** A RepoSync from "NAMESPACE/NAME" (or "NAMESPACE" alone, meaning the default name repo-sync). */
export function parseRepoSyncRef(text: string, inputName: string): SyncRef {
  const parts = text.trim().split('/')
  if (parts.length > 2 || parts.some((part) => part === '')) {
    throw new InputError(`${inputName} "${text}" is not NAMESPACE/NAME`, {
      hint: `e.g. ${inputName}: bookstore/repo-sync`,
    })
  }
  return { kind: SYNC_KIND.repo, namespace: parts[0]!, name: parts[1] ?? DEFAULT_REPO_SYNC }
}

/** Throws an InputError when Config Sync would stall on this name (KNV1061). */
export function checkSyncRef(ref: SyncRef, inputName: string): void {
  const fail = (why: string, hint: string): never => {
    throw new InputError(`${inputName}: ${describeSyncRef(ref)} ${why}`, { hint })
  }
  if (ref.name.length > 253 || !DNS1123_SUBDOMAIN.test(ref.name)) {
    fail(
      'is not a valid name',
      'names are lowercase letters, digits, "-" and ".", starting and ending with a letter or digit',
    )
  }
  if (!DNS1123_LABEL.test(ref.namespace) || ref.namespace.length > 63) {
    fail(
      'has an invalid namespace',
      'a namespace is a DNS-1123 label: lowercase letters, digits and "-", at most 63 characters',
    )
  }
  if (ref.kind === SYNC_KIND.root) {
    if (ref.name.length > MAX_ROOT_SYNC_NAME) {
      fail(
        `has a ${ref.name.length}-character name; Config Sync allows at most ${MAX_ROOT_SYNC_NAME}`,
        'shorten the RootSync name',
      )
    }
    if (ref.namespace !== ROOT_SYNC_NAMESPACE)
      fail(`must be in ${ROOT_SYNC_NAMESPACE}`, 'RootSyncs live only there')
    return
  }
  if (ref.namespace === ROOT_SYNC_NAMESPACE) {
    fail(
      `must not be in ${ROOT_SYNC_NAMESPACE}`,
      'that namespace holds RootSyncs; use a RootSync, or another namespace',
    )
  }
  const length = ref.namespace.length + ref.name.length
  if (length > MAX_REPO_SYNC_NN) {
    fail(
      `has namespace + name of ${length} characters; Config Sync allows at most ${MAX_REPO_SYNC_NN}`,
      'shorten the namespace or the name',
    )
  }
}

/**
 * The reconciler Deployment (and KSA) name in config-management-system:
 * root-reconciler[-NAME] or ns-reconciler-NS[-NAME-LEN(NAME)].
 */
export function reconcilerName(ref: SyncRef): string {
  if (ref.kind === SYNC_KIND.root)
    return ref.name === DEFAULT_ROOT_SYNC ? 'root-reconciler' : `root-reconciler-${ref.name}`
  if (ref.name === DEFAULT_REPO_SYNC) return `ns-reconciler-${ref.namespace}`
  return `ns-reconciler-${ref.namespace}-${ref.name}-${ref.name.length}`
}

/** "RootSync config-management-system/root-sync". */
export function describeSyncRef(ref: SyncRef): string {
  return `${ref.kind} ${ref.namespace}/${ref.name}`
}

/** How nomos names an RSync in its status block: "<root>:NAME" or "NS:NAME". */
export function nomosSyncName(ref: SyncRef): string {
  return ref.kind === SYNC_KIND.root ? `<root>:${ref.name}` : `${ref.namespace}:${ref.name}`
}
