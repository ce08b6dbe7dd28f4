import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { runCliCaptured } from '../harness/cli-io.ts'
import { makeTempDir, removeDir, writeTree } from '../harness/tmp.ts'
import { sarifShapeProblems } from '../report/sarif-shape.ts'

// A checkout with a good and a bad config directory, and a tree whose only findings are warnings.
const NAMESPACE = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n'
const CONFIG_MAP =
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n  namespace: shop\ndata:\n  a: b\n'
// No CRD declares Widget: Config Sync cannot scope it (KNV1021, non-blocking) and no schema checks it.
const UNKNOWN_KIND =
  'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n  namespace: shop\nspec:\n  size: 3\n'
let repo: string

before(async () => {
  repo = await makeTempDir('cli-validate')
  await writeTree(repo, {
    '.git/HEAD': 'ref: refs/heads/main\n',
    'good/ns.yaml': NAMESPACE,
    'good/cm.yaml': CONFIG_MAP,
    'bad/ns.yaml': NAMESPACE,
    'bad/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels:\n    a: b\n',
    'bad/sub dir/x.yaml': 'kind: ConfigMap\nmetadata:\n  name: x\n',
    'warn/ns.yaml': NAMESPACE,
    'warn/widget.yaml': UNKNOWN_KIND,
    'cluster/role.yaml':
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: reader\nrules: []\n',
    'cluster/cm.yaml': CONFIG_MAP,
    'options/ns.yaml': NAMESPACE,
    'options/secret.yaml':
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n  namespace: shop\ndata:\n  a: Yg==\n',
    'options/hpa.yaml':
      'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: h\n  namespace: shop\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: d\n  maxReplicas: 3\n',
  })
})
after(async () => removeDir(repo))

test('a good tree: exit 0 and the nomos vet style all-clear', async () => {
  const run = await runCliCaptured(['validate', join(repo, 'good')])
  assert.equal(run.code, 0, run.stderr)
  assert.equal(run.stdout, '✓ No validation issues found.\n')
})

test('a bad tree: exit 1, findings grouped by file with code and line', async () => {
  const run = await runCliCaptured(['validate', join(repo, 'bad')])
  assert.equal(run.code, 1)
  assert.match(run.stdout, /^cm\.yaml:\n {2}KNV2010 cm\.yaml:3 error: /m)
  assert.match(run.stdout, /^sub dir\/x\.yaml:\n {2}KNV2010 sub dir\/x\.yaml:1 error: /m)
  assert.match(run.stdout, /\n2 errors, 0 warnings\n$/)
})

test('--format sarif: a well-formed log, paths relative to the git checkout, exit code as for text', async () => {
  const run = await runCliCaptured(['validate', join(repo, 'bad'), '--format', 'sarif'])
  assert.equal(run.code, 1)
  const log = JSON.parse(run.stdout) as {
    runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[]
  }
  assert.deepEqual(sarifShapeProblems(log), [])
  const uris = log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)
  assert.deepEqual(uris, ['bad/cm.yaml', 'bad/sub%20dir/x.yaml'])
  const clean = await runCliCaptured(['validate', join(repo, 'good'), '--format', 'sarif'])
  assert.equal(clean.code, 0)
  assert.deepEqual(JSON.parse(clean.stdout).runs[0].results, [])
})

test('--format json keeps the issue-2 document', async () => {
  const run = await runCliCaptured(['validate', join(repo, 'bad'), '--format', 'json'])
  const doc = JSON.parse(run.stdout) as { findings: Record<string, unknown>[] }
  assert.deepEqual(Object.keys(doc.findings[0]!).sort(), ['code', 'file', 'line', 'message', 'severity'])
})

test('warnings pass by default and fail with --fail-on warning (exit 1)', async () => {
  const dir = join(repo, 'warn')
  const byDefault = await runCliCaptured(['validate', dir, '--format', 'json'])
  const findings = (JSON.parse(byDefault.stdout) as { findings: { severity: string; file: string }[] })
    .findings
  assert.ok(findings.length > 0, 'the unknown kind gives a warning')
  assert.ok(
    findings.every((f) => f.severity === 'warning' && f.file === 'widget.yaml'),
    byDefault.stdout,
  )
  assert.equal(byDefault.code, 0)
  const strict = await runCliCaptured(['validate', dir, '--fail-on', 'warning'])
  assert.equal(strict.code, 1)
  assert.match(strict.stdout, /widget\.yaml:\n {2}\S+ widget\.yaml:\d+ warning: /)
})

test('--repo-sync reaches the rules: a cluster-scoped object in a namespace repo is refused (KNV1058)', async () => {
  const dir = join(repo, 'cluster')
  const root = await runCliCaptured(['validate', dir, '--format', 'json'])
  assert.equal(root.code, 0, root.stdout)
  const namespaced = await runCliCaptured([
    'validate',
    dir,
    '--repo-sync',
    'shop/repo-sync',
    '--format',
    'json',
  ])
  assert.equal(namespaced.code, 1)
  const codes = (
    JSON.parse(namespaced.stdout) as { findings: { code: string; file: string }[] }
  ).findings.map((f) => `${f.code} ${f.file}`)
  assert.ok(codes.includes('KNV1058 role.yaml'), codes.join(', '))
})

