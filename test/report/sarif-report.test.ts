import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'node:test'
import type { Finding } from '../../src/manifests/finding.ts'
import { describeCode } from '../../src/report/finding-codes.ts'
import { buildSarifLog, renderSarif, SRCROOT, writeSarifFile } from '../../src/report/sarif-report.ts'
import { VERSION } from '../../src/version.ts'
import { tempDirs } from '../harness/tmp.ts'
import { sarifReferenceProblems, sarifShapeProblems } from './sarif-shape.ts'

const temps = tempDirs()
const FINDINGS: Finding[] = [
  {
    code: 'KNV2010',
    severity: 'error',
    file: 'namespaces/shop/b.yaml',
    line: 3,
    message: 'missing "metadata.name"',
  },
  {
    code: 'KNV1058',
    severity: 'error',
    file: 'cluster/role.yaml',
    line: 1,
    message: 'cluster-scoped object in a namespace repo',
  },
  { code: 'CSO2003', severity: 'warning', file: 'crs/widget.yaml', line: 0, message: 'no schema for Widget' },
  { code: 'KNV2010', severity: 'error', file: 'namespaces/shop/a.yaml', line: 7, message: 'missing "kind"' },
  {
    code: 'KNV1061',
    severity: 'warning',
    file: 'with space/ü.yaml',
    line: 2,
    message: 'name longer than 26',
  },
]
const BASE = { dir: '/ws/config', root: '/ws' }

test('the log has SARIF 2.1.0 shape: one run, the driver, rules and located results', () => {
  const log = buildSarifLog(FINDINGS, BASE)
  assert.deepEqual(sarifShapeProblems(log), [])
  assert.deepEqual(sarifReferenceProblems(log as never), [])
  assert.equal(log.version, '2.1.0')
  const { driver } = log.runs[0].tool
  assert.equal(driver.name, 'configsync-oci')
  assert.equal(driver.version, VERSION)
  assert.match(driver.informationUri, /^https:\/\//)
})

test('one rule per code seen, sorted, with its description, help link for KNV codes and strongest level', () => {
  const { rules } = buildSarifLog(FINDINGS, BASE).runs[0].tool.driver
  assert.deepEqual(
    rules.map((r) => r.id),
    ['CSO2003', 'KNV1058', 'KNV1061', 'KNV2010'],
  )
  const knv1058 = rules.find((r) => r.id === 'KNV1058')!
  assert.equal(knv1058.helpUri, 'https://g.co/cloud/acm-errors#knv1058')
  assert.equal(knv1058.shortDescription.text, describeCode('KNV1058').shortDescription)
  const cso = rules.find((r) => r.id === 'CSO2003')!
  assert.equal(cso.helpUri, undefined, 'our own codes have no Config Sync page')
  assert.equal(cso.shortDescription.text, describeCode('CSO2003').shortDescription)
  assert.equal(rules.find((r) => r.id === 'KNV1061')!.defaultConfiguration.level, 'warning')
  assert.equal(rules.find((r) => r.id === 'KNV2010')!.defaultConfiguration.level, 'error')
})

test('results: sorted by file and line, level from severity, URIs relative to %SRCROOT%, lines at least 1', () => {
  const { results } = buildSarifLog(FINDINGS, BASE).runs[0]
  const located = results.map((r) => {
    const { artifactLocation, region } = r.locations[0].physicalLocation
    assert.equal(artifactLocation.uriBaseId, SRCROOT)
    return `${r.ruleId} ${r.level} ${artifactLocation.uri}:${region.startLine} ${r.message.text}`
  })
  assert.deepEqual(located, [
    'KNV1058 error config/cluster/role.yaml:1 cluster-scoped object in a namespace repo',
    'CSO2003 warning config/crs/widget.yaml:1 no schema for Widget',
    'KNV2010 error config/namespaces/shop/a.yaml:7 missing "kind"',
    'KNV2010 error config/namespaces/shop/b.yaml:3 missing "metadata.name"',
    'KNV1061 warning config/with%20space/%C3%BC.yaml:2 name longer than 26',
  ])
})

test('a directory outside the root is its own root, so no URI climbs out of %SRCROOT%', () => {
  const log = buildSarifLog(FINDINGS.slice(0, 1), { dir: '/elsewhere/config', root: '/ws' })
  assert.equal(
    log.runs[0].results[0]!.locations[0].physicalLocation.artifactLocation.uri,
    'namespaces/shop/b.yaml',
  )
  const same = buildSarifLog(FINDINGS.slice(0, 1), { dir: '/ws', root: '/ws' })
  assert.equal(
    same.runs[0].results[0]!.locations[0].physicalLocation.artifactLocation.uri,
    'namespaces/shop/b.yaml',
  )
  const sibling = buildSarifLog(FINDINGS.slice(0, 1), { dir: '/ws/..config', root: '/ws' })
  assert.equal(
    sibling.runs[0].results[0]!.locations[0].physicalLocation.artifactLocation.uri,
    '..config/namespaces/shop/b.yaml',
  )
})

test('no findings: a valid log with no rules and no results (it clears earlier alerts)', () => {
  const log = buildSarifLog([], BASE)
  assert.deepEqual(sarifShapeProblems(log), [])
  assert.deepEqual(log.runs[0].results, [])
  assert.deepEqual(log.runs[0].tool.driver.rules, [])
})

test('the shape check catches what upload-sarif would refuse', () => {
  const good = JSON.parse(renderSarif(FINDINGS, BASE)) as { runs: { results: Record<string, unknown>[] }[] }
  const mutations: [string, (log: typeof good) => void][] = [
    [
      'line 0',
      (l) =>
        ((
          l.runs[0]!.results[0]!['locations'] as { physicalLocation: { region: { startLine: number } } }[]
        )[0]!.physicalLocation.region.startLine = 0),
    ],
    ['level info', (l) => (l.runs[0]!.results[0]!['level'] = 'info')],
    ['no message', (l) => delete l.runs[0]!.results[0]!['message']],
    ['misspelt property', (l) => (l.runs[0]!.results[0]!['ruleID'] = 'x')],
    [
      'absolute uri',
      (l) =>
        ((
          l.runs[0]!.results[0]!['locations'] as { physicalLocation: { artifactLocation: { uri: string } } }[]
        )[0]!.physicalLocation.artifactLocation.uri = '/ws/a.yaml'),
    ],
  ]
  for (const [name, mutate] of mutations) {
    const log = structuredClone(good)
    mutate(log)
    assert.notDeepEqual(sarifShapeProblems(log), [], name)
  }
})

test('unknown codes keep a description; KNV codes link to Config Sync error docs', () => {
  assert.deepEqual(describeCode('KNV9999'), {
    shortDescription: 'Config Sync error KNV9999',
    helpUri: 'https://g.co/cloud/acm-errors#knv9999',
  })
  assert.deepEqual(describeCode('CSO9999'), { shortDescription: 'configsync-oci check CSO9999' })
  assert.match(describeCode('CSO1001').shortDescription, /Secret/)
})

test('writeSarifFile creates the directory and writes parseable JSON', async () => {
  const dir = await temps.make('sarif')
  const path = join(dir, 'reports', 'nested', 'findings.sarif')
  await writeSarifFile(path, FINDINGS, BASE)
  const log = JSON.parse(await readFile(path, 'utf8')) as unknown
  assert.deepEqual(sarifShapeProblems(log), [])
  assert.deepEqual(log, JSON.parse(renderSarif(FINDINGS, BASE)))
})
