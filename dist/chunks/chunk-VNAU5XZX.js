import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  RegistryClient,
  artifactRegistryRepository,
  ensureRepository
} from "./chunk-BHYY5VJ3.js";
import {
  OCI_LAYOUT_PREFIX,
  OciLayoutTarget
} from "./chunk-3BDJZUYS.js";
import {
  parseImageReference,
  validateTag
} from "./chunk-5RM3NDNB.js";
import {
  InputError,
  RegistryError
} from "./chunk-DYKBPGMV.js";

// src/credentials/credential-helper.ts
import { spawn } from "node:child_process";
var TIMEOUT_MS = 6e4;
var OUTPUT_CAP = 64 * 1024;
var runCredentialHelper = async (helper, serverUrl) => {
  const program = `docker-credential-${helper}`;
  if (!/^[A-Za-z0-9._-]+$/.test(helper)) {
    throw new RegistryError(
      "get credentials",
      `credential helper name ${JSON.stringify(helper)} is not a plain program name`
    );
  }
  const { code, stdout, stderr } = await runProgram(program, serverUrl);
  if (code !== 0) {
    if (/credentials not found/i.test(`${stdout}
${stderr}`)) return void 0;
    const said = firstLine(stderr) || `exit code ${code}`;
    throw new RegistryError("get credentials", `${program} get failed for ${serverUrl}: ${said}`, {
      hint: `run "echo ${serverUrl} | ${program} get" to see what the helper says, or log in again`
    });
  }
  return parseHelperOutput(program, stdout);
};
function parseHelperOutput(program, stdout) {
  let json;
  try {
    json = JSON.parse(stdout);
  } catch (error) {
    throw new RegistryError("get credentials", `${program} get did not print JSON`, { cause: error });
  }
  const record = typeof json === "object" && json !== null ? json : {};
  const username = typeof record["Username"] === "string" ? record["Username"] : "";
  const secret = typeof record["Secret"] === "string" ? record["Secret"] : "";
  if (secret === "") throw new RegistryError("get credentials", `${program} get returned no Secret`);
  return { username, secret, identityToken: username === "<token>" };
}
function runProgram(program, input) {
  return new Promise((resolve, reject) => {
    const child = spawn(program, ["get"], { stdio: ["pipe", "pipe", "pipe"] });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGTERM");
    }, TIMEOUT_MS);
    const out = [];
    const err = [];
    collect(child.stdout, out);
    collect(child.stderr, err);
    child.on("error", (error) => {
      clearTimeout(timer);
      const missing = error.code === "ENOENT";
      reject(
        new RegistryError(
          "get credentials",
          missing ? `credential helper ${program} is not on PATH` : `cannot run ${program}: ${error.message}`,
          {
            cause: error,
            hint: "install the helper, or remove it from credHelpers/credsStore in the Docker config"
          }
        )
      );
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      const text = (chunks) => Buffer.concat(chunks).toString("utf8");
      resolve({
        code: code ?? 1,
        stdout: text(out),
        stderr: timedOut ? `timed out after ${TIMEOUT_MS / 1e3} s` : text(err)
      });
    });
    child.stdin.on("error", () => {
    });
    child.stdin.end(input);
  });
}
function collect(stream, into) {
  let size = 0;
  stream.on("data", (chunk) => {
    if (size < OUTPUT_CAP) into.push(chunk);
    size += chunk.length;
  });
}
function firstLine(text) {
  return (text.trim().split("\n")[0] ?? "").slice(0, 300);
}

// src/credentials/docker-config.ts
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";

// src/credentials/registry-hosts.ts
var DOCKER_HUB = "docker.io";
var DOCKER_HUB_CONFIG_KEY = "https://index.docker.io/v1/";
var DOCKER_HUB_NAMES = /* @__PURE__ */ new Set([
  DOCKER_HUB,
  "index.docker.io",
  "registry-1.docker.io",
  "registry.hub.docker.com"
]);
function hostname(host) {
  return host.toLowerCase().replace(/:\d+$/, "");
}
function isGoogleRegistry(host) {
  const name = hostname(host);
  return name.endsWith(".pkg.dev") || name === "gcr.io" || name.endsWith(".gcr.io");
}
function isGitHubContainerRegistry(host) {
  return hostname(host) === "ghcr.io";
}
function isDockerHub(host) {
  return DOCKER_HUB_NAMES.has(hostname(host));
}
function configKeyHost(key) {
  return key.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").split("/")[0]?.toLowerCase() ?? "";
}
function configKeyMatches(key, host) {
  const keyHost = configKeyHost(key);
  if (isDockerHub(host)) return isDockerHub(keyHost);
  return keyHost === host.toLowerCase();
}
function helperServerUrl(host) {
  return isDockerHub(host) ? DOCKER_HUB_CONFIG_KEY : host;
}

