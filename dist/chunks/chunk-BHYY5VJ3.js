import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  MEDIA_TYPE
} from "./chunk-3BDJZUYS.js";
import {
  formatDuration,
  parseDuration
} from "./chunk-JAJQMYNP.js";
import {
  isDigest,
  isLoopbackHost,
  registryApiHost,
  repositoryName,
  validateTag
} from "./chunk-5RM3NDNB.js";
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
    import("./artifact-registry-sdk-L73E3JAK.js"),
    import("./google-auth-sdk-UYBPVKLK.js")
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
function deadlineExceeded(deadline, operation, undone2, cause) {
  const left = undone2 === void 0 || undone2 === "" ? "" : `; not done: ${undone2}`;
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

// src/registry/registry-client.ts
import { createHash } from "node:crypto";

// src/logger.ts
var NULL_LOGGER = {
  info: () => {
  },
  debug: () => {
  },
  warning: () => {
  },
  group: (_name, fn) => fn()
};

// src/registry/auth.ts
function parseChallenges(header2) {
  if (header2 === void 0) return [];
  const values = typeof header2 === "string" ? [header2] : header2;
  return values.flatMap((value) => parseChallengeList(value));
}
var TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/;
function parseChallengeList(text) {
  const challenges = [];
  let rest = text;
  while (rest.length > 0) {
    rest = rest.replace(/^[\s,]+/, "");
    const name = TOKEN.exec(rest)?.[0];
    if (name === void 0) break;
    rest = rest.slice(name.length).replace(/^\s+/, "");
    const current = challenges.at(-1);
    if (!rest.startsWith("=") || current === void 0) {
      challenges.push({ scheme: name.toLowerCase(), params: {} });
      continue;
    }
    rest = rest.slice(1).replace(/^\s+/, "");
    const [value, after] = readParamValue(rest);
    current.params[name.toLowerCase()] = value;
    rest = after;
  }
  return challenges;
}
function readParamValue(text) {
  if (!text.startsWith('"')) {
    const token = /^[^,\s]*/.exec(text)?.[0] ?? "";
    return [token, text.slice(token.length)];
  }
  let value = "";
  for (let i = 1; i < text.length; i++) {
    const char = text[i];
    if (char === "\\" && i + 1 < text.length) value += text[++i];
    else if (char === '"') return [value, text.slice(i + 1)];
    else value += char;
  }
  return [value, ""];
}
function describeCredentials(credentials) {
  return credentials === void 0 ? "no credentials (anonymous)" : `${credentials.source} (user ${JSON.stringify(credentials.username)})`;
}
function basicAuthorization(credentials) {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
}
function mergeScopes(scopes) {
  const actions = /* @__PURE__ */ new Map();
  for (const scope of scopes.flatMap((s) => s.split(" ")).filter((s) => s !== "")) {
    const cut = scope.lastIndexOf(":");
    const resource = cut < 0 ? scope : scope.slice(0, cut);
    const set = actions.get(resource) ?? /* @__PURE__ */ new Set();
    for (const action of cut < 0 ? [] : scope.slice(cut + 1).split(",")) if (action !== "") set.add(action);
    actions.set(resource, set);
  }
  return [...actions].map(([resource, set]) => set.size === 0 ? resource : `${resource}:${[...set].sort().join(",")}`).sort();
}
var DEFAULT_TOKEN_SECONDS = 60;
var EXPIRY_MARGIN_MS = 5e3;
var Authenticator = class {
  #source;
  #resolving;
  #credentials;
  #http;
  #logger;
  #now;
  #tokens = /* @__PURE__ */ new Map();
  /** Token requests under way, so parallel uploads share one request per scope set. */
  #inflight = /* @__PURE__ */ new Map();
  constructor(options) {
    const given = options.credentials;
    this.#source = given === void 0 || "resolve" in given ? given ?? NO_CREDENTIALS : fixedSource(given);
    this.#http = options.http;
    this.#logger = options.logger ?? NULL_LOGGER;
    this.#now = options.now ?? Date.now;
  }
  /** The credentials in use once resolved (undefined before the registry asked, or when anonymous). */
  get credentials() {
    return this.#credentials;
  }
  /** Resolves the credential source once; later calls share the answer. */
  resolveCredentials() {
    this.#resolving ??= this.#source.resolve().then((credentials) => {
      this.#credentials = credentials;
      return credentials;
    });
    return this.#resolving;
  }
  /** The Authorization value for this challenge and scopes, or undefined when none applies. */
  async authorization(challenge, scopes) {
    if (challenge?.scheme === "basic") {
      const credentials = await this.resolveCredentials();
      return credentials === void 0 || credentials.password === "" ? void 0 : basicAuthorization(credentials);
    }
    if (challenge?.scheme !== "bearer") return void 0;
    await this.resolveCredentials();
    const key = `${challenge.params["realm"] ?? ""} ${mergeScopes(scopes).join(" ")}`;
    const cached = this.#tokens.get(key);
    if (cached !== void 0 && cached.expiresAt > this.#now()) return `Bearer ${cached.value}`;
    let pending = this.#inflight.get(key);
    if (pending === void 0) {
      pending = this.#fetchToken(challenge, mergeScopes(scopes)).finally(() => this.#inflight.delete(key));
      this.#inflight.set(key, pending);
    }
    const token = await pending;
    this.#tokens.set(key, token);
    return `Bearer ${token.value}`;
  }
  /**
   * Forgets the cached token that the registry refused (invalid_token), or all
   * of them. Parallel requests refused with the same token thus renew it once.
   */
  invalidate(rejected) {
    if (rejected === void 0) {
      this.#tokens.clear();
      this.#inflight.clear();
      return;
    }
    for (const [key, token] of this.#tokens)
      if (`Bearer ${token.value}` === rejected) this.#tokens.delete(key);
  }
  async #fetchToken(challenge, scopes) {
    const realm = challenge.params["realm"];
    if (realm === void 0 || realm === "") {
      throw new RegistryError(
        "authenticate",
        "the registry asked for a bearer token but named no realm to get it from"
      );
    }
    const url = new URL(realm);
    const started = this.#now();
    const response = await this.#http.request(
      tokenRequest(url, challenge.params["service"], scopes, this.#credentials)
    );
    if (response.status !== 200) throw this.#tokenRefused(url, response);
    const value = readToken(response, url);
    this.#logger.debug(`got a token from ${url.host} for ${scopes.join(" ") || "(no scope)"}`);
    const lifetimeMs = (value.expiresIn > 0 ? value.expiresIn : DEFAULT_TOKEN_SECONDS) * 1e3;
    return {
      value: value.token,
      expiresAt: started + lifetimeMs - Math.min(EXPIRY_MARGIN_MS, lifetimeMs / 10)
    };
  }
  #tokenRefused(url, response) {
    const who = describeCredentials(this.#credentials);
    const denied = response.status === 401 || response.status === 403;
    return new RegistryError(
      "authenticate",
      denied ? `token server ${url.host} rejected ${who} (HTTP ${response.status})` : `token server ${url.host} answered HTTP ${response.status} instead of a token`,
      {
        status: response.status,
        ...denied ? { hint: "check the username and password (or token) given for this registry" } : {}
      }
    );
  }
};
var NO_CREDENTIALS = { resolve: () => Promise.resolve(void 0) };
function fixedSource(credentials) {
  return { resolve: () => Promise.resolve(credentials) };
}
function tokenRequest(url, service, scopes, credentials) {
  const common = { url, operation: "authenticate", peer: "token server" };
  if (credentials?.identityToken !== void 0) {
    const form = new URLSearchParams({
      grant_type: "refresh_token",
      refresh_token: credentials.identityToken,
      client_id: "configsync-oci"
    });
    if (service !== void 0) form.set("service", service);
    for (const scope of scopes) form.append("scope", scope);
    const headers2 = { accept: "application/json", "content-type": "application/x-www-form-urlencoded" };
    return { ...common, method: "POST", headers: headers2, body: Buffer.from(form.toString()) };
  }
  const query = new URL(url);
  if (service !== void 0) query.searchParams.set("service", service);
  for (const scope of scopes) query.searchParams.append("scope", scope);
  if (credentials !== void 0) query.searchParams.set("account", credentials.username);
  const headers = { accept: "application/json" };
  if (credentials !== void 0) headers["authorization"] = basicAuthorization(credentials);
  return { ...common, url: query, method: "GET", headers };
}
function readToken(response, url) {
  let json;
  try {
    json = JSON.parse(response.body.toString("utf8"));
  } catch (error) {
    throw new RegistryError("authenticate", `token server ${url.host} did not answer JSON`, { cause: error });
  }
  const record = typeof json === "object" && json !== null ? json : {};
  const token = record["token"] ?? record["access_token"];
  if (typeof token !== "string" || token === "") {
    throw new RegistryError("authenticate", `token server ${url.host} answered without a token`);
  }
  const expiresIn = typeof record["expires_in"] === "number" ? record["expires_in"] : 0;
  return { token, expiresIn };
}

