import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  requireVerified
} from "./chunk-3MGMBFCM.js";
import {
  setOutput
} from "./chunk-KQRLUDKS.js";

// src/action/context.ts
function targetOptionsOf(context) {
  const { env, logger } = context;
  const inputs = context.settings.core;
  const registry = { ...context.settings.registry, env, mask: context.mask };
  return {
    logger,
    registry,
    insecure: inputs.insecure,
    ...inputs.credentials ? { credentials: inputs.credentials } : {},
    ...inputs.caFile ? { caFile: inputs.caFile } : {}
  };
}

// src/action/verify-gate.ts
var VERIFY_OUTPUT = { verified: "verified" };
async function gateOnPolicy(context, what, reference) {
  const policy = context.settings.verify;
  if (policy === void 0) return;
  await requireVerified(what, reference, policy, targetOptionsOf(context), context.logger);
  setVerifiedOutput(true);
}
function setVerifiedOutput(verified, digest) {
  setOutput(VERIFY_OUTPUT.verified, String(verified));
  if (digest !== void 0) setOutput("digest", digest);
}

export {
  targetOptionsOf,
  gateOnPolicy,
  setVerifiedOutput
};
//# sourceMappingURL=chunk-RHEIN47V.js.map
