import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  require_dist
} from "./chunk-FKBMWC4Q.js";
import "./chunk-QCJP3U7N.js";
import "./chunk-5JH4DS2R.js";
export default require_dist();
//# sourceMappingURL=dist-5NGHACZI.js.map
