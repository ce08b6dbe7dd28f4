import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findCycles } from '../../../src/manifests/rules/dependency-cycles.ts'
import { defineCases, docs, findingsOf, obj } from './rules-harness.ts'

const dependsOn = (kind: string, name: string, namespace: string | undefined, value: string): string =>
  obj(
    kind === 'Namespace' ? 'v1' : kind === 'Deployment' ? 'apps/v1' : 'v1',
    kind,
    name,
    namespace,
    `  annotations:\n    config.kubernetes.io/depends-on: ${value}\n`,
  )
const mutation = (name: string, value: string): string =>
  obj(
    'v1',
    'ConfigMap',
    name,
    'x',
    `  annotations:\n    config.kubernetes.io/apply-time-mutation: |\n${value}`,
  )

defineCases('KNV2009 depends-on', [
  {
    name: 'a reference with 4 fields',
    files: { 'a.yaml': dependsOn('ConfigMap', 'a', 'x', 'apps/Deployment/x/web') },
    expect: ['KNV2009 a.yaml:7'],
  },
  {
    name: 'a 5-field reference without "namespaces"',
    files: { 'a.yaml': dependsOn('ConfigMap', 'a', 'x', 'apps/ns/x/Deployment/web') },
    expect: ['KNV2009 a.yaml:7'],
  },
  {
    name: 'a duplicate reference',
    files: {
      'a.yaml': docs(
        dependsOn('ConfigMap', 'a', 'x', '/namespaces/x/ConfigMap/b,/namespaces/x/ConfigMap/b'),
        obj('v1', 'ConfigMap', 'b', 'x'),
      ),
    },
    expect: ['KNV2009 a.yaml:7'],
  },
  {
    name: 'a dependency not declared in the source (external)',
    files: { 'a.yaml': dependsOn('ConfigMap', 'a', 'x', 'apps/namespaces/x/Deployment/web') },
    expect: ['KNV2009 a.yaml:7'],
  },
  {
    name: 'a dependency on an unmanaged object is external: it is never applied',
    files: {
      'a.yaml': docs(
        dependsOn('ConfigMap', 'a', 'x', '/namespaces/x/ConfigMap/b'),
        obj('v1', 'ConfigMap', 'b', 'x', '  annotations:\n    configmanagement.gke.io/managed: disabled\n'),
      ),
    },
    expect: ['KNV2009 a.yaml:7'],
  },
  {
    name: 'a cycle of two, reported at both annotations',
    files: {
      'a.yaml': docs(
        dependsOn('ConfigMap', 'a', 'x', '/namespaces/x/ConfigMap/b'),
        dependsOn('ConfigMap', 'b', 'x', '/namespaces/x/ConfigMap/a'),
      ),
    },
    expect: ['KNV2009 a.yaml:7', 'KNV2009 a.yaml:15'],
  },
  {
    name: 'a cycle through the implicit edge to a Namespace',
    files: {
      'a.yaml': docs(
        dependsOn('Namespace', 'x', undefined, '/namespaces/x/ConfigMap/b'),
        obj('v1', 'ConfigMap', 'b', 'x'),
      ),
    },
    expect: ['KNV2009 a.yaml:6'],
  },
  {
    name: 'control: a chain in the source, cluster-scoped and defaulted namespaces resolved, passes',
    files: {
      'a.yaml': docs(
        obj('v1', 'Namespace', 'x'),
        dependsOn(
          'Deployment',
          'web',
          'x',
          '/namespaces/x/ConfigMap/cfg, rbac.authorization.k8s.io/ClusterRole/view',
        ),
        dependsOn('ConfigMap', 'cfg', 'x', '/namespaces/default/ConfigMap/base'),
        obj('v1', 'ConfigMap', 'base'),
        obj('rbac.authorization.k8s.io/v1', 'ClusterRole', 'view'),
      ),
    },
    expect: [],
  },
  {
    name: 'a dependency on an object defaulted to another namespace is external',
    files: {
      'a.yaml': docs(
        dependsOn('ConfigMap', 'a', 'x', '/namespaces/x/ConfigMap/b'),
        obj('v1', 'ConfigMap', 'b'),
      ),
    },
    expect: ['KNV2009 a.yaml:7'],
  },
])

