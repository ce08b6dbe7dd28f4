import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  setVerifiedOutput,
  targetOptionsOf
} from "./chunk-RHEIN47V.js";
import {
  NotVerifiedError,
  verifyImage
} from "./chunk-3MGMBFCM.js";
import "./chunk-VNAU5XZX.js";
import {
  VERIFY_INPUT
} from "./chunk-MXSO6WJ6.js";
import "./chunk-LOOKIQUP.js";
import {
  requireImage
} from "./chunk-CKU2FG4C.js";
import "./chunk-P25MGRZS.js";
import "./chunk-BHYY5VJ3.js";
import "./chunk-KQRLUDKS.js";
import "./chunk-3BDJZUYS.js";
import "./chunk-JAJQMYNP.js";
import "./chunk-5RM3NDNB.js";
import "./chunk-UXHFPGE2.js";
import {
  InputError
} from "./chunk-DYKBPGMV.js";
import "./chunk-5JH4DS2R.js";

// src/pipeline/verify-mode.ts
var verifyMode = {
  async run(context) {
    const image = requireImage(context.settings.core);
    const policy = context.settings.verify;
    if (policy === void 0) {
      throw new InputError(
        `mode verify needs input "${VERIFY_INPUT.key}", or "${VERIFY_INPUT.identity}" (or -regexp) with "${VERIFY_INPUT.issuer}" and "${VERIFY_INPUT.trustedRoot}"`
      );
    }
    const result = await context.logger.group(
      `Verify ${image}`,
      () => verifyImage(image, policy, targetOptionsOf(context))
    );
    setVerifiedOutput(result.verified, result.digest);
    context.logger.info(result.message);
    if (!result.verified) throw new NotVerifiedError("verify", result);
  }
};
export {
  verifyMode
};
//# sourceMappingURL=verify-mode-Z2E4LK73.js.map
