/**
 * Test-only signing in key mode, as SIGNING.md §4 describes: an ECDSA P-256
 * key from node:crypto, @sigstore/sign's DSSEBundleBuilder with a custom
 * signer and no witnesses, serialised with bundleToJSON; and the legacy
 * `.sig` manifest written by hand (SIGNING.md §2.2).
 */
import { generateKeyPairSync, sign as cryptoSign, type KeyObject } from 'node:crypto'
import { Readable } from 'node:stream'
import { MEDIA_TYPE } from '../../src/artifact/media-types.ts'
import type { Descriptor } from '../../src/artifact/types.ts'
import type { RegistryClient } from '../../src/registry/registry-client.ts'
import {
  BUNDLE_CONTENT_DSSE,
  EMPTY_BLOB,
  EMPTY_DESCRIPTOR,
  inTotoStatement,
  legacySignatureTag,
  PREDICATE_TYPE,
  SIGNING_ANNOTATION,
  SIGNING_MEDIA_TYPE,
  simpleSigningPayload,
} from '../../src/signing/formats.ts'
import { attachReferrer } from '../../src/signing/referrers.ts'
import { NULL_LOGGER } from '../../src/logger.ts'
import { sha256 } from '../registry/test-image.ts'

export interface TestKey {
  readonly privateKey: KeyObject
  readonly publicKey: KeyObject
  readonly publicPem: string
}

export function newKey(): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  return { privateKey, publicKey, publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() }
}

/** A v0.3 bundle (JSON) of a DSSE envelope over the statement, signed by the key. */
export async function keyBundle(key: TestKey, statement: unknown): Promise<unknown> {
  const { DSSEBundleBuilder } = await import('@sigstore/sign')
  const { bundleToJSON } = await import('@sigstore/bundle')
  const pem = key.publicPem
  const builder = new DSSEBundleBuilder({
    signer: {
      sign: async (data: Buffer) => ({
        signature: cryptoSign('sha256', data, key.privateKey),
        key: { $case: 'publicKey', publicKey: pem, hint: 'test-key' },
      }),
    },
    witnesses: [],
  })
  const bundle = await builder.create({
    data: Buffer.from(JSON.stringify(statement)),
    type: SIGNING_MEDIA_TYPE.inTotoPayload,
  })
  return bundleToJSON(bundle)
}

/** Attaches a bundle as a referrer of `subject` (tag schema on distribution 2.8). */
export async function attachBundle(
  client: RegistryClient,
  subject: Descriptor,
  bundle: unknown,
  predicateType: string,
): Promise<string> {
  const attached = await attachReferrer(
    client,
    subject,
    {
      label: predicateType,
      artifactType: SIGNING_MEDIA_TYPE.sigstoreBundle,
      layerMediaType: SIGNING_MEDIA_TYPE.sigstoreBundle,
      content: Buffer.from(JSON.stringify(bundle)),
      annotations: {
        [SIGNING_ANNOTATION.bundleContent]: BUNDLE_CONTENT_DSSE,
        [SIGNING_ANNOTATION.bundlePredicateType]: predicateType,
      },
    },
    { logger: NULL_LOGGER, settleMs: 20 },
  )
  return attached.digest
}

/** Signs `signedDigest` and attaches it to `subject` (the same digest unless a test tampers). */
export async function signKeyBundle(
  client: RegistryClient,
  key: TestKey,
  subject: Descriptor,
  options: { signedDigest?: string; predicateType?: string; predicate?: unknown } = {},
): Promise<string> {
  const predicateType = options.predicateType ?? PREDICATE_TYPE.cosignSign
  const statement = inTotoStatement(
    client.describe(),
    options.signedDigest ?? subject.digest,
    predicateType,
    options.predicate ?? {},
  )
  return attachBundle(client, subject, await keyBundle(key, statement), predicateType)
}

/** Writes `sha256-<hex>.sig` for `tagDigest` holding a simple-signing payload about `signedDigest`. */
export async function signLegacy(
  client: RegistryClient,
  key: TestKey,
  tagDigest: string,
  signedDigest = tagDigest,
): Promise<void> {
  const payload = simpleSigningPayload(client.describe(), signedDigest)
  const signature = cryptoSign('sha256', payload, key.privateKey).toString('base64')
  const layer = {
    mediaType: SIGNING_MEDIA_TYPE.simpleSigning,
    digest: sha256(payload),
    size: payload.length,
    annotations: { [SIGNING_ANNOTATION.legacySignature]: signature },
  }
  await client.uploadBlobs([
    { descriptor: { ...EMPTY_DESCRIPTOR }, open: () => Readable.from([EMPTY_BLOB]) },
    { descriptor: layer, open: () => Readable.from([payload]) },
  ])
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPE.imageManifest,
      config: { ...EMPTY_DESCRIPTOR },
      layers: [layer],
    }),
  )
  await client.putManifest(legacySignatureTag(tagDigest), manifest, MEDIA_TYPE.imageManifest)
}
