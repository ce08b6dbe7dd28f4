import { ANNOTATION } from '../artifact/media-types.ts'
import { InputError } from '../errors.ts'
import { isDigest } from '../registry/image-reference.ts'

/**
 * The formats consumers verify, defined once (docs/signing.md; facts from
 * /work/shared/SIGNING.md §2): the cosign v3 bundle stored as an OCI 1.1
 * referrer, the cosign v2 "legacy" `sha256-<hex>.sig` simple-signing
 * signature, in-toto statements, and the referrers tag schema.
 */

/** Media types of the signing artifacts. */
export const SIGNING_MEDIA_TYPE = {
  /** A Sigstore bundle v0.3 (https://github.com/sigstore/protobuf-specs); also the referrer's artifactType. */
  sigstoreBundle: 'application/vnd.dev.sigstore.bundle.v0.3+json',
  /** The OCI empty descriptor's media type: the config of an artifact manifest. */
  ociEmpty: 'application/vnd.oci.empty.v1+json',
  /** cosign v2 simple-signing payload, one layer of the `.sig` manifest. */
  simpleSigning: 'application/vnd.dev.cosign.simplesigning.v1+json',
  /** DSSE payloadType of an in-toto statement. */
  inTotoPayload: 'application/vnd.in-toto+json',
} as const

/** The 2-byte `{}` blob and its descriptor (image-spec 1.1 "empty descriptor"). */
export const EMPTY_BLOB = Buffer.from('{}')
export const EMPTY_DESCRIPTOR = {
  mediaType: SIGNING_MEDIA_TYPE.ociEmpty,
  digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
  size: 2,
} as const

/** Annotation keys of referrer manifests (cosign v3 BUNDLE_SPEC) and of legacy signature layers (cosign v2). */
export const SIGNING_ANNOTATION = {
  /** Referrer manifest: what the bundle holds, `dsse-envelope`. */
  bundleContent: 'dev.sigstore.bundle.content',
  /** Referrer manifest: the in-toto predicate type inside the bundle. */
  bundlePredicateType: 'dev.sigstore.bundle.predicateType',
  created: ANNOTATION.created,
  /** Legacy layer: base64 signature over the payload bytes. */
  legacySignature: 'dev.cosignproject.cosign/signature',
  /** Legacy layer (keyless): the Fulcio certificate, PEM. */
  legacyCertificate: 'dev.sigstore.cosign/certificate',
  /** Legacy layer (keyless): the certificate chain, PEM. */
  legacyChain: 'dev.sigstore.cosign/chain',
  /** Legacy layer (keyless): the Rekor signed entry timestamp bundle, JSON. */
  legacyBundle: 'dev.sigstore.cosign/bundle',
  /** Legacy layer (keyless, private repositories): RFC 3161 timestamp, JSON. */
  legacyTimestamp: 'dev.sigstore.cosign/rfc3161timestamp',
} as const

export const BUNDLE_CONTENT_DSSE = 'dsse-envelope'

/** in-toto statement type and the predicate types we write. */
export const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'
export const PREDICATE_TYPE = {
  /** cosign v3's predicate for a plain signature ("this digest is signed"). */
  cosignSign: 'https://sigstore.dev/cosign/sign/v1',
  /** SLSA v1 provenance. */
  slsaProvenance: 'https://slsa.dev/provenance/v1',
  /** Ours: this digest passed configsync-oci validation (schema in docs/signing.md). */
  validation: 'https://configsync-oci.dev/validation/v1',
} as const

/** An in-toto v1 statement about one manifest digest. */
export interface InTotoStatement {
  readonly _type: typeof IN_TOTO_STATEMENT_TYPE
  readonly subject: readonly [{ readonly name: string; readonly digest: { readonly sha256: string } }]
  readonly predicateType: string
  readonly predicate: unknown
}

/** The statement cosign v3 and our attestations sign: `repository` is registry/repository (no tag). */
export function inTotoStatement(
  repository: string,
  manifestDigest: string,
  predicateType: string,
  predicate: unknown,
): InTotoStatement {
  return {
    _type: IN_TOTO_STATEMENT_TYPE,
    subject: [{ name: repository, digest: { sha256: hexOf(manifestDigest) } }],
    predicateType,
    predicate,
  }
}

/**
 * The cosign v2 simple-signing payload: the exact bytes that are signed
 * and stored as the `.sig` layer (key order as cosign writes it).
 */
export function simpleSigningPayload(repository: string, manifestDigest: string): Buffer {
  const payload = {
    critical: {
      identity: { 'docker-reference': repository },
      image: { 'docker-manifest-digest': checkedDigest(manifestDigest) },
      type: 'cosign container image signature',
    },
    optional: null,
  }
  return Buffer.from(JSON.stringify(payload))
}

/** `sha256-<hex>`: the referrers tag schema's tag for a subject digest (distribution-spec 1.1). */
export function referrersTag(subjectDigest: string): string {
  return `sha256-${hexOf(subjectDigest)}`
}

/** `sha256-<hex>.sig`: cosign v2's signature tag for a digest. */
export function legacySignatureTag(subjectDigest: string): string {
  return `${referrersTag(subjectDigest)}.sig`
}

function checkedDigest(digest: string): string {
  if (!isDigest(digest))
    throw new InputError(`digest ${JSON.stringify(digest)} is not sha256:<64 lowercase hex>`)
  return digest
}

function hexOf(digest: string): string {
  return checkedDigest(digest).slice('sha256:'.length)
}
