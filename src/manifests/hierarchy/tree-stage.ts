/**
 * The hierarchy-only stage between the scoped and final validators
 * (pkg/validate/validate.go `Hierarchical`): build the namespaces/ tree,
 * validate it, then inherit and select. Each step's findings stop the next.
 */
import type { DeclaredObject } from '../declared-object.ts'
import type { Finding } from '../finding.ts'
import type { ScopedObjects } from '../scope/scope-types.ts'
import { checkHierarchyConfigs, inheritanceModes } from './hierarchy-config.ts'
import { applyNamespaceSelectors, flattenTree, inheritObjects } from './inheritance.ts'
import { checkInheritance, checkNamespaceSelectorPlacement } from './tree-checks.ts'
import { buildTree } from './tree.ts'

/** The final objects of a hierarchy repo, or the findings that stop validation before them. */
export function runTreeStage(scoped: ScopedObjects): { objects: DeclaredObject[] } | { findings: Finding[] } {
  const built = buildTree(scoped)
  if ('findings' in built) return built
  const { tree } = built
  const invalid = [
    ...checkHierarchyConfigs(tree.hierarchyConfigs, tree.cluster),
    ...checkInheritance(tree),
    ...checkNamespaceSelectorPlacement(tree),
  ]
  if (invalid.length > 0) return { findings: invalid }
  const hydration = [
    ...inheritObjects(tree, inheritanceModes(tree.hierarchyConfigs)),
    ...applyNamespaceSelectors(tree),
  ]
  if (hydration.length > 0) return { findings: hydration }
  return { objects: flattenTree(tree) }
}