// src/registry/registry-responses.ts
function responseError(step, response, context) {
  const status = response.status;
  const said = registrySaid(response);
  const attempts = "attempts" in response && typeof response.attempts === "number" && response.attempts > 1 ? ` after ${response.attempts} attempts` : "";
  const answer = `HTTP ${status}${said === "" ? "" : ` ${said}`}${attempts}`;
  const permission = step.access === "push" ? `push to ${context.name}` : `pull from ${context.name}`;
  const who = describeCredentials(context.credentials);
  const fail = (what, hint) => {
    const message = `${step.operation}: ${what} (${answer})`;
    return new RegistryError(step.operation, message, { status, ...hint === void 0 ? {} : { hint } });
  };
  if (status === 401 && context.credentials === void 0) {
    return fail(
      `registry ${context.host} requires credentials to ${permission} and none were given`,
      "set the username and password inputs (CLI: --username/--password-stdin), log in with docker login (a Docker config), or for Google registries authenticate with google-github-actions/auth"
    );
  }
  if (status === 403 || status === 401 && lacksScope(response)) {
    const hint = `grant that account permission to ${permission}, or use credentials that have it`;
    return fail(`${who} may not ${permission}`, hint);
  }
  if (status === 401) {
    return fail(
      `registry ${context.host} rejected ${who}`,
      `check the username and password (or token); the account needs permission to ${permission}`
    );
  }
  const foreign = foreignAnswer(response);
  if (foreign !== void 0) return notARegistry(step, response, context.host, foreign);
  return fail(`registry ${context.host} answered`);
}
function foreignAnswer(response) {
  const type = contentType(response);
  if (/^(text\/html|application\/xhtml\+xml)$/.test(type)) return type;
  if (type === "" && /^\s*<(!doctype|html)/i.test(response.body.subarray(0, 256).toString("utf8")))
    return "an HTML page";
  return void 0;
}
function notARegistry(step, response, host, what, cause) {
  const message = `${step.operation}: ${host} answered ${what} (HTTP ${response.status}) instead of a registry answer; is a proxy or login page in the way?`;
  return new RegistryError(step.operation, message, {
    status: response.status,
    ...cause === void 0 ? {} : { cause },
    hint: "check the image host name, and that no proxy, captive portal or single-sign-on page sits between this runner and the registry"
  });
}
function readJson(step, response, host) {
  const foreign = foreignAnswer(response);
  if (foreign !== void 0) throw notARegistry(step, response, host, foreign);
  try {
    return JSON.parse(response.body.toString("utf8"));
  } catch (cause) {
    const type = contentType(response) || "no content type";
    const what = `${type} that does not parse as JSON (${response.body.length} bytes${response.body.length > 0 ? `, starting ${JSON.stringify(clip(response.body.subarray(0, 40).toString("utf8")))}` : ""})`;
    throw notARegistry(step, response, host, what, cause);
  }
}
function contentType(response) {
  return (header(response, "content-type")?.split(";")[0] ?? "").trim().toLowerCase();
}
function lacksScope(response) {
  return parseChallenges(response.headers["www-authenticate"]).some(
    (c) => c.params["error"] === "insufficient_scope"
  );
}
function registrySaid(response) {
  const text = response.body.toString("utf8").trim();
  if (text === "") return "";
  try {
    const json = JSON.parse(text);
    const errors = typeof json === "object" && json !== null && "errors" in json ? json.errors : void 0;
    if (Array.isArray(errors) && errors.length > 0) {
      return errors.map((e) => describeOne(e)).join("; ");
    }
  } catch {
  }
  return clip(text.replace(/\s+/g, " "));
}
function errorCodes(response) {
  try {
    const json = JSON.parse(response.body.toString("utf8"));
    const errors = typeof json === "object" && json !== null && "errors" in json ? json.errors : void 0;
    if (!Array.isArray(errors)) return [];
    return errors.map(
      (e) => typeof e === "object" && e !== null && "code" in e ? String(e.code) : ""
    );
  } catch {
    return [];
  }
}
function describeOne(error) {
  if (typeof error !== "object" || error === null) return clip(JSON.stringify(error));
  const record = error;
  const code = typeof record["code"] === "string" ? record["code"] : "UNKNOWN";
  const message = typeof record["message"] === "string" ? `: ${record["message"]}` : "";
  const rawDetail = record["detail"];
  const detail = rawDetail === void 0 || rawDetail === null ? "" : ` ${clip(JSON.stringify(rawDetail))}`;
  return `${code}${message}${detail}`;
}
function clip(text) {
  return text.length > 300 ? `${text.slice(0, 300)}\u2026` : text;
}
function provesBlob(response, digest, size) {
  if (response.status !== 200) return false;
  const returned = header(response, "docker-content-digest");
  if (returned !== void 0) return returned === digest;
  const length = header(response, "content-length");
  if (length === void 0 || !/^\d+$/.test(length.trim()) || Number(length) !== size) return false;
  return foreignAnswer(response) === void 0 && !contentType(response).startsWith("text/");
}
function checkDigest(step, response, expected, subject) {
  const returned = header(response, "docker-content-digest");
  if (returned !== void 0 && returned !== expected) {
    throw new RegistryError(step.operation, `registry returned digest ${returned} for ${subject}`, {
      status: response.status,
      hint: "the registry stored other bytes than were sent (a proxy rewriting content?)"
    });
  }
}
function header(response, name) {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
function mediaTypeOf(response) {
  const contentType2 = header(response, "content-type")?.split(";")[0]?.trim();
  if (contentType2 !== void 0 && contentType2 !== "") return contentType2;
  try {
    const parsed = JSON.parse(response.body.toString("utf8"));
    const isObject = typeof parsed === "object" && parsed !== null;
    const mediaType = isObject && "mediaType" in parsed ? parsed.mediaType : void 0;
    if (typeof mediaType === "string") return mediaType;
  } catch {
  }
  return "";
}
function readTags(parsed) {
  const tags = typeof parsed === "object" && parsed !== null && "tags" in parsed ? parsed.tags : null;
  return Array.isArray(tags) ? tags.filter((t) => typeof t === "string") : [];
}
function nextPage(response) {
  const link = header(response, "link");
  const match = link === void 0 ? null : /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
  return match?.[1] === void 0 ? void 0 : new URL(match[1], response.url);
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

// src/registry/blob-upload.ts
var DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;
var UploadInterrupted = class extends Error {
  location;
  step;
  response;
  constructor(step, location, reason, options = {}) {
    super(reason, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.step = step;
    this.location = location;
    this.response = options.response;
  }
};
async function uploadBlob(port, settings, blob) {
  const { digest } = blob.descriptor;
  if (await blobExists(port, blob.descriptor)) return "present";
  let session;
  for (const [index, from] of settings.mountFrom.entries()) {
    const mount = await tryMount(port, settings, digest, from);
    if (mount === "mounted") return "mounted";
    if (mount === void 0) continue;
    if (index === settings.mountFrom.length - 1) session = mount;
    else
      await port.call({ operation: "cancel upload", access: "push" }, { method: "DELETE", url: mount }).catch(() => void 0);
  }
  await uploadWithRecovery(port, settings, blob, session);
  return "uploaded";
}
async function blobExists(port, descriptor) {
  const { digest, size } = descriptor;
  const step = { operation: `check blob ${digest}`, access: "push" };
  const head = await port.send(step, { method: "HEAD", url: port.url(`blobs/${digest}`) });
  if (head.status === 404) return false;
  if (head.status !== 200) throw port.fail(step, head);
  if (provesBlob(head, digest, size)) return true;
  port.logger?.debug(
    `HEAD of blob ${digest} answered 200 without proof (digest ${header(head, "docker-content-digest") ?? "none"}, length ${header(head, "content-length") ?? "none"}); uploading it`
  );
  return false;
}
async function tryMount(port, settings, digest, from) {
  const step = {
    operation: `mount blob ${digest} from ${from}`,
    access: "push",
    extraScopes: [`repository:${from}:pull`]
  };
  const url = port.url("blobs/uploads/");
  url.searchParams.set("mount", digest);
  url.searchParams.set("from", from);
  const response = await port.send(step, { method: "POST", url });
  if (response.status === 201) {
    settings.logger.debug(`mounted blob ${digest} from ${from}`);
    return "mounted";
  }
  const location = header(response, "location");
  if (response.status === 202 && location !== void 0) return new URL(location, response.url);
  settings.logger.debug(`cannot mount blob ${digest} from ${from} (HTTP ${response.status}); uploading it`);
  return void 0;
}
async function uploadWithRecovery(port, settings, blob, session) {
  const { digest, size } = blob.descriptor;
  const { policy, logger } = settings;
  const chunked = size > settings.chunkSize;
  let resume = session === void 0 ? void 0 : { location: session, offset: 0 };
  let failures = 0;
  let furthest = 0;
  for (; ; ) {
    const progress = { offset: resume?.offset ?? 0 };
    try {
      resume ??= { location: await startSession(port, digest), offset: 0 };
      if (chunked) await putChunks(port, settings, blob, resume, progress);
      else await putWhole(port, blob, resume.location);
      return;
    } catch (error) {
      failures = progress.offset > furthest ? 1 : failures + 1;
      furthest = Math.max(furthest, progress.offset);
      const retry = failures - 1;
      if (!(error instanceof UploadInterrupted) || retry >= policy.retries)
        throw finalError(port, error, failures);
      const retryAfter = error.response && parseRetryAfter(header(error.response, "retry-after"));
      const wait = retryDelay(policy, retry, retryAfter);
      logger.info(
        `${error.step.operation}: ${error.message}; retry ${retry + 1} of ${policy.retries} in ${(wait / 1e3).toFixed(1)} s`
      );
      await sleepWithin(policy, wait, error.step.operation, error.message);
      if (await blobExists(port, blob.descriptor)) return;
      resume = chunked ? await uploadStatus(port, error.location) : void 0;
      if (resume !== void 0)
        logger.info(`resuming the upload of blob ${digest} at byte ${resume.offset} of ${size}`);
    }
  }
}
async function startSession(port, digest) {
  const step = { operation: `start upload of blob ${digest}`, access: "push" };
  const session = await port.send(step, { method: "POST", url: port.url("blobs/uploads/") });
  if (session.status !== 202) throw port.fail(step, session);
  const location = header(session, "location");
  if (location === void 0)
    throw new RegistryError(step.operation, `${step.operation}: registry sent no Location for the upload`);
  return new URL(location, session.url);
}
async function putWhole(port, blob, location) {
  const { digest, size } = blob.descriptor;
  const step = { operation: `upload blob ${digest}`, access: "push" };
  const request = {
    method: "PUT",
    url: withDigest(location, digest),
    headers: { "content-type": "application/octet-stream" },
    body: () => blob.open(),
    bodyLength: size
  };
  const done = await interruptible(step, location, () => port.call(step, request));
  expectStatus(port, step, location, done, 201);
  checkDigest(step, done, digest, `blob ${digest}`);
}
async function putChunks(port, settings, blob, resume, progress) {
  const { digest, size } = blob.descriptor;
  let { location, offset } = resume;
  const stream = blob.open();
  try {
    for await (const chunk of readChunks(stream, offset, settings.chunkSize)) {
      const end = offset + chunk.length - 1;
      const step2 = {
        operation: `upload blob ${digest} (bytes ${offset}-${end} of ${size})`,
        access: "push"
      };
      const headers = { "content-type": "application/octet-stream", "content-range": `${offset}-${end}` };
      const from = location;
      const response = await interruptible(
        step2,
        from,
        () => port.call(step2, { method: "PATCH", url: from, headers, body: chunk })
      );
      expectStatus(port, step2, from, response, 202);
      const next = header(response, "location");
      location = next === void 0 ? from : new URL(next, response.url);
      const stored = rangeEnd(header(response, "range"));
      if (stored !== void 0 && stored !== end) {
        throw new UploadInterrupted(step2, location, `the registry stored bytes up to ${stored}, not ${end}`);
      }
      offset = end + 1;
      progress.offset = offset;
    }
  } finally {
    stream.destroy();
  }
  if (offset !== size) {
    throw new RegistryError(
      `upload blob ${digest}`,
      `blob ${digest} has ${offset} bytes on disk, not the ${size} its descriptor says`
    );
  }
  const step = { operation: `finish upload of blob ${digest}`, access: "push" };
  const last = location;
  const done = await interruptible(
    step,
    last,
    () => port.call(step, { method: "PUT", url: withDigest(last, digest) })
  );
  expectStatus(port, step, last, done, 201);
  checkDigest(step, done, digest, `blob ${digest}`);
}
async function* readChunks(stream, skip, size) {
  let pending = [];
  let pendingBytes = 0;
  let toSkip = skip;
  for await (const piece of stream) {
    const cut = Math.min(toSkip, piece.length);
    toSkip -= cut;
    if (cut === piece.length) continue;
    pending.push(cut === 0 ? piece : piece.subarray(cut));
    pendingBytes += piece.length - cut;
    while (pendingBytes >= size) {
      const all = Buffer.concat(pending);
      yield all.subarray(0, size);
      pending = [all.subarray(size)];
      pendingBytes -= size;
    }
  }
  if (pendingBytes > 0) yield Buffer.concat(pending);
}
async function uploadStatus(port, location) {
  const step = { operation: "check upload progress", access: "push" };
  const response = await port.call(step, { method: "GET", url: location }).catch(() => void 0);
  if (response?.status !== 204) return void 0;
  const stored = rangeEnd(header(response, "range"));
  const next = header(response, "location");
  if (stored === void 0 || stored === 0) return void 0;
  return { location: next === void 0 ? location : new URL(next, response.url), offset: stored + 1 };
}
function rangeEnd(range) {
  const match = range === void 0 ? null : /^(?:bytes=)?0-(\d+)$/.exec(range.trim());
  return match?.[1] === void 0 ? void 0 : Number(match[1]);
}
async function interruptible(step, location, send) {
  try {
    return await send();
  } catch (error) {
    if (!isRetryableError(error)) throw error;
    throw new UploadInterrupted(step, location, error instanceof Error ? error.message : String(error), {
      cause: error
    });
  }
}
var SESSION_ERRORS = /* @__PURE__ */ new Set(["BLOB_UPLOAD_UNKNOWN", "BLOB_UPLOAD_INVALID"]);
function expectStatus(port, step, location, response, expected) {
  if (response.status === expected) return;
  if (isRetryableStatus(response.status) || errorCodes(response).some((code) => SESSION_ERRORS.has(code))) {
    throw new UploadInterrupted(step, location, `HTTP ${response.status}`, { response });
  }
  throw port.fail(step, response);
}
function finalError(port, error, attempts) {
  if (!(error instanceof UploadInterrupted)) return error;
  if (error.response !== void 0)
    return port.fail(error.step, { ...error.response, attempts });
  const said = error.cause instanceof RegistryError ? error.cause.message : error.message;
  const hint = error.cause instanceof RegistryError && error.cause.hint !== void 0 ? { hint: error.cause.hint } : {};
  return new RegistryError(
    error.step.operation,
    `${error.step.operation}: ${said}${attempts > 1 ? ` (gave up after ${attempts} attempts)` : ""}`,
    {
      cause: error.cause ?? error,
      ...hint
    }
  );
}
function withDigest(location, digest) {
  const target = new URL(location);
  target.search = `${target.search === "" ? "?" : `${target.search}&`}digest=${encodeURIComponent(digest)}`;
  return target;
}

// src/registry/http-transport.ts
import { readFileSync } from "node:fs";
import http2 from "node:http";
import https2 from "node:https";
import tls from "node:tls";

// src/registry/http-exchange.ts
import http from "node:http";
import https from "node:https";
var ERROR_BODY_CAP = 64 * 1024;
function exchange(url, options) {
  let deadlineTimer;
  const answer = new Promise((resolve, reject) => {
    const send = url.protocol === "https:" ? https.request : http.request;
    const req = send(url, { method: options.method, agent: options.agent, headers: options.headers });
    if (options.deadlineMs !== void 0) {
      const expired = timeoutError("deadline");
      deadlineTimer = setTimeout(
        () => {
          reject(expired);
          req.destroy(expired);
        },
        Math.max(0, options.deadlineMs)
      );
    }
    const connectTimer = setTimeout(() => req.destroy(timeoutError("connect")), options.connectTimeoutMs);
    req.on("socket", (socket) => {
      if (socket.connecting) socket.once("connect", () => clearTimeout(connectTimer));
      else clearTimeout(connectTimer);
    });
    req.setTimeout(options.idleTimeoutMs, () => req.destroy(timeoutError("idle")));
    let answered = false;
    req.on("error", (error) => {
      clearTimeout(connectTimer);
      if (!answered) reject(error);
    });
    req.on("response", (res) => {
      answered = true;
      clearTimeout(connectTimer);
      const isError = (res.statusCode ?? 0) >= 400;
      readBody(res, isError ? ERROR_BODY_CAP : options.maxBodyBytes, !isError).then(
        (body) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }),
        reject
      );
    });
    writeBody(req, options.body);
  });
  return deadlineTimer === void 0 ? answer : answer.finally(() => clearTimeout(deadlineTimer));
}
function writeBody(req, body) {
  if (body === void 0) {
    req.end();
  } else if (Buffer.isBuffer(body)) {
    req.end(body);
  } else {
    const stream = body();
    stream.on("error", (error) => req.destroy(error));
    req.on("close", () => stream.destroy());
    stream.pipe(req);
  }
}
function readBody(res, cap, failWhenOver) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    res.on("data", (chunk) => {
      if (size >= cap) return;
      if (size + chunk.length > cap && failWhenOver) {
        res.destroy(new Error(`response body larger than ${cap} bytes`));
        return;
      }
      chunks.push(chunk.subarray(0, cap - size));
      size += Math.min(chunk.length, cap - size);
    });
    res.on("end", () => resolve(Buffer.concat(chunks)));
    res.on("error", reject);
    res.on("close", () => {
      if (!res.complete)
        reject(Object.assign(new Error("connection closed mid-response"), { code: "ECONNRESET" }));
    });
  });
}
function timeoutError(kind) {
  const code = kind === "connect" ? "CONNECT_TIMEOUT" : kind === "idle" ? "IDLE_TIMEOUT" : "REQUEST_DEADLINE";
  return Object.assign(new Error(`${kind} timeout`), { code });
}
var CERTIFICATE_CODES = /* @__PURE__ */ new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_REVOKED",
  "CERT_UNTRUSTED",
  "CERT_REJECTED",
  "CERT_SIGNATURE_FAILURE",
  "INVALID_CA",
  "ERR_TLS_CERT_ALTNAME_INVALID"
]);
var PLAIN_HTTP_CODES = /* @__PURE__ */ new Set([
  "EPROTO",
  "ERR_SSL_WRONG_VERSION_NUMBER",
  "ERR_SSL_PACKET_LENGTH_TOO_LONG",
  "ERR_SSL_HTTP_REQUEST"
]);
var REASONS = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset by the server",
  EPIPE: "connection closed by the server while sending",
  ENOTFOUND: "host name not found (DNS)",
  EAI_AGAIN: "host name lookup failed temporarily (DNS)",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ETIMEDOUT: "connection timed out"
};
function codeOf(error) {
  if (typeof error !== "object" || error === null || !("code" in error)) return void 0;
  return typeof error.code === "string" ? error.code : void 0;
}
function isCertificateError(error) {
  const code = codeOf(error);
  return code !== void 0 && (CERTIFICATE_CODES.has(code) || code.startsWith("ERR_TLS_CERT"));
}
function isPlainHttpAnswer(error) {
  const code = codeOf(error);
  if (code === void 0 || isCertificateError(error)) return false;
  if (!PLAIN_HTTP_CODES.has(code)) return false;
  const message = error instanceof Error ? error.message : "";
  return code !== "EPROTO" || /wrong version number|packet length too long|http request/i.test(message);
}
function describeNetworkError(error, timeouts) {
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (code === "CONNECT_TIMEOUT") return `connection not established within ${seconds(timeouts.connectMs)}`;
  if (code === "REQUEST_DEADLINE") return `no complete answer within ${seconds(timeouts.deadlineMs ?? 0)}`;
  if (code === "IDLE_TIMEOUT") return `no data received for ${seconds(timeouts.idleMs)}`;
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID") return `TLS certificate does not name this host (${message})`;
  if (isCertificateError(error)) return `TLS certificate not trusted (${code}: ${message})`;
  if (code === "EPROTO" || code?.startsWith("ERR_SSL_") === true) {
    return `TLS handshake failed (${firstLine(message)}); is it a plain-http registry? Plain http is used only for loopback hosts or with insecure: true`;
  }
  const reason = code === void 0 ? void 0 : REASONS[code];
  return reason ?? firstLine(message);
}
function seconds(ms) {
  return ms % 1e3 === 0 ? `${ms / 1e3} s` : `${ms} ms`;
}
function firstLine(text) {
  return text.split("\n")[0] ?? text;
}

