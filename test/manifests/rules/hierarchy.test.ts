import assert from 'node:assert/strict'
import { test } from 'node:test'
import { REPO, defineCases, findingsOf, obj, type Case, type Files } from './rules-harness.ts'

const H = { sourceFormat: 'hierarchy' } as const
const ns = (name: string, labels = ''): string =>
  obj('v1', 'Namespace', name, undefined, labels === '' ? '' : `  labels: {${labels}}\n`)
const cm = (name: string, namespace?: string, extra = ''): string =>
  obj('v1', 'ConfigMap', name, namespace, extra)
const rb = (name: string, extra = ''): string =>
  obj(
    'rbac.authorization.k8s.io/v1',
    'RoleBinding',
    name,
    undefined,
    `${extra}roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}\n`,
  )
const hc = (resources: string): string =>
  obj('configmanagement.gke.io/v1', 'HierarchyConfig', 'hc', undefined, `spec:\n  resources:\n${resources}`)
const selector = (name: string, spec: string): string =>
  obj('configmanagement.gke.io/v1', 'NamespaceSelector', name, undefined, `spec:\n${spec}`)
const SHOP: Files = { ...REPO, 'namespaces/shop/ns.yaml': ns('shop') }

const hierarchy = (cases: Case[]): Case[] => cases.map((c) => ({ ...c, options: { ...H, ...c.options } }))

defineCases(
  'hierarchy Repo',
  hierarchy([
    {
      name: 'KNV1017 no Repo',
      files: { 'namespaces/shop/ns.yaml': ns('shop') },
      expect: ['KNV1017 system/:0'],
    },
    {
      name: 'KNV2012 two Repos',
      files: {
        ...SHOP,
        'system/other.yaml': obj(
          'configmanagement.gke.io/v1',
          'Repo',
          'other',
          undefined,
          'spec:\n  version: "1.0.0"\n',
        ),
      },
      expect: ['KNV2012 system/other.yaml:1', 'KNV2012 system/repo.yaml:1'],
    },
    {
      name: 'KNV1027 an unsupported version',
      files: {
        ...SHOP,
        'system/repo.yaml': obj(
          'configmanagement.gke.io/v1',
          'Repo',
          'repo',
          undefined,
          'spec:\n  version: "2.0.0"\n',
        ),
      },
      expect: ['KNV1027 system/repo.yaml:6'],
    },
    {
      name: 'control: version 0.1.0 is still accepted',
      files: {
        ...SHOP,
        'system/repo.yaml': obj(
          'configmanagement.gke.io/v1',
          'Repo',
          'repo',
          undefined,
          'spec:\n  version: "0.1.0"\n',
        ),
      },
      expect: [],
    },
  ]),
)

defineCases(
  'hierarchy directories',
  hierarchy([
    {
      name: 'KNV1019 a Namespace directly in namespaces/',
      files: { ...REPO, 'namespaces/ns.yaml': ns('shop') },
      expect: ['KNV1019 namespaces/ns.yaml:4'],
    },
    {
      name: 'KNV1020 a Namespace named unlike its directory',
      files: { ...REPO, 'namespaces/shop/ns.yaml': ns('store') },
      expect: ['KNV1020 namespaces/shop/ns.yaml:4'],
    },
    {
      name: 'KNV1009 metadata.namespace unlike the directory',
      files: { ...SHOP, 'namespaces/shop/cm.yaml': cm('c', 'store') },
      expect: ['KNV1009 namespaces/shop/cm.yaml:5'],
    },
    {
      name: 'KNV1057 an HNC depth label',
      files: {
        ...SHOP,
        'namespaces/shop/cm.yaml': cm('c', undefined, '  labels:\n    shop.tree.hnc.x-k8s.io/depth: "0"\n'),
      },
      expect: ['KNV1057 namespaces/shop/cm.yaml:6'],
    },
    {
      name: 'KNV1039 a ClusterRole in namespaces/',
      files: { ...SHOP, 'namespaces/cr.yaml': obj('rbac.authorization.k8s.io/v1', 'ClusterRole', 'r') },
      expect: ['KNV1039 namespaces/cr.yaml:1'],
    },
    {
      name: 'KNV1039 a ConfigMap in cluster/',
      files: { ...SHOP, 'cluster/cm.yaml': cm('c') },
      expect: ['KNV1039 cluster/cm.yaml:1'],
    },
    {
      name: 'KNV1039 a HierarchyConfig outside system/',
      files: { ...SHOP, 'cluster/hc.yaml': hc('  - {group: "", kinds: [ConfigMap]}\n') },
      expect: ['KNV1039 cluster/hc.yaml:1'],
    },
    {
      name: 'KNV1039 a ClusterSelector outside clusterregistry/',
      files: {
        ...SHOP,
        'cluster/s.yaml': obj(
          'configmanagement.gke.io/v1',
          'ClusterSelector',
          's',
          undefined,
          'spec:\n  selector:\n    matchLabels: {a: b}\n',
        ),
      },
      expect: ['KNV1039 cluster/s.yaml:1'],
    },
    {
      name: 'control: every kind in its place passes; files outside the four directories are never read',
      files: {
        ...SHOP,
        'cluster/cr.yaml': obj('rbac.authorization.k8s.io/v1', 'ClusterRole', 'r'),
        'clusterregistry/s.yaml': obj(
          'configmanagement.gke.io/v1',
          'ClusterSelector',
          's',
          undefined,
          'spec:\n  selector:\n    matchLabels: {a: b}\n',
        ),
        'namespaces/shop/cm.yaml': cm('c', 'shop'),
        'system/hc.yaml': hc('  - {group: "", kinds: [ConfigMap]}\n'),
      },
      expect: [],
    },
  ]),
)

