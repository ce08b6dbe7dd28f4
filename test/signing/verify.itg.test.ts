/**
 * Verification against the real distribution 2.8 (tag-schema referrers):
 * key-signed bundles and legacy .sig signatures verify; tampering is
 * refused with the right reason.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Descriptor } from '../../src/artifact/types.ts'
import { InputError } from '../../src/errors.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { parseImageReference } from '../../src/registry/image-reference.ts'
import { RegistryClient } from '../../src/registry/registry-client.ts'
import { PREDICATE_TYPE } from '../../src/signing/formats.ts'
import { verifyDigest } from '../../src/signing/verify.ts'
import { loadSigstore } from '../../src/signing/verify-bundle.ts'
import { buildVerifyPolicy, type VerifyPolicy } from '../../src/signing/verify-policy.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { smallImage } from '../registry/test-image.ts'
import { newKey, signKeyBundle, signLegacy, type TestKey } from './key-signing.ts'

let registry: TestRegistry
let client: RegistryClient
let key: TestKey
let policy: VerifyPolicy

before(async () => {
  registry = await startRegistry('plain')
  client = new RegistryClient(parseImageReference(`${registry.hostPort}/team/config`), {
    logger: new RecordingLogger(),
    retry: { retries: 1 },
  })
  key = newKey()
  policy = buildVerifyPolicy({ key: { pem: key.publicPem, from: '--key' } })!
})

after(async () => {
  client.close()
  await registry.stop()
})

async function pushSubject(seed: string): Promise<Descriptor> {
  const { image } = smallImage(seed)
  await client.push(image, [])
  return { mediaType: image.manifestMediaType, digest: image.manifestDigest, size: image.manifest.length }
}

describe('verify, key mode, real registry', () => {
  it('verifies a cosign v3 bundle referrer and a legacy .sig', async () => {
    const subject = await pushSubject('signed')
    await signKeyBundle(client, key, subject)
    await signLegacy(client, key, subject.digest)
    const result = await verifyDigest(client, subject.digest, policy)
    assert.equal(result.verified, true, result.message)
    assert.deepEqual(result.items.map((i) => [i.format, i.ok]).sort(), [
      ['bundle', true],
      ['legacy', true],
    ])
  })

  it('an unsigned digest (e.g. a changed layer gives another digest) is missing', async () => {
    const subject = await pushSubject('unsigned')
    const result = await verifyDigest(client, subject.digest, policy)
    assert.equal(result.verified, false)
    assert.equal(result.reason, 'missing')
    assert.match(result.message, /no signature found/)
  })

  it('a bundle signed for another digest, attached here, is a digest mismatch', async () => {
    const other = await pushSubject('other')
    const subject = await pushSubject('victim')
    await signKeyBundle(client, key, subject, { signedDigest: other.digest })
    const result = await verifyDigest(client, subject.digest, policy)
    assert.equal(result.reason, 'digest-mismatch')
    assert.match(result.message, new RegExp(`about ${other.digest}`))
  })

  it('a .sig copied from another digest is a digest mismatch; a .sig by another key is a bad signature', async () => {
    const subject = await pushSubject('legacy-copy')
    const other = await pushSubject('legacy-source')
    await signLegacy(client, key, subject.digest, other.digest)
    assert.equal((await verifyDigest(client, subject.digest, policy)).reason, 'digest-mismatch')
    const second = await pushSubject('legacy-wrong-key')
    await signLegacy(client, newKey(), second.digest)
    assert.equal((await verifyDigest(client, second.digest, policy)).reason, 'bad-signature')
  })

  it('a bundle by another key is a bad signature', async () => {
    const subject = await pushSubject('wrong-key')
    await signKeyBundle(client, newKey(), subject)
    const result = await verifyDigest(client, subject.digest, policy)
    assert.equal(result.reason, 'bad-signature')
    assert.match(result.message, /SIGNATURE_ERROR/)
  })

  it('required predicate types: missing, then present; a validation attestation with errors is refused', async () => {
    const strict = { ...policy, predicateTypes: [PREDICATE_TYPE.slsaProvenance, PREDICATE_TYPE.validation] }
    const subject = await pushSubject('attested')
    await signKeyBundle(client, key, subject)
    const bare = await verifyDigest(client, subject.digest, strict)
    assert.equal(bare.reason, 'missing-attestation')
    await signKeyBundle(client, key, subject, {
      predicateType: PREDICATE_TYPE.slsaProvenance,
      predicate: { buildDefinition: {} },
    })
    await signKeyBundle(client, key, subject, {
      predicateType: PREDICATE_TYPE.validation,
      predicate: { findings: { bySeverity: { error: 2 }, byCode: { KNV1029: 2 } } },
    })
    const failing = await verifyDigest(client, subject.digest, strict)
    assert.equal(failing.reason, 'validation-errors')
    await signKeyBundle(client, key, subject, {
      predicateType: PREDICATE_TYPE.validation,
      predicate: { findings: { bySeverity: { error: 0, warning: 3 }, byCode: {} } },
    })
    const passing = await verifyDigest(client, subject.digest, strict)
    assert.equal(passing.verified, true, passing.message)
  })
})

describe('verify policy input', () => {
  it('names the input for a private key, a non-EC key, and keyless without a trusted root', () => {
    assert.throws(
      () =>
        buildVerifyPolicy({
          key: {
            pem: key.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
            from: '--key k.pem',
          },
        }),
      (e: unknown) => e instanceof InputError && /--key k\.pem holds a private key/.test(e.message),
    )
    assert.throws(
      () => buildVerifyPolicy({ key: { pem: 'nonsense', from: 'verify-key' } }),
      /verify-key is not a PEM public key/,
    )
    assert.throws(
      () =>
        buildVerifyPolicy({
          identity: { value: 'x', from: '--certificate-identity' },
          issuer: { value: 'https://i', from: '--certificate-oidc-issuer' },
        }),
      /needs a Sigstore trusted root file/,
    )
    assert.throws(
      () =>
        buildVerifyPolicy({
          identityRegexp: { value: '(', from: '--certificate-identity-regexp' },
          issuer: { value: 'https://i', from: 'x' },
          trustedRoot: { json: '{}', from: 'r' },
        }),
      /is not a regular expression/,
    )
    assert.equal(buildVerifyPolicy({}), undefined)
  })

  it('says that verification needs Node 22+ on Node 20', async () => {
    await assert.rejects(
      loadSigstore('configsync-oci verify', '20.19.0'),
      /configsync-oci verify needs Node 22 or later; this is Node 20\.19\.0/,
    )
  })
})
