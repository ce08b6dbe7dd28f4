/**
 * Hydrating the namespaces/ tree (pkg/validate/tree/hydrate;
 * ../shared/CONFIG-SYNC.md §4.6): objects of abstract directories are copied
 * into every Namespace directory below them (KNV1007 for kinds whose
 * HierarchyConfig says `none`, KNV1003 for a Namespace directory with
 * subdirectories), then NamespaceSelectors drop the copies whose Namespace
 * they do not select. Flattening gives each object its directory's namespace.
 */
import {
  ANNOTATIONS,
  GROUPS,
  isNamespaceObject,
  withNamespace,
  type DeclaredObject,
} from '../declared-object.ts'
import { errorFinding, type Finding } from '../finding.ts'
import { appendAll } from '../rules/append-all.ts'
import type { LabelSelector } from '../selection/label-selector.ts'
import { readSelectorMode, readSelectorObject } from '../selection/selector-objects.ts'
import type { InheritanceModes } from './hierarchy-config.ts'
import { isNamespaceNode, type HierarchyTree, type TreeNode } from './tree.ts'

/** Copies abstract objects down; KNV1007 and KNV1003 findings. Mutates the tree's nodes. */
export function inheritObjects(tree: HierarchyTree, modes: InheritanceModes): Finding[] {
  const findings: Finding[] = []
  const visit = (node: TreeNode, inherited: readonly DeclaredObject[]): void => {
    const namespace = node.objects.find(isNamespaceObject)
    if (namespace !== undefined) {
      for (const child of node.children) findings.push(namespaceSubdirectory(namespace, node, child))
      appendAll(node.objects, inherited)
      return
    }
    for (const o of node.objects) {
      // Config Sync exempts its own kinds (IsEphemeral, IsSystemOnly).
      if (modes.get(`${o.group}/${o.kind}`) === 'none' && o.group !== GROUPS.configManagement)
        findings.push(abstractObject(o))
    }
    for (const child of node.children) visit(child, [...inherited, ...node.objects])
  }
  visit(tree.root, [])
  return findings
}

/** Drops copies whose NamespaceSelector does not select their Namespace; KNV1014/KNV1006 for unusable selectors. */
export function applyNamespaceSelectors(tree: HierarchyTree): Finding[] {
  const selectors = new Map<string, LabelSelector>()
  const findings: Finding[] = []
  for (const [name, o] of tree.namespaceSelectors) {
    const mode = readSelectorMode(o)
    if (mode === 'dynamic') findings.push(dynamicMode(o))
    else if (typeof mode !== 'string') findings.push(mode)
    else {
      const reading = readSelectorObject(o)
      if ('finding' in reading) findings.push(reading.finding)
      else selectors.set(name, reading.selector)
    }
  }
  if (findings.length > 0) return findings
  const walk = (node: TreeNode): void => {
    const namespace = node.objects.find(isNamespaceObject)
    if (namespace === undefined) {
      for (const child of node.children) walk(child)
      return
    }
    const kept = node.objects.filter((o) => {
      const name = o.annotations[ANNOTATIONS.namespaceSelector]
      return (
        isNamespaceObject(o) || name === undefined || selectors.get(name)?.matches(namespace.labels) === true
      )
    })
    node.objects.length = 0
    appendAll(node.objects, kept)
  }
  walk(tree.root)
  return findings
}

/** The final objects: cluster/ objects, then each Namespace directory's objects in its namespace. */
export function flattenTree(tree: HierarchyTree): DeclaredObject[] {
  const result: DeclaredObject[] = [...tree.cluster]
  const walk = (node: TreeNode): void => {
    if (isNamespaceNode(node)) {
      for (const o of node.objects) result.push(isNamespaceObject(o) ? o : withNamespace(o, node.name))
      return
    }
    for (const child of node.children) walk(child)
  }
  walk(tree.root)
  return result
}

function namespaceSubdirectory(namespace: DeclaredObject, parent: TreeNode, child: TreeNode): Finding {
  return errorFinding(
    'KNV1003',
    namespace.source.file,
    namespace.source.line,
    `A Namespace directory MUST NOT have subdirectories. Restructure "${parent.name}" so that it does not have subdirectory "${child.name}" (${child.path}).`,
  )
}

function abstractObject(o: DeclaredObject): Finding {
  return errorFinding(
    'KNV1007',
    o.source.file,
    o.source.line,
    `Config "${o.name}" illegally declared in an abstract namespace directory. Move this config to a namespace directory: its kind has hierarchyMode none in a HierarchyConfig.`,
  )
}

function dynamicMode(o: DeclaredObject): Finding {
  return errorFinding(
    'KNV1014',
    o.source.file,
    o.source.locate(['spec', 'mode']),
    'NamespaceSelector MUST NOT use the dynamic mode with the hierarchy source format. To fix, either switch to the unstructured source format, or remove `spec.mode` from the NamespaceSelector.',
  )
}