test('the validation flags reach validation: --allow-secrets, --kubernetes-version, --no-schema-checks, --source-format', async () => {
  const dir = join(repo, 'options')
  const files = async (...flags: string[]): Promise<string[]> => {
    const run = await runCliCaptured(['validate', dir, '--format', 'json', ...flags])
    const { findings } = JSON.parse(run.stdout) as { findings: { severity: string; file: string }[] }
    assert.equal(run.code, findings.some((f) => f.severity === 'error') ? 1 : 0)
    return findings.filter((f) => f.severity === 'error').map((f) => f.file)
  }
  assert.deepEqual(await files(), ['secret.yaml'])
  assert.deepEqual(await files('--allow-secrets'), [])
  assert.deepEqual(await files('--allow-secrets', '--kubernetes-version', '1.22'), ['hpa.yaml'])
  assert.deepEqual(await files('--allow-secrets', '--kubernetes-version', '1.22', '--no-schema-checks'), [])
  assert.notDeepEqual(await files('--allow-secrets', '--source-format', 'hierarchy'), [])
})

test('bad flag values are usage errors (exit 2) that name the flag', async () => {
  const cases: [string[], RegExp][] = [
    [['--format', 'xml'], /--format "xml" is not supported/],
    [['--source-format', 'flat'], /--source-format is "flat"/],
    [['--root-sync', 'a', '--repo-sync', 'b/c'], /exactly one of --root-sync and --repo-sync/],
    [['--repo-sync', 'nope'], /--repo-sync is "nope", expected NAMESPACE\/NAME/],
    [['--kubernetes-version', 'x'], /--kubernetes-version is "x"/],
    [['--fail-on', 'info'], /--fail-on is "info"/],
    [
      ['--no-such-flag'],
      /unknown option --no-such-flag for validate\nhint: see configsync-oci help validate/,
    ],
  ]
  for (const [flags, message] of cases) {
    const run = await runCliCaptured(['validate', join(repo, 'good'), ...flags])
    assert.equal(run.code, 2, flags.join(' '))
    assert.match(run.stderr, message)
    assert.equal(run.stdout, '')
  }
})

test('publish --fail-on warning refuses to write the image when validation only warns (exit 1)', async () => {
  const out = join(repo, 'layouts')
  const strict = await runCliCaptured([
    'publish',
    '--dir',
    join(repo, 'warn'),
    '--image',
    `oci-layout:${out}/strict:v1`,
    '--revision',
    'abc',
    '-q',
    '--fail-on',
    'warning',
  ])
  assert.equal(strict.code, 1)
  assert.match(strict.stderr, /validation warnings? \(fail-on: warning\); nothing was pushed/)
  assert.equal(strict.stdout, '')
  assert.equal(existsSync(join(out, 'strict')), false, 'no layout was written')
  const lenient = await runCliCaptured([
    'publish',
    '--dir',
    join(repo, 'warn'),
    '--image',
    `oci-layout:${out}/lenient:v1`,
    '--revision',
    'abc',
    '-q',
    '--format',
    'json',
  ])
  assert.equal(lenient.code, 0, lenient.stderr)
  assert.match((JSON.parse(lenient.stdout) as { digest: string }).digest, /^sha256:/)
})

test('publish takes the same validation flags and checks them before touching the registry', async () => {
  const run = await runCliCaptured([
    'publish',
    '--dir',
    join(repo, 'good'),
    '--image',
    '127.0.0.1:9/x',
    '--repo-sync',
    'bad',
  ])
  assert.equal(run.code, 2)
  assert.match(run.stderr, /--repo-sync is "bad"/)
  const help = await runCliCaptured(['help', 'publish'])
  for (const flag of [
    '--source-format',
    '--root-sync',
    '--repo-sync',
    '--allow-secrets',
    '--no-schema-checks',
    '--kubernetes-version',
    '--render',
    '--fail-on',
  ]) {
    assert.ok(help.stdout.includes(flag), flag)
  }
  assert.match((await runCliCaptured(['help', 'validate'])).stdout, /--format text\|json\|sarif/)
})

test('help NOSUCH says the command is unknown and exits 2; help alone still exits 0', async () => {
  const run = await runCliCaptured(['help', 'valdiate'])
  assert.equal(run.code, 2)
  assert.equal(run.stdout, '')
  assert.match(
    run.stderr,
    /^configsync-oci: error: unknown command "valdiate"\nhint: the commands are publish, validate, /,
  )
  assert.equal((await runCliCaptured(['help'])).code, 0)
})

test('validate --dir DIR works like the positional DIR; both at once, or an empty DIR, are usage errors', async () => {
  const byFlag = await runCliCaptured(['validate', '--dir', join(repo, 'good')])
  const byPosition = await runCliCaptured(['validate', join(repo, 'good')])
  assert.equal(byFlag.code, 0)
  assert.equal(byFlag.stdout, byPosition.stdout)
  const both = await runCliCaptured(['validate', join(repo, 'good'), '--dir', join(repo, 'good')])
  assert.equal(both.code, 2)
  assert.match(both.stderr, /give it as DIR or as --dir, not both/)
  const empty = await runCliCaptured(['validate', ''])
  assert.equal(empty.code, 2)
  assert.match(empty.stderr, /the directory is empty \(""\)/)
  const missing = await runCliCaptured(['validate', '--dir', join(repo, 'no-such-dir')])
  assert.equal(missing.code, 2)
  assert.match(missing.stderr, /source directory ".*no-such-dir" does not exist/)
})
