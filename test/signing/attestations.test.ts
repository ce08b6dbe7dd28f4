import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { provenanceStatement, validationStatement } from '../../src/signing/attestations.ts'
import { PREDICATE_TYPE } from '../../src/signing/formats.ts'
import { VERSION } from '../../src/version.ts'

describe('attestation predicates', () => {
  it('counts findings by severity and code in the validation attestation', () => {
    const statement = validationStatement({
      sourceFormat: 'unstructured',
      scope: 'cluster',
      kubernetesSchemaVersion: '1.33',
      diffId: `sha256:${'a'.repeat(64)}`,
      findings: [
        { code: 'KNV1029', severity: 'warning' },
        { code: 'KNV1029', severity: 'warning' },
        { code: 'CSO0001', severity: 'error' },
      ],
    })
    assert.equal(statement.predicateType, PREDICATE_TYPE.validation)
    assert.deepEqual(statement.predicate, {
      tool: { name: 'configsync-oci', version: VERSION },
      source: { format: 'unstructured', scope: 'cluster' },
      kubernetesSchemaVersion: '1.33',
      findings: { bySeverity: { error: 1, warning: 2 }, byCode: { CSO0001: 1, KNV1029: 2 } },
      layer: { diffId: `sha256:${'a'.repeat(64)}` },
    })
  })

  it('names builder, workflow, commit, event and inputs in the SLSA provenance', () => {
    const statement = provenanceStatement({
      serverUrl: 'https://github.com',
      repository: 'acme/config',
      workflowRef: 'acme/config/.github/workflows/publish.yml@refs/heads/main',
      sha: 'c0ffee',
      eventName: 'push',
      ref: 'refs/heads/main',
      runId: '42',
      runAttempt: '1',
      parameters: { dir: 'clusters/prod', render: false },
    })
    const p = statement.predicate as { buildDefinition: any; runDetails: any }
    assert.equal(statement.predicateType, 'https://slsa.dev/provenance/v1')
    assert.equal(
      p.runDetails.builder.id,
      'https://github.com/acme/config/.github/workflows/publish.yml@refs/heads/main',
    )
    assert.deepEqual(p.buildDefinition.externalParameters.workflow, {
      ref: 'refs/heads/main',
      repository: 'https://github.com/acme/config',
      path: '.github/workflows/publish.yml',
    })
    assert.deepEqual(p.buildDefinition.externalParameters.inputs, { dir: 'clusters/prod', render: false })
    assert.equal(p.buildDefinition.internalParameters.github.event_name, 'push')
    assert.deepEqual(p.buildDefinition.resolvedDependencies[0].digest, { gitCommit: 'c0ffee' })
    assert.equal(
      p.runDetails.metadata.invocationId,
      'https://github.com/acme/config/actions/runs/42/attempts/1',
    )
  })
})
