import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  AUTO_MERGE,
  DEFAULT_COMMIT_MESSAGE,
  WRITE_BACK_MODE,
  checkTemplate,
  pullRequestBranch
} from "./chunk-MX5TIDN5.js";
import {
  list
} from "./chunk-CKU2FG4C.js";
import {
  DEFAULT_TARGET,
  parseTarget,
  resolveConfigRepo
} from "./chunk-CUPWETSR.js";
import {
  InputError
} from "./chunk-DYKBPGMV.js";

// src/action/writeback-inputs.ts
var WRITEBACK_INPUT = {
  repo: "config-repo",
  branch: "config-repo-branch",
  token: "config-repo-token",
  path: "config-repo-path",
  target: "write-back-target",
  mode: "write-back-mode",
  message: "commit-message",
  author: "commit-author",
  committer: "commit-committer",
  prBranch: "pr-branch",
  prLabels: "pr-labels",
  prAutoMerge: "pr-auto-merge",
  serverUrl: "github-server-url",
  apiUrl: "github-api-url"
};
var ACTIONS_BOT = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com"
};
function readWriteBackInputs(read, mask, env) {
  const token = read(WRITEBACK_INPUT.token).trim();
  if (token !== "") {
    mask(token);
    mask(Buffer.from(`x-access-token:${token}`).toString("base64"));
  }
  const repoText = read(WRITEBACK_INPUT.repo).trim();
  if (repoText === "") return void 0;
  const serverUrl = read(WRITEBACK_INPUT.serverUrl).trim() || env["GITHUB_SERVER_URL"] || "https://github.com";
  const target = parseTarget(
    read(WRITEBACK_INPUT.target).trim() || DEFAULT_TARGET,
    `input "${WRITEBACK_INPUT.target}"`
  );
  const path = normalizePath(read(WRITEBACK_INPUT.path), `input "${WRITEBACK_INPUT.path}"`);
  const message = read(WRITEBACK_INPUT.message).trim() === "" ? DEFAULT_COMMIT_MESSAGE : read(WRITEBACK_INPUT.message);
  checkTemplate(message, `input "${WRITEBACK_INPUT.message}"`);
  const author = parsePerson(read(WRITEBACK_INPUT.author), WRITEBACK_INPUT.author) ?? ACTIONS_BOT;
  return {
    repo: resolveConfigRepo(repoText, serverUrl, `input "${WRITEBACK_INPUT.repo}"`),
    branch: read(WRITEBACK_INPUT.branch).trim(),
    token,
    path,
    target,
    mode: parseMode(read(WRITEBACK_INPUT.mode)),
    message,
    author,
    committer: parsePerson(read(WRITEBACK_INPUT.committer), WRITEBACK_INPUT.committer) ?? author,
    pullRequest: {
      branch: read(WRITEBACK_INPUT.prBranch).trim() || pullRequestBranch(target, path),
      labels: list(read(WRITEBACK_INPUT.prLabels)),
      autoMerge: parseAutoMerge(read(WRITEBACK_INPUT.prAutoMerge), `input "${WRITEBACK_INPUT.prAutoMerge}"`),
      apiUrl: (read(WRITEBACK_INPUT.apiUrl).trim() || env["GITHUB_API_URL"] || "https://api.github.com").replace(/\/+$/, "")
    }
  };
}
function parseMode(value) {
  const text = value.trim() || WRITE_BACK_MODE.commit;
  const mode = Object.values(WRITE_BACK_MODE).find((m) => m === text);
  if (mode === void 0)
    throw new InputError(`input "${WRITEBACK_INPUT.mode}" is "${text}", expected commit or pull-request`, {
      hint: "e.g. write-back-mode: pull-request"
    });
  return mode;
}
function parsePerson(value, name) {
  const text = value.trim();
  if (text === "") return void 0;
  const match = /^([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(text);
  if (!match)
    throw new InputError(`${name} "${text}" is not "Name <email>"`, {
      hint: `e.g. ${ACTIONS_BOT.name} <${ACTIONS_BOT.email}>`
    });
  return { name: match[1], email: match[2] };
}
function parseAutoMerge(value, name) {
  const text = value.trim().toLowerCase();
  if (text === "" || text === "false" || text === "off") return "off";
  if (text === "true") return "merge";
  const method = AUTO_MERGE.find((m) => m === text);
  if (method === void 0)
    throw new InputError(`${name} is "${value.trim()}", expected false, true, merge, squash or rebase`, {
      hint: "e.g. pr-auto-merge: squash"
    });
  return method;
}
function normalizePath(value, name) {
  const text = value.trim().replace(/\\/g, "/").replace(/^\.\/+/, "").replace(/\/+$/, "");
  if (text.startsWith("/") || text.split("/").includes("..")) {
    throw new InputError(`${name} "${value.trim()}" must be a path inside the config repository`, {
      hint: "e.g. clusters/prod/root-sync.yaml or clusters/"
    });
  }
  return text === "" ? "." : text;
}

export {
  WRITEBACK_INPUT,
  ACTIONS_BOT,
  readWriteBackInputs,
  parsePerson,
  parseAutoMerge,
  normalizePath
};
//# sourceMappingURL=chunk-GC7JGUOD.js.map
