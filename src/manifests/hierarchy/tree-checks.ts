/**
 * Checks of the namespaces/ tree (pkg/validate/tree/validate
 * inheritance_validator.go and namespace_selector_validator.go;
 * ../shared/CONFIG-SYNC.md §4.6): one Namespace per directory (KNV2012), no
 * abstract directory whose objects reach no Namespace (KNV1044), and
 * namespace-selectors that name a NamespaceSelector in an ancestor directory
 * (KNV1013) but not in a Namespace directory (KNV1038).
 */
import { ANNOTATIONS, directoryOf, isNamespaceObject, type DeclaredObject } from '../declared-object.ts'
import { errorFinding, type Finding } from '../finding.ts'
import { multipleSingletons } from '../rules/repo-object.ts'
import { unknownNamespaceSelector } from '../selection/namespace-selection.ts'
import type { HierarchyTree, TreeNode } from './tree.ts'

/** KNV2012 and KNV1044 for the whole tree. */
export function checkInheritance(tree: HierarchyTree): Finding[] {
  const findings: Finding[] = []
  visit(tree.root, findings)
  return findings
}

/** True when node is or contains a Namespace directory. */
function visit(node: TreeNode, findings: Finding[]): boolean {
  const namespaces = node.objects.filter(isNamespaceObject)
  if (namespaces.length > 1) findings.push(...multipleSingletons(namespaces))
  if (namespaces.length > 0) return true
  let descendant = false
  for (const child of node.children) descendant = visit(child, findings) || descendant
  const first = firstObject(node)
  if (first === undefined) return descendant
  if (node.children.length === 0) {
    const message = `The directory "${node.name}" has configs, but is missing a Namespace config. All bottom level subdirectories MUST have a Namespace config.`
    findings.push(errorFinding('KNV1044', first.source.file, first.source.line, message))
  } else if (!descendant) {
    const message = `The AbstractNamespace directory named "${node.name}" has resources and subdirectories, but none of its subdirectories are Namespaces. An AbstractNamespace MUST have at least one Namespace subdirectory.`
    findings.push(errorFinding('KNV1044', first.source.file, first.source.line, message))
  }
  return descendant
}

/** KNV1013 for selectors not declared or not in an ancestor directory; KNV1038 for NamespaceSelectors in a Namespace directory. */
export function checkNamespaceSelectorPlacement(tree: HierarchyTree): Finding[] {
  const findings: Finding[] = []
  const walk = (node: TreeNode): void => {
    for (const o of node.objects) {
      const name = o.annotations[ANNOTATIONS.namespaceSelector]
      if (name === undefined || isNamespaceObject(o)) continue
      const selector = tree.namespaceSelectors.get(name)
      if (selector === undefined) findings.push(unknownNamespaceSelector(o, name))
      // A string prefix, as Config Sync compares paths.
      else if (!o.source.file.startsWith(directoryOf(selector))) findings.push(notInAncestor(o, selector))
    }
    if (node.objects.some(isNamespaceObject)) {
      for (const selector of tree.namespaceSelectors.values()) {
        if (directoryOf(selector) !== node.path) continue
        findings.push(
          errorFinding(
            'KNV1038',
            selector.source.file,
            selector.source.line,
            'Configs of the below Kind MUST not be declared in `namespaces`/: NamespaceSelector in a Namespace directory. To fix, move it to an abstract namespace directory above.',
          ),
        )
      }
    }
    for (const child of node.children) walk(child)
  }
  walk(tree.root)
  return findings
}

function notInAncestor(o: DeclaredObject, selector: DeclaredObject): Finding {
  return errorFinding(
    'KNV1013',
    o.source.file,
    o.source.locate(['metadata', 'annotations', ANNOTATIONS.namespaceSelector]),
    `Config "${o.name}" MUST refer to a NamespaceSelector in its directory or a parent directory. Either remove the annotation "${ANNOTATIONS.namespaceSelector}=${selector.name}" from "${o.name}" or move NamespaceSelector "${selector.name}" (${selector.source.file}) to a parent directory of "${o.name}".`,
  )
}

/** The object of a directory that comes first by file and line: where a directory's finding points. */
export function firstObject(node: TreeNode): DeclaredObject | undefined {
  let first: DeclaredObject | undefined
  for (const o of node.objects) {
    if (
      first === undefined ||
      o.source.file < first.source.file ||
      (o.source.file === first.source.file && o.source.line < first.source.line)
    )
      first = o
  }
  return first
}
