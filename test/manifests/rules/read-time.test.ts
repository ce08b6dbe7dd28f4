import assert from 'node:assert/strict'
import { test } from 'node:test'
import { defineCases, docs, findingsOf, obj } from './rules-harness.ts'

defineCases('KNV1054', [
  {
    name: 'an unquoted boolean annotation, at its own line',
    files: {
      'a.yaml': obj('v1', 'ConfigMap', 'a', 'x', '  annotations:\n    ok: "true"\n    enabled: true\n'),
    },
    expect: ['KNV1054 a.yaml:8'],
  },
  {
    name: 'YAML 1.1 octal and yes/no labels are non-strings, each reported',
    files: { 'a.yaml': obj('v1', 'ConfigMap', 'a', 'x', '  labels:\n    mode: 0644\n    on-call: yes\n') },
    expect: ['KNV1054 a.yaml:7', 'KNV1054 a.yaml:8'],
  },
  {
    name: 'a null value is not a string either',
    files: { 'a.yaml': obj('v1', 'ConfigMap', 'a', 'x', '  annotations:\n    note:\n') },
    expect: ['KNV1054 a.yaml:7'],
  },
  {
    name: 'control: quoted values pass',
    files: {
      'a.yaml': obj(
        'v1',
        'ConfigMap',
        'a',
        'x',
        '  labels:\n    mode: "0644"\n    on-call: "yes"\n  annotations:\n    enabled: "true"\n',
      ),
    },
    expect: [],
  },
])

defineCases('KNV1045 status', [
  {
    name: 'a status block, at the status line',
    files: { 'a.yaml': obj('apps/v1', 'Deployment', 'web', 'x', 'status:\n  replicas: 1\n') },
    expect: ['KNV1045 a.yaml:6'],
  },
  {
    name: 'control: an empty status and a configmanagement.gke.io status pass',
    files: {
      'a.yaml': docs(
        obj('apps/v1', 'Deployment', 'web', 'x', 'status: {}\n'),
        obj(
          'configmanagement.gke.io/v1',
          'ClusterSelector',
          's',
          undefined,
          'spec:\n  selector:\n    matchLabels: {a: b}\nstatus:\n  x: 1\n',
        ),
      ),
    },
    expect: [],
  },
])

test('KNV1054 names the key and why YAML made it a non-string', () => {
  const [f] = findingsOf({ 'a.yaml': obj('v1', 'ConfigMap', 'a', 'x', '  annotations:\n    enabled: on\n') })
  assert.match(
    f!.message,
    /^Values in metadata\.annotations MUST be strings\. To fix, add quotes around the values\. Non-string value for metadata\.annotations\.enabled: a boolean/,
  )
})

test('an object that fails a read-time check stops there, and nothing after the raw validators runs', () => {
  const files = {
    'a.yaml': obj('v1', 'ConfigMap', 'a', 'x', '  labels:\n    configsync.gke.io/x: "1"\n    n: 1\n'),
    'b.yaml': docs(obj('v1', 'ConfigMap', 'dup', 'x'), obj('v1', 'ConfigMap', 'dup', 'x')),
  }
  // a.yaml: only KNV1054 (its reserved label is never looked at); b.yaml's duplicates are a final-stage check.
  assert.deepEqual(
    findingsOf(files).map((f) => `${f.code} ${f.file}:${f.line}`),
    ['KNV1054 a.yaml:8'],
  )
})
