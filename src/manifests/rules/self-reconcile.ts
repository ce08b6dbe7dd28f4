/**
 * KNV1069: the source declares the RootSync or RepoSync that syncs it
 * (pkg/validate/raw/validate/self_reconcile_validator.go). Config Sync
 * compares reconciler names, so a RepoSync counts only with its namespace
 * written out, and other RootSyncs and RepoSyncs are fine.
 */
import { GROUPS, isKind } from '../declared-object.ts'
import { errorFinding } from '../finding.ts'
import { namespaceReconcilerName, reconcilerNameOf, rootReconcilerName } from '../scope/sync-scope.ts'
import { NO_FINDINGS, type ObjectRule } from './types.ts'

/** KNV1069: a RootSync/RepoSync whose reconciler is the one syncing this source. */
export const selfReconcile: ObjectRule = {
  name: 'self-reconcile',
  scope: 'object',
  kinds: new Set(['RootSync', 'RepoSync']),
  check: (o, ctx) => {
    let reconciler: string
    if (isKind(o, GROUPS.configSync, 'RootSync')) reconciler = rootReconcilerName(o.name)
    else if (isKind(o, GROUPS.configSync, 'RepoSync'))
      reconciler = namespaceReconcilerName(o.declaredNamespace, o.name)
    else return NO_FINDINGS
    if (reconciler !== reconcilerNameOf(ctx.scope)) return NO_FINDINGS
    return [
      errorFinding(
        'KNV1069',
        o.source.file,
        o.source.locate(['metadata', 'name']),
        `${o.kind} ${o.declaredNamespace}/${o.name} must not manage itself in its repo`,
      ),
    ]
  },
}
