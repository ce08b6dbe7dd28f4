import assert from 'node:assert/strict'
import { test } from 'node:test'
import { defineCases, docs, findingsOf, obj } from './rules-harness.ts'

const clusterSelector = (name: string, selector: string): string =>
  obj('configmanagement.gke.io/v1', 'ClusterSelector', name, undefined, `spec:\n  selector:\n${selector}`)
const namespaceSelector = (name: string, spec: string): string =>
  obj('configmanagement.gke.io/v1', 'NamespaceSelector', name, undefined, `spec:\n${spec}`)
const cluster = (name: string, labels: string): string =>
  obj('clusterregistry.k8s.io/v1alpha1', 'Cluster', name, undefined, `  labels: {${labels}}\n`)
const withAnnotation = (
  kind: string,
  name: string,
  namespace: string | undefined,
  annotation: string,
): string =>
  obj(
    kind === 'ConfigMap' ? 'v1' : 'rbac.authorization.k8s.io/v1',
    kind,
    name,
    namespace,
    `  annotations:\n    ${annotation}\n`,
  )

defineCases('KNV1004 / KNV1029 selector objects', [
  {
    name: 'KNV1004 a ClusterSelector that is itself cluster-selected',
    files: {
      's.yaml': obj(
        'configmanagement.gke.io/v1',
        'ClusterSelector',
        's',
        undefined,
        '  annotations:\n    configsync.gke.io/cluster-name-selector: a\nspec:\n  selector:\n    matchLabels: {env: prod}\n',
      ),
    },
    expect: ['KNV1004 s.yaml:6'],
  },
  {
    name: 'KNV1029 two ClusterSelectors with one name',
    files: {
      's.yaml': docs(
        clusterSelector('prod', '    matchLabels: {env: prod}\n'),
        clusterSelector('prod', '    matchLabels: {env: prd}\n'),
      ),
    },
    expect: ['KNV1029 s.yaml:4', 'KNV1029 s.yaml:12'],
  },
  {
    name: 'KNV1029 two NamespaceSelectors with one name',
    files: {
      's.yaml': docs(
        namespaceSelector('team', '  selector:\n    matchLabels: {team: a}\n'),
        namespaceSelector('team', '  selector:\n    matchLabels: {team: b}\n'),
      ),
    },
    expect: ['KNV1029 s.yaml:4', 'KNV1029 s.yaml:12'],
  },
  {
    name: 'control: differently named selectors pass',
    files: {
      's.yaml': docs(
        clusterSelector('prod', '    matchLabels: {env: prod}\n'),
        clusterSelector('dev', '    matchLabels: {env: dev}\n'),
      ),
    },
    expect: [],
  },
])

defineCases('cluster selection', [
  {
    name: 'KNV1066 both cluster-selector annotations',
    files: {
      's.yaml': clusterSelector('prod', '    matchLabels: {env: prod}\n'),
      'a.yaml': obj(
        'v1',
        'ConfigMap',
        'a',
        'x',
        '  annotations:\n    configmanagement.gke.io/cluster-selector: prod\n    configsync.gke.io/cluster-name-selector: c1\n',
      ),
    },
    expect: ['KNV1066 a.yaml:8'],
  },
  {
    name: 'KNV1013 a legacy cluster-selector naming no ClusterSelector',
    files: {
      'a.yaml': withAnnotation('ConfigMap', 'a', 'x', 'configmanagement.gke.io/cluster-selector: nope'),
    },
    expect: ['KNV1013 a.yaml:7'],
  },
  {
    name: 'KNV1014 an empty ClusterSelector selector',
    files: {
      's.yaml': obj(
        'configmanagement.gke.io/v1',
        'ClusterSelector',
        'all',
        undefined,
        'spec:\n  selector: {}\n',
      ),
    },
    expect: ['KNV1014 s.yaml:6'],
  },
  {
    name: 'KNV1014 an invalid operator',
    files: {
      's.yaml': clusterSelector(
        'bad',
        '    matchExpressions:\n    - {key: env, operator: Equals, values: [a]}\n',
      ),
    },
    expect: ['KNV1014 s.yaml:8'],
  },
  {
    name: 'KNV1006 a selector that cannot be decoded',
    files: { 's.yaml': clusterSelector('bad', '    matchLabels: [env]\n') },
    expect: ['KNV1006 s.yaml:7'],
  },
  {
    name: 'control: a legacy selector that matches no declared Cluster drops the object, with no finding',
    files: {
      's.yaml': clusterSelector('prod', '    matchLabels: {env: prod}\n'),
      'a.yaml': withAnnotation('ConfigMap', 'a', 'x', 'configmanagement.gke.io/cluster-selector: prod'),
    },
    expect: [],
  },
  {
    name: 'duplicates that only one cluster selects are found for that cluster (as nomos vet does)',
    files: {
      'c.yaml': docs(cluster('c1', 'env: prod'), cluster('c2', 'env: dev')),
      's.yaml': clusterSelector('prod', '    matchLabels: {env: prod}\n'),
      'a.yaml': docs(
        withAnnotation('ConfigMap', 'a', 'x', 'configmanagement.gke.io/cluster-selector: prod'),
        withAnnotation('ConfigMap', 'a', 'x', 'configsync.gke.io/cluster-name-selector: c1, c3'),
      ),
    },
    expect: ['KNV1029 a.yaml:4', 'KNV1029 a.yaml:12'],
  },
  {
    name: 'control: objects selected for different clusters never meet',
    files: {
      'a.yaml': docs(
        withAnnotation('ConfigMap', 'a', 'x', 'configsync.gke.io/cluster-name-selector: c1'),
        withAnnotation('ConfigMap', 'a', 'x', 'configsync.gke.io/cluster-name-selector: C2'),
      ),
    },
    expect: [],
  },
  {
    name: 'a Namespace selected only for c1 takes its objects with it: they meet only on c1',
    files: {
      'ns.yaml': obj(
        'v1',
        'Namespace',
        'x',
        undefined,
        '  annotations:\n    configsync.gke.io/cluster-name-selector: c1\n',
      ),
      'a.yaml': docs(obj('v1', 'ConfigMap', 'a', 'x'), obj('v1', 'ConfigMap', 'a', 'x')),
    },
    expect: ['KNV1029 a.yaml:4', 'KNV1029 a.yaml:10'],
  },
])

