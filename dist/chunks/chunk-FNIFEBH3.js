import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  formatDuration,
  parseDuration
} from "./chunk-JAJQMYNP.js";
import {
  InputError,
  RegistryError
} from "./chunk-DYKBPGMV.js";

// src/google/artifact-registry.ts
var HOST = /^([a-z0-9-]+)-docker\.pkg\.dev$/;
function artifactRegistryRepository(ref, inputName = "create-repository") {
  const location = HOST.exec(ref.registry.toLowerCase())?.[1];
  const parts = ref.repository.split("/");
  const domainScoped = parts[0]?.includes(".") === true;
  const project = domainScoped ? `${parts[0]}:${parts[1]}` : parts[0];
  const repository = parts[domainScoped ? 2 : 1];
  if (location === void 0 || project === void 0 || repository === void 0 || parts.length < (domainScoped ? 4 : 3)) {
    throw new InputError(
      `${inputName} works only for Artifact Registry images (LOCATION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE), not ${ref.registry}/${ref.repository}`,
      {
        hint: "e.g. image: us-docker.pkg.dev/my-project/config/app; other registries create repositories on first push or in their own UI"
      }
    );
  }
  return { project, location, repository };
}
function repositoryResourceName(repo) {
  return `projects/${repo.project}/locations/${repo.location}/repositories/${repo.repository}`;
}
async function ensureRepository(repo, settings, options) {
  const name = repositoryResourceName(repo);
  const client = await createClient(await options.accessToken(), options.endpoint);
  try {
    const existing = await getRepository(client, name);
    if (existing !== void 0) {
      checkFormat(existing, repo);
      options.logger.info(`Artifact Registry repository ${name} exists; left as it is`);
      return "exists";
    }
    const parent = `projects/${repo.project}/locations/${repo.location}`;
    const repository = {
      format: "DOCKER",
      ...settings.description === void 0 ? {} : { description: settings.description },
      labels: { ...settings.labels }
    };
    try {
      const [operation] = await client.createRepository({ parent, repositoryId: repo.repository, repository });
      await operation.promise();
    } catch (error) {
      if (grpcCode(error) === ALREADY_EXISTS) return "exists";
      throw apiError(error, "create", repo);
    }
    options.logger.info(`Created Artifact Registry repository ${name} (docker format)`);
    return "created";
  } finally {
    await client.close().catch(() => void 0);
  }
}
async function createClient(accessToken, endpoint) {
  const [{ ArtifactRegistryClient }, { OAuth2Client }] = await Promise.all([
    import("./artifact-registry-sdk-ZUXNEZNX.js"),
    import("./google-auth-sdk-6VXS7QAD.js")
  ]);
  const authClient = new OAuth2Client();
  authClient.setCredentials({ access_token: accessToken });
  return new ArtifactRegistryClient({ fallback: true, authClient, ...endpointOptions(endpoint) });
}
function endpointOptions(endpoint) {
  if (endpoint === void 0 || endpoint === "") return {};
  const url = new URL(endpoint.includes("://") ? endpoint : `https://${endpoint}`);
  const port = url.port === "" ? url.protocol === "http:" ? 80 : 443 : Number(url.port);
  return { apiEndpoint: url.hostname, port, protocol: url.protocol.replace(":", "") };
}
async function getRepository(client, name) {
  try {
    const [repository] = await client.getRepository({ name });
    return repository;
  } catch (error) {
    if (grpcCode(error) === NOT_FOUND) return void 0;
    throw apiError(error, "get", parseName(name));
  }
}
function checkFormat(existing, repo) {
  const format = existing.format;
  if (format === void 0 || format === null || format === "DOCKER" || format === 1) return;
  throw new RegistryError(
    "check repository",
    `Artifact Registry repository ${repo.repository} exists with format ${String(format)}, not DOCKER`,
    {
      hint: "use another repository name in image: OCI artifacts go into docker-format repositories"
    }
  );
}
var NOT_FOUND = 5;
var ALREADY_EXISTS = 6;
var PERMISSION_DENIED = 7;
var UNAUTHENTICATED = 16;
var FROM_HTTP = {
  401: UNAUTHENTICATED,
  403: PERMISSION_DENIED,
  404: NOT_FOUND,
  409: ALREADY_EXISTS
};
function grpcCode(error) {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : void 0;
  if (typeof code !== "number") return void 0;
  return code < 100 ? code : FROM_HTTP[code];
}
function describeApiError(error) {
  const text = error instanceof Error ? error.message : String(error);
  const ownReason = typeof error === "object" && error !== null && "reason" in error ? String(error.reason) : "";
  try {
    const body = JSON.parse(text);
    const reason = body.error?.details?.find((d) => typeof d.reason === "string")?.reason;
    return {
      message: String(body.error?.message ?? text),
      reason: typeof reason === "string" ? reason : ownReason
    };
  } catch {
    return { message: text.split("\n")[0] ?? "", reason: ownReason };
  }
}
function apiError(error, action, repo) {
  const { message, reason } = describeApiError(error);
  const operation = `${action} Artifact Registry repository ${repo.repository}`;
  const fail = (what, hint) => new RegistryError(operation, `${operation}: ${what} (${message})`, { cause: error, hint });
  if (reason === "SERVICE_DISABLED" || /has not been used in project|it is disabled|SERVICE_DISABLED/i.test(message)) {
    return fail(
      `the Artifact Registry API is not enabled in project ${repo.project}`,
      `enable artifactregistry.googleapis.com: gcloud services enable artifactregistry.googleapis.com --project ${repo.project}`
    );
  }
  if (grpcCode(error) === PERMISSION_DENIED) {
    return action === "create" ? fail(
      `the credential may not create repositories in project ${repo.project} (needs artifactregistry.repositories.create)`,
      `grant roles/artifactregistry.admin on the project (repoAdmin and writer cannot create repositories), or create it once: gcloud artifacts repositories create ${repo.repository} --repository-format=docker --location=${repo.location} --project=${repo.project}`
    ) : fail(
      `the credential may not read repository ${repo.repository} in project ${repo.project} (needs artifactregistry.repositories.get)`,
      "grant roles/artifactregistry.reader (or writer) on the repository or project; creating it also needs roles/artifactregistry.admin"
    );
  }
  if (grpcCode(error) === UNAUTHENTICATED) {
    return fail(
      "Google refused the access token",
      "check google-github-actions/auth (or the access-token input); tokens last an hour"
    );
  }
  return fail("the Artifact Registry API failed", "see the message; rerun to retry");
}
function parseName(name) {
  const [, project = "", , location = "", , repository = ""] = name.split("/");
  return { project, location, repository };
}

