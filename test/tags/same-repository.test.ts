import assert from 'node:assert/strict'
import { test } from 'node:test'
import { InputError } from '../../src/errors.ts'
import { namedReference, sameRepositoryReference } from '../../src/registry/image-store.ts'

const DIGEST = `sha256:${'ab'.repeat(32)}`

test('compare-with and from: a tag, a digest or a full reference of the image repository', () => {
  const rows: [string, string, string][] = [
    ['ghcr.io/acme/config', 'main', 'main'],
    ['ghcr.io/acme/config', DIGEST, DIGEST],
    ['ghcr.io/acme/config', `@${DIGEST}`, DIGEST],
    ['ghcr.io/acme/config:v1', 'ghcr.io/acme/config:main', 'main'],
    ['ghcr.io/acme/config', `ghcr.io/acme/config@${DIGEST}`, DIGEST],
    ['oci-layout:out:v1', 'oci-layout:out:main', 'main'],
    ['oci-layout:out', `oci-layout:out@${DIGEST}`, DIGEST],
  ]
  for (const [image, value, expected] of rows)
    assert.equal(sameRepositoryReference(image, value, 'compare-with'), expected, `${image} ${value}`)
})

test('another repository, a bare repository or a bad tag is an input error naming the input', () => {
  for (const value of [
    'ghcr.io/acme/other:main',
    'ghcr.io/acme/config',
    'bad tag!',
    'oci-layout:elsewhere:main',
  ]) {
    assert.throws(
      () => sameRepositoryReference('ghcr.io/acme/config', value, 'compare-with'),
      (e: unknown) => e instanceof InputError && /compare-with/.test(e.message),
      value,
    )
  }
})

test('namedReference reads the tag or digest of registry and layout references', () => {
  assert.equal(namedReference('127.0.0.1:5000/a/b:v1', 'image'), 'v1')
  assert.equal(namedReference('127.0.0.1:5000/a/b', 'image'), undefined)
  assert.equal(namedReference('oci-layout:dir/x:demo', 'image'), 'demo')
  assert.equal(namedReference(`oci-layout:dir/x@${DIGEST}`, 'image'), DIGEST)
})
