import assert from 'node:assert/strict'
import { test } from 'node:test'
import { SHOP_REPO_SYNC, defineCases, docs, findingsOf, obj } from './rules-harness.ts'

const crd = (name: string, spec: string): string =>
  obj('apiextensions.k8s.io/v1', 'CustomResourceDefinition', name, undefined, `spec:\n${spec}`)
const ANVIL_CRD = crd(
  'anvils.acme.com',
  '  group: acme.com\n  names: {kind: Anvil, plural: anvils}\n  scope: Cluster\n  versions:\n  - {name: v1, served: true, storage: true}\n',
)
const API_RESOURCES =
  'NAME      SHORTNAMES   APIVERSION          NAMESPACED   KIND\nwidgets                eg.io/v1            true         Widget\nglobals                eg.io/v1            false        Global\n'

defineCases('CRDs', [
  {
    name: 'KNV1065 a malformed CRD, at the bad field',
    files: { 'c.yaml': crd('anvils.acme.com', '  group: acme.com\n  names: {kind: 5, plural: anvils}\n') },
    expect: ['KNV1065 c.yaml:7'],
  },
  {
    name: 'KNV1043 a CRD in configsync.gke.io',
    files: {
      'c.yaml': crd(
        'things.configsync.gke.io',
        '  group: configsync.gke.io\n  names: {kind: Thing, plural: things}\n',
      ),
    },
    expect: ['KNV1043 c.yaml:6'],
  },
  {
    name: 'KNV1048 a CRD not named plural.group',
    files: { 'c.yaml': crd('anvil.acme.com', '  group: acme.com\n  names: {kind: Anvil, plural: anvils}\n') },
    expect: ['KNV1048 c.yaml:4'],
  },
  {
    name: 'control: a well-formed CRD and its cluster-scoped CR pass',
    files: { 'c.yaml': ANVIL_CRD, 'a.yaml': obj('acme.com/v1', 'Anvil', 'a') },
    expect: [],
  },
  {
    name: 'KNV1052 a CR of a cluster-scoped declared CRD with a namespace',
    files: { 'c.yaml': ANVIL_CRD, 'a.yaml': obj('acme.com/v1', 'Anvil', 'a', 'x') },
    expect: ['KNV1052 a.yaml:5'],
  },
  {
    name: 'a v1beta1 CRD with spec.version declares a served kind',
    files: {
      'c.yaml': obj(
        'apiextensions.k8s.io/v1beta1',
        'CustomResourceDefinition',
        'tools.acme.com',
        undefined,
        'spec:\n  group: acme.com\n  version: v1\n  names: {kind: Tool, plural: tools}\n',
      ),
      'a.yaml': obj('acme.com/v1', 'Tool', 'a', 'x'),
    },
    expect: [],
  },
])

defineCases('KNV1021 unknown kinds', [
  {
    name: 'a kind nothing offline knows is a warning at its kind line',
    files: { 'a.yaml': obj('acme.com/v1', 'Anvil', 'a', 'x') },
    expect: ['KNV1021 a.yaml:2'],
  },
  {
    name: 'a CRD that serves no version does not make its kind known',
    files: {
      'c.yaml': crd(
        'anvils.acme.com',
        '  group: acme.com\n  names: {kind: Anvil, plural: anvils}\n  versions:\n  - {name: v1, served: false, storage: true}\n',
      ),
      'a.yaml': obj('acme.com/v1', 'Anvil', 'a'),
    },
    expect: ['KNV1021 a.yaml:2'],
  },
  {
    name: 'control: api-resources.txt gives the scope, so the cluster-scoped kind is checked',
    files: { 'a.yaml': docs(obj('eg.io/v1', 'Widget', 'w', 'x'), obj('eg.io/v1', 'Global', 'g', 'x')) },
    apiResources: API_RESOURCES,
    expect: ['KNV1052 a.yaml:11'],
  },
])

