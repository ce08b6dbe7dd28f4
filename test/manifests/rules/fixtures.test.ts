import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { collectSource } from '../../../src/manifests/collect.ts'
import { SEVERITY } from '../../../src/manifests/finding.ts'
import { loadAndValidate, type ValidationOptions } from '../../../src/manifests/validate.ts'
import { SHOP_REPO_SYNC, where } from './rules-harness.ts'

// Each fixture is a whole source directory (see test/fixtures/validation/README.md).
const FIXTURES = join(import.meta.dirname, '../../fixtures/validation')

const cases: ReadonlyArray<{ dir: string; options?: ValidationOptions; expect: readonly string[] }> = [
  { dir: 'root-pass', expect: [] },
  {
    dir: 'root-raw-fail',
    expect: [
      'KNV1048 crds.yaml:5',
      'KNV1065 crds.yaml:17',
      'KNV1043 crds.yaml:24',
      'KNV1050 kinds.yaml:2',
      'KNV1032 kinds.yaml:9',
      'KNV1043 kinds.yaml:14',
      'KNV1010 metadata.yaml:8',
      'KNV1011 metadata.yaml:10',
      'KNV1005 metadata.yaml:19',
      'KNV1054 metadata.yaml:27',
      'KNV1036 names.yaml:5',
      'KNV1055 names.yaml:12',
      'KNV1034 names.yaml:17',
      'KNV1045 names.yaml:24',
      'KNV1045 names.yaml:25',
      'CSO1001 secret.yaml:7',
      'KNV1004 selectors.yaml:7',
      'KNV1029 selectors.yaml:14',
      'KNV1029 selectors.yaml:21',
      'KNV1069 sync.yaml:5',
      'KNV1061 sync.yaml:9',
    ],
  },
  {
    dir: 'root-final-fail',
    expect: ['KNV1029 duplicates.yaml:5', 'KNV1029 duplicates.yaml:11', 'KNV1056 unmanaged.yaml:13'],
  },
  { dir: 'root-apply-fail', expect: ['KNV2009 ordering.yaml:8', 'KNV1021 ordering.yaml:11'] },
  { dir: 'repo-sync-pass', options: { scope: SHOP_REPO_SYNC }, expect: [] },
  {
    dir: 'repo-sync-fail',
    options: { scope: SHOP_REPO_SYNC },
    expect: ['KNV1058 cluster-scoped.yaml:3', 'KNV1058 cluster-scoped.yaml:8'],
  },
  { dir: 'repo-sync-fail-namespace', options: { scope: SHOP_REPO_SYNC }, expect: ['KNV1058 other.yaml:6'] },
  { dir: 'hierarchy-pass', options: { sourceFormat: 'hierarchy' }, expect: [] },
  {
    dir: 'hierarchy-fail',
    options: { sourceFormat: 'hierarchy' },
    expect: [
      'KNV1044 namespaces/eng/team-config.yaml:2',
      'KNV1044 namespaces/eng/web/config.yaml:2',
      'KNV1041 system/hierarchy-config.yaml:9',
      'KNV1042 system/hierarchy-config.yaml:11',
    ],
  },
]

for (const c of cases) {
  test(`fixture ${c.dir}: exact findings`, async () => {
    const result = await loadAndValidate(await collectSource(join(FIXTURES, c.dir)), {
      ...c.options,
      schemaChecks: false,
    })
    assert.deepEqual(result.findings.map(where), c.expect)
  })
}

test('fixture root-pass read api-resources.txt: without it the cert-manager kinds are unknown (KNV1021 warnings)', async () => {
  const tree = await collectSource(join(FIXTURES, 'root-pass'))
  const without = { ...tree, entries: tree.entries.filter((e) => e.path !== 'api-resources.txt') }
  const result = await loadAndValidate(without, { schemaChecks: false })
  assert.deepEqual(result.findings.map(where), [
    'KNV1021 namespaces/shop-app.yaml:18',
    'KNV1021 namespaces/shop-app.yaml:24',
  ])
  assert.ok(result.findings.every((f) => f.severity === SEVERITY.warning))
})

test('fixture root-pass synced by RepoSync shop/repo-sync: the repo declares that RepoSync (KNV1069), which stops validation', async () => {
  const result = await loadAndValidate(await collectSource(join(FIXTURES, 'root-pass')), {
    schemaChecks: false,
    scope: SHOP_REPO_SYNC,
  })
  assert.deepEqual(result.findings.map(where), ['KNV1069 platform/rsyncs.yaml:19'])
})
