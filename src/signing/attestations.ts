import type { Finding } from '../manifests/finding.ts'
import { VERSION } from '../version.ts'
import { PREDICATE_TYPE } from './formats.ts'
import type { Statement } from './bundle.ts'

/**
 * The predicates of our attestations, pure: the validation attestation
 * (https://configsync-oci.dev/validation/v1, schema in docs/signing.md) and
 * SLSA v1 provenance of a GitHub Actions run. Signed and attached by
 * bundle.ts as referrers, never as layers.
 */

/** What the validation saw; the pipeline fills it from its settings and results. */
export interface ValidationFacts {
  readonly sourceFormat: string
  readonly scope: string
  readonly kubernetesSchemaVersion: string
  readonly findings: readonly Pick<Finding, 'code' | 'severity'>[]
  /** diff_id (sha256 of the uncompressed tar) of the packed tree. */
  readonly diffId: string
}

export function validationStatement(facts: ValidationFacts): Statement {
  const bySeverity: Record<string, number> = {}
  const byCode: Record<string, number> = {}
  for (const f of facts.findings) {
    bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1
    byCode[f.code] = (byCode[f.code] ?? 0) + 1
  }
  return {
    label: 'validation attestation',
    predicateType: PREDICATE_TYPE.validation,
    predicate: {
      tool: { name: 'configsync-oci', version: VERSION },
      source: { format: facts.sourceFormat, scope: facts.scope },
      kubernetesSchemaVersion: facts.kubernetesSchemaVersion,
      findings: { bySeverity: sorted(bySeverity), byCode: sorted(byCode) },
      layer: { diffId: facts.diffId },
    },
  }
}

/** The run, as GitHub Actions describes it (GITHUB_* variables and the event). */
export interface RunFacts {
  readonly serverUrl: string
  readonly repository: string
  /** e.g. acme/config/.github/workflows/publish.yml@refs/heads/main */
  readonly workflowRef: string
  readonly sha: string
  readonly eventName: string
  readonly ref: string
  readonly runId: string
  readonly runAttempt: string
  /** The inputs that shaped the artifact (no secrets). */
  readonly parameters: Readonly<Record<string, unknown>>
}

/** SLSA v1 provenance, in the shape actions/attest writes for GitHub-hosted runs. */
export function provenanceStatement(run: RunFacts): Statement {
  const [workflowPath, workflowRef] = splitWorkflowRef(run.workflowRef, run.repository)
  return {
    label: 'SLSA provenance',
    predicateType: PREDICATE_TYPE.slsaProvenance,
    predicate: {
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref: workflowRef,
            repository: `${run.serverUrl}/${run.repository}`,
            path: workflowPath,
          },
          inputs: run.parameters,
        },
        internalParameters: { github: { event_name: run.eventName, repository: run.repository } },
        resolvedDependencies: [
          { uri: `git+${run.serverUrl}/${run.repository}@${run.ref}`, digest: { gitCommit: run.sha } },
        ],
      },
      runDetails: {
        builder: { id: `${run.serverUrl}/${run.workflowRef}` },
        metadata: {
          invocationId: `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}/attempts/${run.runAttempt}`,
        },
      },
    },
  }
}

function splitWorkflowRef(workflowRef: string, repository: string): [string, string] {
  const at = workflowRef.indexOf('@')
  const path = at < 0 ? workflowRef : workflowRef.slice(0, at)
  const ref = at < 0 ? '' : workflowRef.slice(at + 1)
  return [path.startsWith(`${repository}/`) ? path.slice(repository.length + 1) : path, ref]
}

function sorted(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
