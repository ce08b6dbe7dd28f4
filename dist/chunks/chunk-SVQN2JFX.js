import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  packLayer
} from "./chunk-OOQFCQ3S.js";
import {
  createImageTarget
} from "./chunk-VNAU5XZX.js";
import {
  collectAndValidate
} from "./chunk-X6P3JLYL.js";
import {
  KUSTOMIZATION_FILE_NAMES
} from "./chunk-PQY5GRTF.js";
import {
  checkSigningRuntime,
  signPublished
} from "./chunk-VIIWKV7H.js";
import {
  buildImage
} from "./chunk-P25MGRZS.js";
import {
  RegistryClient
} from "./chunk-BHYY5VJ3.js";
import {
  FAIL_ON,
  validationFailure
} from "./chunk-BPHO5FMR.js";
import {
  validateTag
} from "./chunk-5RM3NDNB.js";
import {
  InputError
} from "./chunk-DYKBPGMV.js";

// src/pipeline/publish.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/manifests/kustomize/hydrated-tree.ts
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
var RENDERED_FILE = "rendered.yaml";
async function treeToPack(tree, rendered, render, workDir) {
  if (!render) return tree;
  if (rendered === void 0) {
    throw new InputError(
      `render is on, but the top of the directory has no ${KUSTOMIZATION_FILE_NAMES.join(", ")} to render`,
      {
        hint: "Point dir at the directory that holds the kustomization.yaml, or turn render off to pack the files as they are."
      }
    );
  }
  const absPath = join(workDir, RENDERED_FILE);
  await writeFile(absPath, rendered, { mode: 420 });
  const size = Buffer.byteLength(rendered);
  return {
    root: workDir,
    entries: [{ kind: "file", path: RENDERED_FILE, absPath, size, executable: false }],
    fileCount: 1,
    totalBytes: size
  };
}

// src/tags/resolve-tags.ts
function resolveTags(sources, inputName = "tags") {
  const tags = [];
  const add = (tag, name) => {
    const valid = validateTag(tag, name);
    if (!tags.includes(valid)) tags.push(valid);
  };
  if (sources.computed !== void 0) for (const tag of sources.computed) add(tag, "tag-rules");
  else if (sources.revision !== void 0) add(sources.revision, "the commit SHA");
  if (sources.imageTag !== void 0) add(sources.imageTag, "image");
  for (const raw of sources.extra) {
    const tag = raw.trim();
    if (tag !== "") add(tag, inputName);
  }
  if (tags.length === 0) {
    throw new InputError("there is no tag to push", {
      hint: sources.computed === void 0 ? "run in a git checkout or with GITHUB_SHA set, put a tag in the image (repo:tag), or give tags" : "tag-rules gave no tag for this event: add a rule that applies to it (e.g. type=sha), or give tags"
    });
  }
  return tags;
}

// src/pipeline/publish.ts
async function publish(settings, logger) {
  const destination = createImageTarget(settings.image, {
    logger,
    insecure: settings.insecure,
    ...settings.credentials ? { credentials: settings.credentials } : {},
    ...settings.caFile ? { caFile: settings.caFile } : {},
    ...settings.registry ? { registry: settings.registry } : {}
  });
  const tags = resolveTags({
    ...settings.source.revision ? { revision: settings.source.revision } : {},
    ...settings.computedTags ? { computed: settings.computedTags } : {},
    ...destination.tag ? { imageTag: destination.tag } : {},
    extra: settings.tags
  });
  const signing = settings.signing;
  if (signing !== void 0) checkSigningRuntime(signing);
  const client = destination.target instanceof RegistryClient ? destination.target : void 0;
  if (signing !== void 0 && client === void 0) {
    throw new InputError("sign works only for registry images, not for an oci-layout: image", {
      hint: "push to a registry to sign, or set sign to none"
    });
  }
  const { tree, summary: loaded } = await collectAndValidate(settings, logger);
  const failure = validationFailure(loaded.findings, settings.failOn ?? FAIL_ON.error, "nothing was pushed");
  if (failure !== void 0) throw failure;
  const ready = destination.target.prepare?.();
  const workDir = await mkdtemp(join2(tmpdir(), "configsync-oci-"));
  try {
    const layer = await logger.group("Pack artifact", async () => {
      const packed = await packLayer(
        await treeToPack(tree, loaded.rendered, settings.render, workDir),
        join2(workDir, "layer.tar.gz")
      );
      logger.info(`layer ${packed.digest} (${packed.size} bytes, tar ${packed.uncompressedSize} bytes)`);
      return packed;
    });
    const image = buildImage(layer, settings.source, settings.annotations);
    let signed;
    const beforeTags = signing === void 0 || client === void 0 ? void 0 : async () => {
      signed = await logger.group(
        "Sign and attach",
        () => signPublished(
          client,
          client.describe(),
          {
            mediaType: image.manifestMediaType,
            digest: image.manifestDigest,
            size: image.manifest.length
          },
          signing,
          {
            sourceFormat: settings.validation.sourceFormat ?? "unstructured",
            scope: scopeText(settings.validation.scope),
            kubernetesSchemaVersion: settings.validation.kubernetesVersion ?? "default",
            findings: loaded.findings,
            diffId: layer.diffId
          },
          logger
        )
      );
    };
    const pushed = (signing === void 0 ? await settings.reuseExisting?.(image, layer, tags) : void 0) ?? await logger.group(`Push to ${destination.target.describe()}`, async () => {
      await ready;
      const result = await destination.target.push(image, tags, beforeTags ? { beforeTags } : {});
      logger.info(
        `pushed ${result.reference} (${result.uploadedBlobs} blobs uploaded, ${result.skippedBlobs} already present)`
      );
      return result;
    });
    const { path: _path, ...layerInfo } = layer;
    return {
      pushed,
      target: destination.target.describe(),
      layer: layerInfo,
      manifestFiles: loaded.manifestFiles,
      objectCount: loaded.objectCount,
      findings: loaded.findings,
      ...signed === void 0 ? {} : { signing: signed }
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
function scopeText(scope) {
  return scope === void 0 || scope.kind === "root" ? "cluster" : `namespace:${scope.namespace}`;
}

export {
  resolveTags,
  publish
};
//# sourceMappingURL=chunk-SVQN2JFX.js.map
