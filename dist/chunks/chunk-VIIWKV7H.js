import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  BUNDLE_CONTENT_DSSE,
  PREDICATE_TYPE,
  SIGNING_ANNOTATION,
  SIGNING_MEDIA_TYPE,
  attachReferrers,
  inTotoStatement,
  legacySignatureTag,
  sha256,
  simpleSigningPayload
} from "./chunk-P25MGRZS.js";
import {
  MEDIA_TYPE
} from "./chunk-3BDJZUYS.js";
import {
  VERSION
} from "./chunk-ERSDYIHJ.js";
import {
  ActionError,
  InputError
} from "./chunk-DYKBPGMV.js";

// src/signing/attestations.ts
function validationStatement(facts) {
  const bySeverity = {};
  const byCode = {};
  for (const f of facts.findings) {
    bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
    byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  }
  return {
    label: "validation attestation",
    predicateType: PREDICATE_TYPE.validation,
    predicate: {
      tool: { name: "configsync-oci", version: VERSION },
      source: { format: facts.sourceFormat, scope: facts.scope },
      kubernetesSchemaVersion: facts.kubernetesSchemaVersion,
      findings: { bySeverity: sorted(bySeverity), byCode: sorted(byCode) },
      layer: { diffId: facts.diffId }
    }
  };
}
function sorted(record) {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}

// src/signing/bundle.ts
import { createHash } from "node:crypto";
var SIGNATURE_STATEMENT = {
  predicateType: PREDICATE_TYPE.cosignSign,
  predicate: {},
  label: "signature"
};
function keyHint(publicKeyDer) {
  return createHash("sha256").update(publicKeyDer).digest("hex");
}
async function signStatementBundle(signer, repository, digest, statement) {
  const { DSSEBundleBuilder } = await loadSigstore();
  const { bundleToJSON } = named(await import("./dist-5NGHACZI.js"), "bundleToJSON");
  const identity = signer.identity;
  const builder = new DSSEBundleBuilder({
    witnesses: [],
    signer: {
      sign: async (data) => ({
        signature: await signer.sign(data),
        key: identity.kind === "public-key" ? { $case: "publicKey", publicKey: identity.publicKeyPem, hint: keyHint(identity.publicKeyDer) } : { $case: "x509Certificate", certificate: identity.certificatePem }
      })
    }
  });
  const payload = Buffer.from(
    JSON.stringify(inTotoStatement(repository, digest, statement.predicateType, statement.predicate))
  );
  const bundle = await builder.create({ data: payload, type: SIGNING_MEDIA_TYPE.inTotoPayload });
  return Buffer.from(JSON.stringify(bundleToJSON(bundle)));
}
async function attachBundles(port, repository, subject, signer, statements, options) {
  const artifacts = [];
  for (const statement of statements) {
    artifacts.push({
      label: statement.label,
      artifactType: SIGNING_MEDIA_TYPE.sigstoreBundle,
      layerMediaType: SIGNING_MEDIA_TYPE.sigstoreBundle,
      content: await signStatementBundle(signer, repository, subject.digest, statement),
      annotations: {
        [SIGNING_ANNOTATION.bundleContent]: BUNDLE_CONTENT_DSSE,
        [SIGNING_ANNOTATION.bundlePredicateType]: statement.predicateType
      }
    });
  }
  return attachReferrers(port, subject, artifacts, options);
}
async function loadSigstore() {
  const major = Number(process.versions.node.split(".")[0]);
  if (major < 22) {
    throw new ActionError(`signing needs Node 22 or later (this is Node ${process.versions.node})`, {
      hint: "run the CLI with Node 22+ to sign; unsigned publish works on Node 20"
    });
  }
  return named(await import("./dist-4CLAGRUQ.js"), "DSSEBundleBuilder");
}
function named(module, probe) {
  if (probe in module) return module;
  const fallback = module.default;
  return fallback !== void 0 && probe in fallback ? fallback : module;
}

