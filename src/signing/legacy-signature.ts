import { Readable } from 'node:stream'
import { MEDIA_TYPE } from '../artifact/media-types.ts'
import { sha256 } from '../artifact/oci-image.ts'
import type { BlobData, Descriptor } from '../artifact/types.ts'
import { ActionError } from '../errors.ts'
import {
  legacySignatureTag,
  SIGNING_ANNOTATION,
  SIGNING_MEDIA_TYPE,
  simpleSigningPayload,
} from './formats.ts'
import type { ReferrerPort } from './referrers.ts'
import type { Signer } from './signer.ts'

/**
 * The cosign v2 signature: a manifest tagged `sha256-<hex>.sig` whose
 * layers are simple-signing payloads, each with its base64 signature in
 * the `dev.cosignproject.cosign/signature` annotation. What Config Sync's
 * documented pre-sync webhook verifies with a public key. Signatures
 * already under the tag are kept (cosign appends a layer per signature;
 * the tag is read, appended and rewritten, without the settle of the
 * referrers index).
 */

/** What was written. */
export interface LegacySignature {
  readonly tag: string
  readonly manifestDigest: string
  readonly payload: Buffer
  readonly signature: Buffer
}

export async function pushLegacySignature(
  port: ReferrerPort,
  repository: string,
  subjectDigest: string,
  signer: Signer,
): Promise<LegacySignature> {
  const payload = simpleSigningPayload(repository, subjectDigest)
  const signature = await signer.sign(payload)
  const annotations: Record<string, string> = {
    [SIGNING_ANNOTATION.legacySignature]: signature.toString('base64'),
  }
  if (signer.identity.kind === 'certificate')
    annotations[SIGNING_ANNOTATION.legacyCertificate] = signer.identity.certificatePem
  const layer: Descriptor = {
    mediaType: SIGNING_MEDIA_TYPE.simpleSigning,
    digest: sha256(payload),
    size: payload.length,
    annotations,
  }
  const tag = legacySignatureTag(subjectDigest)
  const earlier = await existingLayers(port, tag)
  const signed = (l: Descriptor): string | undefined => l.annotations?.[SIGNING_ANNOTATION.legacySignature]
  const layers = [...earlier.filter((l) => l.digest !== layer.digest || signed(l) !== signed(layer)), layer]
  const config = Buffer.from(
    JSON.stringify({
      architecture: '',
      created: '0001-01-01T00:00:00Z',
      history: [{ created: '0001-01-01T00:00:00Z' }],
      os: '',
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
      config: {},
    }),
  )
  const configDescriptor: Descriptor = {
    mediaType: MEDIA_TYPE.imageConfig,
    digest: sha256(config),
    size: config.length,
  }
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPE.imageManifest,
      config: configDescriptor,
      layers,
    }),
  )
  const blobs: BlobData[] = [
    { descriptor: configDescriptor, open: () => Readable.from([config]) },
    { descriptor: layer, open: () => Readable.from([payload]) },
  ]
  await port.uploadBlobs(blobs)
  const manifestDigest = sha256(manifest)
  await port.putManifest(manifestDigest, manifest, MEDIA_TYPE.imageManifest)
  await port.putManifest(tag, manifest, MEDIA_TYPE.imageManifest)
  return { tag, manifestDigest, payload, signature }
}

async function existingLayers(port: ReferrerPort, tag: string): Promise<Descriptor[]> {
  const fetched = await port.getManifest(tag)
  if (fetched === undefined) return []
  const json = JSON.parse(fetched.body.toString('utf8')) as { layers?: unknown }
  if (!Array.isArray(json.layers))
    throw new ActionError(`${port.describe()}:${tag} is not a cosign signature manifest`)
  return json.layers.filter(
    (l: unknown): l is Descriptor => typeof l === 'object' && l !== null && 'digest' in l,
  )
}
