import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  ActionError
} from "./chunk-DYKBPGMV.js";

// src/artifact/media-types.ts
var MEDIA_TYPE = {
  /** https://github.com/opencontainers/image-spec/blob/v1.1.0/manifest.md */
  imageManifest: "application/vnd.oci.image.manifest.v1+json",
  imageIndex: "application/vnd.oci.image.index.v1+json",
  imageConfig: "application/vnd.oci.image.config.v1+json",
  layerTarGzip: "application/vnd.oci.image.layer.v1.tar+gzip",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json"
};
var ANNOTATION = {
  source: "org.opencontainers.image.source",
  revision: "org.opencontainers.image.revision",
  created: "org.opencontainers.image.created",
  refName: "org.opencontainers.image.ref.name"
};

// src/registry/oci-layout-target.ts
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pipeline } from "node:stream/promises";
var OCI_LAYOUT_PREFIX = "oci-layout:";
var OciLayoutTarget = class {
  root;
  displayPath;
  constructor(path) {
    this.displayPath = path;
    this.root = resolve(path);
  }
  describe() {
    return `${OCI_LAYOUT_PREFIX}${this.displayPath}`;
  }
  async push(image, tags) {
    try {
      return await this.write(image, tags);
    } catch (error) {
      throw this.diskError(error, image);
    }
  }
  /** ENOSPC/EDQUOT/EROFS/EACCES as an error naming the path (and the space a full write needs), not an internal error. */
  diskError(error, image) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
    const path = typeof error === "object" && error !== null && "path" in error ? String(error.path) : this.root;
    const needed = image.blobs.reduce((sum, blob) => sum + blob.descriptor.size, image.manifest.length);
    if (code === "ENOSPC" || code === "EDQUOT") {
      return new ActionError(
        `no space left on the device while writing ${path} (the OCI layout ${this.displayPath} needs up to ${needed} bytes)`,
        {
          cause: error,
          hint: `free at least ${needed} bytes there, or point the image at another directory`
        }
      );
    }
    if (code === "EROFS" || code === "EACCES" || code === "EPERM") {
      return new ActionError(`cannot write ${path} for the OCI layout ${this.displayPath} (${code})`, {
        cause: error,
        hint: "point the image at a writable directory"
      });
    }
    return error;
  }
  async write(image, tags) {
    await mkdir(join(this.root, "blobs", "sha256"), { recursive: true });
    await writeFile(join(this.root, "oci-layout"), '{"imageLayoutVersion":"1.0.0"}');
    let uploaded = 0;
    for (const blob of image.blobs) {
      if (await this.writeBlob(blob)) uploaded++;
    }
    await this.writeBytes(image.manifestDigest, image.manifest);
    await this.updateIndex(image, tags);
    return {
      digest: image.manifestDigest,
      reference: `${this.describe()}@${image.manifestDigest}`,
      tags: [...tags],
      uploadedBlobs: uploaded,
      skippedBlobs: image.blobs.length - uploaded
    };
  }
  blobPath(digest) {
    return join(this.root, "blobs", "sha256", digest.slice("sha256:".length));
  }
  /** Returns false when the layout already holds the blob. */
  async writeBlob(blob) {
    const path = this.blobPath(blob.descriptor.digest);
    const existing = await stat(path).catch(() => void 0);
    if (existing?.size === blob.descriptor.size) return false;
    const partial = `${path}.partial`;
    await pipeline(blob.open(), createWriteStream(partial)).catch((error) => {
      throw typeof error === "object" && error !== null && !("path" in error) ? Object.assign(error, { path: partial }) : error;
    });
    await rename(partial, path);
    return true;
  }
  async writeBytes(digest, bytes) {
    const path = this.blobPath(digest);
    await writeFile(`${path}.partial`, bytes);
    await rename(`${path}.partial`, path);
  }
  async updateIndex(image, tags) {
    const indexPath = join(this.root, "index.json");
    const entries = (await this.readIndex(indexPath)).filter((entry) => {
      const name = entry.annotations?.[ANNOTATION.refName];
      return name === void 0 ? entry.digest !== image.manifestDigest : !tags.includes(name);
    });
    const base = {
      mediaType: image.manifestMediaType,
      digest: image.manifestDigest,
      size: image.manifest.length
    };
    if (tags.length === 0) entries.push(base);
    for (const tag of tags) entries.push({ ...base, annotations: { [ANNOTATION.refName]: tag } });
    const index = { schemaVersion: 2, mediaType: MEDIA_TYPE.imageIndex, manifests: entries };
    await writeFile(`${indexPath}.partial`, `${JSON.stringify(index, null, 2)}
`);
    await rename(`${indexPath}.partial`, indexPath);
  }
  async readIndex(indexPath) {
    let text;
    try {
      text = await readFile(indexPath, "utf8");
    } catch {
      return [];
    }
    try {
      const parsed = JSON.parse(text);
      return Array.isArray(parsed.manifests) ? parsed.manifests : [];
    } catch (cause) {
      throw new ActionError(`${indexPath} exists but is not a valid OCI index (JSON)`, {
        cause,
        hint: "point the image at an empty directory or an existing OCI layout"
      });
    }
  }
};

export {
  MEDIA_TYPE,
  ANNOTATION,
  OCI_LAYOUT_PREFIX,
  OciLayoutTarget
};
//# sourceMappingURL=chunk-3BDJZUYS.js.map
