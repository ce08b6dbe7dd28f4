import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readRolloutInputs } from '../../src/action/rollout-inputs.ts'
import { InputError } from '../../src/errors.ts'
import { formatDuration, parseDuration } from '../../src/rootsync/duration.ts'
import { nextPollInterval } from '../../src/rootsync/ports.ts'

const GAR = 'us-docker.pkg.dev/p/r/app'
const reader = (values: Record<string, string>) => (name: string) => values[name] ?? ''
/** The values the runner passes when the workflow sets nothing (action.yml defaults). */
const DEFAULTS = {
  rollout: 'true',
  'root-sync': 'root-sync',
  'source-format': 'unstructured',
  wait: 'true',
  'wait-timeout': '5m',
  concurrency: '3',
  'sync-dir': '.',
  'create-sync': 'false',
  'rollback-on-failure': 'false',
}

test('durations: Go style and bare seconds; junk names the input', () => {
  assert.equal(parseDuration('90s', 'wait-timeout'), 90_000)
  assert.equal(parseDuration('5m', 'wait-timeout'), 300_000)
  assert.equal(parseDuration('1h30m', 'wait-timeout'), 5_400_000)
  assert.equal(parseDuration('250ms', 'wait-timeout'), 250)
  assert.equal(parseDuration(' 300 ', 'wait-timeout'), 300_000)
  for (const bad of ['', '0', '5 minutes', '-1s', 'm5']) {
    assert.throws(
      () => parseDuration(bad, 'wait-timeout'),
      (e: unknown) => e instanceof InputError && /wait-timeout is ".*", expected a duration/.test(e.message),
    )
  }
  assert.equal(formatDuration(300_000), '5m')
  assert.equal(formatDuration(90_000), '90s')
  assert.equal(formatDuration(1_500), '1.5s')
})

test('polling backs off from the first interval to the ceiling', () => {
  const schedule = { initialMs: 500, factor: 1.5, maxMs: 5000 }
  const seen: number[] = []
  let interval: number | undefined
  for (let i = 0; i < 8; i++) seen.push((interval = nextPollInterval(schedule, interval)))
  assert.deepEqual(seen, [500, 750, 1125, 1688, 2532, 3798, 5000, 5000])
})

test('defaults: RootSync root-sync from the validation input, current context, wait 5m, concurrency 3', () => {
  const inputs = readRolloutInputs(reader(DEFAULTS), '/ws', GAR, () => {})
  assert.equal(inputs.enabled, true)
  assert.deepEqual(inputs.ref, { kind: 'RootSync', namespace: 'config-management-system', name: 'root-sync' })
  assert.deepEqual(inputs.selection, { kubeconfigs: [], contexts: [] })
  assert.equal(inputs.wait, true)
  assert.equal(inputs.timeoutMs, 300_000)
  assert.equal(inputs.concurrency, 3)
  assert.equal(inputs.create, undefined)
  assert.equal(readRolloutInputs(reader({}), '/ws', GAR, () => {}).enabled, false)
})

test('repo-sync serves validation and rollout; create-sync picks auth by registry', () => {
  const inputs = readRolloutInputs(
    reader({
      ...DEFAULTS,
      'repo-sync': 'shop/repo-sync',
      kubeconfig: 'a.yaml\nb.yaml',
      contexts: '',
      'canary-contexts': 'a',
      'create-sync': 'true',
    }),
    '/ws',
    GAR,
    () => {},
  )
  assert.deepEqual(inputs.ref, { kind: 'RepoSync', namespace: 'shop', name: 'repo-sync' })
  assert.deepEqual(inputs.selection.kubeconfigs, ['/ws/a.yaml', '/ws/b.yaml'])
  assert.deepEqual(inputs.canaries, ['a'])
  assert.deepEqual(inputs.create, { sourceFormat: 'unstructured', dir: '.', auth: 'k8sserviceaccount' })
  const ghcr = readRolloutInputs(
    reader({ ...DEFAULTS, 'create-sync': 'true', 'sync-dir': '/config/' }),
    '/ws',
    'ghcr.io/acme/app',
    () => {},
  )
  assert.deepEqual(ghcr.create, { sourceFormat: 'unstructured', dir: 'config', auth: 'none' })
})

