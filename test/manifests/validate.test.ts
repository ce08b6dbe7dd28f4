import assert from 'node:assert/strict'
import { truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'node:test'
import { collectSource } from '../../src/manifests/collect.ts'
import type { Finding } from '../../src/manifests/finding.ts'
import { MAX_MANIFEST_BYTES, parseManifestFile, type ManifestObject } from '../../src/manifests/parse.ts'
import { loadAndValidate, validateObjects } from '../../src/manifests/validate.ts'
import { tempDirs, writeTree } from '../harness/tmp.ts'

const FIXTURES = join(import.meta.dirname, '../fixtures/manifests')
const dirs = tempDirs()

async function tempTree(files: Record<string, string>): Promise<string> {
  const dir = await dirs.make('validate')
  await writeTree(dir, files)
  return dir
}

/** Parses files (path → text) and returns their objects, failing on any parse finding. */
function objectsOf(files: Record<string, string>): ManifestObject[] {
  return Object.entries(files).flatMap(([file, text]) => {
    const parsed = parseManifestFile(file, text)
    assert.deepEqual(parsed.findings, [], `${file} parses`)
    return parsed.objects
  })
}

const at = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.code} ${f.file}:${f.line}`)

test('the invalid fixture yields each finding at its exact file and line', async () => {
  // Schema findings are pinned by the schema tests; this one pins the rule pipeline.
  const result = await loadAndValidate(await collectSource(join(FIXTURES, 'invalid')), {
    schemaChecks: false,
  })
  assert.equal(result.manifestFiles, 4)
  assert.deepEqual(at(result.findings), [
    'KNV2010 namespaces/shop/broken.yaml:3',
    'KNV2010 namespaces/shop/broken.yaml:5',
    'KNV2010 namespaces/shop/broken.yaml:9',
    'KNV2010 namespaces/shop/broken.yaml:13',
    'KNV2010 namespaces/shop/broken.yaml:15',
    // The duplicate Deployment in deployments.yaml is not reported: after a read error Config Sync
    // runs no stage past the raw validators, and duplicates are a final-stage check.
    'KNV2001 namespaces/shop/no-kind.json:1',
    'KNV2001 namespaces/shop/unparseable.yaml:11',
  ])
  assert.deepEqual(
    result.findings.filter((f) => f.code === 'KNV2010').map((f) => f.message),
    [
      'missing field "metadata.name"',
      'validating labels: not a map: ["a","b"]',
      'missing field "apiVersion"',
      'validating annotations: not a map: team=shop',
      'resource does not define metadata',
    ],
  )
  assert.equal(
    result.findings.every((f) => f.severity === 'error'),
    true,
  )
})

test('the valid fixture yields no findings; README.md is not read', async () => {
  const result = await loadAndValidate(await collectSource(join(FIXTURES, 'valid')))
  assert.deepEqual(result.findings, [])
  assert.equal(result.manifestFiles, 2)
  assert.equal(result.objects.length, 5)
  assert.deepEqual(
    result.objects.map((o) => `${o.file}:${o.line}`),
    [
      'cluster/namespace.yaml:1',
      'namespaces/shop/app.yaml:2',
      'namespaces/shop/app.yaml:8',
      'namespaces/shop/app.yaml:14',
      'namespaces/shop/app.yaml:22',
    ],
  )
})

test('KNV2010: each missing or malformed identity field, at the line of the field or its parent', () => {
  const cases: Array<[string, string, number, string]> = [
    ['no apiVersion', 'kind: A\nmetadata:\n  name: x\n', 1, 'missing field "apiVersion"'],
    ['empty apiVersion', 'apiVersion: ""\nkind: A\nmetadata:\n  name: x\n', 1, 'missing field "apiVersion"'],
    [
      'numeric apiVersion',
      'apiVersion: 1\nkind: A\nmetadata:\n  name: x\n',
      1,
      'field "apiVersion" must be a string, found a number',
    ],
    [
      'bad group/version',
      'apiVersion: a/b/v1\nkind: A\nmetadata:\n  name: x\n',
      1,
      'unexpected GroupVersion string: a/b/v1',
    ],
    ['no metadata', 'apiVersion: v1\nkind: A\n', 1, 'resource does not define metadata'],
    [
      'metadata a string',
      'apiVersion: v1\nkind: A\nmetadata: x\n',
      3,
      'resource does not define metadata: metadata is a string, expected a map',
    ],
    ['no name', 'apiVersion: v1\nkind: A\nmetadata:\n  namespace: n\n', 3, 'missing field "metadata.name"'],
    ['empty name', 'apiVersion: v1\nkind: A\nmetadata:\n  name: ""\n', 4, 'missing field "metadata.name"'],
    ['null name', 'apiVersion: v1\nkind: A\nmetadata:\n  name:\n', 4, 'missing field "metadata.name"'],
    [
      'numeric name',
      'apiVersion: v1\nkind: A\nmetadata:\n  name: 0644\n',
      4,
      'field "metadata.name" must be a string, found a number',
    ],
    [
      'labels a list',
      'apiVersion: v1\nkind: A\nmetadata:\n  name: x\n  labels:\n    - a\n',
      5,
      'validating labels: not a map: ["a"]',
    ],
    [
      'annotations a string',
      'apiVersion: v1\nkind: A\nmetadata:\n  name: x\n  annotations: a=b\n',
      5,
      'validating annotations: not a map: a=b',
    ],
  ]
  for (const [name, text, line, message] of cases) {
    const findings = validateObjects(objectsOf({ 'a.yaml': text }))
    assert.deepEqual(
      findings.map((f) => [f.code, f.file, f.line, f.message]),
      [['KNV2010', 'a.yaml', line, message]],
      name,
    )
  }
  const fine = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: null\n  annotations: {}\n'
  assert.deepEqual(validateObjects(objectsOf({ 'a.yaml': fine })), [])
})

test('KNV2010: a List item without kind is reported at its own line', () => {
  const list =
    'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: a}\n  - apiVersion: v1\n    metadata:\n      name: b\n'
  assert.deepEqual(at(validateObjects(objectsOf({ 'l.yaml': list }))), ['KNV2010 l.yaml:7'])
})

const obj = (apiVersion: string, kind: string, name: string, namespace?: string, extra = ''): string =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: ${name}\n${namespace === undefined ? '' : `  namespace: ${namespace}\n`}${extra}`