// src/credentials/docker-config.ts
function dockerConfigPath(env) {
  const dir = env["DOCKER_CONFIG"]?.trim();
  if (dir !== void 0 && dir !== "") return join(dir, "config.json");
  return join(env["HOME"] ?? homedir(), ".docker", "config.json");
}
async function dockerConfigCredentials(host, options) {
  const path = dockerConfigPath(options.env);
  const config = await readConfig(path);
  if (config === void 0) return void 0;
  const helper = pick(config.credHelpers, host) ?? config.credsStore;
  if (typeof helper === "string" && helper !== "") {
    const found = await options.runHelper(helper, helperServerUrl(host));
    if (found !== void 0) {
      options.mask(found.secret);
      const kind = pick(config.credHelpers, host) === void 0 ? "credsStore" : "credHelpers";
      const source = `docker-credential-${helper} (${kind} in ${path})`;
      return found.identityToken ? { username: found.username, password: "", identityToken: found.secret, source } : { username: found.username, password: found.secret, source };
    }
  }
  const entry = pick(config.auths, host);
  return entry === void 0 ? void 0 : fromAuthEntry(entry, `the Docker config ${path} (auths entry for ${host})`, options.mask);
}
async function readConfig(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new RegistryError("read Docker config", `cannot read the Docker config ${path}`, { cause: error });
  }
  try {
    const parsed = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
      throw new Error("not a JSON object");
    return parsed;
  } catch (error) {
    throw new RegistryError("read Docker config", `the Docker config ${path} is not a valid JSON object`, {
      cause: error,
      hint: "fix or remove the file (docker login rewrites it), or point DOCKER_CONFIG at another directory"
    });
  }
}
function pick(entries, host) {
  if (entries === void 0 || typeof entries !== "object") return void 0;
  if (Object.hasOwn(entries, host)) return entries[host];
  const key = Object.keys(entries).find((k) => configKeyMatches(k, host));
  return key === void 0 ? void 0 : entries[key];
}
function fromAuthEntry(entry, source, mask) {
  let username = typeof entry.username === "string" ? entry.username : "";
  let password = typeof entry.password === "string" ? entry.password : "";
  if (typeof entry.auth === "string" && entry.auth !== "") {
    mask(entry.auth);
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) {
      throw new RegistryError("read Docker config", `${source}: "auth" is not base64 of user:password`, {
        hint: "log in again with docker login (or docker/login-action)"
      });
    }
    username = decoded.slice(0, colon);
    password = decoded.slice(colon + 1);
  }
  if (password !== "") mask(password);
  const identityToken = typeof entry.identitytoken === "string" && entry.identitytoken !== "" ? entry.identitytoken : void 0;
  if (identityToken !== void 0) {
    mask(identityToken);
    return { username: username || "<token>", password, identityToken, source };
  }
  return username === "" && password === "" ? void 0 : { username, password, source };
}

