import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  InputError
} from "./chunk-DYKBPGMV.js";

// src/signing/signer.ts
import { createPrivateKey, createPublicKey, sign as cryptoSign } from "node:crypto";
var ENCRYPTED_COSIGN = /-----BEGIN ENCRYPTED (SIGSTORE|COSIGN) PRIVATE KEY-----/;
function keySigner(pem, inputName) {
  const key = readPrivateKey(pem, inputName);
  const publicKey = createPublicKey(key);
  const identity = {
    kind: "public-key",
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    publicKeyDer: publicKey.export({ type: "spki", format: "der" })
  };
  return {
    identity,
    sign: async (bytes) => cryptoSign("sha256", bytes, key)
  };
}
function readPrivateKey(pem, inputName) {
  const expected = "an unencrypted ECDSA P-256 private key in PKCS#8 PEM (-----BEGIN PRIVATE KEY-----)";
  if (ENCRYPTED_COSIGN.test(pem)) {
    throw new InputError(`${inputName} is a cosign encrypted key, which configsync-oci cannot read`, {
      hint: `give ${expected}, e.g. openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out key.pem`
    });
  }
  if (!pem.includes("-----BEGIN"))
    throw new InputError(`${inputName} holds no PEM key`, { hint: `expected ${expected}` });
  let key;
  try {
    key = createPrivateKey({ key: pem, format: "pem" });
  } catch {
    throw new InputError(
      `${inputName} is not a readable private key (malformed or passphrase-protected PEM)`,
      { hint: `expected ${expected}` }
    );
  }
  const type = key.asymmetricKeyType;
  const curve = key.asymmetricKeyDetails?.namedCurve;
  if (type !== "ec" || curve !== "prime256v1") {
    const found = type === "ec" ? `an EC key on curve ${curve ?? "unknown"}` : `a ${type ?? "unknown"} key`;
    throw new InputError(`${inputName} is ${found}, not ECDSA P-256`, { hint: `expected ${expected}` });
  }
  return key;
}

export {
  keySigner
};
//# sourceMappingURL=chunk-BNR66ZL3.js.map
