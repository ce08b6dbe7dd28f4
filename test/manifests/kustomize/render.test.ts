import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'node:test'
import { promisify } from 'node:util'
import { collectSource } from '../../../src/manifests/collect.ts'
import { SEVERITY, type Finding } from '../../../src/manifests/finding.ts'
import { KustomizeMissingError, kustomizeMessage } from '../../../src/manifests/kustomize/kustomize-runner.ts'
import { resolveKustomization } from '../../../src/manifests/kustomize/kustomize-source.ts'
import { loadAndValidate } from '../../../src/manifests/validate.ts'
import { tempDirs } from '../../harness/tmp.ts'

const run = promisify(execFile)
const FIXTURES = join(import.meta.dirname, '../../fixtures/kustomize')
const temps = tempDirs()

function at(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.code} ${f.file}:${f.line} ${f.severity}`)
}

test('a kustomization at the top is rendered like `kubectl kustomize`, each object placed at its source', async () => {
  const dir = join(FIXTURES, 'rendered-valid')
  const outcome = await resolveKustomization(await collectSource(dir))
  const expected = await run('kubectl', ['kustomize', dir, '--load-restrictor', 'LoadRestrictionsNone'])
  assert.equal(outcome.rendered?.output, expected.stdout)
  assert.deepEqual(
    outcome.rendered?.objects.map((o) => `${String(o.object['kind'])} ${o.file}:${o.line}`),
    // The generated ConfigMap points at the configMapGenerator field of the kustomization.
    ['Namespace namespace.yaml:1', 'ConfigMap kustomization.yaml:8', 'Deployment base/deployment.yaml:1'],
  )
  // Only the origin-tracing build carries origin annotations; the validated objects do not.
  assert.ok(!expected.stdout.includes('config.kubernetes.io/origin'))
  assert.deepEqual(outcome.findings, [])
})

test('validation reads the rendered objects: the passing control has no error findings', async () => {
  const result = await loadAndValidate(await collectSource(join(FIXTURES, 'rendered-valid')))
  assert.deepEqual(at(result.findings.filter((f) => f.severity === SEVERITY.error)), [])
  assert.equal(result.objects.length, 3)
  assert.match(result.rendered ?? '', /name: shop-web/)
})

test('findings in rendered objects point at the lines of the source file they came from', async () => {
  const result = await loadAndValidate(await collectSource(join(FIXTURES, 'rendered-invalid')))
  const ours = result.findings.filter((f) => f.code.startsWith('CSO'))
  assert.deepEqual(at(ours), [
    'CSO2001 base/deployment.yaml:6 error',
    'CSO2002 base/deployment.yaml:18 error',
  ])
  assert.match(
    ours[0]!.message,
    /^Deployment shop\/shop-web: unknown field "spec\.replica"; did you mean "replicas"\?$/,
  )
})

test('KNV1068 when kustomizations exist only in subdirectories; none when the top has one', async () => {
  const nested = await loadAndValidate(await collectSource(join(FIXTURES, 'nested-only')))
  const knv1068 = nested.findings.filter((f) => f.code === 'KNV1068')
  assert.deepEqual(at(knv1068), ['KNV1068 base/kustomization.yaml:0 error'])
  assert.match(
    knv1068[0]!.message,
    /^Kustomization config file is missing from the sync directory: base\/kustomization\.yaml \(and 1 more\)/,
  )
  const control = await loadAndValidate(await collectSource(join(FIXTURES, 'rendered-valid')))
  assert.deepEqual(
    control.findings.filter((f) => f.code === 'KNV1068'),
    [],
  )
})

test("a kustomize build failure is KNV1068 at the kustomization, with kustomize's own message", async () => {
  const result = await loadAndValidate(await collectSource(join(FIXTURES, 'build-failure')))
  const knv1068 = result.findings.filter((f) => f.code === 'KNV1068')
  assert.deepEqual(at(knv1068), ['KNV1068 kustomization.yaml:0 error'])
  assert.match(knv1068[0]!.message, /^kustomize build failed: .*missing\.yaml/)
  // The temporary copy kustomize ran on never shows in the message.
  assert.doesNotMatch(knv1068[0]!.message, /configsync-oci-render-/)
  assert.equal(result.rendered, undefined)
})

test('hierarchy repos cannot be rendered: KNV1068, as nomos vet says', async () => {
  const outcome = await resolveKustomization(await collectSource(join(FIXTURES, 'rendered-valid')), {
    sourceFormat: 'hierarchy',
  })
  assert.deepEqual(at(outcome.findings), ['KNV1068 kustomization.yaml:0 error'])
  assert.match(
    outcome.findings[0]!.message,
    /^sourceFormat must be unstructured when Kustomization is needed/,
  )
  assert.equal(outcome.rendered, undefined)
})

test('files outside the directory: not in the artifact, so Config Sync cannot render them; a hydrated artifact can', async () => {
  const tree = await collectSource(join(FIXTURES, 'outside/app'))
  const asArtifact = await resolveKustomization(tree)
  assert.deepEqual(at(asArtifact.rendered?.findings ?? []), ['KNV1068 kustomization.yaml:0 error'])
  // It says what the artifact holds and what to do, and never shows the temporary copy's path.
  assert.equal(
    asArtifact.rendered?.findings[0]?.message,
    'kustomization.yaml reaches outside the directory (../base): the artifact holds only the directory, so Config Sync cannot render it; set render: true (--render) to publish the rendered output, or widen dir to include ../base',
  )
  const hydrated = await resolveKustomization(tree, { render: true })
  assert.deepEqual(hydrated.rendered?.findings, [])
  assert.deepEqual(
    hydrated.rendered?.objects.map((o) => `${String(o.object['kind'])} ${o.file}:${o.line}`),
    ['Namespace ../base/namespace.yaml:1', 'Deployment ../base/deployment.yaml:1'],
  )
})

test('without kubectl or kustomize on PATH rendering is a clear error, not a finding', async () => {
  const empty = await temps.make('no-kubectl')
  await assert.rejects(
    resolveKustomization(await collectSource(join(FIXTURES, 'rendered-valid')), {
      environment: { env: { PATH: empty } },
    }),
    (error: unknown) =>
      error instanceof KustomizeMissingError &&
      /neither kubectl nor kustomize is on PATH/.test(error.message) &&
      /kubectl/.test(error.hint ?? ''),
  )
})

test("kustomize's message is taken out of kubectl's log line, or from kustomize's Error: prefix", () => {
  const klog =
    'E1126 03:56:47.938744   26148 run.go:72] "command failed" err="accumulating resources: \\"missing.yaml\\" not found"\n'
  assert.equal(kustomizeMessage(klog), 'accumulating resources: "missing.yaml" not found')
  assert.equal(
    kustomizeMessage('Error: must build at directory: not a valid directory\n'),
    'must build at directory: not a valid directory',
  )
  assert.equal(kustomizeMessage(''), 'kustomize failed without a message')
})

test('kustomize never sees the action inputs (the registry password) or runner tokens', async () => {
  const bin = await temps.make('fake-kubectl')
  const seen = join(bin, 'env.txt')
  // A stand-in kubectl that records its environment and renders one Namespace.
  await writeFile(
    join(bin, 'kubectl'),
    `#!/bin/sh\nenv >> '${seen}'\nprintf 'apiVersion: v1\\nkind: Namespace\\nmetadata:\\n  name: shop\\n'\n`,
    { mode: 0o755 },
  )
  const env = {
    PATH: `${bin}:/usr/bin:/bin`,
    INPUT_PASSWORD: 's3cr3t-registry-password',
    ACTIONS_RUNTIME_TOKEN: 'runtime-token',
    HOME: bin,
  }
  const outcome = await resolveKustomization(await collectSource(join(FIXTURES, 'rendered-valid')), {
    environment: { env },
  })
  assert.deepEqual(
    outcome.rendered?.objects.map((o) => o.object['kind']),
    ['Namespace'],
  )
  const recorded = await readFile(seen, 'utf8')
  assert.match(recorded, /^HOME=/m)
  assert.doesNotMatch(recorded, /s3cr3t-registry-password|runtime-token|INPUT_|ACTIONS_/)
})
