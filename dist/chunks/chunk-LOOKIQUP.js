import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  PREDICATE_TYPE
} from "./chunk-P25MGRZS.js";
import {
  InputError
} from "./chunk-DYKBPGMV.js";

// src/signing/verify-policy.ts
import { createPublicKey } from "node:crypto";
var PREDICATE_ALIASES = {
  slsa: PREDICATE_TYPE.slsaProvenance,
  provenance: PREDICATE_TYPE.slsaProvenance,
  validation: PREDICATE_TYPE.validation
};
function buildVerifyPolicy(values) {
  const keyless = values.identity ?? values.identityRegexp ?? values.issuer;
  if (values.key === void 0 && keyless === void 0) {
    const stray = values.trustedRoot ?? values.predicateTypes;
    if (stray !== void 0 && (values.trustedRoot !== void 0 || (values.predicateTypes?.values.length ?? 0) > 0)) {
      throw new InputError(
        `${"from" in stray ? stray.from : "the policy"} is set, but no key or certificate identity to verify against`,
        {
          hint: "give a public key (key mode) or a certificate identity and OIDC issuer (keyless)"
        }
      );
    }
    return void 0;
  }
  const predicateTypes = (values.predicateTypes?.values ?? []).map((t) => t.trim()).filter((t) => t !== "").map((t) => predicateType(t, values.predicateTypes.from));
  if (values.key !== void 0) {
    if (keyless !== void 0) {
      throw new InputError(`${values.key.from} and ${keyless.from} are both set`, {
        hint: "verify either with a public key or with a keyless identity, not both"
      });
    }
    return { publicKey: parsePublicKey(values.key.pem, values.key.from), predicateTypes };
  }
  if (values.identity !== void 0 && values.identityRegexp !== void 0) {
    throw new InputError(`${values.identity.from} and ${values.identityRegexp.from} are both set`, {
      hint: "give the exact identity or a regular expression"
    });
  }
  const subjectValue = values.identity ?? values.identityRegexp;
  if (subjectValue === void 0 || values.issuer === void 0) {
    const missing = subjectValue === void 0 ? "a certificate identity (or identity regexp)" : "the certificate OIDC issuer";
    throw new InputError(`keyless verification needs ${missing}`, {
      hint: "e.g. issuer https://token.actions.githubusercontent.com and identity regexp ^https://github.com/OWNER/REPO/"
    });
  }
  if (values.trustedRoot === void 0) {
    throw new InputError(`keyless verification needs a Sigstore trusted root file (with ${keyless.from})`, {
      hint: "the public-good root is not fetched (no TUF here): give a trusted_root.json, e.g. from `cosign trusted-root create` or sigstore/root-signing"
    });
  }
  const subject = values.identityRegexp === void 0 ? subjectValue.value : compileRegexp(values.identityRegexp.value, values.identityRegexp.from);
  return {
    identity: { issuer: values.issuer.value, subject },
    trustedRoot: parseJson(values.trustedRoot.json, values.trustedRoot.from),
    predicateTypes
  };
}
function parsePublicKey(pem, from) {
  if (pem.includes("PRIVATE KEY"))
    throw new InputError(`${from} holds a private key`, {
      hint: "give the public key (-----BEGIN PUBLIC KEY-----), never the private one"
    });
  let key;
  try {
    key = createPublicKey(pem);
  } catch (cause) {
    throw new InputError(`${from} is not a PEM public key`, {
      cause,
      hint: "expected -----BEGIN PUBLIC KEY----- (SPKI), as signing prints it"
    });
  }
  if (key.asymmetricKeyType !== "ec")
    throw new InputError(`${from} is a ${key.asymmetricKeyType ?? "unknown"} key, expected ECDSA P-256`);
  return key;
}
function predicateType(value, from) {
  const resolved = PREDICATE_ALIASES[value] ?? value;
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(resolved)) {
    throw new InputError(`${from}: "${value}" is not a predicate type URI`, {
      hint: `use a URI or one of ${Object.keys(PREDICATE_ALIASES).join(", ")}`
    });
  }
  return resolved;
}
function compileRegexp(value, from) {
  try {
    return new RegExp(value);
  } catch (cause) {
    throw new InputError(`${from} "${value}" is not a regular expression`, { cause });
  }
}
function parseJson(text, from) {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new InputError(`${from} is not JSON`, { cause, hint: "expected a Sigstore trusted_root.json" });
  }
}

export {
  buildVerifyPolicy
};
//# sourceMappingURL=chunk-LOOKIQUP.js.map
