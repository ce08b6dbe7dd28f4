import assert from 'node:assert/strict'
import { test } from 'node:test'
import { InputError } from '../../../src/errors.ts'
import { kubernetesMinor } from '../../../src/manifests/schema/kubernetes-version.ts'
import { at, schemaFindings } from './load-objects.ts'

test('kubernetes-version: 1.22 to 1.36 in any spelling; empty means the bundled 1.36', () => {
  assert.equal(kubernetesMinor(undefined), 36)
  assert.equal(kubernetesMinor(''), 36)
  assert.equal(kubernetesMinor('1.33'), 33)
  assert.equal(kubernetesMinor('v1.22'), 22)
  assert.equal(kubernetesMinor('1.36.2'), 36)
})

test('kubernetes-version outside the supported range, or not a version, is an input error naming the input', () => {
  for (const value of ['1.21', '1.37', '2.0', 'latest', '1.x']) {
    assert.throws(
      () => kubernetesMinor(value),
      (error: unknown) => {
        assert.ok(error instanceof InputError)
        assert.match(
          error.message,
          new RegExp(`^kubernetes-version "${value.replace('.', '\\.')}" is not supported`),
        )
        assert.match(error.hint ?? '', /kubernetes-version: "1\.36"/)
        return true
      },
    )
  }
})

test("the bundled 1.36 refuses a removed beta API; the KNV1050 kinds are left to Config Sync's own rule", async () => {
  assert.deepEqual(at(await schemaFindings('versions')), ['CSO2004 objects.yaml:1 error'])
  const [finding] = await schemaFindings('versions')
  assert.equal(
    finding?.message,
    'PodDisruptionBudget shop/removed-in-1-25: policy/v1beta1 PodDisruptionBudget is not served by Kubernetes 1.36 (kubernetes-version): it was removed in 1.25',
  )
})

test('an older minor serves the removed beta but not the newer APIs', async () => {
  assert.deepEqual(at(await schemaFindings('versions', { kubernetesVersion: '1.24' })), [
    'CSO2004 objects.yaml:9 error',
  ])
  const findings = await schemaFindings('versions', { kubernetesVersion: '1.22' })
  assert.deepEqual(at(findings), ['CSO2004 objects.yaml:9 error', 'CSO2004 objects.yaml:28 error'])
  assert.match(
    findings[1]!.message,
    /autoscaling\/v2 HorizontalPodAutoscaler is not served by Kubernetes 1\.22 \(kubernetes-version\): it was added in 1\.23/,
  )
})

test('a minor between a removal and an addition serves both', async () => {
  assert.deepEqual(at(await schemaFindings('versions', { kubernetesVersion: '1.33' })), [
    'CSO2004 objects.yaml:1 error',
  ])
})
