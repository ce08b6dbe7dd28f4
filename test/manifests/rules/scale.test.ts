import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { ManifestObject } from '../../../src/manifests/parse.ts'
import { validateObjects } from '../../../src/manifests/validate.ts'

// Objects built without YAML, so the test measures the rules, not the parser.
function objects(count: number, make: (i: number) => Record<string, unknown>): ManifestObject[] {
  return Array.from({ length: count }, (_, i) => ({
    file: `f${i % 100}.yaml`,
    line: i + 1,
    object: make(i),
    locate: () => i + 1,
  }))
}

test('130,000 findings come out whole: nothing spreads them into one call', () => {
  // Each object is of a kind nothing offline knows: one KNV1021 warning each.
  const found = validateObjects(
    objects(130_000, (i) => ({
      apiVersion: 'acme.com/v1',
      kind: 'Widget',
      metadata: { name: `w${i}`, namespace: 'x' },
    })),
  )
  assert.equal(found.length, 130_000)
  assert.ok(found.every((f) => f.code === 'KNV1021'))
})

test('an abstract directory with 120,000 objects is inherited into a Namespace', () => {
  const many = objects(120_000, (i) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: `c${i}` },
  })).map((o) => ({ ...o, file: 'namespaces/all.yaml' }))
  const repo = {
    file: 'system/repo.yaml',
    line: 1,
    object: {
      apiVersion: 'configmanagement.gke.io/v1',
      kind: 'Repo',
      metadata: { name: 'repo' },
      spec: { version: '1.0.0' },
    },
    locate: () => 1,
  }
  const ns = {
    file: 'namespaces/shop/ns.yaml',
    line: 1,
    object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } },
    locate: () => 1,
  }
  assert.deepEqual(validateObjects([repo, ns, ...many], { sourceFormat: 'hierarchy' }), [])
})

test('20,000 duplicate pairs are found in linear time, each naming its twin', () => {
  const pairs = objects(40_000, (i) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: `c${i >> 1}`, namespace: 'x' },
  }))
  const found = validateObjects(pairs)
  assert.equal(found.length, 40_000)
  assert.ok(found.every((f) => f.code === 'KNV1029' && /also declared at f\d+\.yaml:\d+$/.test(f.message)))
})
