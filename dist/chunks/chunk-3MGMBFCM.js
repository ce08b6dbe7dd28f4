import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  registryClientOptions
} from "./chunk-VNAU5XZX.js";
import {
  IN_TOTO_STATEMENT_TYPE,
  PREDICATE_TYPE,
  SIGNING_ANNOTATION,
  SIGNING_MEDIA_TYPE,
  legacySignatureTag,
  listReferrers
} from "./chunk-P25MGRZS.js";
import {
  RegistryClient
} from "./chunk-BHYY5VJ3.js";
import {
  isDigest,
  parseImageReference,
  repositoryName
} from "./chunk-5RM3NDNB.js";
import {
  ActionError
} from "./chunk-DYKBPGMV.js";

// src/signing/verify-bundle.ts
var MIN_SIGSTORE_NODE_MAJOR = 22;
async function loadSigstore(what, nodeVersion = process.versions.node) {
  const major = Number(nodeVersion.split(".")[0]);
  if (!(major >= MIN_SIGSTORE_NODE_MAJOR)) {
    throw new ActionError(
      `${what} needs Node ${MIN_SIGSTORE_NODE_MAJOR} or later; this is Node ${nodeVersion}`,
      {
        hint: "@sigstore/verify needs Node ^22.22.2, ^24.15.0 or >=26; run it with Node 22 or 24 (validate and publish work on Node 20)"
      }
    );
  }
  const [verify, bundle, specs] = await Promise.all([
    import("./dist-5GLHL5F6.js"),
    import("./dist-5NGHACZI.js"),
    import("./dist-OXU2XWP6.js")
  ]);
  return {
    verify: named(verify, "Verifier"),
    bundle: named(bundle, "bundleFromJSON"),
    specs: named(specs, "TrustedRoot")
  };
}
function named(module, probe) {
  if (probe in module) return module;
  const fallback = module.default;
  return fallback !== void 0 && probe in fallback ? fallback : module;
}
function checkBundle(modules, json, policy) {
  let bundle;
  try {
    bundle = modules.bundle.bundleFromJSON(json);
  } catch (error) {
    return { ok: false, reason: "bad-signature", detail: `not a Sigstore bundle: ${messageOf(error)}` };
  }
  if (bundle.content.$case !== "dsseEnvelope")
    return { ok: false, reason: "bad-signature", detail: "the bundle holds no DSSE envelope" };
  try {
    const entity = modules.verify.toSignedEntity(bundle);
    if (policy.publicKey !== void 0) {
      const key = policy.publicKey;
      const material2 = modules.verify.toTrustMaterial(emptyTrustedRoot(modules), () => ({
        publicKey: key,
        validFor: () => true
      }));
      const verifier2 = new modules.verify.Verifier(material2, {
        tlogThreshold: 0,
        ctlogThreshold: 0,
        timestampThreshold: 0
      });
      if (entity.key.$case !== "public-key")
        return {
          ok: false,
          reason: "wrong-identity",
          detail: "signed keyless (a certificate), but the policy names a public key"
        };
      verifier2.verify(entity);
      return { ok: true, payload: Buffer.from(bundle.content.dsseEnvelope.payload) };
    }
    const identity = policy.identity;
    const root = modules.specs.TrustedRoot.fromJSON(policy.trustedRoot);
    const material = modules.verify.toTrustMaterial(root);
    if (entity.key.$case !== "certificate")
      return {
        ok: false,
        reason: "wrong-identity",
        detail: "signed with a key, but the policy names a keyless identity"
      };
    const hasTlog = entity.tlogEntries.length > 0;
    const verifier = new modules.verify.Verifier(material, {
      tlogThreshold: hasTlog ? 1 : 0,
      ctlogThreshold: 0,
      timestampThreshold: 1
    });
    const signer = verifier.verify(entity, {
      subjectAlternativeName: identity.subject,
      extensions: { issuer: identity.issuer }
    });
    const san = signer.identity?.subjectAlternativeName;
    return {
      ok: true,
      payload: Buffer.from(bundle.content.dsseEnvelope.payload),
      ...san === void 0 ? {} : { identity: san }
    };
  } catch (error) {
    return { ok: false, ...classify(error) };
  }
}
function classify(error) {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const cause = error instanceof Error && error.cause !== void 0 ? `: ${messageOf(error.cause)}` : "";
  const detail = `${code === "" ? "" : `${code}: `}${messageOf(error)}${cause}`;
  if (code === "UNTRUSTED_SIGNER_ERROR" || error instanceof Error && error.name === "PolicyError")
    return { reason: "wrong-identity", detail };
  if (code === "SIGNATURE_ERROR" || code === "PUBLIC_KEY_ERROR") return { reason: "bad-signature", detail };
  if (code === "CERTIFICATE_ERROR" && /expired/.test(detail)) return { reason: "expired-certificate", detail };
  return { reason: "untrusted", detail };
}
function emptyTrustedRoot(modules) {
  return modules.specs.TrustedRoot.fromJSON({
    mediaType: "application/vnd.dev.sigstore.trustedroot+json;version=0.1",
    tlogs: [],
    certificateAuthorities: [],
    ctlogs: [],
    timestampAuthorities: []
  });
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/signing/verify.ts
import { verify as cryptoVerify } from "node:crypto";
var MAX_SIGNATURE_BYTES = 1 << 20;
var REASON_ORDER = [
  "digest-mismatch",
  "expired-certificate",
  "wrong-identity",
  "bad-signature",
  "untrusted",
  "validation-errors",
  "missing-attestation",
  "missing"
];
async function verifyDigest(port, digest, policy, modules) {
  const sigstore = modules ?? await loadSigstore("verification");
  const items = [];
  const { manifests } = await listReferrers(port, digest, SIGNING_MEDIA_TYPE.sigstoreBundle);
  for (const referrer of manifests)
    items.push(await checkReferrer(port, sigstore, referrer.digest, digest, policy));
  if (policy.publicKey !== void 0) items.push(...await checkLegacy(port, digest, policy));
  return verdict(port.describe(), digest, policy, items);
}
function verdict(repository, digest, policy, items) {
  const base = { digest, repository, items };
  const signatures = items.filter((i) => i.kind === "signature");
  const failures = [];
  if (!signatures.some((s) => s.ok)) {
    const failed = signatures.filter((s) => !s.ok);
    if (failed.length === 0)
      return {
        ...base,
        verified: false,
        reason: "missing",
        message: `no signature found for ${digest} in ${repository}`
      };
    failures.push(...failed);
  }
  for (const type of policy.predicateTypes) {
    const attested = items.filter((i) => i.kind === "attestation" && i.predicateType === type);
    if (attested.some((a) => a.ok)) continue;
    const failed = attested.filter((a) => !a.ok);
    failures.push(
      ...failed.length > 0 ? failed : [
        {
          kind: "attestation",
          format: "bundle",
          digest,
          predicateType: type,
          ok: false,
          reason: "missing-attestation",
          detail: `no ${type} attestation`
        }
      ]
    );
  }
  if (failures.length === 0) {
    const how = signatures.filter((s) => s.ok).map((s) => s.format === "bundle" ? "cosign bundle" : "legacy .sig").join(", ");
    const attested = policy.predicateTypes.length === 0 ? "" : `; attested: ${policy.predicateTypes.join(", ")}`;
    return { ...base, verified: true, message: `${repository}@${digest} is signed (${how})${attested}` };
  }
  const first = [...failures].sort(
    (a, b) => REASON_ORDER.indexOf(a.reason) - REASON_ORDER.indexOf(b.reason)
  )[0];
  const what = first.kind === "signature" ? "signature" : `${first.predicateType} attestation`;
  return {
    ...base,
    verified: false,
    reason: first.reason,
    message: `${repository}@${digest} is not verified: ${what} ${first.reason}: ${first.detail ?? ""}`.trimEnd()
  };
}
async function checkReferrer(port, modules, referrerDigest, digest, policy) {
  const base = { format: "bundle", digest: referrerDigest };
  const fail = (reason, detail, predicateType2) => ({
    ...base,
    kind: predicateType2 === void 0 || predicateType2 === PREDICATE_TYPE.cosignSign ? "signature" : "attestation",
    ok: false,
    reason,
    detail,
    ...predicateType2 === void 0 ? {} : { predicateType: predicateType2 }
  });
  const fetched = await port.getManifest(referrerDigest);
  if (fetched === void 0) return fail("missing", `referrer ${referrerDigest} is listed but absent`);
  const manifest = parseJson(fetched.body);
  const annotated = manifest?.annotations?.[SIGNING_ANNOTATION.bundlePredicateType];
  const layer = manifest?.layers?.find((l) => l.mediaType === SIGNING_MEDIA_TYPE.sigstoreBundle);
  if (layer?.digest === void 0 || (layer.size ?? 0) > MAX_SIGNATURE_BYTES)
    return fail("bad-signature", "the referrer has no bundle layer", annotated);
  if (manifest.subject?.digest !== digest)
    return fail(
      "digest-mismatch",
      `the referrer's subject is ${manifest.subject?.digest ?? "absent"}`,
      annotated
    );
  const bytes = await port.getBlob(layer.digest);
  if (bytes === void 0) return fail("missing", `bundle blob ${layer.digest} is absent`, annotated);
  const checked = checkBundle(modules, parseJson(bytes), policy);
  if (!checked.ok) return fail(checked.reason, checked.detail, annotated);
  const statement = parseJson(checked.payload);
  const predicateType = typeof statement?.predicateType === "string" ? statement.predicateType : void 0;
  if (statement?._type !== IN_TOTO_STATEMENT_TYPE || predicateType === void 0)
    return fail("bad-signature", "the signed payload is not an in-toto v1 statement", annotated);
  const hex = digest.slice("sha256:".length);
  if (!(statement.subject ?? []).some((s) => s.digest?.sha256 === hex)) {
    const named2 = (statement.subject ?? []).map((s) => `sha256:${s.digest?.sha256 ?? "?"}`).join(", ");
    return fail(
      "digest-mismatch",
      `the signed statement is about ${named2 || "nothing"}, not ${digest}`,
      predicateType
    );
  }
  const identity = checked.identity === void 0 ? {} : { identity: checked.identity };
  if (predicateType === PREDICATE_TYPE.validation) {
    const errors = validationErrors(statement.predicate);
    if (errors !== 0)
      return {
        ...fail(
          "validation-errors",
          errors === void 0 ? "the validation attestation has no error count" : `the validation attestation counts ${errors} error finding(s)`,
          predicateType
        ),
        ...identity
      };
  }
  const kind = predicateType === PREDICATE_TYPE.cosignSign ? "signature" : "attestation";
  return { ...base, kind, predicateType, ok: true, ...identity };
}
async function checkLegacy(port, digest, policy) {
  const fetched = await port.getManifest(legacySignatureTag(digest));
  if (fetched === void 0) return [];
  const base = { kind: "signature", format: "legacy", digest: fetched.digest };
  const manifest = parseJson(fetched.body);
  const items = [];
  for (const layer of manifest?.layers ?? []) {
    if (layer.mediaType !== SIGNING_MEDIA_TYPE.simpleSigning || layer.digest === void 0 || (layer.size ?? 0) > MAX_SIGNATURE_BYTES)
      continue;
    const signature = layer.annotations?.[SIGNING_ANNOTATION.legacySignature];
    const payload = await port.getBlob(layer.digest);
    if (payload === void 0 || signature === void 0) {
      items.push({
        ...base,
        ok: false,
        reason: "missing",
        detail: "a .sig layer without payload or signature"
      });
      continue;
    }
    if (!cryptoVerify("sha256", payload, policy.publicKey, Buffer.from(signature, "base64"))) {
      items.push({
        ...base,
        ok: false,
        reason: "bad-signature",
        detail: "the .sig signature does not verify with the key"
      });
      continue;
    }
    const signed = parseJson(payload)?.critical?.image?.["docker-manifest-digest"];
    items.push(
      signed === digest ? { ...base, ok: true } : {
        ...base,
        ok: false,
        reason: "digest-mismatch",
        detail: `the .sig payload signs ${signed ?? "no digest"}`
      }
    );
  }
  return items;
}
function validationErrors(predicate) {
  const value = predicate?.findings?.bySeverity?.error;
  return typeof value === "number" ? value : void 0;
}
function parseJson(bytes) {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    return void 0;
  }
}

