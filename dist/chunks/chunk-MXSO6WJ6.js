import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  buildVerifyPolicy
} from "./chunk-LOOKIQUP.js";
import {
  list
} from "./chunk-CKU2FG4C.js";
import {
  InputError
} from "./chunk-DYKBPGMV.js";

// src/action/verify-inputs.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
var VERIFY_INPUT = {
  key: "verify-key",
  identity: "verify-certificate-identity",
  identityRegexp: "verify-certificate-identity-regexp",
  issuer: "verify-certificate-oidc-issuer",
  trustedRoot: "verify-trusted-root",
  predicateTypes: "verify-predicate-types"
};
function readVerifyInputs(read, workspace) {
  const given = (name) => {
    const value = read(name).trim();
    return value === "" ? void 0 : { value, from: `input "${name}"` };
  };
  const key = given(VERIFY_INPUT.key);
  const root = given(VERIFY_INPUT.trustedRoot);
  const identity = given(VERIFY_INPUT.identity);
  const identityRegexp = given(VERIFY_INPUT.identityRegexp);
  const issuer = given(VERIFY_INPUT.issuer);
  const types = list(read(VERIFY_INPUT.predicateTypes));
  return buildVerifyPolicy({
    ...key === void 0 ? {} : {
      key: {
        pem: key.value.startsWith("-----BEGIN") ? key.value : readInputFile(key.value, workspace, VERIFY_INPUT.key),
        from: key.from
      }
    },
    ...identity === void 0 ? {} : { identity },
    ...identityRegexp === void 0 ? {} : { identityRegexp },
    ...issuer === void 0 ? {} : { issuer },
    ...root === void 0 ? {} : {
      trustedRoot: {
        json: readInputFile(root.value, workspace, VERIFY_INPUT.trustedRoot),
        from: root.from
      }
    },
    ...types.length === 0 ? {} : { predicateTypes: { values: types, from: `input "${VERIFY_INPUT.predicateTypes}"` } }
  });
}
function readInputFile(path, workspace, name) {
  try {
    return readFileSync(resolve(workspace, path), "utf8");
  } catch (cause) {
    throw new InputError(
      `input "${name}": ${path} cannot be read: ${cause.code ?? String(cause)}`,
      { cause, hint: "give a PEM text, or a path relative to the workspace" }
    );
  }
}

export {
  VERIFY_INPUT,
  readVerifyInputs
};
//# sourceMappingURL=chunk-MXSO6WJ6.js.map
