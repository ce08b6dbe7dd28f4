import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  loadStoredSide
} from "./chunk-T4V2U2KT.js";
import {
  parseImageManifest
} from "./chunk-KSA2LMZT.js";
import {
  isManifestPath,
  parseManifestFile
} from "./chunk-T3S3P4CL.js";
import {
  ActionError
} from "./chunk-DYKBPGMV.js";

// src/tags/stored-artifact.ts
var MAX_CONFIG_BYTES = 1 << 20;
async function findStoredArtifact(store, reference) {
  const fetched = await store.getManifest(reference);
  if (fetched === void 0) return void 0;
  const where = `${store.describe()}:${reference}`;
  const manifest = parseImageManifest(fetched, where);
  const config = await store.getBlob(manifest.config.digest, MAX_CONFIG_BYTES);
  if (config === void 0)
    throw new ActionError(`${where}: its config blob ${manifest.config.digest} is missing`);
  if (config.length !== manifest.config.size) {
    throw new ActionError(
      `${where}: its config blob ${manifest.config.digest} is ${config.length} bytes, but the manifest says ${manifest.config.size}`
    );
  }
  for (const layer of manifest.layers) await store.checkBlob(layer);
  const diffIds = readDiffIds(config);
  const diffId = manifest.layers.length === 1 && diffIds.length === 1 ? diffIds[0] : void 0;
  return diffId === void 0 ? { reference, manifest } : { reference, manifest, diffId };
}
function readDiffIds(config) {
  try {
    const parsed = JSON.parse(config.toString("utf8"));
    const ids = parsed.rootfs?.diff_ids;
    return Array.isArray(ids) ? ids.filter((id) => typeof id === "string") : [];
  } catch {
    return [];
  }
}
function hasSameContent(artifact, diffId) {
  return artifact.diffId !== void 0 && artifact.diffId === diffId;
}
async function retagArtifact(store, artifact, tags, logger) {
  const pushed = await store.tag(artifact.manifest.fetched, tags);
  logger.info(
    `tagged ${artifact.manifest.digest} (from ${artifact.reference}) as ${tags.join(", ")}; no blob uploaded`
  );
  return pushed;
}
async function describeStoredArtifact(store, artifact) {
  const side = await loadStoredSide(
    store,
    artifact.manifest.digest,
    `${store.describe()}@${artifact.manifest.digest}`
  );
  const manifestPaths = [...side.content.files.keys()].filter(isManifestPath);
  const objectCount = manifestPaths.reduce((sum, path) => {
    const file = side.content.files.get(path);
    return sum + (file === void 0 ? 0 : parseManifestFile(path, file.content.toString("utf8")).objects.length);
  }, 0);
  return {
    target: store.describe(),
    layer: {
      digest: artifact.manifest.layers[0]?.digest ?? "",
      size: side.layerSize,
      diffId: side.content.diffId,
      uncompressedSize: side.content.tarSize,
      fileCount: side.content.files.size
    },
    manifestFiles: manifestPaths.length,
    objectCount,
    findings: []
  };
}

export {
  findStoredArtifact,
  hasSameContent,
  retagArtifact,
  describeStoredArtifact
};
//# sourceMappingURL=chunk-6G3VR2QJ.js.map
