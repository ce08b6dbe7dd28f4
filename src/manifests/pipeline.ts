/**
 * Config Sync's validation pipeline (pkg/validate/validate.go;
 * ../shared/CONFIG-SYNC.md §4.1): read-time checks, raw validators, then per
 * cluster: cluster selection, scoping, scoped validators, the hierarchy tree
 * or NamespaceSelectors, final validators, the namespace-repo visitor and the
 * apply-time dependency checks. As in Config Sync, a stage with an error
 * stops the stages after it; warnings (KNV1021) never do.
 */
import { declareObject, type DeclaredObject } from './declared-object.ts'
import { errorFinding, hasErrors, type Finding } from './finding.ts'
import type { ManifestObject } from './parse.ts'
import { appendAll } from './rules/append-all.ts'
import {
  ARTIFACT_RULES,
  NO_FINDINGS,
  READ_RULES,
  rawRulesFor,
  type Rule,
  type SourceFormat,
  type ValidationContext,
} from './rules/index.ts'
import type { ApiResources } from './scope/api-resources.ts'
import type { SyncScope } from './scope/sync-scope.ts'
import { validateForCluster } from './cluster-pass.ts'
import { clusterNamesOf } from './selection/cluster-selection.ts'

/** Everything one validation run needs. */
export interface PipelineInput {
  readonly objects: readonly ManifestObject[]
  readonly sourceFormat: SourceFormat
  readonly scope: SyncScope
  readonly allowSecrets: boolean
  /** A file failed to read or parse: Config Sync validates nothing after reading then. */
  readonly readFailed: boolean
  /** api-resources.txt from the root of the source, when there is one. */
  readonly apiResources?: ApiResources
}

/** Every finding of the pipeline, unsorted, without duplicates. */
export function runPipeline(input: PipelineInput): Finding[] {
  if (input.scope.kind === 'namespace' && input.sourceFormat === 'hierarchy')
    return [hierarchyInNamespaceRepo()]
  const findings: Finding[] = []
  const declared: DeclaredObject[] = []
  for (const o of input.objects) {
    const problems = readChecks(o)
    if (problems.length === 0) declared.push(declareObject(o))
    else findings.push(...problems)
  }
  const readFailed = input.readFailed || findings.length > 0
  const ctx: ValidationContext = {
    objects: declared,
    allObjects: input.objects,
    sourceFormat: input.sourceFormat,
    scope: input.scope,
    allowSecrets: input.allowSecrets,
    readFailed,
  }
  const raw = runRules(rawRulesFor(input.sourceFormat), ctx)
  const apiFindings = input.apiResources?.findings ?? []
  appendAll(findings, raw)
  appendAll(findings, runRules(ARTIFACT_RULES, ctx))
  appendAll(findings, apiFindings)
  // Raw validators judge each object alone, so they run despite read errors; nothing after them does.
  if (readFailed || hasErrors(raw) || hasErrors(apiFindings)) return dedupe(findings)
  appendAll(findings, validateClusters(declared, ctx, input.apiResources))
  return dedupe(findings)
}

/** True when an object passes the read-time checks: only then does Config Sync, or any later check of ours, look at it further. */
export function passesReadChecks(o: ManifestObject): boolean {
  return readChecks(o).length === 0
}

/** The read-time checks of one object: it stops at the first that fails, as Config Sync's reader does. */
function readChecks(o: ManifestObject): readonly Finding[] {
  for (const rule of READ_RULES) {
    const problems = rule.check(o)
    if (problems.length > 0) return problems
  }
  return NO_FINDINGS
}

function runRules(rules: readonly Rule[], ctx: ValidationContext): Finding[] {
  const findings: Finding[] = []
  for (const rule of rules) {
    if (rule.scope === 'set') appendAll(findings, rule.check(ctx))
    else {
      const kinds = rule.kinds
      for (const o of ctx.objects) {
        if (kinds !== undefined && !kinds.has(o.kind)) continue
        const found = rule.check(o, ctx)
        appendAll(findings, found)
      }
    }
  }
  return findings
}

/**
 * Like nomos vet: once for a cluster with no name, then once for each cluster
 * the source names (Cluster objects, inline selectors). A finding that only
 * one cluster's selection causes says which cluster.
 */
function validateClusters(
  declared: readonly DeclaredObject[],
  ctx: ValidationContext,
  apiResources: ApiResources | undefined,
): Finding[] {
  const scopes = apiResources?.scopes ?? new Map()
  const findings = validateForCluster(declared, ctx, scopes, undefined)
  const seen = new Set(findings.map(findingKey))
  for (const name of clusterNamesOf(declared)) {
    for (const f of validateForCluster(declared, ctx, scopes, name)) {
      if (seen.has(findingKey(f))) continue
      seen.add(findingKey(f))
      findings.push({ ...f, message: `${f.message} (for cluster "${name}")` })
    }
  }
  return findings
}

function hierarchyInNamespaceRepo(): Finding {
  return errorFinding(
    'KNV1061',
    '.',
    0,
    'RepoSyncs must use spec.sourceFormat unstructured: a namespace repo cannot use the hierarchy format. To fix, validate it as unstructured, or as a root repo.',
  )
}

function findingKey(f: Finding): string {
  return `${f.code}\0${f.file}\0${f.line}\0${f.message}`
}

function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter((f) => {
    const key = findingKey(f)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
