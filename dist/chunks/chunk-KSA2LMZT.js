import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  registryClientOptions
} from "./chunk-VNAU5XZX.js";
import {
  RegistryClient
} from "./chunk-BHYY5VJ3.js";
import {
  ANNOTATION,
  MEDIA_TYPE,
  OCI_LAYOUT_PREFIX,
  OciLayoutTarget
} from "./chunk-3BDJZUYS.js";
import {
  isDigest,
  parseImageReference,
  repositoryName,
  validateTag
} from "./chunk-5RM3NDNB.js";
import {
  ActionError,
  InputError
} from "./chunk-DYKBPGMV.js";

// src/registry/image-store.ts
var LAYOUT_TAIL = /(?::([^:/@]+)|@(sha256:[0-9a-f]{64}))$/;
function sameRepositoryReference(image, value, inputName) {
  const text = value.trim();
  const bare = text.startsWith("@") ? text.slice(1) : text;
  if (isDigest(bare)) return bare;
  if (!text.includes("/") && !text.includes(":") && !text.startsWith(OCI_LAYOUT_PREFIX))
    return validateTag(text, inputName);
  const repo = repositoryOf(image, "image");
  const given = repositoryOf(text, inputName);
  const reference = namedReference(text, inputName);
  if (given !== repo || reference === void 0) {
    throw new InputError(`${inputName} "${text}" must name a tag or digest in ${repo}`, {
      hint: `retagging works inside one repository: write a tag (e.g. ${inputName}: main) or a digest (sha256:\u2026)`
    });
  }
  return reference;
}
function repositoryOf(value, inputName) {
  const text = value.trim();
  if (text.startsWith(OCI_LAYOUT_PREFIX)) {
    const rest = text.slice(OCI_LAYOUT_PREFIX.length);
    const match = LAYOUT_TAIL.exec(rest);
    return `${OCI_LAYOUT_PREFIX}${match ? rest.slice(0, match.index) : rest}`;
  }
  return repositoryName(parseImageReference(text, inputName));
}
function namedReference(value, inputName) {
  if (value.startsWith(OCI_LAYOUT_PREFIX)) {
    const match = LAYOUT_TAIL.exec(value.slice(OCI_LAYOUT_PREFIX.length));
    return match?.[2] ?? match?.[1];
  }
  const ref = parseImageReference(value, inputName);
  return ref.digest ?? ref.tag;
}
function parseImageManifest(fetched, where) {
  let json;
  try {
    json = JSON.parse(fetched.body.toString("utf8"));
  } catch (cause) {
    throw new ActionError(`${where}: the manifest is not JSON`, { cause });
  }
  const record = typeof json === "object" && json !== null ? json : {};
  const mediaType = fetched.mediaType || (typeof record["mediaType"] === "string" ? record["mediaType"] : "");
  if (mediaType === MEDIA_TYPE.imageIndex || mediaType === MEDIA_TYPE.dockerManifestList || Array.isArray(record["manifests"])) {
    throw new ActionError(`${where} is an image index, not an image manifest`, {
      hint: "configsync-oci artifacts are one image manifest with one layer (Config Sync rejects an index)"
    });
  }
  const config = descriptorOf(record["config"]);
  const layers = Array.isArray(record["layers"]) ? record["layers"].map(descriptorOf) : [];
  if (config === void 0 || layers.some((layer) => layer === void 0)) {
    throw new ActionError(`${where}: the manifest has no valid config or layer descriptors`);
  }
  const annotations = stringRecord(record["annotations"]);
  return { digest: fetched.digest, mediaType, config, layers, annotations, fetched };
}
function descriptorOf(value) {
  if (typeof value !== "object" || value === null) return void 0;
  const { mediaType, digest, size } = value;
  if (typeof mediaType !== "string" || typeof digest !== "string" || typeof size !== "number" || !isDigest(digest))
    return void 0;
  return { mediaType, digest, size };
}
function stringRecord(value) {
  if (typeof value !== "object" || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry) => typeof entry[1] === "string")
  );
}

