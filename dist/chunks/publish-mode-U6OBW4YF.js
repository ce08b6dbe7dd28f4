import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  AFTER_PUBLISH_STEPS,
  publishMode
} from "./chunk-EKCXBFYH.js";
import "./chunk-FB2BQVAA.js";
import "./chunk-C6HXJ4BT.js";
import "./chunk-2QMOHJ4X.js";
import "./chunk-EPJ7RWDR.js";
import "./chunk-APFVGLPX.js";
import "./chunk-3QAF7MCT.js";
import "./chunk-FFJIOYSX.js";
import "./chunk-YZQ5VAOC.js";
import "./chunk-322C4SEY.js";
import "./chunk-RRFEEVWN.js";
import "./chunk-OHUZL7IO.js";
import "./chunk-OOQFCQ3S.js";
import "./chunk-L6XNQ4FG.js";
import "./chunk-BR4IDC6Y.js";
import "./chunk-BF3PKV5C.js";
import "./chunk-76FZDWC2.js";
import "./chunk-XQRQAPIS.js";
import "./chunk-WLD4VRHB.js";
import "./chunk-A3OM5JZ6.js";
import "./chunk-NT7SXIFU.js";
import "./chunk-SPZZEH2J.js";
import "./chunk-QKPHGOOD.js";
import "./chunk-XO3QGCFY.js";
import "./chunk-JMLGX322.js";
import "./chunk-AC7DR5AB.js";
import "./chunk-CKU2FG4C.js";
import "./chunk-3XZTCKUK.js";
import "./chunk-AGHHV3FL.js";
import "./chunk-WK2POYES.js";
import "./chunk-UHBHQQB2.js";
import "./chunk-3NZWADLA.js";
import "./chunk-UGRQ2QF4.js";
import "./chunk-Q4B6HPRN.js";
import "./chunk-BPHO5FMR.js";
import "./chunk-7PCZ6IVU.js";
import "./chunk-L5E3S6CR.js";
import "./chunk-FNIFEBH3.js";
import "./chunk-3BDJZUYS.js";
import "./chunk-JAJQMYNP.js";
import "./chunk-5RM3NDNB.js";
import "./chunk-M6VYJO7U.js";
import "./chunk-RFQAH6NP.js";
import "./chunk-PHYQ5BUW.js";
import "./chunk-PSFWDEYP.js";
import "./chunk-ERSDYIHJ.js";
import "./chunk-JU2JAGYK.js";
import "./chunk-IDSBZXJC.js";
import "./chunk-SKO34PRC.js";
import "./chunk-LKXBKSCP.js";
import "./chunk-DYKBPGMV.js";
import "./chunk-YVJEBMKL.js";
export {
  AFTER_PUBLISH_STEPS,
  publishMode
};
//# sourceMappingURL=publish-mode-U6OBW4YF.js.map