// src/credentials/google-adc.ts
import { readFile as readFile2 } from "node:fs/promises";
var CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";
var NO_ADC = /Could not load the default credentials/i;
var UNUSED_PROJECT = "configsync-oci-token-only";
var applicationDefaultToken = async (env) => {
  const file = env["GOOGLE_APPLICATION_CREDENTIALS"]?.trim() || void 0;
  const fileType = file === void 0 ? void 0 : await credentialFileType(file);
  const sdk = await import("./google-auth-sdk-UYBPVKLK.js");
  const auth = new sdk.GoogleAuth({
    scopes: [CLOUD_PLATFORM],
    projectId: UNUSED_PROJECT,
    ...file === void 0 ? {} : { keyFilename: file }
  });
  let source = file === void 0 ? "Google Application Default Credentials" : describeFile(file, fileType);
  try {
    const client = await auth.getClient();
    if (file === void 0) {
      const kind = client instanceof sdk.Compute ? "the metadata server" : client instanceof sdk.UserRefreshClient ? "gcloud's application-default credentials file" : "the gcloud credentials file";
      source = `Google Application Default Credentials (${kind})`;
    }
    const { token } = await client.getAccessToken();
    if (typeof token !== "string" || token === "") throw new Error("no access token in the answer");
    return { token, source };
  } catch (error) {
    if (file === void 0 && error instanceof Error && NO_ADC.test(error.message)) return void 0;
    throw new RegistryError("get Google credentials", `${source}: no access token: ${shortMessage(error)}`, {
      cause: error,
      hint: file === void 0 ? "run google-github-actions/auth before this step, or set GOOGLE_APPLICATION_CREDENTIALS" : "check the workload identity provider / service account of google-github-actions/auth (the pool must allow this repository, and the principal needs roles/iam.workloadIdentityUser on the service account)"
    });
  }
};
async function credentialFileType(file) {
  let text;
  try {
    text = await readFile2(file, "utf8");
  } catch (error) {
    throw new RegistryError(
      "get Google credentials",
      `GOOGLE_APPLICATION_CREDENTIALS names ${file}, which cannot be read`,
      {
        cause: error,
        hint: "the file google-github-actions/auth wrote is removed by its post step; run this action in the same job, after auth"
      }
    );
  }
  try {
    const parsed = JSON.parse(text);
    const type = typeof parsed === "object" && parsed !== null && "type" in parsed ? parsed.type : void 0;
    return typeof type === "string" ? type : "unknown type";
  } catch (error) {
    throw new RegistryError(
      "get Google credentials",
      `GOOGLE_APPLICATION_CREDENTIALS names ${file}, which is not JSON`,
      { cause: error }
    );
  }
}
function describeFile(file, type) {
  const kind = type === "external_account" ? "external_account, workload identity federation" : type ?? "unknown type";
  return `Google Application Default Credentials (GOOGLE_APPLICATION_CREDENTIALS=${file}, ${kind})`;
}
function shortMessage(error) {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.trim().split("\n")[0] ?? "";
  return line.length > 300 ? `${line.slice(0, 300)}\u2026` : line;
}

// src/credentials/credential-chain.ts
var GOOGLE_TOKEN_USER = "oauth2accesstoken";
var STEPS = [
  async (_host, o) => o.credentials,
  googleCredentials,
  async (host, o) => githubCredentials(host, o),
  async (host, o) => dockerConfigCredentials(host, {
    env: o.env,
    mask: o.mask,
    runHelper: o.runHelper ?? runCredentialHelper
  })
];
function credentialChain(host, options) {
  let resolved;
  return {
    resolve: () => {
      resolved ??= walk(host, options);
      return resolved;
    }
  };
}
async function walk(host, options) {
  for (const step of STEPS) {
    const found = await step(host, options);
    if (found !== void 0) {
      options.logger.info(`Credentials for ${host}: ${found.source}`);
      return found;
    }
  }
  options.logger.info(`Credentials for ${host}: none found, trying anonymously`);
  return void 0;
}
async function googleCredentials(host, options) {
  if (!isGoogleRegistry(host)) return void 0;
  if (options.accessToken !== void 0 && options.accessToken !== "") {
    options.mask(options.accessToken);
    return { username: GOOGLE_TOKEN_USER, password: options.accessToken, source: "the access-token input" };
  }
  const adc = await (options.googleToken ?? applicationDefaultToken)(options.env);
  if (adc === void 0) return void 0;
  options.mask(adc.token);
  return { username: GOOGLE_TOKEN_USER, password: adc.token, source: adc.source };
}
function githubCredentials(host, options) {
  const token = options.githubToken;
  if (!isGitHubContainerRegistry(host) || token === void 0 || token === "") return void 0;
  options.mask(token);
  const username = options.env["GITHUB_ACTOR"]?.trim() || "x-access-token";
  return { username, password: token, source: "the github-token input" };
}

