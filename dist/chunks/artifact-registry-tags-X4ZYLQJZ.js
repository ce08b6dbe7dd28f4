import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  ARTIFACT_REGISTRY_ENDPOINT_ENV,
  GOOGLE_TOKEN_USER
} from "./chunk-VNAU5XZX.js";
import {
  artifactRegistryRepository,
  endpointOptions,
  repositoryResourceName
} from "./chunk-BHYY5VJ3.js";
import "./chunk-3BDJZUYS.js";
import "./chunk-JAJQMYNP.js";
import "./chunk-5RM3NDNB.js";
import {
  RegistryError
} from "./chunk-DYKBPGMV.js";
import "./chunk-5JH4DS2R.js";

// src/google/artifact-registry-tags.ts
function packageResourceName(ref) {
  const repo = artifactRegistryRepository(ref, "image");
  const parts = ref.repository.split("/");
  const skip = parts[0]?.includes(".") === true ? 3 : 2;
  return `${repositoryResourceName(repo)}/packages/${parts.slice(skip).join("%2F")}`;
}
async function artifactRegistryTagDeleter(ref, options) {
  const packageName = packageResourceName(ref);
  const [{ ArtifactRegistryClient }, { OAuth2Client }] = await Promise.all([
    import("./artifact-registry-sdk-L73E3JAK.js"),
    import("./google-auth-sdk-UYBPVKLK.js")
  ]);
  let client;
  const open = async () => {
    if (client !== void 0) return client;
    const authClient = new OAuth2Client();
    authClient.setCredentials({ access_token: await options.accessToken() });
    client = new ArtifactRegistryClient({
      fallback: true,
      authClient,
      ...endpointOptions(options.env[ARTIFACT_REGISTRY_ENDPOINT_ENV])
    });
    return client;
  };
  return {
    async deleteTag(tag) {
      const name = `${packageName}/tags/${tag}`;
      try {
        await (await open()).deleteTag({ name });
        options.logger.info(`Artifact Registry: deleted tag ${name}`);
        return "deleted";
      } catch (error) {
        if (httpStatus(error) === 404) return "absent";
        throw new RegistryError(
          `delete tag ${tag}`,
          `Artifact Registry: cannot delete tag ${name}: ${firstLine(error)}`,
          {
            cause: error,
            hint: "the identity needs artifactregistry.tags.delete (roles/artifactregistry.repoAdmin on the repository)"
          }
        );
      }
    },
    close: async () => {
      await client?.close().catch(() => void 0);
    }
  };
}
async function googleAccessToken(source, ref) {
  const credentials = source === void 0 ? void 0 : "resolve" in source ? await source.resolve() : source;
  if (credentials?.username === GOOGLE_TOKEN_USER && credentials.password !== "") return credentials.password;
  throw new RegistryError(
    "delete tags",
    `deleting Artifact Registry tags needs a Google access token for ${ref.registry}, but the credentials are ${credentials === void 0 ? "none" : credentials.source}`,
    {
      hint: "run google-github-actions/auth before this step (Application Default Credentials), or set access-token"
    }
  );
}
function httpStatus(error) {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : void 0;
  if (typeof code !== "number") return void 0;
  return code === 5 ? 404 : code;
}
function firstLine(error) {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}
export {
  artifactRegistryTagDeleter,
  googleAccessToken,
  packageResourceName
};
//# sourceMappingURL=artifact-registry-tags-X4ZYLQJZ.js.map
