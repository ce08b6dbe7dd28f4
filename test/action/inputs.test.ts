import assert from 'node:assert/strict'
import { test } from 'node:test'
import { list, lines, parseBoolean, readInputs, requireImage } from '../../src/action/inputs.ts'
import { InputError } from '../../src/errors.ts'

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? ''

test('reads every input into typed fields, resolving paths against the workspace', () => {
  const masked: string[] = []
  const inputs = readInputs(
    reader({
      dir: 'config',
      image: ' ghcr.io/acme/config ',
      tags: 'latest\nv1, v1.2\n\n',
      annotations: 'org.example.team=platform\norg.example.note=a, b',
      ignore: '*.md\n!keep.md',
      username: 'bot',
      password: 's3cret',
      insecure: 'true',
      'ca-file': 'certs/ca.pem',
    }),
    (secret) => masked.push(secret),
    '/work/ws',
  )
  assert.deepEqual(masked, ['s3cret'])
  assert.equal(inputs.dir, '/work/ws/config')
  assert.equal(inputs.image, 'ghcr.io/acme/config')
  assert.deepEqual(inputs.tags, ['latest', 'v1', 'v1.2'])
  assert.deepEqual(inputs.annotations, { 'org.example.team': 'platform', 'org.example.note': 'a, b' })
  assert.deepEqual(inputs.ignore, ['*.md', '!keep.md'])
  assert.equal(inputs.insecure, true)
  assert.equal(inputs.caFile, '/work/ws/certs/ca.pem')
  assert.deepEqual(inputs.credentials, {
    username: 'bot',
    password: 's3cret',
    source: 'the username/password inputs',
  })
})

test('defaults: no credentials, not insecure, no CA file', () => {
  const inputs = readInputs(reader({ dir: '.', image: 'oci-layout:out' }), () => {}, '/ws')
  assert.equal(inputs.dir, '/ws')
  assert.equal(inputs.credentials, undefined)
  assert.equal(inputs.insecure, false)
  assert.equal(inputs.caFile, undefined)
  assert.deepEqual(inputs.tags, [])
})

test('bad inputs are InputErrors that name the input', () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ dir: '', image: 'x' }, /input "dir" is empty/],
    [{ dir: '.', image: 'x', insecure: 'yes' }, /input "insecure" is "yes"/],
    [{ dir: '.', image: 'x', username: 'u' }, /"username" and "password" go together/],
    [{ dir: '.', image: 'x', annotations: 'broken' }, /annotations: "broken" is not key=value/],
    [{ dir: '.', image: 'x', annotations: 'a=1\na=2' }, /given twice/],
    [{ dir: '.', image: 'x', annotations: 'bad key=1' }, /not a valid annotation key/],
  ]
  for (const [values, pattern] of cases) {
    assert.throws(
      () => readInputs(reader(values), () => {}, '/ws'),
      (error: unknown) => error instanceof InputError && pattern.test(error.message),
    )
  }
})

test('image is optional when reading; the modes that push require it, naming the mode', () => {
  const inputs = readInputs(reader({ dir: '.' }), () => {}, '/ws')
  assert.equal(inputs.image, '')
  assert.throws(
    () => requireImage(inputs),
    (error: unknown) =>
      error instanceof InputError &&
      /input "image" is required for mode "publish"/.test(error.message) &&
      /validate-only needs no image/.test(error.hint ?? ''),
  )
  assert.equal(
    requireImage(readInputs(reader({ dir: '.', image: ' ghcr.io/a/b ' }), () => {}, '/ws')),
    'ghcr.io/a/b',
  )
})

test('the password is masked even when another input is bad', () => {
  const masked: string[] = []
  assert.throws(() => readInputs(reader({ dir: '.', password: 'pw' }), (s) => masked.push(s), '/ws'))
  assert.deepEqual(masked, ['pw'])
})

test('list and line splitting, YAML 1.2 booleans', () => {
  assert.deepEqual(lines(' a \r\n\nb,c\n'), ['a', 'b,c'])
  assert.deepEqual(list(' a \r\n\nb,c\n'), ['a', 'b', 'c'])
  for (const t of ['true', 'True', 'TRUE']) assert.equal(parseBoolean(t, 'x'), true)
  for (const f of ['false', 'False', 'FALSE', '']) assert.equal(parseBoolean(f, 'x'), false)
  assert.throws(() => parseBoolean('1', 'x'), InputError)
})

test('refuses a dir outside GITHUB_WORKSPACE, naming the input (issue 15)', () => {
  for (const dir of ['..', '../other', '/etc', 'config/../../x']) {
    assert.throws(
      () => readInputs(reader({ dir, image: 'oci-layout:out' }), () => {}, '/work/ws'),
      (e: unknown) =>
        e instanceof Error &&
        e.message.startsWith(
          `input "dir" is ${JSON.stringify(dir)}, which is outside the workspace /work/ws`,
        ),
    )
  }
  assert.equal(
    readInputs(reader({ dir: '/work/ws/config', image: 'oci-layout:out' }), () => {}, '/work/ws').dir,
    '/work/ws/config',
  )
  assert.equal(
    readInputs(reader({ dir: '..ok', image: 'oci-layout:out' }), () => {}, '/work/ws').dir,
    '/work/ws/..ok',
  )
})
