import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  actionTargetOptions,
  setVerifiedOutput
} from "./chunk-EPJ7RWDR.js";
import {
  NotVerifiedError,
  verifyImage
} from "./chunk-APFVGLPX.js";
import "./chunk-YZQ5VAOC.js";
import "./chunk-XQRQAPIS.js";
import {
  VERIFY_INPUT
} from "./chunk-RSM2C3QO.js";
import "./chunk-4SAUI5IW.js";
import "./chunk-XO3QGCFY.js";
import {
  requireImage
} from "./chunk-CKU2FG4C.js";
import "./chunk-Q4B6HPRN.js";
import "./chunk-FNIFEBH3.js";
import "./chunk-3BDJZUYS.js";
import "./chunk-JAJQMYNP.js";
import "./chunk-5RM3NDNB.js";
import "./chunk-PSFWDEYP.js";
import {
  InputError
} from "./chunk-DYKBPGMV.js";
import "./chunk-YVJEBMKL.js";

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
      () => verifyImage(image, policy, actionTargetOptions(context))
    );
    setVerifiedOutput(result.verified, result.digest);
    context.logger.info(result.message);
    if (!result.verified) throw new NotVerifiedError("verify", result);
  }
};
export {
  verifyMode
};
//# sourceMappingURL=verify-mode-BO7XERPI.js.map
