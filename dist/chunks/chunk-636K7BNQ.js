import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  buildVerifyPolicy
} from "./chunk-LOOKIQUP.js";
import {
  str,
  strs
} from "./chunk-Y4E5J6JL.js";
import {
  InputError
} from "./chunk-DYKBPGMV.js";

// src/cli/verify-flags.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var VERIFY_FLAG_OPTIONS = {
  key: { type: "string" },
  "certificate-identity": { type: "string" },
  "certificate-identity-regexp": { type: "string" },
  "certificate-oidc-issuer": { type: "string" },
  "trusted-root": { type: "string" },
  "predicate-type": { type: "string", multiple: true }
};
var VERIFY_FLAGS_HELP = `  --key FILE             PEM public key (ECDSA P-256) the signatures must verify with
  --certificate-identity ID         keyless: the exact certificate subject, e.g.
                         https://github.com/OWNER/REPO/.github/workflows/publish.yml@refs/heads/main
  --certificate-identity-regexp RE  keyless: a pattern for it instead
  --certificate-oidc-issuer URL     keyless: the OIDC issuer, e.g. https://token.actions.githubusercontent.com
  --trusted-root FILE    keyless: Sigstore trusted_root.json (required; not fetched)
  --predicate-type TYPE  an attestation that must be present: a URI, slsa or validation; repeatable
`;
async function readVerifyFlags(values) {
  const keyFile = str(values["key"]);
  const rootFile = str(values["trusted-root"]);
  const given = (name) => {
    const value = str(values[name]);
    return value === void 0 ? void 0 : { value, from: `--${name}` };
  };
  const identity = given("certificate-identity");
  const identityRegexp = given("certificate-identity-regexp");
  const issuer = given("certificate-oidc-issuer");
  const types = strs(values["predicate-type"]);
  return buildVerifyPolicy({
    ...keyFile === void 0 ? {} : { key: { pem: await readText(keyFile, "--key"), from: `--key ${keyFile}` } },
    ...identity === void 0 ? {} : { identity },
    ...identityRegexp === void 0 ? {} : { identityRegexp },
    ...issuer === void 0 ? {} : { issuer },
    ...rootFile === void 0 ? {} : {
      trustedRoot: {
        json: await readText(rootFile, "--trusted-root"),
        from: `--trusted-root ${rootFile}`
      }
    },
    ...types.length === 0 ? {} : { predicateTypes: { values: types, from: "--predicate-type" } }
  });
}
async function readText(file, flag) {
  try {
    return await readFile(resolve(file), "utf8");
  } catch (cause) {
    throw new InputError(
      `${flag} ${file} cannot be read: ${cause.code ?? String(cause)}`,
      { cause }
    );
  }
}

export {
  VERIFY_FLAG_OPTIONS,
  VERIFY_FLAGS_HELP,
  readVerifyFlags
};
//# sourceMappingURL=chunk-636K7BNQ.js.map