defineCases('NamespaceSelectors (unstructured)', [
  {
    name: 'KNV1013 an object naming no declared NamespaceSelector',
    files: {
      'a.yaml': withAnnotation(
        'ConfigMap',
        'a',
        undefined,
        'configmanagement.gke.io/namespace-selector: nope',
      ),
    },
    expect: ['KNV1013 a.yaml:6'],
  },
  {
    name: 'KNV1014 an empty selector',
    files: { 's.yaml': namespaceSelector('none', '  selector: {}\n') },
    expect: ['KNV1014 s.yaml:6'],
  },
  {
    name: 'KNV1014 an unknown mode, at spec.mode',
    files: {
      's.yaml': namespaceSelector('team', '  mode: sometimes\n  selector:\n    matchLabels: {team: a}\n'),
    },
    expect: ['KNV1014 s.yaml:6'],
  },
  {
    name: 'copies into each selected Namespace can collide with a declared object',
    files: {
      'ns.yaml': docs(
        obj('v1', 'Namespace', 'a', undefined, '  labels: {team: x}\n'),
        obj('v1', 'Namespace', 'b', undefined, '  labels: {team: x}\n'),
      ),
      's.yaml': namespaceSelector('team-x', '  mode: dynamic\n  selector:\n    matchLabels: {team: x}\n'),
      'q.yaml': withAnnotation(
        'ConfigMap',
        'quota',
        undefined,
        'configmanagement.gke.io/namespace-selector: team-x',
      ),
      'b.yaml': obj('v1', 'ConfigMap', 'quota', 'b'),
    },
    expect: ['KNV1029 b.yaml:4', 'KNV1029 q.yaml:4'],
  },
  {
    name: 'control: a selected copy beside objects in unselected namespaces passes',
    files: {
      'ns.yaml': docs(
        obj('v1', 'Namespace', 'a', undefined, '  labels: {team: x}\n'),
        obj('v1', 'Namespace', 'b'),
      ),
      's.yaml': namespaceSelector(
        'team-x',
        '  selector:\n    matchExpressions:\n    - {key: team, operator: In, values: [x]}\n',
      ),
      'q.yaml': withAnnotation(
        'ConfigMap',
        'quota',
        undefined,
        'configmanagement.gke.io/namespace-selector: team-x',
      ),
      'b.yaml': obj('v1', 'ConfigMap', 'quota', 'b'),
    },
    expect: [],
  },
])

test('a finding only one cluster causes names the cluster', () => {
  const findings = findingsOf({
    'a.yaml': docs(
      withAnnotation('ConfigMap', 'a', 'x', 'configsync.gke.io/cluster-name-selector: c1'),
      withAnnotation('ConfigMap', 'a', 'x', 'configsync.gke.io/cluster-name-selector: c1,c2'),
    ),
  })
  assert.deepEqual(
    findings.map((f) => f.code),
    ['KNV1029', 'KNV1029'],
  )
  assert.match(findings[0]!.message, /\(for cluster "c1"\)$/)
})

test('KNV1014 messages follow apimachinery: operator, empty values', () => {
  const [operator] = findingsOf({
    's.yaml': clusterSelector(
      'bad',
      '    matchExpressions:\n    - {key: env, operator: Equals, values: [a]}\n',
    ),
  })
  assert.match(operator!.message, /"Equals" is not a valid label selector operator/)
  const [values] = findingsOf({
    's.yaml': clusterSelector('bad', '    matchExpressions:\n    - {key: env, operator: In, values: []}\n'),
  })
  assert.match(values!.message, /values set can't be empty/)
})