defineCases('KNV1064 api-resources.txt', [
  {
    name: 'no APIVERSION column',
    files: { 'a.yaml': obj('v1', 'ConfigMap', 'a', 'x') },
    apiResources: 'NAME KIND\n',
    expect: ['KNV1064 api-resources.txt:1'],
  },
  {
    name: 'a NAMESPACED value other than true/false, at its line',
    files: { 'a.yaml': obj('v1', 'ConfigMap', 'a', 'x') },
    apiResources:
      'NAME   APIVERSION   NAMESPACED   KIND\nw      eg.io/v1     true         Widget\ng      eg.io/v1     maybe        Global\n',
    expect: ['KNV1064 api-resources.txt:3'],
  },
])

defineCases('scoped validators', [
  {
    name: 'KNV1052 a cluster-scoped ClusterRole with a namespace',
    files: { 'a.yaml': obj('rbac.authorization.k8s.io/v1', 'ClusterRole', 'r', 'x') },
    expect: ['KNV1052 a.yaml:5'],
  },
  {
    name: 'KNV1004 a namespace-selector on a cluster-scoped object',
    files: {
      'a.yaml': obj(
        'rbac.authorization.k8s.io/v1',
        'ClusterRole',
        'r',
        undefined,
        '  annotations:\n    configmanagement.gke.io/namespace-selector: s\n',
      ),
    },
    expect: ['KNV1004 a.yaml:6'],
  },
  {
    name: 'KNV1053 both a namespace and a namespace-selector',
    files: {
      'a.yaml': obj(
        'v1',
        'ConfigMap',
        'c',
        'x',
        '  annotations:\n    configmanagement.gke.io/namespace-selector: s\n',
      ),
    },
    expect: ['KNV1053 a.yaml:5'],
  },
  {
    name: 'KNV1058 a cluster-scoped object (a Namespace too) in a namespace repo',
    files: {
      'a.yaml': docs(obj('v1', 'Namespace', 'shop'), obj('rbac.authorization.k8s.io/v1', 'ClusterRole', 'r')),
    },
    options: { scope: SHOP_REPO_SYNC },
    expect: ['KNV1058 a.yaml:2', 'KNV1058 a.yaml:7'],
  },
  {
    name: 'KNV1058 a namespace repo object in another namespace, after the scoped checks',
    files: {
      'a.yaml': docs(
        obj('v1', 'ConfigMap', 'a', 'shop'),
        obj('v1', 'ConfigMap', 'b', 'other'),
        obj('v1', 'ConfigMap', 'c'),
      ),
    },
    options: { scope: SHOP_REPO_SYNC },
    expect: ['KNV1058 a.yaml:11'],
  },
  {
    name: 'control: the same objects in a root repo pass',
    files: {
      'a.yaml': docs(
        obj('v1', 'Namespace', 'shop'),
        obj('rbac.authorization.k8s.io/v1', 'ClusterRole', 'r'),
        obj('v1', 'ConfigMap', 'b', 'other'),
      ),
    },
    expect: [],
  },
])

defineCases('KNV1029 after namespace defaulting', [
  {
    name: 'root repo: no namespace means default',
    files: { 'a.yaml': obj('v1', 'ConfigMap', 'c'), 'b.yaml': obj('v1', 'ConfigMap', 'c', 'default') },
    expect: ['KNV1029 a.yaml:4', 'KNV1029 b.yaml:4'],
  },
  {
    name: 'namespace repo: no namespace means the RepoSync namespace',
    files: { 'a.yaml': obj('v1', 'ConfigMap', 'c'), 'b.yaml': obj('v1', 'ConfigMap', 'c', 'shop') },
    options: { scope: SHOP_REPO_SYNC },
    expect: ['KNV1029 a.yaml:4', 'KNV1029 b.yaml:4'],
  },
  {
    name: 'a RepoSync in namespace default: its objects without a namespace collide with those in default',
    files: { 'a.yaml': obj('v1', 'ConfigMap', 'c'), 'b.yaml': obj('v1', 'ConfigMap', 'c', 'default') },
    options: { scope: { kind: 'namespace', namespace: 'default', name: 'other' } },
    expect: ['KNV1029 a.yaml:4', 'KNV1029 b.yaml:4'],
  },
  {
    name: 'control: different namespaces after defaulting pass',
    files: {
      'a.yaml': obj('v1', 'ConfigMap', 'c'),
      'b.yaml': obj('v1', 'ConfigMap', 'c', 'shop'),
      'c.yaml': docs(obj('rbac.authorization.k8s.io/v1', 'ClusterRole', 'c')),
    },
    expect: [],
  },
])

