/**
 * In a hierarchy repo an object in a Namespace directory belongs to that
 * Namespace (pkg/validate/raw/hydrate/object_namespace_hydrator.go). Config
 * Sync sets this before cluster selection, so a Namespace that is not
 * selected takes its directory's objects with it.
 */
import {
  directoryBaseOf,
  isNamespaceObject,
  isNamespaceSelector,
  topLevelDirectoryOf,
  withNamespace,
  type DeclaredObject,
} from '../declared-object.ts'

/** Objects under namespaces/ without a namespace get their directory's, when that directory declares the Namespace. */
export function assignDirectoryNamespaces(objects: readonly DeclaredObject[]): DeclaredObject[] {
  const namespaces = new Set<string>()
  for (const o of objects) {
    if (isNamespaceObject(o) && topLevelDirectoryOf(o) === 'namespaces' && o.name === directoryBaseOf(o))
      namespaces.add(o.name)
  }
  return objects.map((o) => {
    if (
      o.namespace !== '' ||
      topLevelDirectoryOf(o) !== 'namespaces' ||
      isNamespaceObject(o) ||
      isNamespaceSelector(o)
    )
      return o
    const dir = directoryBaseOf(o)
    return namespaces.has(dir) ? withNamespace(o, dir) : o
  })
}
