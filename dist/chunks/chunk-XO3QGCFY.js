import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  ANNOTATION
} from "./chunk-3BDJZUYS.js";
import {
  isDigest
} from "./chunk-5RM3NDNB.js";
import {
  InputError
} from "./chunk-DYKBPGMV.js";

// src/signing/formats.ts
var SIGNING_MEDIA_TYPE = {
  /** A Sigstore bundle v0.3 (https://github.com/sigstore/protobuf-specs); also the referrer's artifactType. */
  sigstoreBundle: "application/vnd.dev.sigstore.bundle.v0.3+json",
  /** The OCI empty descriptor's media type: the config of an artifact manifest. */
  ociEmpty: "application/vnd.oci.empty.v1+json",
  /** cosign v2 simple-signing payload, one layer of the `.sig` manifest. */
  simpleSigning: "application/vnd.dev.cosign.simplesigning.v1+json",
  /** DSSE payloadType of an in-toto statement. */
  inTotoPayload: "application/vnd.in-toto+json"
};
var EMPTY_BLOB = Buffer.from("{}");
var EMPTY_DESCRIPTOR = {
  mediaType: SIGNING_MEDIA_TYPE.ociEmpty,
  digest: "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
  size: 2
};
var SIGNING_ANNOTATION = {
  /** Referrer manifest: what the bundle holds, `dsse-envelope`. */
  bundleContent: "dev.sigstore.bundle.content",
  /** Referrer manifest: the in-toto predicate type inside the bundle. */
  bundlePredicateType: "dev.sigstore.bundle.predicateType",
  created: ANNOTATION.created,
  /** Legacy layer: base64 signature over the payload bytes. */
  legacySignature: "dev.cosignproject.cosign/signature",
  /** Legacy layer (keyless): the Fulcio certificate, PEM. */
  legacyCertificate: "dev.sigstore.cosign/certificate",
  /** Legacy layer (keyless): the certificate chain, PEM. */
  legacyChain: "dev.sigstore.cosign/chain",
  /** Legacy layer (keyless): the Rekor signed entry timestamp bundle, JSON. */
  legacyBundle: "dev.sigstore.cosign/bundle",
  /** Legacy layer (keyless, private repositories): RFC 3161 timestamp, JSON. */
  legacyTimestamp: "dev.sigstore.cosign/rfc3161timestamp"
};
var IN_TOTO_STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
var PREDICATE_TYPE = {
  /** cosign v3's predicate for a plain signature ("this digest is signed"). */
  cosignSign: "https://sigstore.dev/cosign/sign/v1",
  /** SLSA v1 provenance. */
  slsaProvenance: "https://slsa.dev/provenance/v1",
  /** Ours: this digest passed configsync-oci validation (schema in docs/signing.md). */
  validation: "https://configsync-oci.dev/validation/v1"
};
function referrersTag(subjectDigest) {
  return `sha256-${hexOf(subjectDigest)}`;
}
function legacySignatureTag(subjectDigest) {
  return `${referrersTag(subjectDigest)}.sig`;
}
function checkedDigest(digest) {
  if (!isDigest(digest))
    throw new InputError(`digest ${JSON.stringify(digest)} is not sha256:<64 lowercase hex>`);
  return digest;
}
function hexOf(digest) {
  return checkedDigest(digest).slice("sha256:".length);
}

export {
  SIGNING_MEDIA_TYPE,
  SIGNING_ANNOTATION,
  IN_TOTO_STATEMENT_TYPE,
  PREDICATE_TYPE,
  referrersTag,
  legacySignatureTag
};
//# sourceMappingURL=chunk-XO3QGCFY.js.map
