/**
 * Key mode end to end with cosign v3 bundles on the real distribution 2.8:
 * sign (node:crypto), attach as a referrer (tag schema), read back through
 * listReferrers, and verify with @sigstore/verify as the independent
 * verifier (public-key trust material, thresholds 0; SIGNING.md §4).
 */
import assert from 'node:assert/strict'
import { generateKeyPairSync } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import { bundleFromJSON } from '@sigstore/bundle'
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { parseImageReference } from '../../src/registry/image-reference.ts'
import { RegistryClient } from '../../src/registry/registry-client.ts'
import { attachBundles, keyHint, SIGNATURE_STATEMENT } from '../../src/signing/bundle.ts'
import {
  IN_TOTO_STATEMENT_TYPE,
  PREDICATE_TYPE,
  SIGNING_ANNOTATION,
  SIGNING_MEDIA_TYPE,
} from '../../src/signing/formats.ts'
import { listReferrers } from '../../src/signing/referrers.ts'
import { keySigner } from '../../src/signing/signer.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
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

const EMPTY_ROOT = {
  mediaType: 'application/vnd.dev.sigstore.trustedroot.v0.1+json',
  tlogs: [],
  certificateAuthorities: [],
  ctlogs: [],
  timestampAuthorities: [],
}

describe('cosign v3 bundle, key mode', () => {
  it('attaches a signature bundle that @sigstore/verify accepts with the public key, and refuses when tampered', async () => {
    const { image } = smallImage('bundle')
    await client.push(image, [])
    const subject = {
      mediaType: image.manifestMediaType,
      digest: image.manifestDigest,
      size: image.manifest.length,
    }
    const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString()
    const signer = keySigner(pem, 'signing-key')
    if (signer.identity.kind !== 'public-key') throw new Error('key signer expected')
    const repository = `${registry.hostPort}/${REPO}`
    const validation = {
      label: 'validation attestation',
      predicateType: PREDICATE_TYPE.validation,
      predicate: { findings: { error: 0 } },
    }
    const attached = await attachBundles(
      client,
      repository,
      subject,
      signer,
      [SIGNATURE_STATEMENT, validation],
      { logger: new RecordingLogger(), settleMs: 40 },
    )
    assert.deepEqual(
      attached.map((a) => a.indexing),
      ['tag-schema', 'tag-schema'],
    )

    const listed = await listReferrers(client, subject.digest, SIGNING_MEDIA_TYPE.sigstoreBundle)
    const entry = listed.manifests.find(
      (m) => m.annotations?.[SIGNING_ANNOTATION.bundlePredicateType] === PREDICATE_TYPE.cosignSign,
    )
    assert.ok(entry !== undefined)
    assert.equal(entry.annotations?.[SIGNING_ANNOTATION.bundleContent], 'dsse-envelope')
    const manifest = JSON.parse((await client.getManifest(entry.digest))!.body.toString('utf8'))
    const bundleBytes = await client.getBlob(manifest.layers[0].digest)
    assert.ok(bundleBytes !== undefined)
    const json = JSON.parse(bundleBytes.toString('utf8'))
    assert.equal(json.mediaType, 'application/vnd.dev.sigstore.bundle.v0.3+json')
    const statement = JSON.parse(Buffer.from(json.dsseEnvelope.payload, 'base64').toString('utf8'))
    assert.deepEqual(statement, {
      _type: IN_TOTO_STATEMENT_TYPE,
      subject: [{ name: repository, digest: { sha256: subject.digest.slice(7) } }],
      predicateType: PREDICATE_TYPE.cosignSign,
      predicate: {},
    })

    const hint = keyHint(signer.identity.publicKeyDer)
    const trust = toTrustMaterial(EMPTY_ROOT as never, {
      [hint]: {
        rawBytes: signer.identity.publicKeyDer,
        keyDetails: 5 /* PKIX_ECDSA_P256_SHA_256 */,
      } as never,
    })
    const verifier = new Verifier(trust, {
      tlogThreshold: 0,
      ctlogThreshold: 0,
      tsaThreshold: 0,
      timestampThreshold: 0,
    })
    const verified = verifier.verify(toSignedEntity(bundleFromJSON(json)))
    assert.ok(verified.key !== undefined)

    const tampered = structuredClone(json)
    tampered.dsseEnvelope.payload = Buffer.from(
      JSON.stringify({ ...statement, subject: [{ name: repository, digest: { sha256: '0'.repeat(64) } }] }),
    ).toString('base64')
    assert.throws(
      () => verifier.verify(toSignedEntity(bundleFromJSON(tampered))),
      /SIGNATURE_ERROR|signature/i,
    )

    const other = keySigner(
      generateKeyPairSync('ec', { namedCurve: 'P-256' })
        .privateKey.export({ type: 'pkcs8', format: 'pem' })
        .toString(),
      'k',
    )
    if (other.identity.kind !== 'public-key') throw new Error('key signer expected')
    const wrongKey = toTrustMaterial(EMPTY_ROOT as never, {
      [hint]: { rawBytes: other.identity.publicKeyDer, keyDetails: 5 /* PKIX_ECDSA_P256_SHA_256 */ } as never,
    })
    assert.throws(() =>
      new Verifier(wrongKey, {
        tlogThreshold: 0,
        ctlogThreshold: 0,
        tsaThreshold: 0,
        timestampThreshold: 0,
      }).verify(toSignedEntity(bundleFromJSON(json))),
    )
  })
})
