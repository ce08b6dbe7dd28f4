import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { runAction } from '../harness/action-runner.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { tempDirs, writeTree } from '../harness/tmp.ts'
import { skopeoListTags } from '../harness/verify.ts'
import { sarifReferenceProblems, sarifShapeProblems } from '../report/sarif-shape.ts'

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const NAMESPACE = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n'
const CONFIG_MAP =
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n  namespace: shop\ndata:\n  a: b\n'
const NAMELESS = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels:\n    a: b\n'
const CLUSTER_ROLE =
  'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: reader\nrules: []\n'
// No CRD declares Widget: Config Sync cannot scope it (KNV1021, non-blocking) and no schema checks it.
const UNKNOWN_KIND =
  'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n  namespace: shop\nspec:\n  size: 3\n'
// A declared CRD without a schema: Config Sync can scope Gadget, but no schema checks it (CSO2003, schema checks only).
const SCHEMALESS_CRD =
  'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: gadgets.example.com\nspec:\n  group: example.com\n  scope: Namespaced\n  names:\n    kind: Gadget\n    plural: gadgets\n    singular: gadget\n    listKind: GadgetList\n  versions:\n    - name: v1\n      served: true\n      storage: true\n'
const GADGET = 'apiVersion: example.com/v1\nkind: Gadget\nmetadata:\n  name: g\n  namespace: shop\n'
const SECRET = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n  namespace: shop\ndata:\n  a: Yg==\n'
const HPA_V2 =
  'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: h\n  namespace: shop\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: d\n  maxReplicas: 3\n'
const temps = tempDirs()
let registry: TestRegistry

before(async () => {
  registry = await startRegistry('plain')
})
after(async () => {
  await registry?.stop()
})

async function workspace(config: Record<string, string>): Promise<string> {
  const ws = await temps.make('ws-validate')
  await writeTree(
    ws,
    Object.fromEntries(Object.entries(config).map(([path, text]) => [`config/${path}`, text])),
  )
  return ws
}

function validateOnly(ws: string, inputs: Record<string, string> = {}) {
  return runAction({ workspace: ws, sha: SHA, inputs: { mode: 'validate-only', dir: 'config', ...inputs } })
}

test('a good tree: passes without an image, outputs zero counts, pushes nothing', async () => {
  const ws = await workspace({ 'ns.yaml': NAMESPACE, 'cm.yaml': CONFIG_MAP })
  const run = await validateOnly(ws, { image: `${registry.hostPort}/acme/never` })
  assert.equal(run.code, 0, run.stdout + run.stderr)
  assert.deepEqual(run.outputs, { findings: '0', errors: '0', warnings: '0' })
  assert.match(run.summary, /configsync-oci: validated/)
  assert.match(run.summary, /No validation findings\./)
  assert.match(run.summary, /RootSync root-sync/)
  assert.match(run.stdout, /::group::Validate manifests/)
  assert.doesNotMatch(run.stdout, /::group::(Pack artifact|Push to)/)
  await assert.rejects(skopeoListTags(registry, 'acme/never'), 'nothing was pushed')
  const noImage = await validateOnly(ws)
  assert.equal(noImage.code, 0, noImage.stdout)
})

test('a bad tree: one annotation per finding at file and line, summary with counts, outputs, exit 1', async () => {
  const ws = await workspace({
    'ns.yaml': NAMESPACE,
    'broken.yaml': NAMELESS,
    'deep/x.yaml': 'kind: ConfigMap\nmetadata:\n  name: x\n',
  })
  const run = await validateOnly(ws, { image: `${registry.hostPort}/acme/bad` })
  assert.equal(run.code, 1)
  assert.deepEqual(
    run.stdout
      .match(/^::error title=KNV\d+,file=[^,]+,line=\d+::.*$/gm)
      ?.map((l) => l.replace(/::KNV.*$/, '')),
    [
      '::error title=KNV2010,file=config/broken.yaml,line=3',
      '::error title=KNV2010,file=config/deep/x.yaml,line=1',
    ],
  )
  assert.match(run.stdout, /^::error::configsync-oci: 2 validation errors%0AHint: each finding is annotated/m)
  assert.deepEqual(run.outputs, { findings: '2', errors: '2', warnings: '0' })
  assert.match(run.summary, /configsync-oci: validation failed/)
  assert.match(run.summary, /<li>Errors: 2<\/li>/)
  assert.match(run.summary, /<li>Warnings: 0<\/li>/)
  assert.match(run.summary, /<code>broken\.yaml:3<\/code>/)
  await assert.rejects(skopeoListTags(registry, 'acme/bad'))
})

