/**
 * When Config Sync renders a source (../shared/CONFIG-SYNC.md §4.5,
 * pkg/hydrate/tool_util.go needsKustomize): exactly when the top of the sync
 * directory has one of the kustomization file names. One only in a
 * subdirectory is never rendered, and Config Sync reports KNV1068.
 */
import { isAbsolute, posix } from 'node:path'
import { parse } from 'yaml'
import type { SourceTree } from '../collect.ts'
import { errorFinding, type Finding } from '../finding.ts'

/** The file names kustomize (and so Config Sync) recognises, in kustomize's order of preference. */
export const KUSTOMIZATION_FILE_NAMES: readonly string[] = [
  'kustomization.yaml',
  'kustomization.yml',
  'Kustomization',
]

/** Config Sync's code for rendering problems. */
export const KNV1068 = 'KNV1068'

/** The kustomization file at the top of the tree, if there is one. */
export function topKustomization(tree: SourceTree): string | undefined {
  const top = new Set(
    tree.entries.filter((e) => e.kind === 'file' && !e.path.includes('/')).map((e) => e.path),
  )
  return KUSTOMIZATION_FILE_NAMES.find((name) => top.has(name))
}

/** Kustomization files below the top, in tree order. */
function nestedKustomizations(tree: SourceTree): string[] {
  return tree.entries
    .filter(
      (e) =>
        e.kind === 'file' &&
        e.path.includes('/') &&
        KUSTOMIZATION_FILE_NAMES.includes(e.path.slice(e.path.lastIndexOf('/') + 1)),
    )
    .map((e) => e.path)
}

/** KNV1068 when kustomization files exist only in subdirectories: Config Sync renders none of them. */
export function missingTopKustomization(tree: SourceTree): Finding[] {
  const nested = nestedKustomizations(tree)
  const first = nested[0]
  if (first === undefined || topKustomization(tree) !== undefined) return []
  const more = nested.length > 1 ? ` (and ${nested.length - 1} more)` : ''
  return [
    errorFinding(
      KNV1068,
      first,
      0,
      `Kustomization config file is missing from the sync directory: ${first}${more} is in a subdirectory, and Config Sync renders only a kustomization.yaml, kustomization.yml or Kustomization at the top of the directory; add one there that lists the subdirectory under resources, or point the sync at the subdirectory`,
    ),
  ]
}

/** The kustomization fields whose entries name files or directories relative to the kustomization. */
const PATH_LISTS = ['resources', 'bases', 'components', 'crds', 'patchesStrategicMerge'] as const

/**
 * The entries of the top kustomization that name a local path outside the directory (`../base`, `/abs`):
 * the artifact holds only the directory, so Config Sync cannot render them. Remote bases are left alone.
 */
export function outsideReferences(kustomizationText: string): string[] {
  let parsed: unknown
  try {
    parsed = parse(kustomizationText)
  } catch {
    return []
  }
  if (parsed === null || typeof parsed !== 'object') return []
  const fields = parsed as Record<string, unknown>
  const entries: string[] = []
  for (const field of PATH_LISTS) {
    const list = fields[field]
    if (Array.isArray(list)) entries.push(...list.filter((e): e is string => typeof e === 'string'))
  }
  const patches = fields['patches']
  if (Array.isArray(patches))
    for (const patch of patches) {
      const path = (patch as { path?: unknown } | null)?.path
      if (typeof path === 'string') entries.push(path)
    }
  return entries.filter((entry) => {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || entry.includes('?ref=') || /^[\w.-]+\.\w+\//.test(entry))
      return false
    return isAbsolute(entry) || posix.normalize(entry).split('/')[0] === '..'
  })
}

/** KNV1068 for a top kustomization that reaches outside the directory, in words that say what to do. */
export function outsideFinding(kustomization: string, outside: readonly string[]): Finding {
  const list = outside.join(', ')
  return errorFinding(
    KNV1068,
    kustomization,
    0,
    `${kustomization} reaches outside the directory (${list}): the artifact holds only the directory, so Config Sync cannot render it; set render: true (--render) to publish the rendered output, or widen dir to include ${list}`,
  )
}