// src/registry/target-factory.ts
var ARTIFACT_REGISTRY_ENDPOINT_ENV = "CONFIGSYNC_OCI_ARTIFACT_REGISTRY_ENDPOINT";
var TAG_TAIL = /:([^:/]+)$/;
function createImageTarget(image, options, inputName = "image") {
  const value = image.trim();
  if (value === "") {
    throw new InputError(`${inputName} is empty`, {
      hint: "give a repository such as us-docker.pkg.dev/PROJECT/REPO/config, or oci-layout:PATH for a local OCI layout"
    });
  }
  if (value.startsWith(OCI_LAYOUT_PREFIX)) {
    if (options.registry?.repository?.create === true) {
      throw new InputError(
        "create-repository works only for Artifact Registry images, not for an oci-layout: image",
        {
          hint: "remove create-repository, or push to LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE"
        }
      );
    }
    return layoutDestination(value.slice(OCI_LAYOUT_PREFIX.length), inputName);
  }
  const ref = parseImageReference(value, inputName);
  if (ref.digest !== void 0) {
    throw new InputError(`${inputName} "${value}" contains a digest`, {
      hint: "name the repository (and optionally a tag); the digest is computed from the content"
    });
  }
  const target = new RegistryClient(ref, registryClientOptions(ref, options));
  return ref.tag === void 0 ? { target } : { target, tag: ref.tag };
}
function registryClientOptions(ref, options) {
  const { registry = {}, credentials, logger, insecure, caFile } = options;
  const env = registry.env ?? process.env;
  const source = credentialChain(ref.registry, {
    env,
    logger,
    mask: registry.mask ?? (() => {
    }),
    ...credentials === void 0 ? {} : { credentials },
    ...registry.accessToken === void 0 ? {} : { accessToken: registry.accessToken },
    ...registry.githubToken === void 0 ? {} : { githubToken: registry.githubToken }
  });
  const settings = registry.repository;
  const repo = settings?.create === true ? artifactRegistryRepository(ref) : void 0;
  const endpoint = env[ARTIFACT_REGISTRY_ENDPOINT_ENV];
  return {
    logger,
    credentials: source,
    ...insecure === void 0 ? {} : { insecure },
    ...caFile === void 0 ? {} : { caFile },
    ...registry.retries === void 0 ? {} : { retry: { retries: registry.retries } },
    ...registry.deadline === void 0 ? {} : { deadline: registry.deadline },
    mountFrom: (registry.mountFrom ?? []).map((value) => mountSource(ref, value)),
    ...repo === void 0 || settings === void 0 ? {} : {
      beforePush: async () => {
        const accessToken = () => googleAccessToken(source, ref);
        await ensureRepository(repo, settings, { accessToken, logger, ...endpoint ? { endpoint } : {} });
      }
    }
  };
}
function mountSource(ref, value, inputName = "mount-from") {
  const text = value.trim();
  const first = text.split("/")[0] ?? "";
  const hasHost = text.includes("/") && (first.includes(".") || first.includes(":") || first === "localhost");
  if (hasHost && first.toLowerCase() !== ref.registry.toLowerCase()) {
    throw new InputError(`${inputName} "${text}" is on ${first}, but image is on ${ref.registry}`, {
      hint: "a blob can only be mounted from another repository of the same registry"
    });
  }
  const path = hasHost ? text.slice(first.length + 1) : text;
  return parseImageReference(`${ref.registry}/${path}`, inputName).repository;
}
async function googleAccessToken(source, ref) {
  const credentials = await source.resolve();
  if (credentials?.username === GOOGLE_TOKEN_USER && credentials.password !== "") return credentials.password;
  throw new RegistryError(
    "create repository",
    `create-repository needs a Google access token for ${ref.registry}, but the credentials are ${credentials === void 0 ? "none" : credentials.source}`,
    {
      hint: "run google-github-actions/auth before this step (Application Default Credentials), or set access-token"
    }
  );
}
function layoutDestination(rest, inputName) {
  const match = TAG_TAIL.exec(rest);
  const path = match ? rest.slice(0, match.index) : rest;
  if (path === "") {
    throw new InputError(`${inputName} "${OCI_LAYOUT_PREFIX}${rest}" names no directory`, {
      hint: "write oci-layout:PATH or oci-layout:PATH:TAG, e.g. oci-layout:build/layout:v1"
    });
  }
  const target = new OciLayoutTarget(path);
  return match ? { target, tag: validateTag(match[1], inputName) } : { target };
}

export {
  GOOGLE_TOKEN_USER,
  credentialChain,
  ARTIFACT_REGISTRY_ENDPOINT_ENV,
  createImageTarget,
  registryClientOptions
};
//# sourceMappingURL=chunk-VNAU5XZX.js.map
