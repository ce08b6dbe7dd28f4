import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);

// src/version.ts
var VERSION = "0.1.0";

export {
  VERSION
};
//# sourceMappingURL=chunk-ERSDYIHJ.js.map
