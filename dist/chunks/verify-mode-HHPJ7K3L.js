import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  actionTargetOptions,
  setVerifiedOutput
} from "./chunk-HVFPBU5Z.js";
import {
  NotVerifiedError,
  verifyImage
} from "./chunk-3FN2WSMJ.js";
import "./chunk-AKHWHQEL.js";
import "./chunk-VMKKHXVM.js";
import {
  VERIFY_INPUT
} from "./chunk-247WWECS.js";
import "./chunk-BHX3TEUP.js";
import "./chunk-47PYXJYH.js";
import {
  requireImage
} from "./chunk-XBZM4BRG.js";
import "./chunk-EJ4SXITG.js";
import "./chunk-5KYBKP77.js";
import "./chunk-WWXK5YFY.js";
import "./chunk-UYWSKSWG.js";
import "./chunk-3SQLGDIU.js";
import "./chunk-LVBTMGRS.js";
import {
  InputError
} from "./chunk-RSJPG6JE.js";
import "./chunk-YVJEBMKL.js";

// src/pipeline/verify-mode.ts
var verifyMode = {
  async run(context) {
    const image = requireImage(context.settings.core);
    const policy = context.settings.verify;
    if (policy === void 0) {
      throw new InputError(`mode verify needs input "${VERIFY_INPUT.key}", or "${VERIFY_INPUT.identity}" (or -regexp) with "${VERIFY_INPUT.issuer}" and "${VERIFY_INPUT.trustedRoot}"`);
    }
    const result = await context.logger.group(`Verify ${image}`, () => verifyImage(image, policy, actionTargetOptions(context)));
    setVerifiedOutput(result.verified, result.digest);
    context.logger.info(result.message);
    if (!result.verified) throw new NotVerifiedError("verify", result);
  }
};
export {
  verifyMode
};
//# sourceMappingURL=verify-mode-HHPJ7K3L.js.map
