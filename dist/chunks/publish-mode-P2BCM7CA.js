import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  AFTER_PUBLISH_STEPS,
  publishMode
} from "./chunk-4FPG5467.js";
import "./chunk-KZSRE5SN.js";
import "./chunk-XXSXTOKJ.js";
import "./chunk-AVKHMWEB.js";
import "./chunk-QJ4KNFLV.js";
import "./chunk-XYVV6DYS.js";
import "./chunk-R3ICYORH.js";
import "./chunk-YZQ5VAOC.js";
import "./chunk-FCT2N5DV.js";
import "./chunk-DHNUNCEE.js";
import "./chunk-OOQFCQ3S.js";
import "./chunk-TX5Q5YQZ.js";
import "./chunk-BR4IDC6Y.js";
import "./chunk-7L4VHN2Q.js";
import "./chunk-SHSPMUA4.js";
import "./chunk-32NTZUSV.js";
import "./chunk-UL3BZOQK.js";
import "./chunk-2XYME53Q.js";
import "./chunk-VABZVMRW.js";
import "./chunk-5TW6ZMZ2.js";
import "./chunk-JMLGX322.js";
import "./chunk-XO3QGCFY.js";
import "./chunk-44XVCW4Q.js";
import "./chunk-CKU2FG4C.js";
import "./chunk-JKU5BGYF.js";
import "./chunk-AGHHV3FL.js";
import "./chunk-WK2POYES.js";
import "./chunk-UHBHQQB2.js";
import "./chunk-3NZWADLA.js";
import "./chunk-UGRQ2QF4.js";
import "./chunk-EJ4SXITG.js";
import "./chunk-BPHO5FMR.js";
import "./chunk-7PCZ6IVU.js";
import "./chunk-L5E3S6CR.js";
import "./chunk-ZP2W5JYI.js";
import "./chunk-3BDJZUYS.js";
import "./chunk-JAJQMYNP.js";
import "./chunk-5RM3NDNB.js";
import "./chunk-M6VYJO7U.js";
import "./chunk-4WZ33D2H.js";
import "./chunk-PHYQ5BUW.js";
import "./chunk-LVBTMGRS.js";
import "./chunk-ERSDYIHJ.js";
import "./chunk-JU2JAGYK.js";
import "./chunk-IDSBZXJC.js";
import "./chunk-7ESZCLB5.js";
import "./chunk-LKXBKSCP.js";
import "./chunk-DYKBPGMV.js";
import "./chunk-YVJEBMKL.js";
export {
  AFTER_PUBLISH_STEPS,
  publishMode
};
//# sourceMappingURL=publish-mode-P2BCM7CA.js.map
