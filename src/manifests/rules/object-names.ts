/**
 * Name and namespace syntax (pkg/validate/raw/validate name_validator.go and
 * namespace_validator.go; ../shared/CONFIG-SYNC.md §4.3): KNV1036 names,
 * KNV1055 namespaces, KNV1034 Config Sync's own Namespaces.
 */
import { CONTROLLER_NAMESPACE } from '../scope/sync-scope.ts'
import { GROUPS, isNamespaceObject, type DeclaredObject } from '../declared-object.ts'
import { errorFinding, type Finding } from '../finding.ts'
import { isDns1123Label, isDns1123Subdomain, isPathSegmentName } from './k8s-names.ts'
import { describeType } from './object-fields.ts'
import { NO_FINDINGS, type ObjectRule } from './types.ts'

// IsControllerNamespace: the Namespaces Config Sync's own components run in.
const CONTROLLER_NAMESPACES: ReadonlySet<string> = new Set([
  CONTROLLER_NAMESPACE,
  'resource-group-system',
  'config-management-monitoring',
])

/** KNV1036: the name is not a DNS-1123 subdomain (RBAC kinds: not a valid path segment). */
export const objectName: ObjectRule = {
  name: 'object-name',
  scope: 'object',
  check: (o) => {
    // A Namespace's name is a namespace: KNV1055 says what it must be, and every name KNV1036 refuses it refuses too.
    if (isNamespaceObject(o)) return NO_FINDINGS
    // The API server has different name rules for RBAC types: `system:foo` is a fine ClusterRole.
    const valid = o.group === GROUPS.rbac ? isPathSegmentName(o.name) : isDns1123Subdomain(o.name)
    if (valid) return NO_FINDINGS
    const rule =
      o.group === GROUPS.rbac
        ? 'RBAC configs MUST define a `metadata.name` that is not "." or ".." and contains no "/" or "%".'
        : "Configs MUST define a `metadata.name` that is shorter than 254 characters, consists of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character."
    return [
      errorFinding(
        'KNV1036',
        o.source.file,
        o.source.locate(['metadata', 'name']),
        `${rule} Rename or remove the config: "${o.name}"`,
      ),
    ]
  },
}

/** KNV1055: an invalid namespace (or Namespace name); KNV1034: a Namespace object for Config Sync's own namespaces. */
export const objectNamespace: ObjectRule = {
  name: 'object-namespace',
  scope: 'object',
  check: (o) => (isNamespaceObject(o) ? checkNamespaceObject(o) : checkMetadataNamespace(o)),
}

function checkNamespaceObject(o: DeclaredObject): readonly Finding[] {
  if (!isDns1123Label(o.name)) return [invalidNamespace(o, o.name, ['metadata', 'name'])]
  if (!CONTROLLER_NAMESPACES.has(o.name)) return NO_FINDINGS
  return [
    errorFinding(
      'KNV1034',
      o.source.file,
      o.source.locate(['metadata', 'name']),
      `The "${o.name}" Namespace must not be declared`,
    ),
  ]
}

function checkMetadataNamespace(o: DeclaredObject): readonly Finding[] {
  const raw = (o.source.object['metadata'] as Readonly<Record<string, unknown>>)['namespace']
  if (raw === undefined || raw === null || raw === '') return NO_FINDINGS
  // Config Sync reads a non-string namespace as none; the API server rejects the object, so we say so here.
  if (typeof raw !== 'string') {
    return [
      errorFinding(
        'KNV1055',
        o.source.file,
        o.source.locate(['metadata', 'namespace']),
        `metadata.namespace MUST be a string, found ${describeType(raw)}. To fix, add quotes around the value.`,
      ),
    ]
  }
  return isDns1123Label(raw) ? NO_FINDINGS : [invalidNamespace(o, raw, ['metadata', 'namespace'])]
}

function invalidNamespace(o: DeclaredObject, value: string, path: readonly string[]): Finding {
  return errorFinding(
    'KNV1055',
    o.source.file,
    o.source.locate(path),
    `metadata.namespace MUST be valid Kubernetes Namespace names. Rename "${value}" so that it: 1. has a length of 63 characters or fewer; ` +
      "2. consists only of lowercase letters (a-z), digits (0-9), and hyphen '-'; and 3. begins and ends with a lowercase letter or digit.",
  )
}
