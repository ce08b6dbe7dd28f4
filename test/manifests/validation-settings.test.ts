import assert from 'node:assert/strict'
import { test } from 'node:test'
import { InputError, ManifestValidationError } from '../../src/errors.ts'
import type { Finding } from '../../src/manifests/finding.ts'
import {
  BUNDLED_KUBERNETES_MINOR,
  OLDEST_KUBERNETES_MINOR,
} from '../../src/manifests/schema/kubernetes-version.ts'
import {
  describeFailure,
  failsRun,
  parseKubernetesVersion,
  validationFailure,
} from '../../src/manifests/validation-settings.ts'

const NAME = { label: '--kubernetes-version', example: (v: string) => `--kubernetes-version ${v}` }
const error = (file: string): Finding => ({ code: 'KNV2010', severity: 'error', file, line: 1, message: 'm' })
const warning = (file: string): Finding => ({
  code: 'KNV1061',
  severity: 'warning',
  file,
  line: 1,
  message: 'w',
})

test('fail-on error: only errors fail; fail-on warning: warnings fail too', () => {
  const table: [Finding[], boolean, boolean][] = [
    [[], false, false],
    [[warning('a')], false, true],
    [[error('a')], true, true],
    [[error('a'), warning('b')], true, true],
  ]
  for (const [findings, onError, onWarning] of table) {
    assert.equal(failsRun(findings, 'error'), onError, `error: ${findings.length}`)
    assert.equal(failsRun(findings, 'warning'), onWarning, `warning: ${findings.length}`)
  }
})

test('the failure message counts what failed the run', () => {
  assert.equal(describeFailure([error('a')], 'error'), '1 validation error')
  assert.equal(describeFailure([error('a'), error('b'), warning('c')], 'error'), '2 validation errors')
  assert.equal(
    describeFailure([warning('a'), warning('b')], 'warning'),
    '2 validation warnings (fail-on: warning)',
  )
  assert.equal(
    describeFailure([error('a'), warning('b')], 'warning'),
    '1 validation error and 1 warning (fail-on: warning)',
  )
})

test('validationFailure carries every finding for the reporters, or is undefined when the run passes', () => {
  const findings = [error('a'), warning('b')]
  const failure = validationFailure(findings, 'error', 'nothing was pushed')
  assert.ok(failure instanceof ManifestValidationError)
  assert.equal(failure.message, '1 validation error; nothing was pushed')
  assert.deepEqual(failure.findings, findings)
  assert.equal(validationFailure([warning('b')], 'error', 'x'), undefined)
  assert.equal(
    validationFailure([warning('b')], 'warning', 'x')?.message,
    '1 validation warning (fail-on: warning); x',
  )
})

test('Kubernetes versions: minor versions in the usual spellings; empty means the newest bundled', () => {
  assert.equal(parseKubernetesVersion('', NAME), undefined)
  assert.equal(parseKubernetesVersion('1.33', NAME), '1.33')
  assert.equal(parseKubernetesVersion(' v1.29 ', NAME), '1.29')
  assert.equal(parseKubernetesVersion('1.30.4', NAME), '1.30')
  for (const bad of ['1', '2.1', '1.x', 'latest', '1.033', 'v1.33-gke']) {
    assert.throws(
      () => parseKubernetesVersion(bad, NAME),
      /--kubernetes-version is ".*", expected a Kubernetes minor version/,
      bad,
    )
  }
  assert.equal(parseKubernetesVersion(`1.${OLDEST_KUBERNETES_MINOR}`, NAME), `1.${OLDEST_KUBERNETES_MINOR}`)
  assert.equal(parseKubernetesVersion(`1.${BUNDLED_KUBERNETES_MINOR}`, NAME), `1.${BUNDLED_KUBERNETES_MINOR}`)
  for (const minor of [OLDEST_KUBERNETES_MINOR - 1, BUNDLED_KUBERNETES_MINOR + 1]) {
    assert.throws(
      () => parseKubernetesVersion(`1.${minor}`, NAME),
      (e: unknown) =>
        e instanceof InputError &&
        /the schema checks support Kubernetes/.test(e.message) &&
        e.hint === `e.g. --kubernetes-version 1.${BUNDLED_KUBERNETES_MINOR}`,
    )
  }
})
