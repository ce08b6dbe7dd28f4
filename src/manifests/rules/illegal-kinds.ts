/**
 * Kinds a source must not declare (pkg/validate/raw/validate; CONFIG-SYNC.md
 * §4.3): the retired Sync kind (KNV1043), hierarchy-only kinds in an
 * unstructured repo (KNV1032) and the extensions group's retired kinds
 * (KNV1050).
 */
import { GROUPS, isKind } from '../declared-object.ts'
import { errorFinding } from '../finding.ts'
import { groupKind } from './object-fields.ts'
import { NO_FINDINGS, type ObjectRule } from './types.ts'

// extensions/* kinds and where they moved (deprecated_kind_validator.go).
const DEPRECATED_EXTENSIONS_KINDS: ReadonlyMap<string, string> = new Map([
  ['DaemonSet', 'apps'],
  ['Deployment', 'apps'],
  ['Ingress', 'networking.k8s.io'],
  ['ReplicaSet', 'apps'],
  ['NetworkPolicy', 'networking.k8s.io'],
  ['PodSecurityPolicy', 'policy'],
  ['StatefulSet', 'apps'],
])
const HIERARCHY_ONLY_KINDS: ReadonlySet<string> = new Set(['Repo', 'HierarchyConfig'])

/** KNV1043: the configmanagement.gke.io Sync kind, which Config Sync no longer supports. */
export const unsupportedKinds: ObjectRule = {
  name: 'unsupported-kinds',
  scope: 'object',
  kinds: new Set(['Sync']),
  check: (o) =>
    isKind(o, GROUPS.configManagement, 'Sync')
      ? [
          errorFinding(
            'KNV1043',
            o.source.file,
            o.source.locate(['kind']),
            'Config Sync does not support the configmanagement.gke.io Sync kind, and does not allow configuring objects in the `configmanagement.gke.io` APIGroup. To fix, remove this config.',
          ),
        ]
      : NO_FINDINGS,
}

/** KNV1032: Repo or HierarchyConfig in an unstructured repo. */
export const hierarchyOnlyKinds: ObjectRule = {
  name: 'hierarchy-only-kinds',
  scope: 'object',
  kinds: HIERARCHY_ONLY_KINDS,
  check: (o, ctx) =>
    ctx.sourceFormat === 'unstructured' &&
    o.group === GROUPS.configManagement &&
    HIERARCHY_ONLY_KINDS.has(o.kind)
      ? [
          errorFinding(
            'KNV1032',
            o.source.file,
            o.source.locate(['kind']),
            `The type ${groupKind(o.group, o.kind)} is not allowed if \`sourceFormat\` is set to \`unstructured\`. To fix, remove the problematic config, or convert your repo to use \`sourceFormat: hierarchy\`.`,
          ),
        ]
      : NO_FINDINGS,
}

/** KNV1050: a DaemonSet, Deployment, Ingress, ReplicaSet, NetworkPolicy, PodSecurityPolicy or StatefulSet in extensions/*. */
export const deprecatedKinds: ObjectRule = {
  name: 'deprecated-kinds',
  scope: 'object',
  kinds: new Set(DEPRECATED_EXTENSIONS_KINDS.keys()),
  check: (o) => {
    const group = o.group === 'extensions' ? DEPRECATED_EXTENSIONS_KINDS.get(o.kind) : undefined
    if (group === undefined) return NO_FINDINGS
    return [
      errorFinding(
        'KNV1050',
        o.source.file,
        o.source.locate(['apiVersion']),
        `The config is using a deprecated Group and Kind. To fix, set the Group and Kind to "${groupKind(group, o.kind)}"`,
      ),
    ]
  },
}
