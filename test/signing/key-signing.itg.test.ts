/**
 * Key signer (node:crypto, ECDSA P-256) and the cosign v2 `.sig` signature
 * on the real distribution 2.8: the payload verifies with the public key
 * alone, as Config Sync's webhook does; bad keys are refused by input name
 * without echoing the key.
 */
import assert from 'node:assert/strict'
import { generateKeyPairSync, verify } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import { InputError } from '../../src/errors.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { parseImageReference } from '../../src/registry/image-reference.ts'
import { RegistryClient } from '../../src/registry/registry-client.ts'
import { legacySignatureTag, SIGNING_ANNOTATION, SIGNING_MEDIA_TYPE } from '../../src/signing/formats.ts'
import { pushLegacySignature } from '../../src/signing/legacy-signature.ts'
import { keySigner } from '../../src/signing/signer.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { skopeoRawManifest } from '../harness/verify.ts'
import { smallImage } from '../registry/test-image.ts'

const REPO = 'team/config'
let registry: TestRegistry
let client: RegistryClient

before(async () => {
  registry = await startRegistry('plain')
  client = new RegistryClient(parseImageReference(`${registry.hostPort}/${REPO}`), {
    logger: new RecordingLogger(),
  })
})

after(async () => {
  client.close()
  await registry.stop()
})

const p256 = (): string =>
  generateKeyPairSync('ec', { namedCurve: 'P-256' })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString()

describe('key signer', () => {
  it('signs with ECDSA P-256 and gives the matching public key', async () => {
    const signer = keySigner(p256(), 'signing-key')
    assert.equal(signer.identity.kind, 'public-key')
    const data = Buffer.from('payload')
    const signature = await signer.sign(data)
    if (signer.identity.kind !== 'public-key') return
    assert.match(signer.identity.publicKeyPem, /^-----BEGIN PUBLIC KEY-----/)
    assert.equal(verify('sha256', data, signer.identity.publicKeyPem, signature), true)
    assert.equal(verify('sha256', Buffer.from('other'), signer.identity.publicKeyPem, signature), false)
  })

  it('refuses bad keys by input name, without echoing them', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString()
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString()
    const malformed = '-----BEGIN PRIVATE KEY-----\nTUFMRk9STUVEU0VDUkVU\n-----END PRIVATE KEY-----\n'
    const cosign =
      '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\neyJrZGYiOnt9fQ==\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n'
    const cases: Array<[string, RegExp]> = [
      [rsa, /signing-key is a rsa key, not ECDSA P-256/],
      [p384, /signing-key is an EC key on curve secp384r1, not ECDSA P-256/],
      [malformed, /signing-key is not a readable private key/],
      [cosign, /signing-key is a cosign encrypted key/],
      ['just text', /signing-key holds no PEM key/],
    ]
    for (const [pem, message] of cases) {
      assert.throws(
        () => keySigner(pem, 'signing-key'),
        (error: unknown) => {
          assert.ok(error instanceof InputError)
          assert.match(error.message, message)
          const body = pem.split('\n').find((line) => line.length > 8 && !line.startsWith('-----')) ?? pem
          assert.ok(!`${error.message} ${error.hint ?? ''}`.includes(body), 'key material in the error')
          return true
        },
      )
    }
  })
})

describe('legacy cosign v2 signature', () => {
  it('writes sha256-<hex>.sig whose payload verifies with the public key alone; a second signer is appended', async () => {
    const { image } = smallImage('legacy')
    await client.push(image, [])
    const repository = `${registry.hostPort}/${REPO}`
    const first = keySigner(p256(), 'signing-key')
    const second = keySigner(p256(), 'signing-key')
    await pushLegacySignature(client, repository, image.manifestDigest, first)
    const written = await pushLegacySignature(client, repository, image.manifestDigest, second)
    assert.equal(written.tag, legacySignatureTag(image.manifestDigest))

    const manifest = JSON.parse(
      (await skopeoRawManifest(registry, `${REPO}:${written.tag}`)).toString('utf8'),
    )
    assert.equal(manifest.layers.length, 2, 'one layer per signature, as cosign appends')
    const [older, layer] = manifest.layers
    assert.equal(layer.mediaType, SIGNING_MEDIA_TYPE.simpleSigning)
    const payload = await client.getBlob(layer.digest)
    assert.ok(payload !== undefined)
    const parsed = JSON.parse(payload.toString('utf8'))
    assert.deepEqual(parsed.critical, {
      identity: { 'docker-reference': repository },
      image: { 'docker-manifest-digest': image.manifestDigest },
      type: 'cosign container image signature',
    })
    const signature = Buffer.from(layer.annotations[SIGNING_ANNOTATION.legacySignature], 'base64')
    if (second.identity.kind !== 'public-key' || first.identity.kind !== 'public-key')
      throw new Error('key signer expected')
    assert.equal(verify('sha256', payload, second.identity.publicKeyPem, signature), true)
    assert.equal(verify('sha256', payload, first.identity.publicKeyPem, signature), false)
    assert.equal(older.digest, layer.digest)
    const olderSignature = Buffer.from(older.annotations[SIGNING_ANNOTATION.legacySignature], 'base64')
    assert.equal(verify('sha256', payload, first.identity.publicKeyPem, olderSignature), true)
  })
})