defineCases('KNV2009 apply-time-mutation', [
  {
    name: 'a sourceRef that is not in the source',
    files: {
      'a.yaml': mutation(
        'a',
        '      - sourceRef: {apiVersion: v1, kind: ConfigMap, name: gone, namespace: x}\n        sourcePath: $.data.k\n        targetPath: $.data.k\n',
      ),
    },
    expect: ['KNV2009 a.yaml:7'],
  },
  {
    name: 'an annotation that is not YAML',
    files: { 'a.yaml': mutation('a', '      - [unclosed\n') },
    expect: ['KNV2009 a.yaml:7'],
  },
  {
    name: 'control: a sourceRef in the source passes, its group taken from apiVersion',
    files: {
      'a.yaml': docs(
        mutation(
          'a',
          '      - sourceRef: {apiVersion: apps/v1, kind: Deployment, name: web, namespace: x}\n        sourcePath: $.spec.replicas\n        targetPath: $.data.n\n',
        ),
        obj('apps/v1', 'Deployment', 'web', 'x'),
      ),
    },
    expect: [],
  },
])

test("the messages are cli-utils' wording, with the references in depends-on syntax", () => {
  const [external] = findingsOf({
    'a.yaml': dependsOn('ConfigMap', 'a', 'x', 'apps/namespaces/x/Deployment/web'),
  })
  assert.match(
    external!.message,
    /^invalid "config\.kubernetes\.io\/depends-on" annotation: external dependency: \/namespaces\/x\/ConfigMap\/a -> apps\/namespaces\/x\/Deployment\/web/,
  )
  const cycle = findingsOf({
    'a.yaml': docs(
      dependsOn('ConfigMap', 'a', 'x', '/namespaces/x/ConfigMap/b'),
      dependsOn('ConfigMap', 'b', 'x', '/namespaces/x/ConfigMap/a'),
    ),
  })
  assert.equal(
    cycle[0]!.message,
    'invalid "config.kubernetes.io/depends-on" annotation: cyclic dependency: /namespaces/x/ConfigMap/a -> /namespaces/x/ConfigMap/b, /namespaces/x/ConfigMap/b -> /namespaces/x/ConfigMap/a',
  )
  const [syntax] = findingsOf({ 'a.yaml': dependsOn('ConfigMap', 'a', 'x', 'apps/Deployment/x/web') })
  assert.equal(
    syntax!.message,
    'invalid "config.kubernetes.io/depends-on" annotation: failed to parse object reference (index: 0): expected 3 or 5 fields, found 4: "apps/Deployment/x/web"',
  )
})

test('a long cycle is found without recursion limits, and its messages stay short', () => {
  const size = 50_000
  const graph = new Map(
    Array.from({ length: size }, (_, i) => [`v${i}`, new Set([`v${(i + 1) % size}`])] as const),
  )
  const cycles = findCycles(graph)
  assert.equal(cycles.length, 1)
  assert.equal(cycles[0]!.length, size)
  assert.deepEqual(
    findCycles(
      new Map([
        ['a', new Set(['b'])],
        ['b', new Set<string>()],
      ]),
    ),
    [],
  )
  assert.deepEqual(findCycles(new Map([['a', new Set(['a'])]])), [['a']])
  const chain = Array.from({ length: 40 }, (_, i) =>
    dependsOn('ConfigMap', `c${i}`, 'x', `/namespaces/x/ConfigMap/c${(i + 1) % 40}`),
  )
  const findings = findingsOf({ 'a.yaml': docs(...chain) })
  assert.equal(findings.length, 40)
  // Each member gets the message; listing every edge in each would be quadratic.
  assert.ok(findings.every((f) => f.code === 'KNV2009' && f.message.endsWith('and 30 more edges')))
})
