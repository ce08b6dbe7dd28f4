/**
 * The directory tree of a hierarchy repo (pkg/validate/fileobjects/tree.go,
 * pkg/importer/analyzer/transform/tree; ../shared/CONFIG-SYNC.md §4.6).
 * Every object must sit in the right top-level directory (KNV1039); the
 * namespaced objects under namespaces/ form a tree of directories, each a
 * Namespace directory (it declares a Namespace) or an abstract namespace.
 */
import {
  GROUPS,
  directoryOf,
  isKind,
  isNamespaceObject,
  isNamespaceSelector,
  topLevelDirectoryOf,
  type DeclaredObject,
} from '../declared-object.ts'
import { errorFinding, type Finding } from '../finding.ts'
import { groupKind } from '../rules/object-fields.ts'
import type { ScopedObjects } from '../scope/scope-types.ts'

/** One directory under namespaces/. */
export interface TreeNode {
  /** Path from the source root, e.g. `namespaces/eng/backend`. */
  readonly path: string
  /** The directory's own name: for a Namespace directory, the Namespace's name. */
  readonly name: string
  readonly objects: DeclaredObject[]
  readonly children: TreeNode[]
}

/** The parts of a hierarchy repo the tree stage works on (fileobjects.Tree). */
export interface HierarchyTree {
  readonly hierarchyConfigs: readonly DeclaredObject[]
  /** NamespaceSelectors under namespaces/, by name (names are unique by now: KNV1029). */
  readonly namespaceSelectors: ReadonlyMap<string, DeclaredObject>
  /** Objects of cluster/. */
  readonly cluster: readonly DeclaredObject[]
  readonly root: TreeNode
}

const SYSTEM = 'system'
const CLUSTER = 'cluster'
const NAMESPACES = 'namespaces'

/** True when a node's objects include a Namespace. */
export function isNamespaceNode(node: TreeNode): boolean {
  return node.objects.some(isNamespaceObject)
}

/** Sorts objects into the tree, or the KNV1039 findings for objects in the wrong top-level directory. */
export function buildTree(scoped: ScopedObjects): { tree: HierarchyTree } | { findings: Finding[] } {
  const findings: Finding[] = []
  const parts = {
    hierarchyConfigs: [] as DeclaredObject[],
    namespaceSelectors: new Map<string, DeclaredObject>(),
    cluster: [] as DeclaredObject[],
  }
  const inTree: DeclaredObject[] = []
  const place = (o: DeclaredObject, dir: string): void => {
    // The Repo was checked in the raw stage and is done with.
    if (dir === SYSTEM) {
      if (isKind(o, GROUPS.configManagement, 'HierarchyConfig')) parts.hierarchyConfigs.push(o)
    } else if (dir === CLUSTER) parts.cluster.push(o)
    else if (isNamespaceSelector(o)) parts.namespaceSelectors.set(o.name, o)
    else inTree.push(o)
  }
  for (const o of scoped.cluster) {
    const wrong = wrongTopLevel(o, expectedTopLevel(o))
    if (wrong === undefined) place(o, topLevelDirectoryOf(o))
    else findings.push(wrong)
  }
  for (const o of scoped.unknown) {
    const dir = topLevelDirectoryOf(o)
    if (dir === CLUSTER || dir === NAMESPACES) place(o, dir)
    else findings.push(unknownOutsideTree(o, dir))
  }
  for (const o of scoped.namespaced) {
    const wrong = wrongTopLevel(o, NAMESPACES)
    if (wrong === undefined) inTree.push(o)
    else findings.push(wrong)
  }
  if (findings.length > 0) return { findings }
  return { tree: { ...parts, root: treeOf(inTree) } }
}

function expectedTopLevel(o: DeclaredObject): string {
  if (o.group === GROUPS.configManagement && (o.kind === 'Repo' || o.kind === 'HierarchyConfig'))
    return SYSTEM
  if (isNamespaceObject(o) || isNamespaceSelector(o)) return NAMESPACES
  return CLUSTER
}

// Wording from pkg/importer/analyzer/validation/scope.go.
const SHOULD_BE_IN: Readonly<Record<string, string>> = {
  [SYSTEM]: 'Repo and HierarchyConfig configs MUST be declared in `system/`.',
  [CLUSTER]: 'Cluster-scoped configs except Namespaces MUST be declared in `cluster/`.',
  [NAMESPACES]: 'Namespace-scoped and Namespace configs MUST be declared in `namespaces/`.',
}

function wrongTopLevel(o: DeclaredObject, expected: string): Finding | undefined {
  if (topLevelDirectoryOf(o) === expected) return undefined
  return errorFinding(
    'KNV1039',
    o.source.file,
    o.source.line,
    `${SHOULD_BE_IN[expected]!} To fix, move the ${o.kind} to \`${expected}/\`.`,
  )
}

// Config Sync would ask the cluster; with no answer offline, such an object has no place outside cluster/ and namespaces/.
function unknownOutsideTree(o: DeclaredObject, dir: string): Finding {
  const gk = groupKind(o.group, o.kind)
  return errorFinding(
    'KNV1039',
    o.source.file,
    o.source.line,
    `The ${gk} config is in \`${dir}/\`, where only Repo, HierarchyConfig, Cluster and ClusterSelector configs belong. To fix, move it to \`cluster/\` (cluster-scoped) or \`namespaces/\` (namespaced).`,
  )
}

function treeOf(objects: readonly DeclaredObject[]): TreeNode {
  const nodes = new Map<string, TreeNode>()
  const nodeAt = (path: string): TreeNode => {
    let node = nodes.get(path)
    if (node !== undefined) return node
    node = { path, name: path.slice(path.lastIndexOf('/') + 1), objects: [], children: [] }
    nodes.set(path, node)
    const slash = path.lastIndexOf('/')
    if (slash !== -1) nodeAt(path.slice(0, slash)).children.push(node)
    return node
  }
  const root = nodeAt(NAMESPACES)
  for (const o of objects) nodeAt(directoryOf(o)).objects.push(o)
  for (const node of nodes.values())
    node.children.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return root
}