defineCases(
  'hierarchy tree',
  hierarchy([
    {
      name: 'KNV1003 a Namespace directory with a subdirectory',
      files: { ...SHOP, 'namespaces/shop/sub/cm.yaml': cm('c') },
      expect: ['KNV1003 namespaces/shop/ns.yaml:1'],
    },
    {
      name: 'KNV1044 a leaf directory without a Namespace',
      files: { ...SHOP, 'namespaces/eng/cm.yaml': cm('c') },
      expect: ['KNV1044 namespaces/eng/cm.yaml:1'],
    },
    {
      name: 'KNV1044 an abstract directory whose subdirectories hold no Namespace',
      files: { ...SHOP, 'namespaces/eng/cm.yaml': cm('c'), 'namespaces/eng/team/cm.yaml': cm('d') },
      expect: ['KNV1044 namespaces/eng/cm.yaml:1', 'KNV1044 namespaces/eng/team/cm.yaml:1'],
    },
    {
      name: 'KNV2012 two Namespaces in one directory',
      files: { ...SHOP, 'namespaces/shop/again.yaml': ns('shop') },
      expect: ['KNV2012 namespaces/shop/again.yaml:1', 'KNV2012 namespaces/shop/ns.yaml:1'],
    },
    {
      name: 'KNV1029 an inherited object colliding with one in the Namespace directory',
      files: { ...SHOP, 'namespaces/rb.yaml': rb('viewers'), 'namespaces/shop/rb.yaml': rb('viewers') },
      expect: ['KNV1029 namespaces/rb.yaml:4', 'KNV1029 namespaces/shop/rb.yaml:4'],
    },
    {
      name: 'control: abstract objects inherited by every Namespace below pass',
      files: {
        ...SHOP,
        'namespaces/rb.yaml': rb('viewers'),
        'namespaces/eng/cm.yaml': cm('c'),
        'namespaces/eng/web/ns.yaml': ns('web'),
        'namespaces/eng/api/ns.yaml': ns('api'),
      },
      expect: [],
    },
  ]),
)

