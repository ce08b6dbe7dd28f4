/**
 * RootSync and RepoSync objects declared in the source: the checks the
 * reconciler-manager makes before it runs their reconcilers
 * (pkg/validate/rsync/validate; ../shared/CONFIG-SYNC.md §2.1, §3). Config
 * Sync reports these as KNV1061 on the object itself (Stalled), after it was
 * synced; we report them before anything is pushed.
 */
import {
  ANNOTATIONS,
  GROUPS,
  directoryBaseOf,
  isKind,
  topLevelDirectoryOf,
  type DeclaredObject,
} from '../declared-object.ts'
import { errorFinding, SEVERITY, type Finding } from '../finding.ts'
import { CONTROLLER_NAMESPACE, defaultNamespaceOf } from '../scope/sync-scope.ts'
import { checkSyncSpec } from './rsync-spec.ts'
import { NO_FINDINGS, type ObjectRule, type ValidationContext } from './types.ts'

/** The code for a RootSync name that only recent Config Sync releases accept. */
export const LONG_ROOT_SYNC_NAME_CODE = 'CSO1002'

const MAX_ROOT_SYNC_NAME = 38
const MAX_REPO_SYNC_NAME_AND_NAMESPACE = 45
// The limit Google's Config Sync documentation states, and older releases' inventory labels enforced.
const DOCUMENTED_ROOT_SYNC_NAME = 26
const DELETION_POLICIES: ReadonlySet<string> = new Set(['Foreground', 'Orphan'])

/** KNV1061 (and the CSO1002 warning) for every RootSync and RepoSync in the source. */
export const rsyncObjects: ObjectRule = {
  name: 'rsync-objects',
  scope: 'object',
  kinds: new Set(['RootSync', 'RepoSync']),
  check: (o, ctx) => {
    const kind = isKind(o, GROUPS.configSync, 'RootSync')
      ? 'RootSync'
      : isKind(o, GROUPS.configSync, 'RepoSync')
        ? 'RepoSync'
        : undefined
    if (kind === undefined) return NO_FINDINGS
    const findings = kind === 'RootSync' ? rootSyncMetadata(o, ctx) : repoSyncMetadata(o, ctx)
    const policy = o.annotations[ANNOTATIONS.deletionPropagation]
    if (policy !== undefined && !DELETION_POLICIES.has(policy)) {
      const message = `${kind}s which specify the annotation "${ANNOTATIONS.deletionPropagation}" must use one of the values "Foreground" or "Orphan"`
      findings.push(invalidSync(o, ['metadata', 'annotations', ANNOTATIONS.deletionPropagation], message))
    }
    const problem = checkSyncSpec(o.source.object, kind)
    if (problem !== undefined) findings.push(invalidSync(o, problem.path, problem.message))
    return findings
  },
}

function rootSyncMetadata(o: DeclaredObject, ctx: ValidationContext): Finding[] {
  const findings: Finding[] = []
  const namespace = effectiveNamespace(o, ctx)
  if (namespace !== CONTROLLER_NAMESPACE) {
    const message = `RootSync objects are only allowed in the ${CONTROLLER_NAMESPACE} namespace, not in ${namespace === '' ? '""' : namespace}`
    findings.push(invalidSync(o, ['metadata', 'namespace'], message))
  }
  const length = o.name.length
  if (length > MAX_ROOT_SYNC_NAME) {
    findings.push(
      invalidSync(
        o,
        ['metadata', 'name'],
        `maximum length of RootSync name is ${MAX_ROOT_SYNC_NAME}, but found ${length}`,
      ),
    )
  } else if (length > DOCUMENTED_ROOT_SYNC_NAME) {
    findings.push({
      code: LONG_ROOT_SYNC_NAME_CODE,
      severity: SEVERITY.warning,
      file: o.source.file,
      line: o.source.locate(['metadata', 'name']),
      message:
        `RootSync name "${o.name}" is ${length} characters: current Config Sync accepts up to ${MAX_ROOT_SYNC_NAME}, ` +
        `but Google's documentation and older releases allow at most ${DOCUMENTED_ROOT_SYNC_NAME}, where a longer name fails to sync (KNV2009 on the inventory label).`,
    })
  }
  return findings
}

function repoSyncMetadata(o: DeclaredObject, ctx: ValidationContext): Finding[] {
  const namespace = effectiveNamespace(o, ctx)
  if (namespace === CONTROLLER_NAMESPACE) {
    return [
      invalidSync(
        o,
        ['metadata', 'namespace'],
        `RepoSync objects are not allowed in the ${CONTROLLER_NAMESPACE} namespace`,
      ),
    ]
  }
  const length = o.name.length + namespace.length
  if (length <= MAX_REPO_SYNC_NAME_AND_NAMESPACE) return []
  const message = `maximum combined length of RepoSync name and namespace is ${MAX_REPO_SYNC_NAME_AND_NAMESPACE}, but found ${length}`
  return [invalidSync(o, ['metadata', 'name'], message)]
}

/**
 * The namespace the object will be synced into: declared, else the scope's
 * default (unstructured) or its namespace directory (hierarchy).
 */
function effectiveNamespace(o: DeclaredObject, ctx: ValidationContext): string {
  if (o.declaredNamespace !== '') return o.declaredNamespace
  if (ctx.sourceFormat === 'unstructured') return defaultNamespaceOf(ctx.scope)
  return topLevelDirectoryOf(o) === 'namespaces' ? directoryBaseOf(o) : ''
}

function invalidSync(o: DeclaredObject, path: readonly string[], message: string): Finding {
  return errorFinding('KNV1061', o.source.file, o.source.locate(path), `${message} (${o.kind} ${o.name})`)
}
