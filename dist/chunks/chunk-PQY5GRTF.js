import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  require_dist
} from "./chunk-XIYLFDQZ.js";
import {
  errorFinding
} from "./chunk-IDSBZXJC.js";
import {
  __toESM
} from "./chunk-5JH4DS2R.js";

// src/manifests/kustomize/kustomization-files.ts
var import_yaml = __toESM(require_dist(), 1);
import { isAbsolute, posix } from "node:path";
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
var PATH_LISTS = ["resources", "bases", "components", "crds", "patchesStrategicMerge"];
function outsideReferences(kustomizationText) {
  let parsed;
  try {
    parsed = (0, import_yaml.parse)(kustomizationText);
  } catch {
    return [];
  }
  if (parsed === null || typeof parsed !== "object") return [];
  const fields = parsed;
  const entries = [];
  for (const field of PATH_LISTS) {
    const list = fields[field];
    if (Array.isArray(list)) entries.push(...list.filter((e) => typeof e === "string"));
  }
  const patches = fields["patches"];
  if (Array.isArray(patches))
    for (const patch of patches) {
      const path = patch?.path;
      if (typeof path === "string") entries.push(path);
    }
  return entries.filter((entry) => {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || entry.includes("?ref=") || /^[\w.-]+\.\w+\//.test(entry))
      return false;
    return isAbsolute(entry) || posix.normalize(entry).split("/")[0] === "..";
  });
}
function outsideFinding(kustomization, outside) {
  const list = outside.join(", ");
  return errorFinding(
    KNV1068,
    kustomization,
    0,
    `${kustomization} reaches outside the directory (${list}): the artifact holds only the directory, so Config Sync cannot render it; set render: true (--render) to publish the rendered output, or widen dir to include ${list}`
  );
}

export {
  KUSTOMIZATION_FILE_NAMES,
  KNV1068,
  topKustomization,
  missingTopKustomization,
  outsideReferences,
  outsideFinding
};
//# sourceMappingURL=chunk-PQY5GRTF.js.map