// src/registry/oci-layout-reader.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
var MAX_MANIFEST_BYTES = 4 << 20;
var OciLayoutStore = class {
  #path;
  #root;
  constructor(path) {
    this.#path = path;
    this.#root = resolve(path);
  }
  /** The layout's directory as given. */
  get path() {
    return this.#path;
  }
  describe() {
    return `${OCI_LAYOUT_PREFIX}${this.#path}`;
  }
  /** By digest, or by tag through index.json; '' picks the only entry of a one-image layout. */
  async getManifest(reference) {
    const entries = await this.#readIndex();
    if (entries === void 0) return void 0;
    const entry = isDigest(reference) ? entries.find((e) => e.digest === reference) ?? { digest: reference } : reference === "" ? this.#onlyEntry(entries) : entries.find((e) => e.annotations?.[ANNOTATION.refName] === reference);
    if (entry?.digest === void 0) return void 0;
    const body = await this.getBlob(entry.digest, MAX_MANIFEST_BYTES);
    if (body === void 0) return void 0;
    const declared = JSON.parse(body.toString("utf8")).mediaType;
    const mediaType = entry.mediaType ?? (typeof declared === "string" ? declared : MEDIA_TYPE.imageManifest);
    return { mediaType, digest: entry.digest, body };
  }
  async getBlob(digest, maxBytes) {
    if (!isDigest(digest)) throw new ActionError(`${this.describe()}: "${digest}" is not a sha256 digest`);
    const path = join(this.#root, "blobs", "sha256", digest.slice("sha256:".length));
    const info = await stat(path).catch(() => void 0);
    if (info === void 0) return void 0;
    if (info.size > maxBytes) {
      throw new ActionError(
        `blob ${digest} in ${this.describe()} is ${info.size} bytes, over the ${maxBytes}-byte limit for reading artifacts`
      );
    }
    const bytes = await readFile(path);
    const actual = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
    if (actual !== digest)
      throw new ActionError(`${this.describe()}: blob ${digest} holds content with digest ${actual}`);
    return bytes;
  }
  /** Size from stat, content hashed as a stream (layers can be large). */
  async checkBlob(descriptor) {
    const { digest, size } = descriptor;
    if (!isDigest(digest)) throw new ActionError(`${this.describe()}: "${digest}" is not a sha256 digest`);
    const path = join(this.#root, "blobs", "sha256", digest.slice("sha256:".length));
    const info = await stat(path).catch(() => void 0);
    if (info === void 0)
      throw new ActionError(`${this.describe()}: blob ${digest} is missing (${path})`, {
        hint: "the layout is incomplete; publish to it again, or copy it whole"
      });
    if (info.size !== size)
      throw new ActionError(
        `${this.describe()}: blob ${digest} is ${info.size} bytes, but the manifest says ${size}`
      );
    const hash = createHash("sha256");
    for await (const chunk of createReadStream(path)) hash.update(chunk);
    const actual = `sha256:${hash.digest("hex")}`;
    if (actual !== digest)
      throw new ActionError(`${this.describe()}: blob ${digest} holds content with digest ${actual}`, {
        hint: "the layout is corrupt; publish to it again"
      });
  }
  /** Adds index entries for the tags; the blobs are already in the layout. */
  tag(manifest, tags) {
    const image = {
      manifest: manifest.body,
      manifestDigest: manifest.digest,
      manifestMediaType: manifest.mediaType,
      blobs: []
    };
    return new OciLayoutTarget(this.#path).push(image, tags);
  }
  close() {
  }
  #onlyEntry(entries) {
    const digests = new Set(entries.map((e) => e.digest));
    if (digests.size <= 1) return entries[0];
    const tags = entries.map((e) => e.annotations?.[ANNOTATION.refName]).filter((t) => t !== void 0);
    throw new ActionError(`${this.describe()} holds ${digests.size} images: name one`, {
      hint: `write ${this.describe()}:TAG (tags: ${tags.join(", ") || "none"}) or ${this.describe()}@sha256:\u2026`
    });
  }
  async #readIndex() {
    let text;
    try {
      text = await readFile(join(this.#root, "index.json"), "utf8");
    } catch {
      return void 0;
    }
    try {
      const parsed = JSON.parse(text);
      return Array.isArray(parsed.manifests) ? parsed.manifests : [];
    } catch (cause) {
      throw new ActionError(`${this.describe()}/index.json is not valid JSON`, { cause });
    }
  }
};

// src/registry/registry-reader.ts
var RegistryStore = class {
  #client;
  constructor(ref, options) {
    this.#client = new RegistryClient(ref, registryClientOptions(ref, options));
  }
  describe() {
    return this.#client.describe();
  }
  getManifest(reference) {
    return this.#client.getManifest(reference);
  }
  async getBlob(digest, maxBytes) {
    const bytes = await this.#client.getBlob(digest);
    if (bytes !== void 0 && bytes.length > maxBytes) {
      throw new ActionError(
        `blob ${digest} in ${this.describe()} is ${bytes.length} bytes, over the ${maxBytes}-byte limit for reading artifacts`
      );
    }
    return bytes;
  }
  /** HEAD: the registry must prove the blob (its digest, or its size; see provesBlob). */
  async checkBlob(descriptor) {
    const proof = await this.#client.headBlob(descriptor.digest, descriptor.size);
    if (proof === "absent")
      throw new ActionError(`${this.describe()}: blob ${descriptor.digest} is missing`, {
        hint: "the artifact is incomplete in this repository; publish it again"
      });
    if (proof === "unproven")
      throw new ActionError(
        `${this.describe()}: the registry does not confirm blob ${descriptor.digest} (${descriptor.size} bytes): its answer names another digest or size`
      );
  }
  /** A push with no blobs: the manifest by digest (its blobs are there), then each tag. */
  tag(manifest, tags) {
    const image = {
      manifest: manifest.body,
      manifestDigest: manifest.digest,
      manifestMediaType: manifest.mediaType,
      blobs: []
    };
    return this.#client.push(image, tags);
  }
  close() {
    this.#client.close();
  }
};

// src/registry/open-image-store.ts
function openImageStore(value, options, inputName) {
  const text = value.trim();
  if (text.startsWith(OCI_LAYOUT_PREFIX)) {
    const rest = text.slice(OCI_LAYOUT_PREFIX.length);
    const match = LAYOUT_TAIL.exec(rest);
    const path = match ? rest.slice(0, match.index) : rest;
    if (path === "")
      throw new InputError(`${inputName} "${text}" names no directory`, {
        hint: "e.g. oci-layout:build/layout:v1"
      });
    const reference2 = match?.[2] ?? (match?.[1] === void 0 ? void 0 : validateTag(match[1], inputName));
    const store2 = new OciLayoutStore(path);
    return reference2 === void 0 ? { store: store2 } : { store: store2, reference: reference2 };
  }
  const ref = parseImageReference(text, inputName);
  const store = new RegistryStore(ref, options);
  const reference = ref.digest ?? ref.tag;
  return reference === void 0 ? { store } : { store, reference };
}

export {
  sameRepositoryReference,
  namedReference,
  parseImageManifest,
  OciLayoutStore,
  openImageStore
};
//# sourceMappingURL=chunk-KSA2LMZT.js.map