// src/registry/http-transport.ts
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var DEFAULTS = {
  insecure: false,
  userAgent: "configsync-oci",
  connectTimeoutMs: 3e4,
  idleTimeoutMs: 12e4,
  requestTimeoutMs: 3e5,
  maxRedirects: 5,
  maxBodyBytes: 32 * 1024 * 1024
};
var HttpTransport = class {
  #settings;
  #deadline;
  #logger;
  #httpAgent = new http2.Agent({ keepAlive: true, maxSockets: 8 });
  #httpsAgent;
  /** Hosts (host[:port]) where an https attempt met a plain-http server. */
  #plainHosts = /* @__PURE__ */ new Set();
  constructor(options = {}) {
    const { caFile, logger, deadline, ...settings } = options;
    this.#deadline = deadline;
    const given = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== void 0));
    this.#settings = { ...DEFAULTS, ...given };
    this.#logger = logger ?? NULL_LOGGER;
    const ca = caFile === void 0 ? void 0 : readTrustedCertificates(caFile);
    this.#httpsAgent = new https2.Agent({
      keepAlive: true,
      maxSockets: 8,
      rejectUnauthorized: !this.#settings.insecure,
      ...ca === void 0 ? {} : { ca }
    });
  }
  /** Sends the request, following up to maxRedirects redirects. */
  async request(request) {
    let current = request;
    let url = this.#schemeFor(new URL(request.url));
    for (let hop = 0; ; hop++) {
      const response = await this.#sendWithFallback(current, url);
      const location = response.headers.location;
      if (!REDIRECTS.has(response.status) || location === void 0) return response;
      if (hop >= this.#settings.maxRedirects) {
        const message = `too many redirects (more than ${this.#settings.maxRedirects}) from ${redactUrl(url)}`;
        throw new RegistryError(operationOf(request), message, { status: response.status });
      }
      const next = this.#schemeFor(new URL(location, response.url));
      current = redirected(current, response.status, url, next);
      url = next;
    }
  }
  /** Closes idle keep-alive sockets. */
  close() {
    this.#httpAgent.destroy();
    this.#httpsAgent.destroy();
  }
  #schemeFor(url) {
    return url.protocol === "https:" && this.#plainHosts.has(url.host) ? asPlainHttp(url) : url;
  }
  #plainAllowed(url) {
    return this.#settings.insecure || isLoopbackHost(url.host);
  }
  async #sendWithFallback(request, url) {
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      throw new RegistryError(operationOf(request), `unsupported URL scheme ${url.protocol} in ${url.origin}`);
    }
    if (url.protocol === "http:" && !this.#plainAllowed(url)) {
      const message = `refusing plain http to ${url.host}: only https is used for non-loopback hosts`;
      throw new RegistryError(operationOf(request), message, {
        hint: "set insecure: true only for a test registry that does not speak TLS"
      });
    }
    try {
      return await this.#send(request, url);
    } catch (error) {
      if (url.protocol !== "https:" || !this.#plainAllowed(url) || !isPlainHttpAnswer(error)) {
        throw this.#networkError(request, url, error);
      }
      this.#logger.debug(`${url.host} does not speak TLS; using plain http`);
      this.#plainHosts.add(url.host);
      const plain = asPlainHttp(url);
      try {
        return await this.#send(request, plain);
      } catch (plainError) {
        throw this.#networkError(request, plain, plainError);
      }
    }
  }
  #networkError(request, url, error) {
    if (error instanceof RegistryError) return error;
    const peer = request.peer ?? "registry";
    if (this.#deadline !== void 0 && remainingMs(this.#deadline) <= 0) {
      return deadlineExceeded(
        this.#deadline,
        `${operationOf(request)} (${peer} ${url.host})`,
        void 0,
        error
      );
    }
    const {
      connectTimeoutMs: connectMs,
      idleTimeoutMs: idleMs,
      requestTimeoutMs: deadlineMs
    } = this.#settings;
    const reason = describeNetworkError(error, { connectMs, idleMs, deadlineMs });
    const hint = isCertificateError(error) ? `trust the registry's CA with the ca-file input (or NODE_EXTRA_CA_CERTS=/path/ca.pem); insecure: true skips verification (test registries only)` : void 0;
    return new RegistryError(operationOf(request), `cannot reach ${peer} ${url.host}: ${reason}`, {
      cause: error,
      ...hint === void 0 ? {} : { hint }
    });
  }
  /** One HTTP exchange, no redirects, no fallback. */
  async #send(request, url) {
    const left = this.#deadline === void 0 ? Number.POSITIVE_INFINITY : remainingMs(this.#deadline);
    if (left <= 0 && this.#deadline !== void 0) {
      throw deadlineExceeded(
        this.#deadline,
        `${operationOf(request)} (${request.peer ?? "registry"} ${url.host})`
      );
    }
    this.#logger.debug(`> ${request.method} ${redactUrl(url)}`);
    const answer = await exchange(url, {
      deadlineMs: Math.min(this.#settings.requestTimeoutMs, left),
      method: request.method,
      headers: this.#headersFor(request),
      ...request.body === void 0 ? {} : { body: request.body },
      agent: url.protocol === "https:" ? this.#httpsAgent : this.#httpAgent,
      connectTimeoutMs: this.#settings.connectTimeoutMs,
      idleTimeoutMs: this.#settings.idleTimeoutMs,
      maxBodyBytes: this.#settings.maxBodyBytes
    });
    this.#logger.debug(`< ${answer.status} ${request.method} ${redactUrl(url)}`);
    return { ...answer, url };
  }
  #headersFor(request) {
    const headers = { "user-agent": this.#settings.userAgent, ...request.headers };
    if (Buffer.isBuffer(request.body)) headers["content-length"] = String(request.body.length);
    else if (request.body !== void 0) headers["content-length"] = String(request.bodyLength ?? 0);
    else if (["PUT", "POST", "PATCH"].includes(request.method)) headers["content-length"] = "0";
    return headers;
  }
};
function redirected(request, status, from, to) {
  const headers = {};
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    if (name.toLowerCase() === "authorization" && from.origin !== to.origin) continue;
    headers[name] = value;
  }
  const toGet = status === 303 && request.method !== "HEAD" || (status === 301 || status === 302) && request.method === "POST";
  if (!toGet) return { ...request, url: to, headers };
  for (const name of Object.keys(headers)) {
    if (/^content-(type|length)$/i.test(name)) delete headers[name];
  }
  const { body: _body, bodyLength: _length, ...rest } = request;
  return { ...rest, method: "GET", url: to, headers };
}
function readTrustedCertificates(caFile) {
  let pem;
  try {
    pem = readFileSync(caFile, "utf8");
  } catch (error) {
    throw new InputError(`ca-file ${JSON.stringify(caFile)} cannot be read`, { cause: error });
  }
  if (!pem.includes("-----BEGIN CERTIFICATE-----")) {
    throw new InputError(`ca-file ${JSON.stringify(caFile)} holds no PEM certificate`, {
      hint: "expected a file with -----BEGIN CERTIFICATE----- blocks"
    });
  }
  const extra = process.env["NODE_EXTRA_CA_CERTS"];
  let extraPem = [];
  try {
    if (extra !== void 0 && extra !== "") extraPem = [readFileSync(extra, "utf8")];
  } catch {
  }
  return [...tls.rootCertificates, ...extraPem, pem];
}
function asPlainHttp(url) {
  const plain = new URL(url);
  plain.protocol = "http:";
  return plain;
}
function operationOf(request) {
  return request.operation ?? `${request.method} request`;
}
function redactUrl(url) {
  return `${url.origin}${url.pathname}${url.search === "" ? "" : "?\u2026"}`;
}

