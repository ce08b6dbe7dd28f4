import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { after, test } from 'node:test'
import { writeSyntheticRepo } from '../../../bench/synthetic-repo.ts'
import { formatFinding, SEVERITY } from '../../../src/manifests/finding.ts'
import { checkSchemas } from '../../../src/manifests/schema/schema-check.ts'
import { makeTempDir, removeDir } from '../../harness/tmp.ts'
import { loadObjects } from './load-objects.ts'

// No false positives: valid sync roots (our own in test/fixtures/corpus, or the corpus CONFIGSYNC_OCI_CORPUS
// names, as .ci/run does with the shared conformance corpus), and the benchmark's synthetic repository.
const fixtures = resolve(import.meta.dirname, '../../fixtures/corpus')
const corpus = resolve(
  import.meta.dirname,
  '../../..',
  process.env['CONFIGSYNC_OCI_CORPUS'] ?? 'test/fixtures/corpus',
)
const entries: { name: string; dir: string; sourceFormat: 'unstructured' | 'hierarchy' }[] = existsSync(
  join(corpus, 'index.json'),
)
  ? JSON.parse(readFileSync(join(corpus, 'index.json'), 'utf8'))
  : []
let synthetic = ''
after(async () => {
  if (synthetic !== '') await removeDir(synthetic)
})

test('the corpus index is present', async () => {
  assert.ok(entries.length >= 7, `expected the corpus at ${corpus}`)
})

for (const entry of entries) {
  test(`schema checks find no errors in corpus ${entry.name}`, async () => {
    const objects = await loadObjects(join(corpus, entry.dir), entry.sourceFormat)
    const errors = (await checkSchemas(objects)).filter((f) => f.severity === SEVERITY.error)
    assert.deepEqual(errors.map(formatFinding), [])
    assert.ok(objects.length > 0)
  })
}

test("the shop root's Prometheus CR is checked against the CRD declared beside it", async () => {
  const objects = await loadObjects(join(fixtures, 'shop-root'))
  const prometheus = objects.find((o) => o.object['kind'] === 'Prometheus')
  assert.ok(prometheus !== undefined)
  const spec = prometheus.object['spec'] as Record<string, unknown>
  const broken = { ...prometheus, object: { ...prometheus.object, spec: { ...spec, replicaz: 1 } } }
  const findings = await checkSchemas([...objects.filter((o) => o !== prometheus), broken])
  assert.deepEqual(
    findings.filter((f) => f.code === 'CSO2001').map((f) => f.message.replace(/^\S+ \S+: /, '')),
    ['unknown field "spec.replicaz"; did you mean "replicas"?'],
  )
})

test('schema checks find nothing in the 5,015-file synthetic benchmark repository', async () => {
  synthetic = await makeTempDir('schema-synthetic')
  assert.equal(await writeSyntheticRepo(synthetic), 5015)
  const objects = await loadObjects(synthetic)
  assert.equal(objects.length, 5015)
  assert.deepEqual((await checkSchemas(objects)).map(formatFinding), [])
})
