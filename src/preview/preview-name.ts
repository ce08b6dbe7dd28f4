import { InputError } from '../errors.ts'
import { checkSyncRef } from '../rootsync/sync-ref.ts'
import type { SyncRef } from '../rootsync/types.ts'

/**
 * The preview RootSync/RepoSync name, from a template such as `pr-{number}`.
 * The result is checked against Config Sync's name rules (CONFIG-SYNC.md §3:
 * a DNS-1123 name, a RootSync name of at most 38 characters, a RepoSync's
 * namespace + name at most 45), which otherwise surface only as a Stalled
 * RSync after a "successful" create.
 */

/** The default template: pr-42. */
export const DEFAULT_PREVIEW_NAME_TEMPLATE = 'pr-{number}'

/** The placeholders a template may use. */
export const NAME_PLACEHOLDERS = ['number', 'branch'] as const

/** What a template is rendered with. */
export interface PreviewNameValues {
  readonly number: number
  /** The PR's head branch; lower-cased, runs of other characters become '-'. */
  readonly branch: string
}

/** Renders the template; an InputError names the input for an unknown placeholder or an invalid name. */
export function renderPreviewName(template: string, values: PreviewNameValues, inputName: string): string {
  const text = template.trim() || DEFAULT_PREVIEW_NAME_TEMPLATE
  const rendered = text.replace(/\{([^{}]*)\}/g, (_match, key: string) => {
    if (key === 'number') return String(values.number)
    if (key === 'branch') return dnsLabelOf(values.branch)
    throw new InputError(
      `input "${inputName}" uses {${key}}; the placeholders are ${NAME_PLACEHOLDERS.map((p) => `{${p}}`).join(' and ')}`,
      {
        hint: `e.g. ${inputName}: preview-{number}`,
      },
    )
  })
  if (/[{}]/.test(rendered))
    throw new InputError(`input "${inputName}" "${text}" has an unbalanced brace`, {
      hint: `e.g. ${inputName}: pr-{number}`,
    })
  return rendered.toLowerCase()
}

/** The preview RSync: a RootSync in config-management-system, or a RepoSync in the namespace of `repo-sync`. */
export function previewSyncRef(name: string, syncedBy: SyncRef, inputName: string): SyncRef {
  const ref = { kind: syncedBy.kind, namespace: syncedBy.namespace, name }
  checkSyncRef(ref, `input "${inputName}"`)
  return ref
}

/** A branch as name characters: feature/Shop_Limits → feature-shop-limits. */
function dnsLabelOf(branch: string): string {
  return branch
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
