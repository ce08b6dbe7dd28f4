/**
 * Keyless verification against @sigstore/mock's Fulcio CA and timestamp
 * authority (called in-process, no network), with the trusted root built
 * from the same keys: the right identity verifies; a wrong identity and an
 * expired certificate are refused with their reasons.
 */
import assert from 'node:assert/strict'
import { createHash, generateKeyPairSync, sign as cryptoSign } from 'node:crypto'
import { before, describe, it } from 'node:test'
import { inTotoStatement, PREDICATE_TYPE, SIGNING_MEDIA_TYPE } from '../../src/signing/formats.ts'
import { checkBundle, loadSigstore, type SigstoreModules } from '../../src/signing/verify-bundle.ts'
import { buildVerifyPolicy } from '../../src/signing/verify-policy.ts'

const ISSUER = 'https://token.actions.githubusercontent.com'
const SUBJECT = 'https://github.com/acme/config/.github/workflows/publish.yml@refs/heads/main'
const DIGEST = `sha256:${'a'.repeat(64)}`

let modules: SigstoreModules
let rootJson: string
let issue: (clock: 'now' | 'past') => Promise<unknown>

before(async () => {
  modules = await loadSigstore('test')
  const mock = await import('@sigstore/mock')
  const ec = () => generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const caKeys = ec()
  const tsaKeys = ec()
  const pastClock = new Date(Date.now() - 60 * 60 * 1000)
  // A minute back: the TSA's genTime has whole seconds, so a certificate issued 'now' could start after it.
  const caNow = await mock.initializeCA(caKeys, undefined, new Date(Date.now() - 60 * 1000))
  const caPast = await mock.initializeCA(caKeys, undefined, pastClock)
  const tsa = await mock.initializeTSA(tsaKeys)
  const b64 = (bytes: ArrayBufferView) =>
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
  const start = new Date(Date.now() - 24 * 3600 * 1000).toISOString()
  rootJson = JSON.stringify({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    ctlogs: [],
    certificateAuthorities: [
      {
        subject: { organization: 'mock', commonName: 'mock' },
        uri: 'https://fulcio.test',
        certChain: { certificates: [{ rawBytes: b64(caNow.rootCertificate) }] },
        validFor: { start },
      },
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'mock', commonName: 'tsa' },
        uri: 'https://tsa.test',
        certChain: {
          certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }],
        },
        validFor: { start },
      },
    ],
  })
  issue = async (clock) => {
    const signing = ec()
    const ca = clock === 'now' ? caNow : caPast
    const der = await ca.issueCertificate({
      publicKey: signing.publicKey.export({ type: 'spki', format: 'der' }),
      subjectAltName: SUBJECT,
      extensions: [
        { oid: '1.3.6.1.4.1.57264.1.1', value: ISSUER, legacy: true },
        { oid: '1.3.6.1.4.1.57264.1.8', value: ISSUER },
      ],
    })
    const pem = `-----BEGIN CERTIFICATE-----\n${b64(der).replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`
    const { DSSEBundleBuilder } = await import('@sigstore/sign')
    const { bundleToJSON } = await import('@sigstore/bundle')
    const builder = new DSSEBundleBuilder({
      signer: {
        sign: async (data: Buffer) => ({
          signature: cryptoSign('sha256', data, signing.privateKey),
          key: { $case: 'x509Certificate', certificate: pem },
        }),
      },
      witnesses: [
        {
          testify: async (content) => {
            const sig =
              content.$case === 'dsseEnvelope' ? content.dsseEnvelope.signatures[0]!.sig : Buffer.alloc(0)
            // The mock sometimes writes a fractional genTime @sigstore/core cannot parse ("invalid time"): ask again then.
            const { RFC3161Timestamp } = await import('@sigstore/core')
            for (let attempt = 0; ; attempt++) {
              const stamp = await tsa.timestamp({
                artifactHash: createHash('sha256').update(sig).digest(),
                hashAlgorithmOID: '2.16.840.1.101.3.4.2.1',
                nonce: 1,
                policyOID: '1.3.6.1.4.1.57264.2',
                certReq: false,
              })
              const bytes = Buffer.from(stamp.buffer, stamp.byteOffset, stamp.byteLength)
              try {
                RFC3161Timestamp.parse(bytes).signingTime.toISOString()
                return { rfc3161Timestamps: [{ signedTimestamp: bytes }] }
              } catch (error) {
                if (attempt >= 20) throw error
                await new Promise((resolve) => setTimeout(resolve, 7))
              }
            }
          },
        },
      ],
    })
    const statement = inTotoStatement('registry.test/acme/config', DIGEST, PREDICATE_TYPE.cosignSign, {})
    return bundleToJSON(
      await builder.create({
        data: Buffer.from(JSON.stringify(statement)),
        type: SIGNING_MEDIA_TYPE.inTotoPayload,
      }),
    )
  }
})

function policy(identity: { identity?: string; regexp?: string }) {
  return buildVerifyPolicy({
    ...(identity.identity === undefined
      ? {}
      : { identity: { value: identity.identity, from: '--certificate-identity' } }),
    ...(identity.regexp === undefined
      ? {}
      : { identityRegexp: { value: identity.regexp, from: '--certificate-identity-regexp' } }),
    issuer: { value: ISSUER, from: '--certificate-oidc-issuer' },
    trustedRoot: { json: rootJson, from: '--trusted-root' },
  })!
}

describe('keyless bundles (mock Fulcio + TSA)', () => {
  it('verifies the exact identity and a workflow-ref pattern', async () => {
    const bundle = await issue('now')
    const exact = checkBundle(modules, bundle, policy({ identity: SUBJECT }))
    assert.equal(exact.ok, true, exact.ok ? '' : exact.detail)
    assert.equal(exact.ok && exact.identity, SUBJECT)
    assert.equal(
      checkBundle(
        modules,
        bundle,
        policy({ regexp: '^https://github\\.com/acme/config/\\.github/workflows/.+@refs/heads/main$' }),
      ).ok,
      true,
    )
  })

  it('refuses another identity as wrong-identity', async () => {
    const bundle = await issue('now')
    const result = checkBundle(
      modules,
      bundle,
      policy({ identity: 'https://github.com/evil/fork/.github/workflows/publish.yml@refs/heads/main' }),
    )
    assert.equal(result.ok, false)
    assert.equal(!result.ok && result.reason, 'wrong-identity')
  })

  it('refuses a certificate that had expired when the timestamp was made as expired-certificate', async () => {
    const bundle = await issue('past')
    const result = checkBundle(modules, bundle, policy({ identity: SUBJECT }))
    assert.equal(result.ok, false)
    assert.equal(!result.ok && result.reason, 'expired-certificate', !result.ok ? result.detail : '')
  })

  it('refuses a key-signed bundle under a keyless policy, and a keyless one under a key policy', async () => {
    const bundle = await issue('now')
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const keyPolicy = buildVerifyPolicy({
      key: { pem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), from: '--key' },
    })!
    const result = checkBundle(modules, bundle, keyPolicy)
    assert.equal(!result.ok && result.reason, 'wrong-identity')
  })
})
