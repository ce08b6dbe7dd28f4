import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { InputError } from '../../src/errors.ts'
import {
  isDigest,
  isLoopbackHost,
  parseImageReference,
  registryApiHost,
  repositoryName,
  validateTag,
  type ImageReference,
} from '../../src/registry/image-reference.ts'

const HEX = 'a'.repeat(64)
const DIGEST = `sha256:${HEX}`

describe('parseImageReference', () => {
  const valid: [string, ImageReference][] = [
    ['nginx', { registry: 'docker.io', repository: 'library/nginx' }],
    ['nginx:1.27', { registry: 'docker.io', repository: 'library/nginx', tag: '1.27' }],
    ['library/nginx', { registry: 'docker.io', repository: 'library/nginx' }],
    ['docker.io/nginx', { registry: 'docker.io', repository: 'library/nginx' }],
    ['index.docker.io/team/app', { registry: 'docker.io', repository: 'team/app' }],
    ['team/app:v1', { registry: 'docker.io', repository: 'team/app', tag: 'v1' }],
    [
      'us-docker.pkg.dev/proj/repo/img:v1',
      { registry: 'us-docker.pkg.dev', repository: 'proj/repo/img', tag: 'v1' },
    ],
    ['127.0.0.1:5000/test/app', { registry: '127.0.0.1:5000', repository: 'test/app' }],
    ['127.0.0.1:5000/test/app:v1', { registry: '127.0.0.1:5000', repository: 'test/app', tag: 'v1' }],
    ['localhost/app', { registry: 'localhost', repository: 'app' }],
    ['localhost:5000/a/b/c:latest', { registry: 'localhost:5000', repository: 'a/b/c', tag: 'latest' }],
    ['[::1]:5000/app:v2', { registry: '[::1]:5000', repository: 'app', tag: 'v2' }],
    ['Registry.Example.com/app', { registry: 'Registry.Example.com', repository: 'app' }],
    [`ghcr.io/o/r@${DIGEST}`, { registry: 'ghcr.io', repository: 'o/r', digest: DIGEST }],
    [`ghcr.io/o/r:v1@${DIGEST}`, { registry: 'ghcr.io', repository: 'o/r', tag: 'v1', digest: DIGEST }],
    ['r.io/a.b_c__d---e/f-g', { registry: 'r.io', repository: 'a.b_c__d---e/f-g' }],
    // Without a slash the first part is a name, so ':5000' is a tag (as docker reads it).
    ['localhost:5000', { registry: 'docker.io', repository: 'library/localhost', tag: '5000' }],
    [`r.io/app:${'t'.repeat(128)}`, { registry: 'r.io', repository: 'app', tag: 't'.repeat(128) }],
  ]
  for (const [text, expected] of valid) {
    it(`parses ${text.length > 60 ? `${text.slice(0, 60)}…` : text}`, () => {
      assert.deepEqual(parseImageReference(text), expected)
    })
  }

  const invalid: [string, RegExp][] = [
    ['', /is empty/],
    ['   ', /is empty/],
    [' nginx', /whitespace/],
    ['Nginx', /path component "Nginx"/],
    ['team/App', /path component "App"/],
    ['r.io/UPPER/app', /path component "UPPER"/],
    ['r.io/', /repository path after the registry is missing/],
    ['r.io//app', /path component ""/],
    ['r.io/app/', /path component ""/],
    ['r.io/-app', /path component "-app"/],
    ['r.io/app_', /path component "app_"/],
    ['r.io/a___b', /path component "a___b"/],
    ['r.io/app:', /tag ""/],
    ['r.io/app:-x', /tag "-x"/],
    ['r.io/app:v1+build', /tag "v1\+build"/],
    [`r.io/app:${'t'.repeat(129)}`, /at most 128/],
    ['r.io/app@sha256:abc', /digest "sha256:abc"/],
    [`r.io/app@sha256:${'A'.repeat(64)}`, /lowercase hex/],
    [`r.io/app@sha512:${HEX}`, /digest/],
    [':v1', /repository name is missing/],
    ['bad_host.io:x/app', /registry host "bad_host.io:x"/],
    [`r.io/${'a'.repeat(260)}`, /longer than 255/],
  ]
  for (const [text, pattern] of invalid) {
    it(`rejects ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)}`, () => {
      assert.throws(
        () => parseImageReference(text),
        (error: unknown) => {
          assert.ok(error instanceof InputError)
          assert.match(error.message, pattern)
          return true
        },
      )
    })
  }

  it('names the input and gives an example', () => {
    assert.throws(
      () => parseImageReference('Bad/Ref', 'image'),
      (error: unknown) => {
        assert.ok(error instanceof InputError)
        assert.match(error.message, /^image "Bad\/Ref" is not a valid image reference/)
        assert.match(error.hint ?? '', /e\.g\. us-docker\.pkg\.dev/)
        return true
      },
    )
    assert.throws(() => parseImageReference('Bad', '--image'), /^InputError: --image "Bad"/)
  })
})

