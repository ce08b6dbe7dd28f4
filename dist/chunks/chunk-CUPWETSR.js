import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  FORMAT
} from "./chunk-AB3UUCUA.js";
import {
  InputError
} from "./chunk-DYKBPGMV.js";

// src/writeback/edit/target.ts
var ROOT_SYNC_NAMESPACE = "config-management-system";
var SYNC_KINDS = ["RootSync", "RepoSync"];
var MARKER_PREFIX = "configsync-oci: image";
var DNS_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
var MARKER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
var EXAMPLES = "RootSync/root-sync, RootSync/config-management-system/root-sync, RepoSync/shop/repo-sync, marker or marker:NAME";
var DEFAULT_TARGET = `RootSync/${ROOT_SYNC_NAMESPACE}/root-sync`;
function parseTarget(text, inputName) {
  const value = text.trim();
  const fail = (why) => {
    throw new InputError(`${inputName} "${value}" ${why}`, { hint: `e.g. ${EXAMPLES}` });
  };
  if (value === "marker") return { type: "marker", name: "" };
  if (value.startsWith("marker:")) {
    const name2 = value.slice("marker:".length);
    if (!MARKER_NAME.test(name2)) fail('has a marker name that is not letters, digits, ".", "_" or "-"');
    return { type: "marker", name: name2 };
  }
  const parts = value.split("/");
  const kind = SYNC_KINDS.find((k) => k.toLowerCase() === parts[0]?.toLowerCase());
  if (kind === void 0) fail("is neither RootSync/\u2026, RepoSync/\u2026 nor marker[:NAME]");
  if (parts.length === 2 && kind === "RepoSync") fail("needs a namespace: RepoSync/NAMESPACE/NAME");
  if (parts.length !== 2 && parts.length !== 3) fail("is not KIND/NAMESPACE/NAME");
  const name = parts.at(-1) ?? "";
  const namespace = parts.length === 3 ? parts[1] ?? "" : ROOT_SYNC_NAMESPACE;
  for (const part of [namespace, name]) {
    if (!DNS_NAME.test(part) || part.length > 253)
      fail(`has "${part}", which is not a Kubernetes object name`);
  }
  return { type: "object", kind, namespace, name };
}
function describeTarget(target) {
  if (target.type === "marker")
    return target.name === "" ? `marker "# ${MARKER_PREFIX}"` : `marker "# ${MARKER_PREFIX} ${target.name}"`;
  return `${target.kind} ${target.namespace}/${target.name}`;
}
function targetSlug(target) {
  if (target.type === "marker") return target.name === "" ? "marker" : `marker-${slugify(target.name)}`;
  return `${target.kind.toLowerCase()}-${target.namespace}-${target.name}`;
}
function slugify(text) {
  return text.toLowerCase().replace(/[^a-z0-9.-]+/g, "-").replace(/\.{2,}/g, ".").replace(/^[-.]+|[-.]+$/g, "");
}

