/**
 * When Config Sync renders a source (../shared/CONFIG-SYNC.md §4.5,
 * pkg/hydrate/tool_util.go needsKustomize): exactly when the top of the sync
 * directory has one of the kustomization file names. One only in a
 * subdirectory is never rendered, and Config Sync reports KNV1068.
 */
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
