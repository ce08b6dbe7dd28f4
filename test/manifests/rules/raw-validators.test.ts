import assert from 'node:assert/strict'
import { test } from 'node:test'
import { REPO, defineCases, docs, findingsOf, obj } from './rules-harness.ts'

const annotated = (annotations: string, namespace: string | null = 'x'): string =>
  obj('v1', 'ConfigMap', 'a', namespace ?? undefined, `  annotations:\n${annotations}`)

defineCases('KNV1010', [
  {
    name: 'a Config Sync annotation outside the allow-list, at the first in sorted order',
    files: {
      'a.yaml': annotated('    configsync.gke.io/resource-id: x\n    configmanagement.gke.io/token: abc\n'),
    },
    expect: ['KNV1010 a.yaml:8'],
  },
  {
    name: 'control: the exact allow-list, config.kubernetes.io keys and look-alike prefixes pass',
    files: {
      'a.yaml': annotated(
        [
          'configmanagement.gke.io/namespace-selector: s',
          'configmanagement.gke.io/managed: disabled',
          'client.lifecycle.config.k8s.io/mutation: ignore',
          'config.kubernetes.io/origin: x',
          'foo.configsync.gke.io/x: z',
          'configsync.gke.io/deletion-propagation-policy: Foreground',
        ]
          .map((l) => `    ${l}\n`)
          .join(''),
        // A namespace-selector excludes metadata.namespace (KNV1053).
        null,
      ),
      'ns.yaml': obj(
        'configmanagement.gke.io/v1',
        'NamespaceSelector',
        's',
        undefined,
        'spec:\n  selector:\n    matchLabels: {a: b}\n',
      ),
    },
    expect: [],
  },
])

defineCases('KNV1011', [
  {
    name: 'any configmanagement.gke.io/ or configsync.gke.io/ label',
    files: {
      'a.yaml': obj(
        'v1',
        'ConfigMap',
        'a',
        'x',
        '  labels:\n    app: web\n    configsync.gke.io/declared-version: v1\n',
      ),
    },
    expect: ['KNV1011 a.yaml:8'],
  },
  {
    name: 'control: other labels pass',
    files: { 'a.yaml': obj('v1', 'ConfigMap', 'a', 'x', '  labels:\n    app.configsync.gke.io/x: z\n') },
    expect: [],
  },
  {
    name: 'control: an HNC depth label is checked only in hierarchy repos (KNV1057 there)',
    files: { 'a.yaml': obj('v1', 'ConfigMap', 'a', 'x', '  labels:\n    x.tree.hnc.x-k8s.io/depth: "1"\n') },
    expect: [],
  },
])

defineCases('KNV1005', [
  {
    name: 'managed: enabled is illegal in source',
    files: { 'a.yaml': annotated('    configmanagement.gke.io/managed: enabled\n') },
    expect: ['KNV1005 a.yaml:7'],
  },
  {
    name: 'control: managed: disabled passes',
    files: { 'a.yaml': annotated('    configmanagement.gke.io/managed: disabled\n') },
    expect: [],
  },
])

defineCases('KNV1043 / KNV1032 / KNV1050 kinds', [
  {
    name: 'KNV1043 the Sync kind',
    files: { 'a.yaml': obj('configmanagement.gke.io/v1', 'Sync', 's') },
    expect: ['KNV1043 a.yaml:2'],
  },
  {
    name: 'KNV1032 Repo and HierarchyConfig in an unstructured repo',
    files: {
      'a.yaml': docs(
        obj('configmanagement.gke.io/v1', 'Repo', 'r'),
        obj('configmanagement.gke.io/v1', 'HierarchyConfig', 'h'),
      ),
    },
    expect: ['KNV1032 a.yaml:2', 'KNV1032 a.yaml:7'],
  },
  {
    name: 'control: the same Repo in a hierarchy repo passes',
    files: { ...REPO, 'system/hc.yaml': obj('configmanagement.gke.io/v1', 'HierarchyConfig', 'h') },
    options: { sourceFormat: 'hierarchy' },
    expect: [],
  },
  {
    name: 'KNV1050 extensions/v1beta1 Deployment, at apiVersion',
    files: { 'a.yaml': obj('extensions/v1beta1', 'Deployment', 'web', 'x') },
    expect: ['KNV1050 a.yaml:1'],
  },
  {
    name: 'control: apps/v1 Deployment passes',
    files: { 'a.yaml': obj('apps/v1', 'Deployment', 'web', 'x') },
    expect: [],
  },
])

