import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  ANNOTATION,
  MEDIA_TYPE
} from "./chunk-3BDJZUYS.js";

// src/artifact/oci-image.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
function buildImage(layer, source, userAnnotations = {}) {
  const configBytes = Buffer.from(JSON.stringify(imageConfig(layer, source)));
  const configDescriptor = {
    mediaType: MEDIA_TYPE.imageConfig,
    digest: sha256(configBytes),
    size: configBytes.length
  };
  const layerDescriptor = {
    mediaType: MEDIA_TYPE.layerTarGzip,
    digest: layer.digest,
    size: layer.size
  };
  const annotations = manifestAnnotations(source, userAnnotations);
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE.imageManifest,
    config: configDescriptor,
    layers: [layerDescriptor],
    ...Object.keys(annotations).length > 0 ? { annotations } : {}
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  const blobs = [
    { descriptor: configDescriptor, open: () => Readable.from([configBytes]) },
    { descriptor: layerDescriptor, open: () => createReadStream(layer.path) }
  ];
  return {
    manifest: manifestBytes,
    manifestDigest: sha256(manifestBytes),
    manifestMediaType: MEDIA_TYPE.imageManifest,
    blobs
  };
}
function imageConfig(layer, source) {
  return {
    ...source.created === void 0 ? {} : { created: source.created },
    architecture: "amd64",
    os: "linux",
    config: {},
    rootfs: { type: "layers", diff_ids: [layer.diffId] }
  };
}
function manifestAnnotations(source, user) {
  const merged = {};
  if (source.created !== void 0) merged[ANNOTATION.created] = source.created;
  if (source.revision !== void 0) merged[ANNOTATION.revision] = source.revision;
  if (source.url !== void 0) merged[ANNOTATION.source] = source.url;
  Object.assign(merged, user);
  return Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
function sha256(bytes) {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}

export {
  buildImage
};
//# sourceMappingURL=chunk-YZQ5VAOC.js.map