test('bad inputs name the input and show an example', () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ concurrency: '0' }, /input "concurrency" is "0", expected a whole number from 1 to 50/],
    [{ 'wait-timeout': 'soon' }, /wait-timeout is "soon", expected a duration/],
    [{ wait: 'false', 'canary-contexts': 'a' }, /"canary-contexts" needs "wait: true"/],
    [
      { 'create-sync': 'true', 'sync-auth': 'oauth' },
      /input "sync-auth" is "oauth", expected one of gcenode, gcpserviceaccount, k8sserviceaccount, none, token/,
    ],
    [{ 'create-sync': 'true', 'sync-auth': 'gcpserviceaccount' }, /needs input "gcp-service-account-email"/],
    [
      { 'create-sync': 'true', 'gcp-service-account-email': 'config-sync@p.iam.gserviceaccount.com' },
      /used only with "sync-auth: gcpserviceaccount"/,
    ],
    [
      { 'create-sync': 'true', 'repo-sync': 'shop/rs', 'source-format': 'hierarchy' },
      /a RepoSync reads only unstructured/,
    ],
    [{ 'create-sync': 'true', 'sync-dir': '../up' }, /must stay inside the image/],
    [{ 'root-sync': 'r'.repeat(39) }, /39 characters; Config Sync allows at most 38/],
    [{ rollout: 'yes' }, /input "rollout" is "yes", expected true or false/],
  ]
  for (const [values, pattern] of cases) {
    assert.throws(
      () => readRolloutInputs(reader({ ...DEFAULTS, ...values }), '/ws', GAR, () => {}),
      (e: unknown) => e instanceof InputError && pattern.test(e.message),
      String(pattern),
    )
  }
})

test('sync-token: masked when read, implies auth token with secretRef; the value is never in an error', () => {
  const masked: string[] = []
  const inputs = readRolloutInputs(
    reader({
      ...DEFAULTS,
      'create-sync': 'true',
      'sync-username': 'acme-bot',
      'sync-token': 'ghp_secretvalue\n',
    }),
    '/ws',
    'ghcr.io/acme/app',
    (s) => masked.push(s),
  )
  assert.deepEqual(masked, ['ghp_secretvalue'])
  assert.deepEqual(inputs.create, {
    sourceFormat: 'unstructured',
    dir: '.',
    auth: 'token',
    secretRef: 'root-sync-oci-token',
  })
  assert.deepEqual(inputs.secrets, {
    token: { name: 'root-sync-oci-token', data: { username: 'acme-bot', password: 'ghp_secretvalue' } },
    restartReconciler: false,
  })
  const cases: [Record<string, string>, RegExp][] = [
    [{ 'sync-token': 'ghp_secretvalue' }, /input "sync-token" is set, but input "sync-username" is empty/],
    [
      { 'sync-token': 'ghp_secretvalue', 'sync-username': 'u', 'sync-auth': 'none' },
      /input "sync-token" is set, but input "sync-auth" is none/,
    ],
    [{ 'sync-username': 'u' }, /input "sync-username" is set without input "sync-token"/],
    [
      { 'sync-token': 'ghp_secretvalue', 'sync-username': 'u', 'sync-secret-name': 'Bad_Name' },
      /input "sync-secret-name" "Bad_Name" is not a valid Secret name/,
    ],
    [{ 'sync-ca-secret-name': 'ca' }, /input "sync-ca-secret-name" is used only with input "sync-ca-file"/],
  ]
  for (const [values, pattern] of cases) {
    assert.throws(
      () => readRolloutInputs(reader({ ...DEFAULTS, ...values }), '/ws', 'ghcr.io/acme/app', () => {}),
      (e: unknown) =>
        e instanceof InputError && pattern.test(e.message) && !e.message.includes('ghp_secretvalue'),
      String(pattern),
    )
  }
})

test('sync-auth token without sync-token points secretRef at an existing Secret', () => {
  const inputs = readRolloutInputs(
    reader({ ...DEFAULTS, 'sync-auth': 'token', 'sync-secret-name': 'ghcr-pull' }),
    '/ws',
    'ghcr.io/acme/app',
    () => {},
  )
  assert.deepEqual(inputs.secrets, { token: { name: 'ghcr-pull' }, restartReconciler: false })
})