defineCases('KNV1036 names', [
  {
    name: 'FOO:BAR is not a DNS-1123 subdomain',
    files: { 'a.yaml': obj('apps/v1', 'Deployment', 'FOO:BAR', 'x') },
    expect: ['KNV1036 a.yaml:4'],
  },
  {
    name: 'control: FOO:BAR is a fine RBAC name (path segment rule)',
    files: {
      'a.yaml': docs(
        obj('rbac.authorization.k8s.io/v1', 'Role', 'FOO:BAR', 'x'),
        obj('rbac.authorization.k8s.io/v1', 'ClusterRole', 'system:auditor'),
      ),
    },
    expect: [],
  },
  {
    name: 'an RBAC name with a slash',
    files: { 'a.yaml': obj('rbac.authorization.k8s.io/v1', 'ClusterRole', 'a/b') },
    expect: ['KNV1036 a.yaml:4'],
  },
  {
    name: 'a name over 253 characters',
    files: { 'a.yaml': obj('v1', 'ConfigMap', 'a'.repeat(254), 'x') },
    expect: ['KNV1036 a.yaml:4'],
  },
])

defineCases('KNV1055 / KNV1034 namespaces', [
  {
    name: 'KNV1055 an invalid metadata.namespace',
    files: { 'a.yaml': obj('v1', 'ConfigMap', 'a', 'Shop_1') },
    expect: ['KNV1055 a.yaml:5'],
  },
  {
    name: 'KNV1055 a Namespace with an invalid name',
    files: { 'a.yaml': obj('v1', 'Namespace', 'shop.eu') },
    expect: ['KNV1055 a.yaml:4'],
  },
  {
    name: 'KNV1055 a namespace that YAML reads as a number',
    files: { 'a.yaml': obj('v1', 'ConfigMap', 'a', '2024') },
    expect: ['KNV1055 a.yaml:5'],
  },
  {
    name: 'KNV1034 the config-management-system Namespace',
    files: { 'a.yaml': obj('v1', 'Namespace', 'config-management-system') },
    expect: ['KNV1034 a.yaml:4'],
  },
  {
    name: 'control: objects inside config-management-system, and a quoted numeric namespace, pass',
    files: {
      'a.yaml': docs(
        obj('v1', 'ConfigMap', 'a', 'config-management-system'),
        obj('v1', 'ConfigMap', 'b', '"2024"'),
      ),
    },
    expect: [],
  },
])

defineCases('KNV1045 server-set fields', [
  {
    name: 'uid, resourceVersion, generation and creationTimestamp, each at its line',
    files: {
      'a.yaml': obj(
        'v1',
        'ConfigMap',
        'a',
        'x',
        '  uid: 1234-abcd\n  resourceVersion: "5"\n  generation: 2\n  creationTimestamp: "2024-01-01T00:00:00Z"\n',
      ),
    },
    expect: ['KNV1045 a.yaml:6', 'KNV1045 a.yaml:7', 'KNV1045 a.yaml:8', 'KNV1045 a.yaml:9'],
  },
  {
    name: 'ownerReferences',
    files: {
      'a.yaml': obj(
        'v1',
        'ConfigMap',
        'a',
        'x',
        '  ownerReferences:\n  - {apiVersion: v1, kind: Pod, name: p, uid: u}\n',
      ),
    },
    expect: ['KNV1045 a.yaml:6'],
  },
  {
    name: 'control: creationTimestamp: null and generation: 0 (kubectl output) pass',
    files: {
      'a.yaml': obj(
        'v1',
        'ConfigMap',
        'a',
        'x',
        '  creationTimestamp: null\n  generation: 0\n  ownerReferences: []\n',
      ),
    },
    expect: [],
  },
])

test('KNV1010 lists every invalid annotation in Config Sync wording', () => {
  const [f] = findingsOf({
    'a.yaml': annotated('    configsync.gke.io/resource-id: x\n    configmanagement.gke.io/token: abc\n'),
  })
  assert.equal(
    f!.message,
    'Configs MUST NOT declare unsupported annotations starting with "configmanagement.gke.io/" or "configsync.gke.io/". The config has invalid annotations: "configmanagement.gke.io/token", "configsync.gke.io/resource-id"',
  )
})

test('raw validators all run, then stop the later stages: duplicates are not reported with a raw error', () => {
  const files = {
    'a.yaml': docs(obj('v1', 'ConfigMap', 'dup', 'x'), obj('v1', 'ConfigMap', 'dup', 'x')),
    'b.yaml': obj('apps/v1', 'Deployment', 'Bad', 'x'),
  }
  assert.deepEqual(
    findingsOf(files).map((f) => f.code),
    ['KNV1036'],
  )
  assert.deepEqual(
    findingsOf({ 'a.yaml': files['a.yaml'] }).map((f) => f.code),
    ['KNV1029', 'KNV1029'],
  )
})