defineCases(
  'hierarchy NamespaceSelectors',
  hierarchy([
    {
      name: 'KNV1038 a NamespaceSelector in a Namespace directory',
      files: { ...SHOP, 'namespaces/shop/s.yaml': selector('s', '  selector:\n    matchLabels: {a: b}\n') },
      expect: ['KNV1038 namespaces/shop/s.yaml:1'],
    },
    {
      name: "KNV1013 a selector outside the object's ancestors",
      files: {
        ...SHOP,
        'namespaces/eng/s.yaml': selector('s', '  selector:\n    matchLabels: {a: b}\n'),
        'namespaces/eng/web/ns.yaml': ns('web'),
        'namespaces/retail/cm.yaml': cm(
          'c',
          undefined,
          '  annotations:\n    configmanagement.gke.io/namespace-selector: s\n',
        ),
        'namespaces/retail/store/ns.yaml': ns('store'),
      },
      expect: ['KNV1013 namespaces/retail/cm.yaml:6'],
    },
    {
      name: 'KNV1053 a namespace-selector on an object in a Namespace directory (which supplies its namespace)',
      files: {
        ...SHOP,
        'namespaces/s.yaml': selector('s', '  selector:\n    matchLabels: {a: b}\n'),
        'namespaces/shop/cm.yaml': cm(
          'c',
          undefined,
          '  annotations:\n    configmanagement.gke.io/namespace-selector: s\n',
        ),
      },
      expect: ['KNV1053 namespaces/shop/cm.yaml:3'],
    },
    {
      name: 'KNV1014 the dynamic mode',
      files: {
        ...SHOP,
        'namespaces/s.yaml': selector('s', '  mode: dynamic\n  selector:\n    matchLabels: {a: b}\n'),
      },
      expect: ['KNV1014 namespaces/s.yaml:6'],
    },
    {
      name: 'control: a selector in an ancestor keeps only the matching copies, so no duplicate arises',
      files: {
        ...REPO,
        'namespaces/s.yaml': selector('prod', '  selector:\n    matchLabels: {env: prod}\n'),
        'namespaces/q.yaml': cm(
          'limits',
          undefined,
          '  annotations:\n    configmanagement.gke.io/namespace-selector: prod\n',
        ),
        'namespaces/a/ns.yaml': ns('a', 'env: prod'),
        'namespaces/b/ns.yaml': ns('b', 'env: dev'),
        'namespaces/b/q.yaml': cm('limits'),
      },
      expect: [],
    },
  ]),
)

defineCases(
  'HierarchyConfig',
  hierarchy([
    {
      name: 'KNV1041 a HierarchyConfig listing Namespace',
      files: { ...SHOP, 'system/hc.yaml': hc('  - {group: "", kinds: [Namespace]}\n') },
      expect: ['KNV1041 system/hc.yaml:7'],
    },
    {
      name: 'KNV1042 an unknown hierarchyMode',
      files: {
        ...SHOP,
        'system/hc.yaml': hc('  - {group: "", kinds: [ConfigMap], hierarchyMode: sometimes}\n'),
      },
      expect: ['KNV1042 system/hc.yaml:7'],
    },
    {
      name: 'KNV1046 a HierarchyConfig listing a kind declared in cluster/',
      files: {
        ...SHOP,
        'system/hc.yaml': hc('  - group: rbac.authorization.k8s.io\n    kinds: [ClusterRole]\n'),
        'cluster/cr.yaml': obj('rbac.authorization.k8s.io/v1', 'ClusterRole', 'r'),
      },
      expect: ['KNV1046 system/hc.yaml:8'],
    },
    {
      name: 'KNV1007 an object in an abstract directory whose kind has hierarchyMode none',
      files: {
        ...SHOP,
        'system/hc.yaml': hc(
          '  - group: rbac.authorization.k8s.io\n    kinds: [RoleBinding]\n    hierarchyMode: none\n',
        ),
        'namespaces/rb.yaml': rb('viewers'),
      },
      expect: ['KNV1007 namespaces/rb.yaml:1'],
    },
    {
      name: 'control: hierarchyMode none for a kind only in Namespace directories passes',
      files: {
        ...SHOP,
        'system/hc.yaml': hc(
          '  - group: rbac.authorization.k8s.io\n    kinds: [RoleBinding]\n    hierarchyMode: none\n',
        ),
        'namespaces/shop/rb.yaml': rb('viewers'),
      },
      expect: [],
    },
  ]),
)

test('a namespace repo cannot use the hierarchy format', () => {
  const findings = findingsOf(SHOP, {
    sourceFormat: 'hierarchy',
    scope: { kind: 'namespace', namespace: 'shop', name: 'repo-sync' },
  })
  assert.deepEqual(
    findings.map((f) => `${f.code} ${f.file}:${f.line}`),
    ['KNV1061 .:0'],
  )
})

test('KNV1044 and KNV1003 messages name the directories', () => {
  const [leaf] = findingsOf({ ...SHOP, 'namespaces/eng/cm.yaml': cm('c') }, H)
  assert.match(leaf!.message, /^The directory "eng" has configs, but is missing a Namespace config\./)
  const [sub] = findingsOf({ ...SHOP, 'namespaces/shop/sub/cm.yaml': cm('c') }, H)
  assert.match(sub!.message, /Restructure "shop" so that it does not have subdirectory "sub"/)
})
