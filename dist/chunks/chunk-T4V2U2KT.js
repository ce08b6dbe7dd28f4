import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  OciLayoutStore,
  openImageStore,
  parseImageManifest
} from "./chunk-KSA2LMZT.js";
import {
  packLayer
} from "./chunk-OOQFCQ3S.js";
import {
  require_tar_stream
} from "./chunk-Q5L3YPNQ.js";
import {
  collectSource
} from "./chunk-ZI5DKXYO.js";
import {
  OCI_LAYOUT_PREFIX
} from "./chunk-3BDJZUYS.js";
import {
  ActionError,
  InputError
} from "./chunk-DYKBPGMV.js";
import {
  __toESM
} from "./chunk-5JH4DS2R.js";

// src/diff/artifact-loader.ts
import { stat, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// src/diff/layer-files.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { createHash } from "node:crypto";
import { posix } from "node:path";
import { gunzipSync } from "node:zlib";
var MAX_LAYER_BYTES = 32 << 20;
var MAX_TAR_BYTES = 256 << 20;
async function readLayerFiles(layer, where, maxTarBytes = MAX_TAR_BYTES) {
  const tarBytes = isGzip(layer) ? gunzip(layer, where, maxTarBytes) : layer;
  if (tarBytes.length > maxTarBytes)
    throw new ActionError(`${where}: the layer is ${tarBytes.length} bytes, over ${maxTarBytes}; not read`);
  const files = /* @__PURE__ */ new Map();
  const skipped = [];
  const extractor = import_tar_stream.default.extract();
  extractor.end(tarBytes);
  try {
    for await (const entry of extractor) {
      const chunks = [];
      for await (const chunk of entry) chunks.push(chunk);
      const path = entryPath(entry.header.name, where);
      if (path === void 0 || entry.header.type === "directory") continue;
      if (entry.header.type !== "file" && entry.header.type !== "contiguous-file") skipped.push(path);
      else files.set(path, { content: Buffer.concat(chunks), executable: (entry.header.mode & 73) !== 0 });
    }
  } catch (cause) {
    if (cause instanceof ActionError) throw cause;
    throw new ActionError(`${where}: the layer is not a readable tar archive`, { cause });
  }
  return {
    files,
    diffId: `sha256:${createHash("sha256").update(tarBytes).digest("hex")}`,
    tarSize: tarBytes.length,
    skipped
  };
}
function isGzip(bytes) {
  return bytes.length >= 2 && bytes[0] === 31 && bytes[1] === 139;
}
function gunzip(bytes, where, maxTarBytes) {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxTarBytes });
  } catch (cause) {
    const tooLarge = cause.code === "ERR_BUFFER_TOO_LARGE";
    throw new ActionError(
      tooLarge ? `${where}: the layer unpacks to more than ${maxTarBytes} bytes; not read` : `${where}: the layer is not valid gzip`,
      { cause }
    );
  }
}
function entryPath(name, where) {
  const path = posix.normalize(name.replace(/^\/+/, "")).replace(/\/+$/, "");
  if (path === "." || path === "") return void 0;
  if (path === ".." || path.startsWith("../"))
    throw new ActionError(`${where}: the layer holds a path outside its root: ${name}`);
  return path;
}