// src/registry/deadline.ts
var DEFAULT_RUN_TIMEOUT_MS = 10 * 6e4;
function runDeadline(timeoutMs, now = Date.now()) {
  return { timeoutMs, expiresAt: now + timeoutMs };
}
function remainingMs(deadline, now = Date.now()) {
  return deadline.expiresAt - now;
}
var DeadlineExceededError = class extends RegistryError {
};
function deadlineExceeded(deadline, operation, undone, cause) {
  const left = undone === void 0 || undone === "" ? "" : `; not done: ${undone}`;
  return new DeadlineExceededError(
    operation,
    `timeout of ${formatDuration(deadline.timeoutMs)} passed during ${operation}${left}`,
    {
      hint: "a registry that does not answer, or answers very slowly, ends the run here; raise the timeout input (CLI: --timeout) for a large push over a slow link",
      ...cause === void 0 ? {} : { cause }
    }
  );
}
function checkDeadline(deadline, operation) {
  if (deadline !== void 0 && remainingMs(deadline) <= 0) throw deadlineExceeded(deadline, operation);
}
function parseRunTimeout(text, inputName) {
  return text.trim() === "" ? DEFAULT_RUN_TIMEOUT_MS : parseDuration(text, inputName);
}

// src/registry/retry.ts
import { setTimeout as sleepFor } from "node:timers/promises";
var DEFAULT_RETRIES = 4;
var DEFAULT_RETRY_POLICY = {
  retries: DEFAULT_RETRIES,
  baseDelayMs: 1e3,
  maxDelayMs: 3e4,
  maxRetryAfterMs: 6e4,
  sleep: (ms) => sleepFor(ms),
  random: Math.random
};
var RETRYABLE_STATUSES = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]);
var TRANSIENT_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "ECONNABORTED",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "CONNECT_TIMEOUT",
  "IDLE_TIMEOUT",
  "REQUEST_DEADLINE",
  "UND_ERR_SOCKET"
]);
function isRetryableStatus(status) {
  return RETRYABLE_STATUSES.has(status);
}
function isTransientError(error) {
  let current = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const code = "code" in current ? current.code : void 0;
    if (typeof code === "string" && TRANSIENT_CODES.has(code)) return true;
    current = "cause" in current ? current.cause : void 0;
  }
  return false;
}
function isRetryableError(error) {
  if (error instanceof RegistryError && error.status !== void 0 && isRetryableStatus(error.status))
    return true;
  return isTransientError(error);
}
function parseRetryAfter(value, now = Date.now()) {
  if (value === void 0) return void 0;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1e3;
  const date = Date.parse(text);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function retryDelay(policy, retry, retryAfterMs) {
  if (retryAfterMs !== void 0) return Math.min(retryAfterMs, policy.maxRetryAfterMs);
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(backoff / 2 + backoff / 2 * policy.random());
}
async function withRetries(policy, logger, operation, send) {
  for (let retry = 0; ; retry++) {
    let reason;
    let wait;
    try {
      const response = await send();
      if (!isRetryableStatus(response.status) || retry >= policy.retries)
        return { ...response, attempts: retry + 1 };
      const retryAfter = parseRetryAfter(headerValue(response, "retry-after"));
      wait = retryDelay(policy, retry, retryAfter);
      reason = `HTTP ${response.status}${retryAfter === void 0 ? "" : ` (Retry-After ${Math.round(retryAfter / 1e3)} s)`}`;
    } catch (error) {
      if (!isRetryableError(error) || retry >= policy.retries) throw withAttempts(error, retry + 1, operation);
      wait = retryDelay(policy, retry);
      reason = error instanceof Error ? error.message : String(error);
    }
    logger.info(
      `${operation}: ${reason}; retry ${retry + 1} of ${policy.retries} in ${(wait / 1e3).toFixed(1)} s`
    );
    await sleepWithin(policy, wait, operation, reason);
  }
}
async function sleepWithin(policy, wait, operation, reason) {
  if (policy.deadline !== void 0 && remainingMs(policy.deadline) <= wait) {
    throw deadlineExceeded(policy.deadline, `${operation} (last answer: ${reason})`);
  }
  await policy.sleep(wait);
}
function withAttempts(error, attempts, operation) {
  if (attempts <= 1 || !(error instanceof RegistryError) || error instanceof DeadlineExceededError)
    return error;
  const hint = error.hint === void 0 ? {} : { hint: error.hint };
  const status = error.status === void 0 ? {} : { status: error.status };
  const what = operation === void 0 || error.message.startsWith(operation) ? "" : `${operation}: `;
  return new RegistryError(error.operation, `${what}${error.message} (gave up after ${attempts} attempts)`, {
    ...hint,
    ...status,
    cause: error.cause ?? error
  });
}
function headerValue(response, name) {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export {
  artifactRegistryRepository,
  repositoryResourceName,
  ensureRepository,
  endpointOptions,
  apiError,
  DEFAULT_RUN_TIMEOUT_MS,
  runDeadline,
  remainingMs,
  DeadlineExceededError,
  deadlineExceeded,
  checkDeadline,
  parseRunTimeout,
  DEFAULT_RETRIES,
  DEFAULT_RETRY_POLICY,
  isRetryableStatus,
  isRetryableError,
  parseRetryAfter,
  retryDelay,
  withRetries,
  sleepWithin
};
//# sourceMappingURL=chunk-FNIFEBH3.js.map