// src/writeback/git/config-repo.ts
var SHORTHAND = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;
var SCP_LIKE = /^[A-Za-z0-9_.-]+@[A-Za-z0-9_.-]+:(.+)$/;
var SCHEMES = /* @__PURE__ */ new Set(["https:", "http:", "file:", "ssh:", "git:"]);
var EXAMPLE = "acme/platform-config, https://github.com/acme/platform-config.git, git@github.com:acme/platform-config.git or file:///srv/git/config.git";
function resolveConfigRepo(text, serverUrl, inputName) {
  const value = text.trim();
  const shorthand = SHORTHAND.exec(value);
  if (shorthand) {
    const url = `${serverUrl.replace(/\/+$/, "")}/${shorthand[1]}/${stripGit(shorthand[2])}.git`;
    return fromUrl(url, inputName, value);
  }
  const scp = SCP_LIKE.exec(value);
  if (scp && !value.includes("://")) return { url: value, http: false, ...ownerRepo(scp[1]) };
  if (value.startsWith("/")) return fromUrl(`file://${value}`, inputName, value);
  return fromUrl(value, inputName, value);
}
function fromUrl(text, inputName, shown) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new InputError(`${inputName} "${redactUrl(shown)}" is not a repository`, {
      hint: `e.g. ${EXAMPLE}`
    });
  }
  if (!SCHEMES.has(url.protocol))
    throw new InputError(
      `${inputName} "${redactUrl(shown)}" uses ${url.protocol}, which is not a git transport`,
      { hint: `e.g. ${EXAMPLE}` }
    );
  const http = url.protocol === "https:" || url.protocol === "http:";
  if (url.password !== "" || http && url.username !== "") {
    throw new InputError(`${inputName} must not carry credentials in the URL`, {
      hint: "remove user:password@ from the URL and pass the token as config-repo-token (CLI: --token-stdin); a token in a URL leaks into the process list and .git/config"
    });
  }
  return { url: text, http, ...ownerRepo(url.pathname) };
}
function ownerRepo(path) {
  const parts = path.split("/").filter((part) => part !== "");
  const [owner, repo] = parts.slice(-2);
  if (parts.length < 2 || owner === void 0 || repo === void 0) return {};
  return { github: { owner, repo: stripGit(repo) } };
}
function stripGit(name) {
  return name.endsWith(".git") ? name.slice(0, -".git".length) : name;
}
function redactUrl(text) {
  return text.replace(/\/\/[^/@\s]*@/, "//***@");
}
function describeRepo(repo) {
  return repo.github && repo.http ? `${repo.github.owner}/${repo.github.repo}` : repo.url;
}

// src/report/writeback-text.ts
function describeOutcome(result, place) {
  const where = `${describeRepo(place.repo)} ${result.branch}`;
  if (result.status === "unchanged")
    return `${describeTarget(place.target)} already has ${place.image} on ${where}: no commit`;
  if (result.status === "committed")
    return `committed ${result.commitSha} to ${where} (${countLines(result)})`;
  const pull = result.pullRequest;
  return `${pull?.created ? "opened" : "updated"} pull request #${pull?.number} (${pull?.url}) from ${result.branch} (${countLines(result)})`;
}
function logWriteBack(result, place, logger) {
  for (const warning of result.warnings) logger.warning(warning);
  for (const file of result.files) {
    for (const change of file.changes)
      logger.info(
        `${file.file}:${change.line}: ${change.from === void 0 ? "inserted" : `${change.from} \u2192`} ${place.image}`
      );
  }
  logger.info(describeOutcome(result, place));
  if (result.stalePullRequest)
    logger.warning(
      `pull request #${result.stalePullRequest.number} for this target is still open, but ${result.branch} already has the image`
    );
}
function renderWriteBackResult(result, place, format) {
  if (format === FORMAT.json) {
    return `${JSON.stringify(
      {
        status: result.status,
        commitSha: result.commitSha,
        branch: result.branch,
        pullRequest: result.pullRequest ?? null,
        attempts: result.attempts,
        files: result.files.map((file) => ({
          file: file.file,
          matches: file.matches,
          changes: file.changes.map(({ line, from, before, after }) => ({
            line,
            from: from ?? null,
            before,
            after
          }))
        })),
        warnings: result.warnings
      },
      null,
      2
    )}
`;
  }
  const diff = diffText(result);
  return `${describeOutcome(result, place)}
${diff === "" ? "" : `${diff}
`}`;
}
function diffText(result) {
  return result.files.filter((file) => file.changes.length > 0).flatMap((file) => [
    `--- a/${file.file}`,
    `+++ b/${file.file}`,
    ...file.changes.flatMap((c) => [
      `@@ line ${c.line} @@`,
      ...c.before === "" ? [] : [`-${c.before}`],
      `+${c.after}`
    ])
  ]).join("\n");
}
function countLines(result) {
  const lines = result.files.reduce((sum, file) => sum + file.changes.length, 0);
  const files = result.files.filter((file) => file.changes.length > 0).length;
  return `${lines} ${lines === 1 ? "line" : "lines"} in ${files} ${files === 1 ? "file" : "files"}`;
}

export {
  SYNC_KINDS,
  MARKER_PREFIX,
  DEFAULT_TARGET,
  parseTarget,
  describeTarget,
  targetSlug,
  slugify,
  resolveConfigRepo,
  describeRepo,
  describeOutcome,
  logWriteBack,
  renderWriteBackResult,
  diffText
};
//# sourceMappingURL=chunk-CUPWETSR.js.map