// src/signing/legacy-signature.ts
import { Readable } from "node:stream";
async function pushLegacySignature(port, repository, subjectDigest, signer) {
  const payload = simpleSigningPayload(repository, subjectDigest);
  const signature = await signer.sign(payload);
  const annotations = {
    [SIGNING_ANNOTATION.legacySignature]: signature.toString("base64")
  };
  if (signer.identity.kind === "certificate")
    annotations[SIGNING_ANNOTATION.legacyCertificate] = signer.identity.certificatePem;
  const layer = {
    mediaType: SIGNING_MEDIA_TYPE.simpleSigning,
    digest: sha256(payload),
    size: payload.length,
    annotations
  };
  const tag = legacySignatureTag(subjectDigest);
  const earlier = await existingLayers(port, tag);
  const signed = (l) => l.annotations?.[SIGNING_ANNOTATION.legacySignature];
  const layers = [...earlier.filter((l) => l.digest !== layer.digest || signed(l) !== signed(layer)), layer];
  const config = Buffer.from(
    JSON.stringify({
      architecture: "",
      created: "0001-01-01T00:00:00Z",
      history: [{ created: "0001-01-01T00:00:00Z" }],
      os: "",
      rootfs: { type: "layers", diff_ids: layers.map((l) => l.digest) },
      config: {}
    })
  );
  const configDescriptor = {
    mediaType: MEDIA_TYPE.imageConfig,
    digest: sha256(config),
    size: config.length
  };
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPE.imageManifest,
      config: configDescriptor,
      layers
    })
  );
  const blobs = [
    { descriptor: configDescriptor, open: () => Readable.from([config]) },
    { descriptor: layer, open: () => Readable.from([payload]) }
  ];
  await port.uploadBlobs(blobs);
  const manifestDigest = sha256(manifest);
  await port.putManifest(manifestDigest, manifest, MEDIA_TYPE.imageManifest);
  await port.putManifest(tag, manifest, MEDIA_TYPE.imageManifest);
  return { tag, manifestDigest, payload, signature };
}
async function existingLayers(port, tag) {
  const fetched = await port.getManifest(tag);
  if (fetched === void 0) return [];
  const json = JSON.parse(fetched.body.toString("utf8"));
  if (!Array.isArray(json.layers))
    throw new ActionError(`${port.describe()}:${tag} is not a cosign signature manifest`);
  return json.layers.filter(
    (l) => typeof l === "object" && l !== null && "digest" in l
  );
}

// src/signing/sign-on-publish.ts
var SIGN_MODES = ["none", "key"];
var SIGNATURE_FORMATS = ["bundle", "legacy", "both"];
function parseSignMode(value, inputName) {
  const text = (value ?? "").trim().toLowerCase() || "none";
  if (SIGN_MODES.includes(text)) return text;
  throw new InputError(`${inputName} "${value}" is not one of ${SIGN_MODES.join(", ")}`, {
    hint: "key signs with signing-key; keyless is not available yet"
  });
}
function parseSignatureFormat(value, inputName) {
  const text = (value ?? "").trim().toLowerCase() || "bundle";
  if (SIGNATURE_FORMATS.includes(text)) return text;
  throw new InputError(`${inputName} "${value}" is not one of ${SIGNATURE_FORMATS.join(", ")}`, {
    hint: "bundle: cosign v3 bundle as an OCI 1.1 referrer; legacy: the sha256-<hex>.sig tag (Config Sync webhook); both"
  });
}
function checkSigningRuntime(plan, nodeVersion = process.versions.node) {
  if (plan.format === "legacy") return;
  const major = Number(nodeVersion.split(".")[0]);
  if (major >= 22) return;
  throw new ActionError(`signing a cosign v3 bundle needs Node 22 or later (this is Node ${nodeVersion})`, {
    hint: "run with Node 22+ to sign, or sign only the legacy .sig (signature-format legacy); unsigned publish works on Node 20"
  });
}
async function signPublished(port, repository, subject, plan, facts, logger) {
  const { signer } = plan;
  const publicKey = signer.identity.kind === "public-key" ? signer.identity.publicKeyPem : void 0;
  const what = (step, error) => new ActionError(
    `signing ${subject.digest} failed while ${step}: ${error instanceof Error ? error.message : String(error)}; no tag was written`,
    { cause: error, ...error instanceof ActionError && error.hint ? { hint: error.hint } : {} }
  );
  const statements = [];
  if (plan.format !== "legacy") statements.push(SIGNATURE_STATEMENT);
  if (plan.attest) statements.push(validationStatement(facts));
  let bundleDigest;
  let attestationDigest;
  if (statements.length > 0) {
    const attached = await attachBundles(port, repository, subject, signer, statements, {
      logger,
      ...plan.settleMs === void 0 ? {} : { settleMs: plan.settleMs }
    }).catch((error) => {
      throw what(`attaching the ${statements.map((s) => s.label).join(" and ")}`, error);
    });
    for (const a of attached) {
      if (a.label === SIGNATURE_STATEMENT.label) bundleDigest = a.digest;
      else attestationDigest = a.digest;
      logger.info(`attached ${a.label} ${a.digest} (${a.indexing})`);
    }
  }
  let legacy;
  if (plan.format !== "bundle") {
    legacy = await pushLegacySignature(port, repository, subject.digest, signer).catch((error) => {
      throw what("writing the legacy .sig signature", error);
    });
    logger.info(`wrote legacy signature ${legacy.tag} (${legacy.manifestDigest})`);
  }
  const signatureDigest = bundleDigest ?? legacy?.manifestDigest;
  if (signatureDigest === void 0) throw new ActionError("signing produced no signature");
  return {
    signatureDigest,
    ...bundleDigest === void 0 ? {} : { bundleDigest },
    ...legacy === void 0 ? {} : { legacyDigest: legacy.manifestDigest, legacyTag: legacy.tag },
    ...attestationDigest === void 0 ? {} : { attestationDigest },
    ...publicKey === void 0 ? {} : { publicKey }
  };
}

export {
  parseSignMode,
  parseSignatureFormat,
  checkSigningRuntime,
  signPublished
};
//# sourceMappingURL=chunk-VIIWKV7H.js.map
