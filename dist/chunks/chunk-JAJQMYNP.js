import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  InputError
} from "./chunk-DYKBPGMV.js";

// src/rootsync/duration.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
function parseDuration(text, inputName) {
  const value = text.trim();
  const fail = () => {
    throw new InputError(`${inputName} is "${text}", expected a duration`, {
      hint: `e.g. ${inputName}: 5m (or 300s, 1h30m, 300)`
    });
  };
  if (/^\d+$/.test(value)) return positive(Number(value) * 1e3, fail);
  if (!/^(\d+(\.\d+)?(ms|s|m|h))+$/.test(value)) fail();
  let total = 0;
  for (const [, amount, , unit] of value.matchAll(/(\d+(\.\d+)?)(ms|s|m|h)/g))
    total += Number(amount) * UNIT_MS[unit];
  return positive(Math.round(total), fail);
}
function positive(ms, fail) {
  return ms > 0 && Number.isFinite(ms) ? ms : fail();
}
function formatDuration(ms) {
  if (ms >= 6e4 && ms % 6e4 === 0) return `${ms / 6e4}m`;
  if (ms >= 1e3 && ms % 1e3 === 0) return `${ms / 1e3}s`;
  return `${Math.round(ms / 100) / 10}s`;
}

export {
  parseDuration,
  formatDuration
};
//# sourceMappingURL=chunk-JAJQMYNP.js.map