// src/diff/artifact-loader.ts
var MAX_CONFIG_BYTES = 1 << 20;
var ArtifactNotFoundError = class extends ActionError {
};
async function loadDiffOperand(operand, options, name) {
  if (!operand.startsWith(OCI_LAYOUT_PREFIX) && await isDirectory(operand))
    return loadDirectorySide(operand, options.ignore ?? []);
  if (!operand.startsWith(OCI_LAYOUT_PREFIX) && looksLikePath(operand)) {
    const problem = await pathExists(operand) ? "is not a directory" : "does not exist";
    throw new InputError(`${name} directory "${operand}" ${problem}`, {
      hint: "give an existing directory, an oci-layout:PATH[:TAG] or a REPOSITORY:TAG"
    });
  }
  const { store, reference } = openImageStore(operand, options, name);
  if (store instanceof OciLayoutStore && !await pathExists(join(store.path, "oci-layout"))) {
    store.close();
    const problem = await isDirectory(store.path) ? `${store.path} is not an OCI layout (it has no oci-layout file)` : `the OCI layout ${store.path} does not exist`;
    throw new ArtifactNotFoundError(`${name} "${operand}": ${problem}`, {
      hint: "check the path; publish --image oci-layout:PATH:TAG writes a layout"
    });
  }
  try {
    if (reference === void 0 && !operand.startsWith(OCI_LAYOUT_PREFIX)) {
      throw new ActionError(
        `${name} "${operand}" is neither a directory nor a reference with a tag or digest`,
        {
          hint: "write REPOSITORY:TAG, REPOSITORY@sha256:\u2026, oci-layout:PATH[:TAG] or a directory path (./dir)"
        }
      );
    }
    return await loadStoredSide(store, reference ?? "", operand);
  } finally {
    store.close();
  }
}
async function loadStoredSide(store, reference, label) {
  const fetched = await store.getManifest(reference);
  if (fetched === void 0) {
    throw new ArtifactNotFoundError(`${label} was not found in ${store.describe()}`, {
      hint: store instanceof OciLayoutStore ? "check the tag or digest (the layout's index.json lists its tags)" : "check the tag or digest (and that the credentials may pull it)"
    });
  }
  const manifest = parseImageManifest(fetched, label);
  const [layer, ...more] = manifest.layers;
  if (layer === void 0 || more.length > 0) {
    throw new ActionError(
      `${label} has ${manifest.layers.length} layers; a configsync-oci artifact has exactly one`
    );
  }
  const bytes = await store.getBlob(layer.digest, MAX_LAYER_BYTES);
  if (bytes === void 0)
    throw new ArtifactNotFoundError(`${label}: its layer ${layer.digest} is missing from ${store.describe()}`);
  if (bytes.length !== layer.size)
    throw new ActionError(
      `${label}: its layer ${layer.digest} is ${bytes.length} bytes, but the manifest says ${layer.size}`
    );
  const content = await readLayerFiles(bytes, label);
  await checkConfig(store, manifest.config, content.diffId, label);
  return { label, digest: manifest.digest, layerSize: layer.size, content };
}
async function checkConfig(store, config, diffId, label) {
  const bytes = await store.getBlob(config.digest, MAX_CONFIG_BYTES);
  if (bytes === void 0)
    throw new ArtifactNotFoundError(
      `${label}: its config blob ${config.digest} is missing from ${store.describe()}`
    );
  if (bytes.length !== config.size)
    throw new ActionError(
      `${label}: its config blob ${config.digest} is ${bytes.length} bytes, but the manifest says ${config.size}`
    );
  let parsed;
  try {
    parsed = JSON.parse(bytes.toString("utf8"));
  } catch (cause) {
    throw new ActionError(`${label}: its config blob ${config.digest} is not JSON`, { cause });
  }
  const ids = parsed?.rootfs?.diff_ids;
  if (Array.isArray(ids) && ids.length > 0 && !ids.includes(diffId)) {
    throw new ActionError(
      `${label}: its config blob ${config.digest} names diff_id ${String(ids[0])}, but the layer's uncompressed content is ${diffId}`
    );
  }
}
async function loadDirectorySide(dir, ignore) {
  const tree = await collectSource(resolve(dir), { ignore });
  const work = await mkdtemp(join(tmpdir(), "configsync-oci-diff-"));
  try {
    const packed = await packLayer(tree, join(work, "layer.tar.gz"));
    if (packed.size > MAX_LAYER_BYTES)
      throw new ActionError(
        `${dir} packs to ${packed.size} bytes, over the ${MAX_LAYER_BYTES}-byte diff limit`
      );
    const content = await readLayerFiles(await readFile(packed.path), dir);
    return { label: dir, layerSize: packed.size, content };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
function looksLikePath(operand) {
  return /^(\.{1,2}|~)?\//.test(operand) || operand === "." || operand === ".." || operand.endsWith("/");
}
async function pathExists(path) {
  return await stat(path).catch(() => void 0) !== void 0;
}
async function isDirectory(path) {
  return (await stat(path).catch(() => void 0))?.isDirectory() === true;
}

export {
  MAX_LAYER_BYTES,
  readLayerFiles,
  loadDiffOperand,
  loadStoredSide
};
//# sourceMappingURL=chunk-T4V2U2KT.js.map