test('sarif-file: a well-formed SARIF 2.1.0 log with workspace-relative paths, written even when validation fails', async () => {
  const ws = await workspace({ 'ns.yaml': NAMESPACE, 'broken.yaml': NAMELESS })
  const run = await validateOnly(ws, { 'sarif-file': 'reports/configsync.sarif' })
  assert.equal(run.code, 1)
  const log = JSON.parse(await readFile(join(ws, 'reports/configsync.sarif'), 'utf8')) as Parameters<
    typeof sarifReferenceProblems
  >[0] & {
    runs: {
      results: {
        ruleId: string
        level: string
        locations: {
          physicalLocation: {
            artifactLocation: { uri: string; uriBaseId: string }
            region: { startLine: number }
          }
        }[]
      }[]
    }[]
  }
  assert.deepEqual(sarifShapeProblems(log), [])
  assert.deepEqual(sarifReferenceProblems(log), [])
  const [result] = log.runs[0]!.results
  assert.equal(result?.ruleId, 'KNV2010')
  assert.equal(result?.level, 'error')
  assert.deepEqual(result?.locations[0]?.physicalLocation, {
    artifactLocation: { uri: 'config/broken.yaml', uriBaseId: '%SRCROOT%' },
    region: { startLine: 3 },
  })
})

test('publish mode writes the SARIF log too, and refuses the push with the same findings', async () => {
  const ws = await workspace({ 'ns.yaml': NAMESPACE, 'broken.yaml': NAMELESS })
  const run = await runAction({
    workspace: ws,
    sha: SHA,
    inputs: { dir: 'config', image: `${registry.hostPort}/acme/pub`, 'sarif-file': 'out.sarif' },
  })
  assert.equal(run.code, 1)
  assert.match(run.stdout, /::error::configsync-oci: 1 validation error; nothing was pushed/)
  const log = JSON.parse(await readFile(join(ws, 'out.sarif'), 'utf8')) as { runs: { results: unknown[] }[] }
  assert.deepEqual(sarifShapeProblems(log), [])
  assert.equal(log.runs[0]!.results.length, 1)
  await assert.rejects(skopeoListTags(registry, 'acme/pub'))
})

test('warnings pass by default (annotated, counted) and fail the step with fail-on: warning', async () => {
  const ws = await workspace({ 'ns.yaml': NAMESPACE, 'widget.yaml': UNKNOWN_KIND })
  const lenient = await validateOnly(ws)
  assert.equal(lenient.code, 0, lenient.stdout)
  assert.equal(lenient.outputs['errors'], '0')
  assert.ok(Number(lenient.outputs['warnings']) >= 1, `warnings: ${lenient.outputs['warnings']}`)
  assert.match(lenient.stdout, /^::warning title=\S+,file=config\/widget\.yaml,line=\d+::/m)
  const strict = await validateOnly(ws, { 'fail-on': 'warning' })
  assert.equal(strict.code, 1)
  assert.match(strict.stdout, /::error::configsync-oci: \d+ validation warnings? \(fail-on: warning\)/)
  assert.equal(strict.outputs['warnings'], lenient.outputs['warnings'])
  const crdWs = await workspace({ 'ns.yaml': NAMESPACE, 'crd.yaml': SCHEMALESS_CRD, 'gadget.yaml': GADGET })
  const schemaOn = await validateOnly(crdWs)
  assert.match(schemaOn.stdout, /::warning title=CSO2003,file=config\/gadget\.yaml,line=\d+::/)
  const schemaOff = await validateOnly(crdWs, { 'schema-checks': 'false' })
  assert.ok(
    Number(schemaOff.outputs['warnings']) < Number(schemaOn.outputs['warnings']),
    'without schema checks the no-schema warning goes',
  )
})

