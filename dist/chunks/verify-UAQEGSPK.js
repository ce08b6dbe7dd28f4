import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  VERIFY_FLAGS_HELP,
  VERIFY_FLAG_OPTIONS,
  readVerifyFlags
} from "./chunk-636K7BNQ.js";
import {
  REGISTRY_FLAG_OPTIONS,
  readRegistryFlags
} from "./chunk-DX4CVWKC.js";
import {
  loadSigstore,
  verifyImage
} from "./chunk-3MGMBFCM.js";
import "./chunk-VNAU5XZX.js";
import "./chunk-LOOKIQUP.js";
import "./chunk-P25MGRZS.js";
import "./chunk-BHYY5VJ3.js";
import "./chunk-3BDJZUYS.js";
import "./chunk-JAJQMYNP.js";
import "./chunk-5RM3NDNB.js";
import {
  EXIT,
  SUMMARY,
  UsageError,
  parseCommandArgs,
  parseFormat
} from "./chunk-Y4E5J6JL.js";
import {
  FORMAT,
  stderrLogger
} from "./chunk-AB3UUCUA.js";
import "./chunk-IDSBZXJC.js";
import "./chunk-DYKBPGMV.js";
import "./chunk-5JH4DS2R.js";

// src/cli/commands/verify.ts
var VERIFY_USAGE = `Usage: configsync-oci verify IMAGE (--key FILE | --certificate-identity[-regexp] \u2026) [options]

Checks the signatures of IMAGE's digest (a tag is resolved to its digest):
cosign v3 bundles attached as OCI referrers (referrers API or the
sha256-<hex> tag schema) and, with --key, the legacy sha256-<hex>.sig
signature; then the attestations --predicate-type asks for (the validation
attestation must count no error). Exits 0 verified, 1 not verified (the
reason: missing, wrong-identity, bad-signature, digest-mismatch,
expired-certificate, untrusted, missing-attestation, validation-errors),
2 usage. Needs Node 22 or later (@sigstore/verify).

${VERIFY_FLAGS_HELP}  --format text|json     result format on stdout                          (default text)
  -u, --username USER    registry user name; the password is read from stdin
      --password-stdin   read the registry password (or token) from stdin
  --insecure             allow plain HTTP and skip TLS verification
  --ca-file FILE         PEM file of extra CA certificates for the registry
  -q, --quiet            no progress lines on stderr
`;
var verifyCommand = {
  name: "verify",
  summary: SUMMARY.verify,
  usage: VERIFY_USAGE,
  run: runVerify
};
async function runVerify(args, io) {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      ...VERIFY_FLAG_OPTIONS,
      ...REGISTRY_FLAG_OPTIONS,
      format: { type: "string" },
      quiet: { type: "boolean", short: "q" }
    },
    "verify"
  );
  if (values["help"] === true) {
    io.stdout(VERIFY_USAGE);
    return EXIT.ok;
  }
  const [image, ...rest] = positionals;
  if (image === void 0 || rest.length > 0)
    throw new UsageError("verify takes one IMAGE", {
      hint: "configsync-oci verify ghcr.io/acme/config@sha256:\u2026 --key cosign.pub"
    });
  const format = parseFormat(values["format"]);
  const policy = await readVerifyFlags(values);
  if (policy === void 0)
    throw new UsageError(
      "verify needs a policy: --key FILE, or --certificate-identity[-regexp] with --certificate-oidc-issuer and --trusted-root"
    );
  await loadSigstore("configsync-oci verify");
  const registry = await readRegistryFlags(values, io, "verify");
  const logger = stderrLogger({ verbose: false, quiet: values["quiet"] === true });
  const result = await verifyImage(image, policy, { ...registry, logger }, "IMAGE");
  io.stdout(format === FORMAT.json ? `${JSON.stringify(result, null, 2)}
` : renderText(result));
  return result.verified ? EXIT.ok : EXIT.failed;
}
function renderText(result) {
  const lines = [`${result.verified ? "verified" : `NOT verified (${result.reason})`}: ${result.message}`];
  for (const item of result.items) {
    const what = item.kind === "signature" ? `${item.format} signature` : `attestation ${item.predicateType}`;
    lines.push(
      `  ${item.ok ? "ok  " : "FAIL"} ${what} ${item.digest}${item.identity ? ` by ${item.identity}` : ""}${item.ok ? "" : `: ${item.reason}: ${item.detail ?? ""}`}`
    );
  }
  return `${lines.join("\n")}
`;
}
export {
  verifyCommand
};
//# sourceMappingURL=verify-UAQEGSPK.js.map