// src/registry/registry-client.ts
var MANIFEST_ACCEPT = [
  MEDIA_TYPE.imageManifest,
  MEDIA_TYPE.imageIndex,
  MEDIA_TYPE.dockerManifest,
  MEDIA_TYPE.dockerManifestList
].join(", ");
var MAX_TAG_PAGES = 100;
var MAX_REFERRER_PAGES = 20;
var RegistryClient = class {
  #name;
  #repository;
  #base;
  #http;
  #auth;
  #logger;
  #policy;
  #uploads;
  #beforePush;
  #deadline;
  /** The /v2/ challenge, learned once; null when the registry needs no auth. */
  #challenge;
  constructor(ref, options) {
    this.#name = repositoryName(ref);
    this.#repository = ref.repository;
    this.#base = new URL(`https://${registryApiHost(ref)}/v2/`);
    this.#logger = options.logger;
    const {
      credentials,
      logger,
      retry,
      chunkSizeBytes,
      mountFrom,
      beforePush,
      deadline,
      ...transportOptions
    } = options;
    this.#deadline = deadline ?? runDeadline(DEFAULT_RUN_TIMEOUT_MS);
    this.#http = new HttpTransport({ ...transportOptions, logger, deadline: this.#deadline });
    const login = credentials === void 0 ? {} : { credentials };
    this.#auth = new Authenticator({ http: this.#http, logger, ...login });
    this.#policy = { ...DEFAULT_RETRY_POLICY, ...definedOnly(retry ?? {}), deadline: this.#deadline };
    const chunkSize = chunkSizeBytes ?? DEFAULT_CHUNK_SIZE;
    this.#uploads = { policy: this.#policy, chunkSize, mountFrom: mountFrom ?? [], logger };
    this.#beforePush = beforePush;
  }
  /** 'registry/repository', without credentials. */
  describe() {
    return this.#name;
  }
  /** GET /v2/ and the push token, while the layer is still being packed; failures are left for push to meet. */
  async prepare() {
    const step = { operation: "prepare to push", access: "push" };
    try {
      const challenge = await this.#learnChallenge(step) ?? void 0;
      await this.#auth.authorization(challenge, [`repository:${this.#repository}:pull,push`]);
    } catch (error) {
      this.#logger.debug(
        `getting ready to push did not work yet (${error instanceof Error ? error.message : String(error)}); the push will try again`
      );
    }
  }
  /** Uploads missing blobs, puts the manifest by digest, then each tag. */
  async push(image, tags, options = {}) {
    const checkedTags = tags.map((tag) => validateTag(tag, "tag"));
    const progress = {
      blobsLeft: new Set(image.blobs.map((blob) => blob.descriptor.digest)),
      manifest: false,
      tagsSet: []
    };
    try {
      return await this.#push(image, checkedTags, progress, options);
    } catch (error) {
      if (!(error instanceof DeadlineExceededError)) throw error;
      throw deadlineExceeded(
        this.#deadline,
        `${error.operation} in ${this.#name}`,
        undone(image, checkedTags, progress),
        error
      );
    }
  }
  async #push(image, checkedTags, progress, options) {
    checkDeadline(this.#deadline, `push to ${this.#name}`);
    await this.#beforePush?.();
    const outcomes = await this.uploadBlobs(image.blobs, (digest) => progress.blobsLeft.delete(digest));
    const count = (outcome) => outcomes.filter((o) => o === outcome).length;
    const uploadedBlobs = count("uploaded");
    const mounted = count("mounted") === 0 ? "" : `, ${count("mounted")} mounted from ${this.#uploads.mountFrom.join(", ")}`;
    this.#logger.info(
      `Blobs: ${uploadedBlobs} uploaded${mounted}, ${count("present")} already in ${this.#name}`
    );
    await this.#putManifest(image, image.manifestDigest);
    progress.manifest = true;
    await options.beforeTags?.();
    await this.#putTags(image, checkedTags, progress.tagsSet);
    const reference = `${this.#name}@${image.manifestDigest}`;
    this.#logger.info(`Pushed ${reference}`);
    return {
      digest: image.manifestDigest,
      reference,
      tags: checkedTags,
      uploadedBlobs,
      skippedBlobs: outcomes.length - uploadedBlobs
    };
  }
  /** Makes sure the repository holds each blob (present, mounted or uploaded), in parallel. */
  async uploadBlobs(blobs, onStored) {
    const unique = [...new Map(blobs.map((blob) => [blob.descriptor.digest, blob])).values()];
    return Promise.all(
      unique.map(async (blob) => {
        const outcome = await uploadBlob(this.#uploadPort(), this.#uploads, blob);
        onStored?.(blob.descriptor.digest);
        return outcome;
      })
    );
  }
  /**
   * PUTs manifest bytes under a digest or tag. With ifMatch, a 412 is the
   * answer 'precondition-failed' (someone else wrote the tag since it was read).
   * 'stored' carries the OCI-Subject header: a registry with the referrers API
   * names the subject it indexed.
   */
  async putManifest(reference, body, mediaType, options = {}) {
    const step = { operation: `put manifest ${reference}`, access: "push" };
    const headers = { "content-type": mediaType };
    if (options.ifMatch !== void 0) headers["if-match"] = options.ifMatch;
    const response = await this.#send(step, {
      method: "PUT",
      url: this.#url(`manifests/${checkReference(reference)}`),
      headers,
      body
    });
    if (response.status === 412 && options.ifMatch !== void 0) return { outcome: "precondition-failed" };
    if (response.status !== 201 && response.status !== 200) throw this.#fail(step, response);
    const digest = `sha256:${createHash("sha256").update(body).digest("hex")}`;
    checkDigest(step, response, digest, `manifest ${reference}`);
    const subject = header(response, "oci-subject");
    return subject === void 0 ? { outcome: "stored" } : { outcome: "stored", subject };
  }
  /**
   * The referrers API (distribution-spec 1.1 `GET /v2/<name>/referrers/<digest>`):
   * every page of the OCI index it answers, or undefined when the registry
   * has no such API (404/400/405, or an answer that is not an image index),
   * so the caller falls back to the referrers tag schema.
   */
  async getReferrers(digest, artifactType) {
    const step = { operation: `list referrers of ${digest}`, access: "pull" };
    if (!isDigest(digest)) throw new RegistryError(step.operation, `${step.operation}: not a sha256 digest`);
    const manifests = [];
    let filtered = artifactType !== void 0;
    let url = this.#url(`referrers/${digest}`);
    if (artifactType !== void 0) url.searchParams.set("artifactType", artifactType);
    for (let page = 0; url !== void 0 && page < MAX_REFERRER_PAGES; page++) {
      const response = await this.#send(step, {
        method: "GET",
        url,
        headers: { accept: MEDIA_TYPE.imageIndex }
      });
      if (response.status === 404 || response.status === 400 || response.status === 405) return void 0;
      if (response.status !== 200) throw this.#fail(step, response);
      const index = readReferrersIndex(response.body, mediaTypeOf(response));
      if (index === void 0) return void 0;
      manifests.push(...index);
      if (header(response, "oci-filters-applied")?.split(",").map((f) => f.trim()).includes("artifactType") !== true)
        filtered = false;
      url = nextPage(response);
    }
    return { manifests, filtered };
  }
  /** The manifest under a tag or digest, or undefined when the registry has none. */
  getManifest(reference) {
    return this.#getManifest({ operation: `get manifest ${reference}`, access: "pull" }, reference);
  }
  async #getManifest(step, reference) {
    const response = await this.#send(step, {
      method: "GET",
      url: this.#url(`manifests/${checkReference(reference)}`),
      headers: { accept: MANIFEST_ACCEPT }
    });
    if (response.status === 404) return void 0;
    if (response.status !== 200) throw this.#fail(step, response);
    this.#expectManifestType(step, response);
    readJson(step, response, this.#base.host);
    const digest = `sha256:${createHash("sha256").update(response.body).digest("hex")}`;
    if (isDigest(reference) && digest !== reference) {
      const message = `registry returned content with digest ${digest} for manifest ${reference}`;
      throw new RegistryError(step.operation, message);
    }
    const etag = header(response, "etag");
    return {
      mediaType: mediaTypeOf(response),
      digest,
      body: response.body,
      ...etag === void 0 ? {} : { etag }
    };
  }
  /** Media type, digest and size of a manifest, or undefined when absent. */
  headManifest(reference) {
    return this.#headManifest({ operation: `check manifest ${reference}`, access: "pull" }, reference);
  }
  async #headManifest(step, reference) {
    const response = await this.#send(step, {
      method: "HEAD",
      url: this.#url(`manifests/${checkReference(reference)}`),
      headers: { accept: MANIFEST_ACCEPT }
    });
    if (response.status === 404) return void 0;
    if (response.status !== 200) throw this.#fail(step, response);
    this.#expectManifestType(step, response);
    const digest = header(response, "docker-content-digest");
    if (digest === void 0 || !isDigest(digest)) {
      const fetched = await this.#getManifest(step, reference);
      return fetched && { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.body.length };
    }
    const size = Number(header(response, "content-length") ?? Number.NaN);
    return { mediaType: mediaTypeOf(response), digest, size };
  }
  /**
   * DELETE a manifest by digest, or a tag by name (distribution-spec 1.1):
   * 'deleted' (202), 'absent' (404), 'unsupported' (400/405: distribution
   * 2.8 refuses tags with 400, and both when deletes are switched off).
   * Token registries want the `delete` action in the scope.
   */
  async deleteManifest(reference) {
    const step = {
      operation: `delete manifest ${reference}`,
      access: "push",
      extraScopes: [`repository:${this.#repository}:delete`]
    };
    const response = await this.#send(step, {
      method: "DELETE",
      url: this.#url(`manifests/${checkReference(reference)}`)
    });
    if (response.status === 202 || response.status === 200 || response.status === 204) return "deleted";
    if (response.status === 404) return "absent";
    if (response.status === 400 || response.status === 405) return "unsupported";
    throw this.#fail(step, response);
  }
  /** Every tag of the repository (empty when the repository does not exist). */
  async listTags() {
    const step = { operation: "list tags", access: "pull" };
    const tags = [];
    let url = this.#url("tags/list");
    for (let page = 0; url !== void 0 && page < MAX_TAG_PAGES; page++) {
      const response = await this.#send(step, { method: "GET", url, headers: { accept: "application/json" } });
      if (response.status === 404) return tags;
      if (response.status !== 200) throw this.#fail(step, response);
      tags.push(...readTags(readJson(step, response, this.#base.host)));
      url = nextPage(response);
    }
    return tags;
  }
  /**
   * A blob's bytes, checked against its digest, or undefined when absent.
   * Buffered whole: the transport caps bodies (32 MiB), which bounds what
   * a diff or an inspection will read.
   */
  async getBlob(digest) {
    const step = { operation: `get blob ${digest}`, access: "pull" };
    if (!isDigest(digest)) throw new RegistryError(step.operation, `${step.operation}: not a sha256 digest`);
    const response = await this.#send(step, { method: "GET", url: this.#url(`blobs/${digest}`) });
    if (response.status === 404) return void 0;
    if (response.status !== 200) throw this.#fail(step, response);
    const actual = `sha256:${createHash("sha256").update(response.body).digest("hex")}`;
    if (actual !== digest)
      throw new RegistryError(
        step.operation,
        `registry returned content with digest ${actual} for blob ${digest}`
      );
    return response.body;
  }
  /** HEAD of a blob: 'present' when the answer proves digest or size, 'absent' on 404, else 'unproven'. */
  async headBlob(digest, size) {
    const step = { operation: `check blob ${digest}`, access: "pull" };
    if (!isDigest(digest)) throw new RegistryError(step.operation, `${step.operation}: not a sha256 digest`);
    const response = await this.#send(step, { method: "HEAD", url: this.#url(`blobs/${digest}`) });
    if (response.status === 404) return "absent";
    if (response.status !== 200) throw this.#fail(step, response);
    return provesBlob(response, digest, size) ? "present" : "unproven";
  }
  /** Releases keep-alive connections. */
  close() {
    this.#http.close();
  }
  /** Tags in parallel; when some fail, the error says which tags were set (each points at the complete image). */
  async #putTags(image, tags, set) {
    const results = await Promise.allSettled(tags.map((tag) => this.#putManifest(image, tag)));
    set.push(...tags.filter((_, i) => results[i]?.status === "fulfilled"));
    for (const tag of set) this.#logger.info(`Tagged ${this.#name}:${tag}`);
    const failed = results.find((r) => r.status === "rejected");
    if (failed === void 0) return;
    const error = failed.reason;
    if (set.length === 0 || !(error instanceof RegistryError) || error instanceof DeadlineExceededError)
      throw error;
    throw new RegistryError(
      error.operation,
      `${error.message}; tags already set to ${image.manifestDigest}: ${set.join(", ")}`,
      {
        cause: error,
        ...error.status === void 0 ? {} : { status: error.status },
        ...error.hint === void 0 ? {} : { hint: error.hint }
      }
    );
  }
  /**
   * PUT, acknowledged as the distribution spec says: 201 Created, with our
   * digest when the registry names one (a 200 counts only with our digest).
   * Then HEAD confirms that the reference resolves to our digest.
   */
  async #putManifest(image, reference) {
    const step = { operation: `put manifest ${reference}`, access: "push" };
    const response = await this.#send(step, {
      method: "PUT",
      url: this.#url(`manifests/${reference}`),
      headers: { "content-type": image.manifestMediaType },
      body: image.manifest
    });
    const foreign = foreignAnswer(response);
    if (foreign !== void 0) throw notARegistry(step, response, this.#base.host, foreign);
    const tagged = reference === image.manifestDigest ? "" : ` (tag ${reference})`;
    const returned = header(response, "docker-content-digest");
    if (response.status === 200 && returned === void 0) {
      throw new RegistryError(
        step.operation,
        `${step.operation}: ${this.#base.host} answered HTTP 200 without a Docker-Content-Digest; a registry acknowledges a stored manifest with 201 Created`,
        { status: 200, hint: "is a proxy in the way, or is this not an OCI registry?" }
      );
    }
    if (response.status !== 201 && response.status !== 200) throw this.#fail(step, response);
    checkDigest(step, response, image.manifestDigest, `manifest ${image.manifestDigest}${tagged}`);
    await this.#confirmManifest(image.manifestDigest, reference);
  }
  /** HEAD (or GET when HEAD names no digest) must resolve `reference` to `digest`, else nothing more is tagged. */
  async #confirmManifest(digest, reference) {
    const operation = `confirm manifest ${reference}`;
    const head = await this.#headManifest({ operation, access: "push" }, reference);
    const what = reference === digest ? `manifest ${digest}` : `tag ${reference}`;
    if (head === void 0) {
      throw new RegistryError(
        operation,
        `${operation}: ${this.#base.host} acknowledged ${what} but does not have it (HEAD answered 404)`,
        {
          hint: "the registry (or a proxy) did not store what it acknowledged; nothing further was tagged"
        }
      );
    }
    if (head.digest === digest) return;
    if (reference === digest) {
      throw new RegistryError(
        operation,
        `${operation}: ${this.#base.host} answers ${head.digest} for manifest ${digest}`,
        {
          hint: "the registry (or a proxy) did not store what was sent; no tag was written"
        }
      );
    }
    this.#logger.warning(
      `${this.#name}:${reference} already points at ${head.digest}, not ${digest}: another push moved the tag after ours`
    );
  }
  /** #call, retried on 429, 5xx and transient network errors (for idempotent requests). */
  #send(step, request) {
    return withRetries(this.#policy, this.#logger, step.operation, () => this.#call(step, request));
  }
  #uploadPort() {
    return {
      call: (step, request) => this.#call(step, request),
      send: (step, request) => this.#send(step, request),
      url: (path) => this.#url(path),
      fail: (step, response) => this.#fail(step, response),
      logger: this.#logger
    };
  }
  /** Sends with the right Authorization; on a 401 that names a new challenge or scope, retries once. */
  async #call(step, request) {
    const own = `repository:${this.#repository}:${step.access === "push" ? "pull,push" : "pull"}`;
    const scopes = mergeScopes([own, ...step.extraScopes ?? []]);
    const challenge = await this.#learnChallenge(step) ?? void 0;
    const authorization = await this.#auth.authorization(challenge, scopes);
    const response = await this.#http.request(this.#withAuth(step, request, authorization));
    if (response.status !== 401) return response;
    const next = preferredChallenge(parseChallenges(response.headers["www-authenticate"]));
    if (next === void 0 || next.scheme === "basic" && authorization !== void 0) return response;
    if (next.scheme === "bearer") this.#auth.invalidate(authorization);
    this.#challenge = Promise.resolve(next);
    const retryScopes = mergeScopes([...scopes, next.params["scope"] ?? ""]);
    const retryAuthorization = await this.#auth.authorization(next, retryScopes);
    if (retryAuthorization === void 0) return response;
    return this.#http.request(this.#withAuth(step, request, retryAuthorization));
  }
  #withAuth(step, request, authorization) {
    const url = new URL(request.url);
    if (authorization === void 0 || url.host !== this.#base.host)
      return { ...request, operation: step.operation };
    return { ...request, operation: step.operation, headers: { ...request.headers, authorization } };
  }
  /** GET /v2/ once: its 401 names the auth scheme (and token realm) for every later request. */
  #learnChallenge(step) {
    if (this.#challenge !== void 0) return this.#challenge;
    const check = { operation: "check the registry API (GET /v2/)", access: step.access };
    const probe = this.#http.request({ method: "GET", url: this.#base, operation: check.operation });
    const learning = probe.then((response) => {
      const challenges = parseChallenges(response.headers["www-authenticate"]);
      if (response.status === 401) return preferredChallenge(challenges) ?? null;
      if (response.status >= 200 && response.status < 300) {
        const foreign = foreignAnswer(response);
        if (foreign !== void 0) throw notARegistry(check, response, this.#base.host, foreign);
        if (contentType(response) === "application/json" && response.body.length > 0)
          readJson(check, response, this.#base.host);
        return null;
      }
      throw this.#fail(check, response);
    });
    learning.catch(() => {
      if (this.#challenge === learning) this.#challenge = void 0;
    });
    this.#challenge = learning;
    return learning;
  }
  /** A manifest answer has a manifest media type (or none, with JSON a later check parses). */
  #expectManifestType(step, response) {
    const type = contentType(response);
    const foreign = foreignAnswer(response);
    if (foreign !== void 0 || type.startsWith("text/"))
      throw notARegistry(step, response, this.#base.host, foreign ?? type);
  }
  #url(path) {
    return new URL(`${this.#repository}/${path}`, this.#base);
  }
  #fail(step, response) {
    const context = { name: this.#name, host: this.#base.host, credentials: this.#auth.credentials };
    return responseError(step, response, context);
  }
};
function undone(image, tags, progress) {
  const parts = [];
  const total = new Set(image.blobs.map((blob) => blob.descriptor.digest)).size;
  if (progress.blobsLeft.size > 0) parts.push(`${progress.blobsLeft.size} of ${total} blobs`);
  if (!progress.manifest) parts.push(`the manifest ${image.manifestDigest}`);
  const left = tags.filter((tag) => !progress.tagsSet.includes(tag));
  if (left.length > 0) parts.push(`tag${left.length === 1 ? "" : "s"} ${left.join(", ")}`);
  const written = progress.tagsSet.length === 0 ? "no tag was written" : `tags ${progress.tagsSet.join(", ")} were set and point at the complete image ${image.manifestDigest}`;
  return `${parts.join(", ")} (${written})`;
}
function preferredChallenge(challenges) {
  return challenges.find((c) => c.scheme === "bearer") ?? challenges.find((c) => c.scheme === "basic");
}
function definedOnly(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}
function readReferrersIndex(body, mediaType) {
  let json;
  try {
    json = JSON.parse(body.toString("utf8"));
  } catch {
    return void 0;
  }
  if (typeof json !== "object" || json === null) return void 0;
  const record = json;
  const type = mediaType || record["mediaType"];
  if (type !== MEDIA_TYPE.imageIndex || !Array.isArray(record["manifests"])) return void 0;
  return record["manifests"].flatMap((entry) => {
    const descriptor = referrerDescriptor(entry);
    return descriptor === void 0 ? [] : [descriptor];
  });
}
function referrerDescriptor(value) {
  if (typeof value !== "object" || value === null) return void 0;
  const { mediaType, digest, size, artifactType, annotations } = value;
  if (typeof mediaType !== "string" || typeof digest !== "string" || !isDigest(digest) || typeof size !== "number")
    return void 0;
  const notes = typeof annotations === "object" && annotations !== null ? Object.fromEntries(
    Object.entries(annotations).filter(
      (entry) => typeof entry[1] === "string"
    )
  ) : void 0;
  return {
    mediaType,
    digest,
    size,
    ...typeof artifactType === "string" ? { artifactType } : {},
    ...notes === void 0 ? {} : { annotations: notes }
  };
}
function checkReference(reference) {
  return isDigest(reference) ? reference : validateTag(reference, "manifest reference");
}

export {
  artifactRegistryRepository,
  repositoryResourceName,
  ensureRepository,
  endpointOptions,
  apiError,
  runDeadline,
  parseRunTimeout,
  DEFAULT_RETRIES,
  RegistryClient,
  referrerDescriptor
};
//# sourceMappingURL=chunk-BHYY5VJ3.js.map
