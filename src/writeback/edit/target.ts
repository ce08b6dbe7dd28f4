import { InputError } from '../../errors.ts'

/** The namespace every RootSync lives in (CONFIG-SYNC.md §3). */
export const ROOT_SYNC_NAMESPACE = 'config-management-system'

/** The kinds whose `spec.oci.image` the editor sets. */
export const SYNC_KINDS = ['RootSync', 'RepoSync'] as const
/** RootSync or RepoSync. */
export type SyncKind = (typeof SYNC_KINDS)[number]

/** What to edit: a RootSync/RepoSync object, or the scalars carrying a marker comment. */
export type EditTarget =
  | { readonly type: 'object'; readonly kind: SyncKind; readonly namespace: string; readonly name: string }
  | { readonly type: 'marker'; readonly name: string }

/** The marker comment: `# configsync-oci: image` or `# configsync-oci: image NAME`. */
export const MARKER_PREFIX = 'configsync-oci: image'

const DNS_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/
const MARKER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/
const EXAMPLES =
  'RootSync/root-sync, RootSync/config-management-system/root-sync, RepoSync/shop/repo-sync, marker or marker:NAME'

/** The default target: the RootSync that `nomos` and the Config Sync docs call root-sync. */
export const DEFAULT_TARGET = `RootSync/${ROOT_SYNC_NAMESPACE}/root-sync`

/**
 * Parses a target: `KIND/NAMESPACE/NAME`, `RootSync/NAME` (in
 * config-management-system), `marker` (the unnamed marker) or `marker:NAME`.
 */
export function parseTarget(text: string, inputName: string): EditTarget {
  const value = text.trim()
  const fail = (why: string): never => {
    throw new InputError(`${inputName} "${value}" ${why}`, { hint: `e.g. ${EXAMPLES}` })
  }
  if (value === 'marker') return { type: 'marker', name: '' }
  if (value.startsWith('marker:')) {
    const name = value.slice('marker:'.length)
    if (!MARKER_NAME.test(name)) fail('has a marker name that is not letters, digits, ".", "_" or "-"')
    return { type: 'marker', name }
  }
  const parts = value.split('/')
  const kind = SYNC_KINDS.find((k) => k.toLowerCase() === parts[0]?.toLowerCase())
  if (kind === undefined) fail('is neither RootSync/…, RepoSync/… nor marker[:NAME]')
  if (parts.length === 2 && kind === 'RepoSync') fail('needs a namespace: RepoSync/NAMESPACE/NAME')
  if (parts.length !== 2 && parts.length !== 3) fail('is not KIND/NAMESPACE/NAME')
  const name = parts.at(-1) ?? ''
  const namespace = parts.length === 3 ? (parts[1] ?? '') : ROOT_SYNC_NAMESPACE
  for (const part of [namespace, name]) {
    if (!DNS_NAME.test(part) || part.length > 253)
      fail(`has "${part}", which is not a Kubernetes object name`)
  }
  return { type: 'object', kind: kind as SyncKind, namespace, name }
}

/** Human form, as the logs and the summary show it. */
export function describeTarget(target: EditTarget): string {
  if (target.type === 'marker')
    return target.name === '' ? `marker "# ${MARKER_PREFIX}"` : `marker "# ${MARKER_PREFIX} ${target.name}"`
  return `${target.kind} ${target.namespace}/${target.name}`
}

/** A stable, ref-safe name for the target, used in pull-request branch names. */
export function targetSlug(target: EditTarget): string {
  if (target.type === 'marker') return target.name === '' ? 'marker' : `marker-${slugify(target.name)}`
  return `${target.kind.toLowerCase()}-${target.namespace}-${target.name}`
}

/** Lower-case letters, digits, '.', '-' only; other runs become one '-'. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '')
}