test('repo-sync reaches the rules: a cluster-scoped object in a namespace repo is refused (KNV1058)', async () => {
  const ws = await workspace({ 'role.yaml': CLUSTER_ROLE, 'cm.yaml': CONFIG_MAP })
  const root = await validateOnly(ws)
  assert.equal(root.code, 0, root.stdout)
  const namespaced = await validateOnly(ws, { 'repo-sync': 'shop/repo-sync' })
  assert.equal(namespaced.code, 1)
  assert.match(namespaced.stdout, /::error title=KNV1058,file=config\/role\.yaml,line=[1-9]\d*::/)
  assert.match(namespaced.summary, /RepoSync shop\/repo-sync/)
  const published = await runAction({
    workspace: ws,
    sha: SHA,
    inputs: { dir: 'config', image: `${registry.hostPort}/acme/ns`, 'repo-sync': 'shop/repo-sync' },
  })
  assert.equal(published.code, 1, 'publish passes the scope to validation too')
  assert.match(published.stdout, /KNV1058/)
})

test('every validation input reaches validation: allow-secrets, kubernetes-version, schema-checks, source-format', async () => {
  const ws = await workspace({ 'ns.yaml': NAMESPACE, 'secret.yaml': SECRET, 'hpa.yaml': HPA_V2 })
  const flagged = async (inputs: Record<string, string>): Promise<string[]> => {
    const run = await validateOnly(ws, inputs)
    assert.equal(run.code, run.outputs['errors'] === '0' ? 0 : 1, run.stdout)
    return [...run.stdout.matchAll(/^::error title=\S+,file=config\/([^,]+),/gm)].map((m) => m[1]!)
  }
  assert.deepEqual(await flagged({}), ['secret.yaml'], 'a Secret with data is refused by default')
  assert.deepEqual(await flagged({ 'allow-secrets': 'true' }), [])
  // autoscaling/v2 is served from Kubernetes 1.23 on; that check is part of the schema checks.
  assert.deepEqual(await flagged({ 'allow-secrets': 'true', 'kubernetes-version': '1.22' }), ['hpa.yaml'])
  assert.deepEqual(
    await flagged({ 'allow-secrets': 'true', 'kubernetes-version': '1.22', 'schema-checks': 'false' }),
    [],
  )
  assert.notDeepEqual(
    await flagged({ 'allow-secrets': 'true', 'source-format': 'hierarchy' }),
    [],
    'a flat tree is no hierarchy repo',
  )
})

test('input errors name the input; publish still requires an image', async () => {
  const ws = await workspace({ 'ns.yaml': NAMESPACE })
  const cases: [Record<string, string>, RegExp][] = [
    [
      { 'source-format': 'flat' },
      /::error::configsync-oci: input "source-format" is "flat", expected unstructured or hierarchy%0AHint: e\.g\. source-format: hierarchy/,
    ],
    [
      { 'root-sync': 'platform', 'repo-sync': 'shop/rs' },
      /exactly one of input "root-sync" and input "repo-sync"/,
    ],
    [{ 'fail-on': 'never' }, /input "fail-on" is "never"/],
    [{ mode: 'publish' }, /input "image" is required for mode "publish"/],
  ]
  for (const [inputs, message] of cases) {
    const run = await validateOnly(ws, { 'sarif-file': 'never.sarif', ...inputs })
    assert.equal(run.code, 1, JSON.stringify(inputs))
    assert.match(run.stdout, message)
  }
  assert.equal(
    existsSync(join(ws, 'never.sarif')),
    false,
    'bad inputs stop the run before anything is written',
  )
})
