import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  referrerDescriptor
} from "./chunk-BHYY5VJ3.js";
import {
  ANNOTATION,
  MEDIA_TYPE
} from "./chunk-3BDJZUYS.js";
import {
  isDigest
} from "./chunk-5RM3NDNB.js";
import {
  ActionError,
  InputError,
  RegistryError
} from "./chunk-DYKBPGMV.js";

// src/artifact/oci-image.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
function buildImage(layer, source, userAnnotations = {}) {
  const configBytes = Buffer.from(JSON.stringify(imageConfig(layer, source)));
  const configDescriptor = {
    mediaType: MEDIA_TYPE.imageConfig,
    digest: sha256(configBytes),
    size: configBytes.length
  };
  const layerDescriptor = {
    mediaType: MEDIA_TYPE.layerTarGzip,
    digest: layer.digest,
    size: layer.size
  };
  const annotations = manifestAnnotations(source, userAnnotations);
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE.imageManifest,
    config: configDescriptor,
    layers: [layerDescriptor],
    ...Object.keys(annotations).length > 0 ? { annotations } : {}
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  const blobs = [
    { descriptor: configDescriptor, open: () => Readable.from([configBytes]) },
    { descriptor: layerDescriptor, open: () => createReadStream(layer.path) }
  ];
  return {
    manifest: manifestBytes,
    manifestDigest: sha256(manifestBytes),
    manifestMediaType: MEDIA_TYPE.imageManifest,
    blobs
  };
}
function imageConfig(layer, source) {
  return {
    ...source.created === void 0 ? {} : { created: source.created },
    architecture: "amd64",
    os: "linux",
    config: {},
    rootfs: { type: "layers", diff_ids: [layer.diffId] }
  };
}
function manifestAnnotations(source, user) {
  const merged = {};
  if (source.created !== void 0) merged[ANNOTATION.created] = source.created;
  if (source.revision !== void 0) merged[ANNOTATION.revision] = source.revision;
  if (source.url !== void 0) merged[ANNOTATION.source] = source.url;
  Object.assign(merged, user);
  return Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
function sha256(bytes) {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}

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
var BUNDLE_CONTENT_DSSE = "dsse-envelope";
var IN_TOTO_STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
var PREDICATE_TYPE = {
  /** cosign v3's predicate for a plain signature ("this digest is signed"). */
  cosignSign: "https://sigstore.dev/cosign/sign/v1",
  /** SLSA v1 provenance. */
  slsaProvenance: "https://slsa.dev/provenance/v1",
  /** Ours: this digest passed configsync-oci validation (schema in docs/signing.md). */
  validation: "https://configsync-oci.dev/validation/v1"
};
function inTotoStatement(repository, manifestDigest, predicateType, predicate) {
  return {
    _type: IN_TOTO_STATEMENT_TYPE,
    subject: [{ name: repository, digest: { sha256: hexOf(manifestDigest) } }],
    predicateType,
    predicate
  };
}
function simpleSigningPayload(repository, manifestDigest) {
  const payload = {
    critical: {
      identity: { "docker-reference": repository },
      image: { "docker-manifest-digest": checkedDigest(manifestDigest) },
      type: "cosign container image signature"
    },
    optional: null
  };
  return Buffer.from(JSON.stringify(payload));
}
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

// src/signing/referrers.ts
import { Readable as Readable2 } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
function buildReferrerManifest(subject, artifact, created) {
  const layer = {
    mediaType: artifact.layerMediaType,
    digest: sha256(artifact.content),
    size: artifact.content.length
  };
  const annotations = { [SIGNING_ANNOTATION.created]: created, ...artifact.annotations ?? {} };
  const manifestJson = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE.imageManifest,
    artifactType: artifact.artifactType,
    config: { ...EMPTY_DESCRIPTOR },
    layers: [layer],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations
  };
  const manifest = Buffer.from(JSON.stringify(manifestJson));
  const digest = sha256(manifest);
  const content = artifact.content;
  return {
    manifest,
    digest,
    descriptor: {
      mediaType: MEDIA_TYPE.imageManifest,
      digest,
      size: manifest.length,
      artifactType: artifact.artifactType,
      annotations
    },
    blobs: [
      { descriptor: { ...EMPTY_DESCRIPTOR }, open: () => Readable2.from([EMPTY_BLOB]) },
      { descriptor: layer, open: () => Readable2.from([content]) }
    ]
  };
}
async function attachReferrers(port, subject, artifacts, options) {
  const created = options.created ?? (/* @__PURE__ */ new Date()).toISOString();
  const built = artifacts.map((artifact) => ({
    artifact,
    referrer: buildReferrerManifest(subject, artifact, created)
  }));
  const indexed = await Promise.all(
    built.map(async ({ artifact, referrer }) => {
      try {
        await port.uploadBlobs(referrer.blobs);
        const put = await port.putManifest(referrer.digest, referrer.manifest, MEDIA_TYPE.imageManifest);
        return put.outcome === "stored" && put.subject === subject.digest;
      } catch (error) {
        throw refused(port, artifact.label, subject.digest, error);
      }
    })
  );
  const needTag = built.filter((_, i) => indexed[i] !== true);
  if (needTag.length > 0) {
    try {
      await mergeIntoReferrersTag(
        port,
        subject.digest,
        needTag.map((b) => b.referrer.descriptor),
        options
      );
    } catch (error) {
      throw refused(port, needTag.map((b) => b.artifact.label).join(", "), subject.digest, error);
    }
  }
  return built.map(({ artifact, referrer }, i) => ({
    label: artifact.label,
    digest: referrer.digest,
    artifactType: artifact.artifactType,
    indexing: indexed[i] === true ? "referrers-api" : "tag-schema"
  }));
}
async function listReferrers(port, subjectDigest, artifactType) {
  const answer = await port.getReferrers(subjectDigest, artifactType);
  if (answer !== void 0) {
    const manifests = answer.filtered || artifactType === void 0 ? answer.manifests : answer.manifests.filter((m) => m.artifactType === artifactType);
    return { indexing: "referrers-api", manifests };
  }
  const { entries } = await readReferrersTag(port, subjectDigest);
  return {
    indexing: "tag-schema",
    manifests: artifactType === void 0 ? entries : entries.filter((m) => m.artifactType === artifactType)
  };
}
async function mergeIntoReferrersTag(port, subjectDigest, additions, options) {
  const tag = referrersTag(subjectDigest);
  const maxAttempts = options.maxAttempts ?? 8;
  const settleMs = options.settleMs ?? 300;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const current = await readReferrersTag(port, subjectDigest);
    const missing = additions.filter((a) => !current.entries.some((e) => e.digest === a.digest));
    if (missing.length > 0) {
      const index = referrersIndex([...current.entries, ...missing]);
      const put = await port.putManifest(
        tag,
        index,
        MEDIA_TYPE.imageIndex,
        current.etag === void 0 ? {} : { ifMatch: current.etag }
      );
      if (put.outcome === "precondition-failed") {
        options.logger.debug(`${port.describe()}:${tag} changed while it was merged (412); reading it again`);
        await sleep(jitter(settleMs / 3));
        continue;
      }
    }
    await sleep(settleMs + jitter(settleMs));
    const check = await readReferrersTag(port, subjectDigest);
    const lost = additions.filter((a) => !check.entries.some((e) => e.digest === a.digest));
    if (lost.length === 0) {
      options.logger.debug(`${port.describe()}:${tag} lists ${additions.map((a) => a.digest).join(", ")}`);
      return;
    }
    options.logger.debug(
      `${port.describe()}:${tag} was overwritten by another writer (attempt ${attempt}); merging again`
    );
  }
  throw new RegistryError(
    `update referrers index ${tag}`,
    `update referrers index ${tag}: other writers kept replacing it; gave up after ${maxAttempts} attempts`,
    {
      hint: "too many publishes are signing this digest at once; sign again (the referrer manifests are already pushed)"
    }
  );
}
async function readReferrersTag(port, subjectDigest) {
  const tag = referrersTag(subjectDigest);
  const fetched = await port.getManifest(tag);
  if (fetched === void 0) return { entries: [] };
  let json;
  try {
    json = JSON.parse(fetched.body.toString("utf8"));
  } catch (cause) {
    throw new ActionError(`${port.describe()}:${tag} is not JSON, so it is not a referrers index`, { cause });
  }
  const record = typeof json === "object" && json !== null ? json : {};
  if ((fetched.mediaType || record["mediaType"]) !== MEDIA_TYPE.imageIndex || !Array.isArray(record["manifests"])) {
    throw new ActionError(
      `${port.describe()}:${tag} is a ${fetched.mediaType || "manifest"}, not the OCI image index of the referrers tag schema`,
      {
        hint: `something else uses the tag ${tag}; remove it so referrers can be listed there`
      }
    );
  }
  const entries = record["manifests"].flatMap((entry) => {
    const descriptor = referrerDescriptor(entry);
    return descriptor === void 0 ? [] : [descriptor];
  });
  return fetched.etag === void 0 ? { entries } : { entries, etag: fetched.etag };
}
function referrersIndex(entries) {
  return Buffer.from(
    JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPE.imageIndex, manifests: entries })
  );
}
function refused(port, label, subjectDigest, error) {
  if (!(error instanceof ActionError)) return error;
  const operation = error instanceof RegistryError ? error.operation : `attach ${label}`;
  return new RegistryError(
    operation,
    `attaching the ${label} to ${port.describe()}@${subjectDigest} failed: ${error.message}`,
    {
      cause: error,
      ...error instanceof RegistryError && error.status !== void 0 ? { status: error.status } : {},
      hint: error.hint ?? "the registry must accept OCI 1.1 artifact manifests (artifactType, subject); no tag was written"
    }
  );
}
function jitter(ms) {
  return Math.floor(Math.random() * ms);
}

export {
  buildImage,
  sha256,
  SIGNING_MEDIA_TYPE,
  SIGNING_ANNOTATION,
  BUNDLE_CONTENT_DSSE,
  IN_TOTO_STATEMENT_TYPE,
  PREDICATE_TYPE,
  inTotoStatement,
  simpleSigningPayload,
  referrersTag,
  legacySignatureTag,
  attachReferrers,
  listReferrers
};
//# sourceMappingURL=chunk-P25MGRZS.js.map
