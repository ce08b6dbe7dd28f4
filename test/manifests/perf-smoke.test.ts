import assert from 'node:assert/strict'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { collectSource } from '../../src/manifests/collect.ts'
import { loadAndValidate } from '../../src/manifests/validate.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'

// A smoke test only: it proves 5,000 files go through without asserting on
// time, which the benchmarks in bench/ measure on their own.
const FILES = 5000
const NAMESPACES = 20
let root = ''
after(async () => {
  if (root !== '') await removeDir(root)
})

function manifest(i: number, ns: string): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: app-${i}`,
    `  namespace: ${ns}`,
    '  labels: {app: web, tier: backend}',
    'spec:',
    `  replicas: ${1 + (i % 3)}`,
    // apps/v1 requires a selector (the schema checks say so); it must match the template's labels.
    '  selector: {matchLabels: {app: web}}',
    '  template:',
    '    metadata: {labels: {app: web}}',
    '    spec:',
    '      containers:',
    `        - name: main`,
    `          image: registry.example/app:${i}`,
    '          ports: [{containerPort: 8080}]',
    '',
  ].join('\n')
}

test('5,000 small manifests are collected, parsed and validated', async () => {
  root = await makeTempDir('perf-smoke')
  for (let n = 0; n < NAMESPACES; n++) await mkdir(join(root, `ns-${n}`))
  for (let i = 0; i < FILES; i++) {
    const ns = `ns-${i % NAMESPACES}`
    await writeFile(join(root, ns, `app-${i}.yaml`), manifest(i, ns))
  }
  const tree = await collectSource(root)
  const result = await loadAndValidate(tree)
  assert.equal(tree.fileCount, FILES)
  assert.equal(result.manifestFiles, FILES)
  assert.equal(result.objects.length, FILES)
  // The one finding: more files than oci-sync can hold open at once (CONFIG-SYNC.md §0), with the number.
  assert.deepEqual(
    result.findings.map((f) => [f.code, f.severity, f.file]),
    [['CSO3003', 'warning', '.']],
  )
  assert.match(result.findings[0]?.message ?? '', /holds 5000 files/)
})
