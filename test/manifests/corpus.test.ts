import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { test } from 'node:test'
import { collectSource } from '../../src/manifests/collect.ts'
import { formatFinding, SEVERITY } from '../../src/manifests/finding.ts'
import { loadAndValidate, type SyncScope } from '../../src/manifests/validate.ts'

// Our own sync roots (test/fixtures/corpus/README.md); CONFIGSYNC_OCI_CORPUS points the same checks at
// another corpus of the same shape, as .ci/run does with the shared conformance corpus when it exists.
const repoRoot = resolve(import.meta.dirname, '../..')
const corpus = resolve(repoRoot, process.env['CONFIGSYNC_OCI_CORPUS'] ?? 'test/fixtures/corpus')

interface CorpusEntry {
  readonly name: string
  readonly dir: string
  readonly sourceFormat: 'unstructured' | 'hierarchy'
  /** The RootSync name (root repo) or `NAMESPACE/NAME` of the RepoSync (namespace repo); exactly one is set. */
  readonly rootSync: string | null
  readonly repoSync: string | null
}

/** The sync scope an entry is published for, as index.json states it. */
function scopeOf(entry: CorpusEntry): SyncScope {
  if (entry.repoSync === null) return { kind: 'root', name: entry.rootSync ?? 'root-sync' }
  const [namespace = '', name = ''] = entry.repoSync.split('/')
  return { kind: 'namespace', namespace, name }
}

test(`the corpus index is present (${corpus})`, () => {
  assert.ok(existsSync(join(corpus, 'index.json')), `expected the corpus at ${corpus}`)
})

const entries: CorpusEntry[] = existsSync(join(corpus, 'index.json'))
  ? JSON.parse(readFileSync(join(corpus, 'index.json'), 'utf8'))
  : []

for (const entry of entries) {
  test(`corpus ${entry.name} (${entry.sourceFormat}, ${entry.repoSync ?? 'root'}) has no error findings`, async () => {
    const result = await loadAndValidate(await collectSource(join(corpus, entry.dir)), {
      sourceFormat: entry.sourceFormat,
      scope: scopeOf(entry),
    })
    const errors = result.findings.filter((f) => f.severity === SEVERITY.error)
    assert.deepEqual(errors.map(formatFinding), [])
    assert.ok(result.objects.length > 0)
  })
}