// src/signing/verify-target.ts
async function verifyImage(image, policy, options, inputName = "image") {
  const ref = parseImageReference(image.trim(), inputName);
  const client = new RegistryClient(ref, registryClientOptions(ref, options));
  try {
    const reference = ref.digest ?? ref.tag;
    if (reference === void 0)
      throw new ActionError(`${inputName} "${image}" names no tag or digest`, {
        hint: "write REPOSITORY:TAG or REPOSITORY@sha256:\u2026"
      });
    const digest = isDigest(reference) ? reference : (await client.headManifest(reference))?.digest;
    if (digest === void 0) throw new ActionError(`${repositoryName(ref)}:${reference} does not exist`);
    return await verifyDigest(client, digest, policy);
  } finally {
    client.close();
  }
}
var NotVerifiedError = class extends ActionError {
  result;
  constructor(what, result) {
    super(`${what} refused: ${result.message}`, {
      hint: "only digests that verify against the policy are promoted, rolled out or written back; nothing was changed"
    });
    this.result = result;
  }
};
async function requireVerified(what, image, policy, options, logger) {
  if (policy === void 0) return void 0;
  const result = await verifyImage(image, policy, options);
  if (!result.verified) throw new NotVerifiedError(what, result);
  logger.info(`verified: ${result.message}`);
  return result;
}

export {
  loadSigstore,
  verifyImage,
  NotVerifiedError,
  requireVerified
};
//# sourceMappingURL=chunk-3MGMBFCM.js.map