describe('repositoryName and registryApiHost', () => {
  const cases: [string, string, string][] = [
    ['nginx', 'docker.io/library/nginx', 'registry-1.docker.io'],
    ['team/app:v1', 'docker.io/team/app', 'registry-1.docker.io'],
    ['127.0.0.1:5000/test/app:v1', '127.0.0.1:5000/test/app', '127.0.0.1:5000'],
    ['us-docker.pkg.dev/p/r/i', 'us-docker.pkg.dev/p/r/i', 'us-docker.pkg.dev'],
  ]
  for (const [text, name, host] of cases) {
    it(`${text} → ${name} via ${host}`, () => {
      const ref = parseImageReference(text)
      assert.equal(repositoryName(ref), name)
      assert.equal(registryApiHost(ref), host)
    })
  }
})

describe('isLoopbackHost', () => {
  const cases: [string, boolean][] = [
    ['localhost', true],
    ['localhost:5000', true],
    ['LOCALHOST:5000', true],
    ['127.0.0.1', true],
    ['127.0.0.1:5000', true],
    ['127.1.2.3:80', true],
    ['[::1]', true],
    ['[::1]:5000', true],
    ['::1', true],
    ['128.0.0.1', false],
    ['127.0.0.256', false],
    ['127.0.0', false],
    ['127.0.0.1.example.com', false],
    ['localhost.example.com', false],
    ['10.0.0.1:5000', false],
    ['[::2]:5000', false],
    ['registry.example.com', false],
  ]
  for (const [host, expected] of cases) {
    it(`${host} → ${expected}`, () => assert.equal(isLoopbackHost(host), expected))
  }
})

describe('validateTag', () => {
  for (const tag of ['v1', 'latest', '_x', '1.2.3-rc.1', 'A_b.c-D', 't'.repeat(128)]) {
    it(`accepts ${tag.slice(0, 20)}`, () => assert.equal(validateTag(tag), tag))
  }
  for (const tag of ['', '.v1', '-v1', 'v1/x', 'v:1', 'v1+b', 't'.repeat(129), 'é']) {
    it(`rejects ${JSON.stringify(tag.slice(0, 20))}`, () => {
      assert.throws(
        () => validateTag(tag, 'tags'),
        (error: unknown) => {
          assert.ok(error instanceof InputError)
          assert.match(error.message, /^tags ".*" is not a valid tag/)
          return true
        },
      )
    })
  }
})

describe('isDigest', () => {
  const cases: [string, boolean][] = [
    [DIGEST, true],
    [`sha256:${'0123456789abcdef'.repeat(4)}`, true],
    [`sha256:${'A'.repeat(64)}`, false],
    [`sha256:${'a'.repeat(63)}`, false],
    [`sha256:${'a'.repeat(65)}`, false],
    [`sha512:${'a'.repeat(128)}`, false],
    [HEX, false],
    ['', false],
  ]
  for (const [text, expected] of cases) {
    it(`${text.slice(0, 20)}… → ${expected}`, () => assert.equal(isDigest(text), expected))
  }
})

describe('ports (issue 15)', () => {
  it('refuses a port outside 1-65535 as an input error naming it', () => {
    for (const bad of ['127.0.0.1:0/app', '127.0.0.1:65536/app', 'host.example:99999/a/b']) {
      assert.throws(
        () => parseImageReference(bad, 'image'),
        (e: unknown) =>
          e instanceof InputError &&
          /port \d+ is outside 1-65535/.test(e.message) &&
          e.message.startsWith('image '),
      )
    }
    assert.equal(parseImageReference('127.0.0.1:65535/app').registry, '127.0.0.1:65535')
  })
})
