import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readValidationInputs, VALIDATION_INPUT } from '../../src/action/validation-inputs.ts'
import { InputError } from '../../src/errors.ts'

// What the runner passes when the workflow sets nothing: action.yml's defaults.
const DEFAULTS: Record<string, string> = {
  'source-format': 'unstructured',
  'root-sync': 'root-sync',
  'repo-sync': '',
  'allow-secrets': 'false',
  'schema-checks': 'true',
  'kubernetes-version': '',
  render: 'false',
  'fail-on': 'error',
  'sarif-file': '',
}
const reader = (values: Record<string, string>) => (name: string) => ({ ...DEFAULTS, ...values })[name] ?? ''

test('the defaults: unstructured, RootSync root-sync, no secrets, schema checks on, fail on errors, no SARIF', () => {
  assert.deepEqual(readValidationInputs(reader({}), '/ws'), {
    validation: {
      sourceFormat: 'unstructured',
      scope: { kind: 'root', name: 'root-sync' },
      allowSecrets: false,
      schemaChecks: true,
    },
    render: false,
    failOn: 'error',
  })
})

test('unset inputs (a reader that knows no defaults) mean the same defaults', () => {
  assert.deepEqual(
    readValidationInputs(() => '', '/ws'),
    readValidationInputs(reader({}), '/ws'),
  )
})

test('every input is read into its field; the SARIF path resolves against the workspace', () => {
  const inputs = readValidationInputs(
    reader({
      'source-format': 'hierarchy',
      'repo-sync': ' shop/repo-sync ',
      'allow-secrets': 'true',
      'schema-checks': 'false',
      'kubernetes-version': 'v1.31',
      render: 'True',
      'fail-on': 'warning',
      'sarif-file': 'reports/configsync.sarif',
    }),
    '/ws',
  )
  assert.deepEqual(inputs, {
    validation: {
      sourceFormat: 'hierarchy',
      scope: { kind: 'namespace', namespace: 'shop', name: 'repo-sync' },
      allowSecrets: true,
      schemaChecks: false,
      kubernetesVersion: '1.31',
    },
    render: true,
    failOn: 'warning',
    sarifFile: '/ws/reports/configsync.sarif',
  })
})

test('another RootSync name; the default root-sync next to repo-sync is the runner default, not a conflict', () => {
  assert.deepEqual(readValidationInputs(reader({ 'root-sync': 'platform' }), '/ws').validation.scope, {
    kind: 'root',
    name: 'platform',
  })
  assert.deepEqual(readValidationInputs(reader({ 'repo-sync': 'a/b' }), '/ws').validation.scope, {
    kind: 'namespace',
    namespace: 'a',
    name: 'b',
  })
})

test('bad values are InputErrors naming the input, with an example in the hint', () => {
  const cases: [Record<string, string>, RegExp, RegExp][] = [
    [
      { 'source-format': 'Hierarchy' },
      /input "source-format" is "Hierarchy", expected unstructured or hierarchy/,
      /source-format: hierarchy/,
    ],
    [
      { 'root-sync': 'platform', 'repo-sync': 'shop/rs' },
      /exactly one of input "root-sync" and input "repo-sync"/,
      /repo-sync: shop\/repo-sync/,
    ],
    [
      { 'repo-sync': 'shop' },
      /input "repo-sync" is "shop", expected NAMESPACE\/NAME/,
      /repo-sync: shop\/repo-sync/,
    ],
    [{ 'repo-sync': 'shop/rs/x' }, /input "repo-sync" is "shop\/rs\/x"/, /repo-sync: /],
    [{ 'repo-sync': 'Shop/rs' }, /the namespace "Shop" is not a valid namespace name/, /repo-sync: /],
    [
      { 'repo-sync': 'config-management-system/rs' },
      /cannot live in config-management-system/,
      /repo-sync: /,
    ],
    [{ 'repo-sync': 'shop/RS' }, /"RS" is not a valid object name/, /repo-sync: /],
    [
      { 'root-sync': 'Root_Sync' },
      /input "root-sync": "Root_Sync" is not a valid object name/,
      /root-sync: root-sync/,
    ],
    [
      { 'allow-secrets': 'yes' },
      /input "allow-secrets" is "yes", expected true or false/,
      /allow-secrets: true/,
    ],
    [{ 'schema-checks': 'off' }, /input "schema-checks" is "off"/, /schema-checks: true/],
    [{ render: '1' }, /input "render" is "1"/, /render: true/],
    [
      { 'kubernetes-version': 'latest' },
      /input "kubernetes-version" is "latest", expected a Kubernetes minor version/,
      /kubernetes-version: 1\.\d+/,
    ],
    [
      { 'fail-on': 'warnings' },
      /input "fail-on" is "warnings", expected error or warning/,
      /fail-on: warning/,
    ],
  ]
  for (const [values, message, hint] of cases) {
    assert.throws(
      () => readValidationInputs(reader(values), '/ws'),
      (error: unknown) =>
        error instanceof InputError && message.test(error.message) && hint.test(error.hint ?? ''),
      JSON.stringify(values),
    )
  }
})

test('Config Sync name limits: RootSync names up to 38 characters, RepoSync namespace+name up to 45', () => {
  assert.equal(
    readValidationInputs(reader({ 'root-sync': 'r'.repeat(38) }), '/ws').validation.scope?.name,
    'r'.repeat(38),
  )
  assert.throws(
    () => readValidationInputs(reader({ 'root-sync': 'r'.repeat(39) }), '/ws'),
    /39 characters; Config Sync allows at most 38/,
  )
  assert.ok(readValidationInputs(reader({ 'repo-sync': `${'n'.repeat(20)}/${'r'.repeat(25)}` }), '/ws'))
  assert.throws(
    () => readValidationInputs(reader({ 'repo-sync': `${'n'.repeat(20)}/${'r'.repeat(26)}` }), '/ws'),
    /at most 45 characters/,
  )
})

test('the names table matches what action.yml declares (kebab-case, one name per field)', () => {
  const names = Object.values(VALIDATION_INPUT)
  assert.equal(new Set(names).size, names.length)
  assert.deepEqual([...names].sort(), Object.keys(DEFAULTS).sort())
})
