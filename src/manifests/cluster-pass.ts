/**
 * The stages after the raw validators, for one cluster name
 * (pkg/validate/validate.go after `raw.*`; ../shared/CONFIG-SYNC.md §4.4–§4.8).
 */
import type { DeclaredObject } from './declared-object.ts'
import { hasErrors, type Finding } from './finding.ts'
import { assignDirectoryNamespaces } from './hierarchy/namespace-directories.ts'
import { runTreeStage } from './hierarchy/tree-stage.ts'
import { checkDependencies } from './rules/depends-on.ts'
import { duplicateObjects } from './rules/duplicate-objects.ts'
import { confineToRepoNamespace, unmanagedNamespaces } from './rules/final-rules.ts'
import { checkScopes } from './rules/scope-rules.ts'
import type { ValidationContext } from './rules/types.ts'
import { declaredCrds } from './scope/declared-crds.ts'
import { createScopeResolver } from './scope/scope-resolver.ts'
import type { ObjectScope } from './scope/scope-types.ts'
import { splitByScope } from './scope/split-by-scope.ts'
import { selectForCluster } from './selection/cluster-selection.ts'
import { selectNamespaces } from './selection/namespace-selection.ts'

/** Findings of the hydrate, scoped, tree and final stages for one cluster (undefined: a cluster with no name). */
export function validateForCluster(
  declared: readonly DeclaredObject[],
  ctx: ValidationContext,
  apiScopes: ReadonlyMap<string, ObjectScope>,
  clusterName: string | undefined,
): Finding[] {
  const hierarchy = ctx.sourceFormat === 'hierarchy'
  const selection = selectForCluster(hierarchy ? assignDirectoryNamespaces(declared) : declared, clusterName)
  if (selection.findings.length > 0) return selection.findings
  const resolver = createScopeResolver(apiScopes, declaredCrds(selection.objects))
  const { scoped, findings: warnings } = splitByScope(selection.objects, resolver)
  const stop = (findings: readonly Finding[]): Finding[] => [...warnings, ...findings]
  const scopeFindings = checkScopes(scoped, ctx.scope)
  if (hasErrors(scopeFindings)) return stop(scopeFindings)
  let final: readonly DeclaredObject[]
  if (hierarchy) {
    const tree = runTreeStage(scoped)
    if ('findings' in tree) return stop(tree.findings)
    final = tree.objects
  } else {
    const selected = selectNamespaces(scoped, ctx.scope)
    if (selected.findings.length > 0) return stop(selected.findings)
    final = [...selected.scoped.cluster, ...selected.scoped.unknown, ...selected.scoped.namespaced]
  }
  const finalFindings = [...duplicateObjects(final), ...unmanagedNamespaces(final)]
  if (hasErrors(finalFindings)) return stop(finalFindings)
  const confined = confineToRepoNamespace(final, ctx.scope)
  if (confined.findings.length > 0) return stop(confined.findings)
  return stop(checkDependencies(confined.objects))
}
