import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  AFTER_PUBLISH_STEPS,
  publishMode
} from "./chunk-INTC4U63.js";
import "./chunk-TMCADW72.js";
import "./chunk-HVFPBU5Z.js";
import "./chunk-6SKZ6GTQ.js";
import "./chunk-PEX43CZB.js";
import "./chunk-YY7TQ6RI.js";
import "./chunk-3FN2WSMJ.js";
import "./chunk-AKHWHQEL.js";
import "./chunk-M3MB6LBY.js";
import "./chunk-54WR7FWF.js";
import "./chunk-7NUQNXGX.js";
import "./chunk-TX5Q5YQZ.js";
import "./chunk-4VZ56OE2.js";
import "./chunk-X6YOTC7C.js";
import "./chunk-YXEBADM5.js";
import "./chunk-VMKKHXVM.js";
import "./chunk-XHNKWU3Q.js";
import "./chunk-ZUQGC53J.js";
import "./chunk-IC4KJM3E.js";
import "./chunk-63W7DD2P.js";
import "./chunk-HLIPE2G3.js";
import "./chunk-47PYXJYH.js";
import "./chunk-35FGQQQA.js";
import "./chunk-XBZM4BRG.js";
import "./chunk-EMBZ2MDA.js";
import "./chunk-N7URQXEH.js";
import "./chunk-LP5OULDM.js";
import "./chunk-AYAWCP4A.js";
import "./chunk-DVCO5A64.js";
import "./chunk-GJLWZFY6.js";
import "./chunk-EJ4SXITG.js";
import "./chunk-4HGCHYL7.js";
import "./chunk-RY5KSRGD.js";
import "./chunk-Q2FEOK6E.js";
import "./chunk-5KYBKP77.js";
import "./chunk-WWXK5YFY.js";
import "./chunk-UYWSKSWG.js";
import "./chunk-3SQLGDIU.js";
import "./chunk-AVNU6NUN.js";
import "./chunk-4WZ33D2H.js";
import "./chunk-T4X4AB3P.js";
import "./chunk-LVBTMGRS.js";
import "./chunk-ERSDYIHJ.js";
import "./chunk-OVV7ZATC.js";
import "./chunk-IDSBZXJC.js";
import "./chunk-4FSJMIYR.js";
import "./chunk-AXO4HJ3L.js";
import "./chunk-RSJPG6JE.js";
import "./chunk-YVJEBMKL.js";
export {
  AFTER_PUBLISH_STEPS,
  publishMode
};
//# sourceMappingURL=publish-mode-JNHBBXIM.js.map