test('KNV1029: same group, kind, namespace and name; the version is ignored; each names the others', () => {
  const files = {
    'a.yaml': obj('apps/v1', 'Deployment', 'web', 'shop'),
    'b.yaml': `# comment\n${obj('apps/v1beta2', 'Deployment', 'web', 'shop')}`,
    'c.yaml': obj('apps/v1', 'Deployment', 'web', 'shop'),
  }
  const findings = validateObjects(objectsOf(files))
  assert.deepEqual(at(findings), ['KNV1029 a.yaml:4', 'KNV1029 b.yaml:5', 'KNV1029 c.yaml:4'])
  assert.match(
    findings[0]!.message,
    /Found 3 configs of GroupKind "Deployment\.apps" in Namespace "shop" named "web"\./,
  )
  assert.match(findings[0]!.message, /also declared at b\.yaml:2, c\.yaml:1$/)
  assert.match(findings[1]!.message, /also declared at a\.yaml:1, c\.yaml:1$/)
})

test('KNV1029: other groups, kinds, namespaces or names are not duplicates', () => {
  const files = {
    'a.yaml': [
      obj('apps/v1', 'Deployment', 'web', 'shop'),
      obj('extensions/v1beta1', 'Deployment', 'web', 'shop'),
      obj('apps/v1', 'StatefulSet', 'web', 'shop'),
      obj('apps/v1', 'Deployment', 'web', 'other'),
      obj('apps/v1', 'Deployment', 'api', 'shop'),
    ].join('---\n'),
  }
  // extensions/v1beta1 is deprecated (KNV1050), which is not a duplicate either.
  assert.deepEqual(at(validateObjects(objectsOf(files))), ['KNV1050 a.yaml:7'])
})

test('KNV1029: Namespace and namespace-less wording; objects behind selectors are left out', () => {
  const findings = validateObjects(
    objectsOf({
      'ns.yaml': `${obj('v1', 'Namespace', 'shop')}---\n${obj('v1', 'Namespace', 'shop')}`,
      'cr.yaml': `${obj('rbac.authorization.k8s.io/v1', 'ClusterRole', 'r')}---\n${obj('rbac.authorization.k8s.io/v1', 'ClusterRole', 'r')}`,
      'sel.yaml': [
        obj(
          'v1',
          'ResourceQuota',
          'quota',
          undefined,
          '  annotations:\n    configmanagement.gke.io/namespace-selector: a\n',
        ),
        obj(
          'v1',
          'ResourceQuota',
          'quota',
          undefined,
          '  annotations:\n    configmanagement.gke.io/namespace-selector: b\n',
        ),
        obj(
          'v1',
          'ConfigMap',
          'c',
          'x',
          '  annotations:\n    configsync.gke.io/cluster-name-selector: dev\n',
        ),
        obj(
          'v1',
          'ConfigMap',
          'c',
          'x',
          '  annotations:\n    configsync.gke.io/cluster-name-selector: prod\n',
        ),
        obj(
          'configmanagement.gke.io/v1',
          'NamespaceSelector',
          'a',
          undefined,
          'spec:\n  selector:\n    matchLabels: {env: a}\n',
        ),
        obj(
          'configmanagement.gke.io/v1',
          'NamespaceSelector',
          'b',
          undefined,
          'spec:\n  selector:\n    matchLabels: {env: b}\n',
        ),
      ].join('---\n'),
    }),
  )
  assert.deepEqual(at(findings), [
    'KNV1029 cr.yaml:4',
    'KNV1029 cr.yaml:9',
    'KNV1029 ns.yaml:4',
    'KNV1029 ns.yaml:9',
  ])
  assert.match(
    findings[0]!.message,
    /^Cluster-scoped configs of the same Group and Kind MUST have unique names\. Found 2 configs of GroupKind "ClusterRole\.rbac\.authorization\.k8s\.io" named "r"\./,
  )
  assert.match(findings[2]!.message, /^Namespaces MUST have unique names\. Found 2 Namespaces named "shop"\./)
})

