import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  errorFinding
} from "./chunk-IDSBZXJC.js";

// src/manifests/kustomize/kustomization-files.ts
var KUSTOMIZATION_FILE_NAMES = [
  "kustomization.yaml",
  "kustomization.yml",
  "Kustomization"
];
var KNV1068 = "KNV1068";
function topKustomization(tree) {
  const top = new Set(
    tree.entries.filter((e) => e.kind === "file" && !e.path.includes("/")).map((e) => e.path)
  );
  return KUSTOMIZATION_FILE_NAMES.find((name) => top.has(name));
}
function nestedKustomizations(tree) {
  return tree.entries.filter(
    (e) => e.kind === "file" && e.path.includes("/") && KUSTOMIZATION_FILE_NAMES.includes(e.path.slice(e.path.lastIndexOf("/") + 1))
  ).map((e) => e.path);
}
function missingTopKustomization(tree) {
  const nested = nestedKustomizations(tree);
  const first = nested[0];
  if (first === void 0 || topKustomization(tree) !== void 0) return [];
  const more = nested.length > 1 ? ` (and ${nested.length - 1} more)` : "";
  return [
    errorFinding(
      KNV1068,
      first,
      0,
      `Kustomization config file is missing from the sync directory: ${first}${more} is in a subdirectory, and Config Sync renders only a kustomization.yaml, kustomization.yml or Kustomization at the top of the directory; add one there that lists the subdirectory under resources, or point the sync at the subdirectory`
    )
  ];
}

export {
  KUSTOMIZATION_FILE_NAMES,
  KNV1068,
  topKustomization,
  missingTopKustomization
};
//# sourceMappingURL=chunk-UL3BZOQK.js.map