defineCases('KNV1069 self-management', [
  {
    name: 'a root repo declaring its own RootSync',
    files: {
      'rs.yaml': obj(
        'configsync.gke.io/v1beta1',
        'RootSync',
        'root-sync',
        'config-management-system',
        'spec:\n  sourceType: oci\n  oci: {image: r.example/x, auth: none}\n',
      ),
    },
    expect: ['KNV1069 rs.yaml:4'],
  },
  {
    name: 'a namespace repo declaring its own RepoSync',
    files: {
      'rs.yaml': obj(
        'configsync.gke.io/v1beta1',
        'RepoSync',
        'repo-sync',
        'shop',
        'spec:\n  sourceType: oci\n  oci: {image: r.example/x, auth: none}\n',
      ),
    },
    options: { scope: SHOP_REPO_SYNC },
    expect: ['KNV1069 rs.yaml:4'],
  },
  {
    name: 'control: other RootSyncs and RepoSyncs are fine',
    files: {
      'rs.yaml': docs(
        obj(
          'configsync.gke.io/v1beta1',
          'RootSync',
          'other',
          'config-management-system',
          'spec:\n  sourceType: oci\n  oci: {image: r.example/x, auth: none}\n',
        ),
        obj(
          'configsync.gke.io/v1beta1',
          'RepoSync',
          'repo-sync',
          'shop',
          'spec:\n  sourceType: oci\n  oci: {image: r.example/x, auth: none}\n',
        ),
      ),
    },
    options: { scope: { kind: 'root', name: 'root-sync' } },
    expect: [],
  },
])

defineCases('KNV1056 unmanaged namespaces', [
  {
    name: 'a managed object in a managed: disabled Namespace',
    files: {
      'ns.yaml': obj(
        'v1',
        'Namespace',
        'legacy',
        undefined,
        '  annotations:\n    configmanagement.gke.io/managed: disabled\n',
      ),
      'a.yaml': obj('v1', 'ConfigMap', 'a', 'legacy'),
    },
    expect: ['KNV1056 a.yaml:5'],
  },
  {
    name: 'control: an unmanaged object there passes',
    files: {
      'ns.yaml': obj(
        'v1',
        'Namespace',
        'legacy',
        undefined,
        '  annotations:\n    configmanagement.gke.io/managed: disabled\n',
      ),
      'a.yaml': obj(
        'v1',
        'ConfigMap',
        'a',
        'legacy',
        '  annotations:\n    configmanagement.gke.io/managed: disabled\n',
      ),
    },
    expect: [],
  },
])

test('KNV1058 says where a namespace repo object must go, in Config Sync wording', () => {
  const findings = findingsOf({ 'a.yaml': obj('v1', 'ConfigMap', 'b', 'other') }, { scope: SHOP_REPO_SYNC })
  assert.deepEqual(
    findings.map((f) => f.message),
    ['Resources in the "shop" repo must either omit metadata.namespace or declare metadata.namespace="shop"'],
  )
  const cluster = findingsOf(
    { 'a.yaml': obj('rbac.authorization.k8s.io/v1', 'ClusterRole', 'r') },
    { scope: SHOP_REPO_SYNC },
  )
  assert.match(
    cluster[0]!.message,
    /objects of type rbac\.authorization\.k8s\.io\/v1, Kind=ClusterRole are Cluster-scoped\. Move r to the Root repo\.$/,
  )
})

test('KNV1021 is a warning and never blocks: a duplicate is still found beside it', () => {
  const findings = findingsOf({
    'a.yaml': docs(
      obj('acme.com/v1', 'Anvil', 'a', 'x'),
      obj('v1', 'ConfigMap', 'c', 'x'),
      obj('v1', 'ConfigMap', 'c', 'x'),
    ),
  })
  assert.deepEqual(
    findings.map((f) => `${f.code}:${f.severity}`),
    ['KNV1021:warning', 'KNV1029:error', 'KNV1029:error'],
  )
})
