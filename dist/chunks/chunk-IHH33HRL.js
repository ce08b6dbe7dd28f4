import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  checkProjectId
} from "./chunk-S3NWEP6Z.js";
import {
  artifactRegistryRepository,
  repositoryResourceName
} from "./chunk-BHYY5VJ3.js";
import {
  isGoogleRegistry
} from "./chunk-ICATBVXJ.js";
import {
  OCI_LAYOUT_PREFIX
} from "./chunk-3BDJZUYS.js";
import {
  parseImageReference
} from "./chunk-5RM3NDNB.js";
import {
  InputError
} from "./chunk-DYKBPGMV.js";

// src/bootstrap/settings.ts
function bootstrapSettings(input, names) {
  const ref = checkImage(input.image, names);
  const google = isGoogleRegistry(ref.registry);
  if (!google && (input.spec.auth === "k8sserviceaccount" || input.spec.auth === "gcpserviceaccount" || input.spec.auth === "gcenode")) {
    throw new InputError(
      `${names.auth} is ${input.spec.auth}, but ${ref.registry} is not a Google registry: Config Sync sends Google tokens only to Google registries`,
      {
        hint: `use ${names.auth} token with a registry token (Config Sync 1.24+), none for a public image, or an Artifact Registry image`
      }
    );
  }
  const onArtifactRegistry = /-docker\.pkg\.dev$/i.test(ref.registry);
  const repo = onArtifactRegistry ? artifactRegistryRepository(ref, names.image) : void 0;
  const gsaProject = /@([^.]+)\.iam\.gserviceaccount\.com$/.exec(input.spec.gcpServiceAccountEmail ?? "")?.[1];
  const fleet = fleetHostProject(input.fleetHostProject, repo?.project ?? gsaProject, input.spec.auth, names);
  const repository = repo === void 0 ? void 0 : {
    ...repo,
    resource: repositoryResourceName(repo),
    labels: input.repositoryLabels,
    ...input.repositoryDescription === void 0 ? {} : { description: input.repositoryDescription }
  };
  return {
    image: input.image.trim(),
    ...repository === void 0 ? {} : { repository },
    ref: input.ref,
    spec: input.spec,
    ...input.secrets === void 0 ? {} : { secrets: input.secrets },
    fleetHostProject: fleet.project,
    fleetHostProjectSource: fleet.source,
    ...input.context === void 0 ? {} : { context: input.context },
    wait: input.wait,
    timeoutMs: input.timeoutMs,
    dryRun: input.dryRun
  };
}
function checkImage(image, names) {
  const text = image.trim();
  if (text === "" || text.startsWith(OCI_LAYOUT_PREFIX)) {
    throw new InputError(
      `${names.image} must name a registry repository a cluster can pull from${text === "" ? "" : `, not ${text}`}`,
      {
        hint: "e.g. us-docker.pkg.dev/my-project/config/app"
      }
    );
  }
  const ref = parseImageReference(text, names.image);
  if (ref.digest !== void 0)
    throw new InputError(`${names.image} "${text}" contains a digest`, {
      hint: "name the repository (and optionally a tag); the digest is computed from the content"
    });
  return ref;
}
function fleetHostProject(explicit, defaultProject, auth, names) {
  const text = explicit.trim();
  if (text !== "")
    return {
      project: checkProjectId(text, names.fleetHostProject, names.fleetHostProjectExample),
      source: names.fleetHostProject
    };
  if (defaultProject !== void 0)
    return {
      project: defaultProject,
      source: `the image's (or service account's) project; set ${names.fleetHostProject} when the cluster's fleet is in another project`
    };
  return {
    project: "FLEET_HOST_PROJECT_ID",
    source: `not needed with auth ${auth} outside Artifact Registry`
  };
}

export {
  bootstrapSettings
};
//# sourceMappingURL=chunk-IHH33HRL.js.map