test('KNV1029: objects that failed KNV2010 are not compared', () => {
  const text = `${obj('v1', 'ConfigMap', '""', 'a')}---\n${obj('v1', 'ConfigMap', '""', 'a')}`
  assert.deepEqual(
    validateObjects(objectsOf({ 'a.yaml': text })).map((f) => f.code),
    ['KNV2010', 'KNV2010'],
  )
})

test('KNV1029 in a hierarchy repo: a namespace directory supplies the namespace', () => {
  const files = {
    'namespaces/shop/ns.yaml': obj('v1', 'Namespace', 'shop'),
    'namespaces/shop/a.yaml': obj('v1', 'ConfigMap', 'c'),
    'namespaces/shop/b.yaml': obj('v1', 'ConfigMap', 'c', 'shop'),
    'namespaces/other/ns.yaml': obj('v1', 'Namespace', 'other'),
    'namespaces/other/c.yaml': obj('v1', 'ConfigMap', 'c'),
  }
  const objects = objectsOf(files)
  const repo = objectsOf({
    'system/repo.yaml': obj(
      'configmanagement.gke.io/v1',
      'Repo',
      'repo',
      undefined,
      'spec:\n  version: "1.0.0"\n',
    ),
  })
  assert.deepEqual(at(validateObjects([...objects, ...repo], { sourceFormat: 'hierarchy' })), [
    'KNV1029 namespaces/shop/a.yaml:4',
    'KNV1029 namespaces/shop/b.yaml:4',
  ])
  // Unstructured takes no namespace from directories: the two without one collide (both end up in `default`).
  assert.deepEqual(at(validateObjects(objects)), [
    'KNV1029 namespaces/other/c.yaml:4',
    'KNV1029 namespaces/shop/a.yaml:4',
  ])
})

test('CSO0001: no objects at all is an error that says what is read', async () => {
  const findings = validateObjects([])
  assert.deepEqual(at(findings), ['CSO0001 .:0'])
  assert.match(findings[0]!.message, /\.yaml, \.yml, \.json/)
  const dir = await tempTree({
    'README.md': '# nothing here\n',
    'values.YAML': 'a: 1\n',
    'local.yaml': obj(
      'v1',
      'ConfigMap',
      'x',
      'a',
      '  annotations:\n    config.kubernetes.io/local-config: "true"\n',
    ),
  })
  const result = await loadAndValidate(await collectSource(dir))
  assert.equal(result.manifestFiles, 1)
  assert.deepEqual(at(result.findings), ['CSO0001 .:0'])
})

test('hierarchy reads only system/, cluster/, clusterregistry/ and namespaces/', async () => {
  const dir = await tempTree({
    'system/repo.yaml': obj(
      'configmanagement.gke.io/v1',
      'Repo',
      'repo',
      undefined,
      'spec:\n  version: "1.0.0"\n',
    ),
    'namespaces/shop/ns.yaml': obj('v1', 'Namespace', 'shop'),
    'docs/example.yaml': 'not: [a, valid',
    'top.yaml': obj('v1', 'Namespace', 'shop'),
  })
  const tree = await collectSource(dir)
  const hierarchy = await loadAndValidate(tree, { sourceFormat: 'hierarchy' })
  assert.deepEqual([hierarchy.manifestFiles, hierarchy.objects.length, hierarchy.findings], [2, 2, []])
  const unstructured = await loadAndValidate(tree)
  assert.deepEqual(unstructured.manifestFiles, 4)
  // After a read error only the raw validators run: the Repo is KNV1032 in an unstructured repo, the duplicate Namespace goes unreported.
  assert.deepEqual(at(unstructured.findings), ['KNV2001 docs/example.yaml:1', 'KNV1032 system/repo.yaml:2'])
})

test('an oversized file is reported from its size alone', async () => {
  const dir = await tempTree({ 'ok.yaml': obj('v1', 'ConfigMap', 'x', 'a') })
  const big = join(dir, 'big.yaml')
  await writeFile(big, '')
  await truncate(big, MAX_MANIFEST_BYTES + 1)
  const result = await loadAndValidate(await collectSource(dir))
  assert.deepEqual(at(result.findings), ['KNV2001 big.yaml:0'])
  assert.match(
    result.findings[0]!.message,
    new RegExp(`${MAX_MANIFEST_BYTES + 1} bytes, over the ${MAX_MANIFEST_BYTES}-byte \\(16 MiB\\) limit`),
  )
  assert.equal(result.objects.length, 1)
})
