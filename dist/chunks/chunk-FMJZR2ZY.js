import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);

// src/manifests/schema/closest-name.ts
function closestName(key, known) {
  const lower = key.toLowerCase();
  const sameCase = known.find((k) => k.toLowerCase() === lower);
  if (sameCase !== void 0) return sameCase;
  let best;
  let bestDistance = Math.min(2, Math.floor(key.length / 3));
  for (const candidate of known) {
    if (Math.abs(candidate.length - key.length) > bestDistance) continue;
    const d = editDistance(lower, candidate.toLowerCase());
    if (d <= bestDistance && (best === void 0 || d < bestDistance)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost));
    }
    previous = current;
  }
  return previous[b.length];
}

export {
  closestName
};
//# sourceMappingURL=chunk-FMJZR2ZY.js.map
