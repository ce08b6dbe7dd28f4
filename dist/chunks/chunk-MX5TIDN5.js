import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  MARKER_PREFIX,
  SYNC_KINDS,
  describeRepo,
  describeTarget,
  slugify,
  targetSlug
} from "./chunk-CUPWETSR.js";
import {
  parseImageReference
} from "./chunk-5RM3NDNB.js";
import {
  require_dist
} from "./chunk-XIYLFDQZ.js";
import {
  ActionError,
  InputError,
  WriteBackError
} from "./chunk-DYKBPGMV.js";
import {
  __toESM
} from "./chunk-5JH4DS2R.js";

// src/writeback/edit/digest-reference.ts
function isDigestReference(text) {
  if (text.startsWith("oci-layout:")) return false;
  try {
    return parseImageReference(text).digest !== void 0;
  } catch {
    return false;
  }
}
function requireDigestReference(text, inputName) {
  const reference = text.trim();
  const parsed = parseImageReference(reference, inputName);
  if (parsed.digest === void 0) {
    throw new InputError(`${inputName} "${reference}" has no digest`, {
      hint: `write back a pinned reference, e.g. us-docker.pkg.dev/my-project/config/app@sha256:<64 hex> (the publish step's "image" output)`
    });
  }
  return reference;
}
function digestOf(reference) {
  return reference.slice(reference.lastIndexOf("@") + 1);
}

// src/writeback/git/commit-message.ts
var DEFAULT_COMMIT_MESSAGE = [
  "configsync-oci: set {target} image to {short-digest}",
  "",
  "Image: {image}",
  "Source: {repository}@{short-sha} {commit-url}",
  "Run: {run-url}"
].join("\n");
var PLACEHOLDER = /\{([a-z-]+)\}/g;
var NAMES = [
  "target",
  "image",
  "digest",
  "short-digest",
  "repository",
  "sha",
  "short-sha",
  "commit-url",
  "run-url"
];
function checkTemplate(template, inputName) {
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (!NAMES.includes(match[1])) {
      throw new InputError(`${inputName} uses {${match[1]}}, which is not a placeholder`, {
        hint: `use any of ${NAMES.map((n) => `{${n}}`).join(", ")}`
      });
    }
  }
  if (template.trim() === "")
    throw new InputError(`${inputName} is empty`, { hint: `e.g. "${DEFAULT_COMMIT_MESSAGE.split("\n")[0]}"` });
}
function renderMessage(template, values) {
  const table = {
    target: values.target,
    image: values.image,
    digest: values.digest,
    "short-digest": values.digest.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]*$/, "$1"),
    repository: values.repository ?? "",
    sha: values.sha ?? "",
    "short-sha": (values.sha ?? "").slice(0, 7),
    "commit-url": values.commitUrl ?? "",
    "run-url": values.runUrl ?? ""
  };
  const lines = template.split(/\r?\n/).flatMap((line) => {
    const used = [...line.matchAll(PLACEHOLDER)].map((m) => table[m[1]] ?? "");
    if (used.length > 0 && used.every((value) => value === "")) return [];
    return [
      line.replace(PLACEHOLDER, (_, name) => table[name] ?? "").replace(/[ \t]+$/, "")
    ];
  });
  return `${lines.join("\n").trim()}
`;
}
function sourceValues(env, revision, sourceUrl) {
  const repository = env["GITHUB_REPOSITORY"] || void 0;
  const server = (env["GITHUB_SERVER_URL"] || "https://github.com").replace(/\/+$/, "");
  const runId = env["GITHUB_RUN_ID"];
  const attempt = env["GITHUB_RUN_ATTEMPT"];
  const runUrl = repository && runId ? `${server}/${repository}/actions/runs/${runId}${attempt && attempt !== "1" ? `/attempts/${attempt}` : ""}` : void 0;
  return {
    ...repository ? { repository } : {},
    ...revision ? { sha: revision } : {},
    ...sourceUrl && revision ? { commitUrl: `${sourceUrl.replace(/\/+$/, "")}/commit/${revision}` } : {},
    ...runUrl ? { runUrl } : {}
  };
}

// src/writeback/git/writeback-types.ts
var WRITE_BACK_MODE = { commit: "commit", pullRequest: "pull-request" };
var AUTO_MERGE = ["off", "merge", "squash", "rebase"];

// src/writeback/git/write-back.ts
import { mkdtemp, rm } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/writeback/git/checkout.ts
var RACE = /\[rejected\]|cannot lock ref|failed to update ref|incorrect old value|stale info|reference already exists/;
var Checkout = class _Checkout {
  git;
  branch;
  constructor(git, branch) {
    this.git = git;
    this.branch = branch;
  }
  /**
   * `git clone --depth 1 --single-branch [--branch BRANCH] URL DIR` (no tags,
   * no LFS blobs); an empty branch means the remote's default branch.
   */
  static async clone(git, url, branch, dir) {
    const which = branch === "" ? [] : ["--branch", branch];
    await git.run([
      "clone",
      "--quiet",
      "--depth",
      "1",
      "--single-branch",
      "--no-tags",
      ...which,
      "--",
      url,
      dir
    ]);
    const inDir = git.in(dir);
    const name = branch === "" ? (await inDir.run(["symbolic-ref", "--short", "HEAD"])).stdout.trim() : branch;
    return new _Checkout(inDir, name);
  }
  /** The commit a ref points to. */
  async revParse(ref) {
    return (await this.git.run(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).stdout.trim();
  }
  /** Stages `files` and commits them with `message` as author/committer `identity`; returns the SHA. */
  async commit(files, message, identity) {
    await this.git.run(["add", "--", ...files]);
    await this.git.run(["commit", "--quiet", "--no-verify", "--file=-"], { input: message, env: identity });
    return this.revParse("HEAD");
  }
  /**
   * Pushes HEAD to `refs/heads/BRANCH`: a plain fast-forward push, or with
   * `expect` a --force-with-lease that only replaces the commit we saw
   * ('' means the branch must not exist yet).
   */
  async push(branch, expect) {
    const lease = expect === void 0 ? [] : [`--force-with-lease=refs/heads/${branch}:${expect}`];
    const result = await this.git.run(
      ["push", "--porcelain", ...lease, "origin", `HEAD:refs/heads/${branch}`],
      { allowFailure: true }
    );
    if (result.code === 0) return "pushed";
    const rejected = result.stdout.split("\n").filter((line) => line.startsWith("!"));
    if (rejected.length > 0 && rejected.every((line) => RACE.test(line))) return "moved";
    const detail = [...rejected, ...result.stderr.split("\n")].map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("hint:"));
    throw new WriteBackError(
      `git push to ${branch} was refused: ${detail.slice(0, 4).join(" / ") || `exit ${result.code}`}`,
      {
        hint: /protected|declined/.test(detail.join(" ")) ? "the branch is protected: use write-back-mode: pull-request" : "check that config-repo-token may push to the config repository"
      }
    );
  }
  /** Fetches the branch's current head (depth 1) and moves the work tree onto it. */
  async resetToRemote() {
    await this.fetch(this.branch, 1);
    await this.git.run(["reset", "--quiet", "--hard", `refs/remotes/origin/${this.branch}`]);
    return this.revParse("HEAD");
  }
  /** Fetches `branch` into refs/remotes/origin/BRANCH with `depth` commits. */
  async fetch(branch, depth) {
    await this.git.run([
      "fetch",
      "--quiet",
      "--no-tags",
      `--depth=${depth}`,
      "origin",
      `+refs/heads/${branch}:refs/remotes/origin/${branch}`
    ]);
  }
  /** The commit `branch` has on the remote, or undefined when it does not exist. */
  async remoteHead(branch) {
    const listed = await this.git.run(["ls-remote", "--heads", "origin", `refs/heads/${branch}`]);
    return listed.stdout.split(/\s+/)[0] || void 0;
  }
  /** True when commits a and b have the same tree and the same first parent. */
  async sameChange(a, b) {
    const trees = await this.git.run(["rev-parse", `${a}^{tree}`, `${b}^{tree}`, `${a}^`, `${b}^`], {
      allowFailure: true
    });
    const [treeA, treeB, parentA, parentB] = trees.stdout.trim().split("\n");
    return trees.code === 0 && treeA === treeB && parentA === parentB;
  }
};

// src/writeback/git/direct-writeback.ts
import { setTimeout as sleep } from "node:timers/promises";

// src/writeback/git/git-command.ts
import { spawn } from "node:child_process";
var TIMEOUT_MS = 12e4;
var Git = class _Git {
  cwd;
  #env;
  #secrets;
  #logger;
  constructor(cwd, auth, logger) {
    this.cwd = cwd;
    this.#env = auth.env;
    this.#secrets = auth.secrets;
    this.#logger = logger;
  }
  /** A Git for another directory with the same environment. */
  in(cwd) {
    return new _Git(cwd, { env: this.#env, secrets: this.#secrets }, this.#logger);
  }
  /** Runs `git ARGS`; throws a WriteBackError with git's own message unless allowFailure. */
  async run(args, options = {}) {
    this.#logger.debug(`git ${args.join(" ")}`);
    const raw = await spawnGit(args, this.cwd, { ...this.#env, ...options.env }, options.input);
    const output = { code: raw.code, stdout: this.redact(raw.stdout), stderr: this.redact(raw.stderr) };
    if (output.code !== 0 && options.allowFailure !== true) {
      throw new WriteBackError(
        `git ${args[0]} failed (exit ${output.code}): ${lastLines(output.stderr || output.stdout)}`,
        { hint: hintFor(output.stderr) }
      );
    }
    return output;
  }
  /** `text` with every secret replaced by ***. */
  redact(text) {
    let result = text;
    for (const secret of this.#secrets) if (secret !== "") result = result.split(secret).join("***");
    return result;
  }
};
function gitAuth(base, repo, token) {
  const env = {
    ...base,
    GIT_TERMINAL_PROMPT: "0",
    GCM_INTERACTIVE: "never",
    GIT_LFS_SKIP_SMUDGE: "1",
    LC_ALL: "C",
    LANGUAGE: "C"
  };
  for (const name of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY"]) delete env[name];
  if (token === "" || !repo.http) return { env, secrets: token === "" ? [] : [token] };
  const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
  const index = Number.parseInt(env["GIT_CONFIG_COUNT"] ?? "0", 10) || 0;
  env[`GIT_CONFIG_KEY_${index}`] = `http.${repo.url}.extraheader`;
  env[`GIT_CONFIG_VALUE_${index}`] = `AUTHORIZATION: basic ${basic}`;
  env["GIT_CONFIG_COUNT"] = String(index + 1);
  return { env, secrets: [token, basic] };
}
function identityEnv(author, committer) {
  return {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: committer.name,
    GIT_COMMITTER_EMAIL: committer.email
  };
}
function spawnGit(args, cwd, env, input) {
  return new Promise((resolve2, reject) => {
    const child = spawn("git", args, { cwd, env, stdio: ["pipe", "pipe", "pipe"], timeout: TIMEOUT_MS });
    const stdout = [];
    const stderr = [];
    child.stdout.on("data", (chunk) => stdout.push(chunk));
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.on(
      "error",
      (cause) => reject(
        new WriteBackError("cannot run git", { cause, hint: "install git (2.31 or later) on the runner" })
      )
    );
    child.on("close", (code, signal) => {
      const text = Buffer.concat(stderr).toString("utf8");
      resolve2({
        code: code ?? 128,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: signal ? `${text}
(killed by ${signal})` : text
      });
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(input ?? "");
  });
}
function lastLines(text) {
  const lines = text.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("hint:"));
  return lines.slice(-3).join(" / ") || "(no output)";
}
function hintFor(stderr) {
  if (/Authentication failed|Invalid username or password|could not read Username|HTTP 401|returned error: 40[13]/i.test(
    stderr
  )) {
    return "check config-repo-token: it needs contents: write on the config repository (and pull-requests: write for pull-request mode)";
  }
  if (/Remote branch .* not found|couldn't find remote ref/i.test(stderr))
    return "check config-repo-branch: the branch must exist in the config repository";
  if (/protected branch|pre-receive hook declined/i.test(stderr))
    return "the branch is protected: use write-back-mode: pull-request";
  return "run with ACTIONS_STEP_DEBUG=true (CLI: --verbose) to see every git call";
}

// src/writeback/git/worktree-edit.ts
import { lstat, readdir, readFile, realpath, writeFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";

// src/writeback/edit/edit-yaml.ts
var import_yaml6 = __toESM(require_dist(), 1);

// src/writeback/edit/document-chunks.ts
var DOCUMENT_START = /^(?:%[^\n]*\n)*---(?=[ \t]|\r?$)/gm;
function documentChunks(text) {
  const starts = [
    0,
    ...[...text.matchAll(DOCUMENT_START)].map((match) => match.index).filter((index) => index > 0)
  ];
  const chunks = [];
  let lineBase = 0;
  for (const [i, start] of starts.entries()) {
    const end = starts[i + 1] ?? text.length;
    const slice = text.slice(start, end);
    chunks.push({ text: slice, base: start, lineBase });
    lineBase += slice.split("\n").length - 1;
  }
  return chunks;
}

// src/writeback/edit/edit-site.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/writeback/edit/scalar-style.ts
var import_yaml = __toESM(require_dist(), 1);
var PLAIN_SAFE = /^[A-Za-z0-9][A-Za-z0-9._\-/:@]*$/;
function renderInStyleOf(node, value, where) {
  switch (node.type) {
    case import_yaml.Scalar.QUOTE_DOUBLE:
      return JSON.stringify(value);
    case import_yaml.Scalar.QUOTE_SINGLE:
      return `'${value.replace(/'/g, "''")}'`;
    case import_yaml.Scalar.BLOCK_FOLDED:
    case import_yaml.Scalar.BLOCK_LITERAL:
      throw new WriteBackError(`${where} is a block scalar (| or >); the image is left alone`, {
        hint: "write the image as a plain or quoted scalar on one line, e.g. image: REPO@sha256:\u2026"
      });
    default:
      return renderPlain(value, where);
  }
}
function renderPlain(value, where) {
  if (PLAIN_SAFE.test(value) && !value.includes(": ") && !value.includes(" #")) return value;
  if (value.includes("\n")) throw new WriteBackError(`${where}: the new value spans lines`);
  return JSON.stringify(value);
}

// src/writeback/edit/edit-site.ts
function scalarText(node) {
  const value = node.value;
  if (value === null || value === void 0) return "";
  return typeof value === "string" ? value : String(value);
}
function stringValue(node) {
  return (0, import_yaml2.isScalar)(node) && typeof node.value === "string" ? node.value : void 0;
}
function scalarSite(text, node, value, what) {
  if (!(0, import_yaml2.isScalar)(node) || !node.range) {
    throw new WriteBackError(
      `${what} is not a single value (a map, list or alias is there); it is left alone`,
      {
        hint: "the image must be a plain or quoted scalar, e.g. image: REPO@sha256:\u2026"
      }
    );
  }
  const [start, end] = node.range;
  const current = scalarText(node);
  if (start === end) {
    const before = start > 0 && text[start - 1] === ":" ? " " : "";
    const after = text[end] === "#" ? " " : "";
    return { start, end, replacement: `${before}${renderPlain(value, what)}${after}`, current, what };
  }
  return { start, end, replacement: renderInStyleOf(node, value, what), current, what };
}
function applySites(text, sites) {
  let result = text;
  for (const site of [...sites].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, site.start) + site.replacement + result.slice(site.end);
  }
  return result;
}

// src/writeback/edit/locate-marker.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/writeback/edit/block-scalar.ts
var import_yaml3 = __toESM(require_dist(), 1);
function readLiteralBlock(file, node) {
  const [start, end] = node.range;
  const contentStart = file.indexOf("\n", start) + 1;
  const rawLines = file.slice(contentStart, end).split("\n");
  const indent = blockIndent(rawLines);
  const lineStarts = [];
  const innerStarts = [];
  const inner = [];
  let outer = contentStart;
  let offset = 0;
  for (const raw of rawLines) {
    const line = raw.replace(/\r$/, "").slice(indent);
    lineStarts.push(outer + Math.min(indent, raw.length));
    innerStarts.push(offset);
    inner.push(line);
    outer += raw.length + 1;
    offset += line.length + 1;
  }
  const text = inner.join("\n");
  const docs = parseBlock(text);
  if (docs === void 0) return void 0;
  const toOuterOffset = (at) => {
    let i = innerStarts.length - 1;
    while (i > 0 && innerStarts[i] > at) i--;
    return lineStarts[i] + (at - innerStarts[i]);
  };
  return {
    text,
    docs,
    toOuter: (site) => ({ ...site, start: toOuterOffset(site.start), end: toOuterOffset(site.end) })
  };
}
function blockIndent(lines) {
  const first = lines.find((line) => line.replace(/\r$/, "").trim() !== "");
  return first === void 0 ? 0 : first.length - first.trimStart().length;
}
function parseBlock(text) {
  const parsed = (0, import_yaml3.parseAllDocuments)(text, { prettyErrors: false });
  const docs = Array.isArray(parsed) ? parsed : [];
  const yaml = docs.length > 0 && docs.every((doc) => doc.errors.length === 0 && (0, import_yaml3.isCollection)(doc.contents));
  return yaml ? docs : void 0;
}

// src/writeback/edit/source-text.ts
var DECODER = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeExact(bytes, file) {
  let text;
  try {
    text = DECODER.decode(bytes);
  } catch (cause) {
    throw new WriteBackError(`${file} is not UTF-8 text; it is left alone`, { cause });
  }
  if (!Buffer.from(text, "utf8").equals(bytes))
    throw new WriteBackError(`${file} does not survive a UTF-8 round trip; it is left alone`);
  return text;
}
function lineAt(text, offset) {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const newline = text.indexOf("\n", offset);
  const hardEnd = newline === -1 ? text.length : newline;
  const end = hardEnd > start && text[hardEnd - 1] === "\r" ? hardEnd - 1 : hardEnd;
  const eol = newline === -1 ? "" : text.slice(end, newline + 1);
  return { start, end, eol, number: countLines(text, start) };
}
function countLines(text, before) {
  let lines = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < before; i = text.indexOf("\n", i + 1)) lines++;
  return lines;
}
function dominantEol(text) {
  const all = text.split("\n").length - 1;
  const crlf = text.split("\r\n").length - 1;
  return all > 0 && crlf * 2 > all ? "\r\n" : "\n";
}

// src/writeback/edit/locate-marker.ts
var MARKER = /#[ \t]*configsync-oci:[ \t]*image(?:[ \t]+(\S+))?[ \t]*\r?$/gm;
function locateMarkers(text, docs, target, image, lineBase = 0, nested = false) {
  const located = { sites: [], seen: [], warnings: [] };
  const scalars = collectScalars(docs);
  const byEnd = new Map(scalars.map((node) => [node.range[1], node]));
  const blocks = /* @__PURE__ */ new Set();
  for (const match of text.matchAll(MARKER)) {
    const at = match.index;
    const inside = scalars.find((node) => node.range[0] <= at && at < node.range[1]);
    if (inside !== void 0) {
      if (inside.type === import_yaml4.Scalar.BLOCK_LITERAL && !nested) blocks.add(inside);
      continue;
    }
    const name = match[1] ?? "";
    const line = lineAt(text, at);
    const number = line.number + lineBase;
    located.seen.push(`marker "${name === "" ? MARKER_PREFIX : `${MARKER_PREFIX} ${name}`}" (line ${number})`);
    if (name !== target.name) continue;
    const what = `the value marked at line ${number}`;
    located.sites.push(scalarSite(text, markedScalar(text, at, line.start, byEnd, what), image, what));
  }
  for (const node of blocks) addBlockSites(located, text, node, target, image, lineBase);
  return located;
}
function addBlockSites(located, text, node, target, image, lineBase) {
  const block = readLiteralBlock(text, node);
  if (block === void 0) return;
  const inner = locateMarkers(block.text, block.docs, target, image, 0, true);
  const line = lineAt(text, node.range[0]).number + lineBase;
  located.seen.push(...inner.seen.map((seen) => `${seen} in the block scalar at line ${line}`));
  for (const site of inner.sites) {
    const outer = block.toOuter(site);
    located.sites.push({
      ...outer,
      what: `the value marked at line ${lineAt(text, outer.start).number + lineBase} (in the block scalar at line ${line})`
    });
  }
}
function markedScalar(text, at, lineStart, byEnd, what) {
  let end = at;
  while (end > lineStart && (text[end - 1] === " " || text[end - 1] === "	")) end--;
  const empty = byEnd.get(at);
  if (empty !== void 0 && empty.range[0] === at) return empty;
  const node = end < at ? byEnd.get(end) : void 0;
  if (node !== void 0) return node;
  const hint = end === lineStart ? "the marker goes at the end of the line that holds the value, e.g. image: REPO@sha256:\u2026 # configsync-oci: image" : "the marker must follow a scalar value on the same line, e.g. image: REPO@sha256:\u2026 # configsync-oci: image";
  throw new WriteBackError(`${what}: the marker is not the line comment of a scalar value`, { hint });
}
function collectScalars(docs) {
  const scalars = [];
  for (const doc of docs) {
    (0, import_yaml4.visit)(doc, {
      Scalar(_key, node) {
        if ((0, import_yaml4.isScalar)(node) && node.range) scalars.push(node);
      }
    });
  }
  return scalars;
}

// src/writeback/edit/locate-sync.ts
var import_yaml5 = __toESM(require_dist(), 1);
var CONFIG_SYNC_GROUP = "configsync.gke.io/";
function locateSyncImages(text, docs, target, image, lineBase = 0) {
  const located = { sites: [], seen: [], warnings: [] };
  for (const doc of docs) {
    const root = doc.contents;
    if (!(0, import_yaml5.isMap)(root)) continue;
    const kind = stringValue(root.get("kind", true));
    if (!SYNC_KINDS.some((k) => k === kind) || !stringValue(root.get("apiVersion", true))?.startsWith(CONFIG_SYNC_GROUP))
      continue;
    const metadata = root.get("metadata", true);
    const name = (0, import_yaml5.isMap)(metadata) ? stringValue(metadata.get("name", true)) : void 0;
    const namespace = (0, import_yaml5.isMap)(metadata) ? stringValue(metadata.get("namespace", true)) : void 0;
    const line = lineAt(text, root.range?.[0] ?? 0).number + lineBase;
    located.seen.push(`${kind} ${namespace ?? "(no namespace)"}/${name ?? "(no name)"} (line ${line})`);
    if (kind !== target.kind || name !== target.name || namespace !== void 0 && namespace !== target.namespace)
      continue;
    const what = `${kind} ${target.namespace}/${target.name} spec.oci.image (line ${line})`;
    located.sites.push(imageSite(text, root, image, what));
    const spec = root.get("spec", true);
    const sourceType = (0, import_yaml5.isMap)(spec) ? stringValue(spec.get("sourceType", true)) : void 0;
    if (sourceType !== "oci")
      located.warnings.push(
        `${what}: spec.sourceType is ${sourceType ?? "not set (git)"}, not oci; Config Sync ignores spec.oci until it is oci`
      );
  }
  return located;
}
function imageSite(text, root, image, what) {
  const spec = root.get("spec", true);
  const oci = (0, import_yaml5.isMap)(spec) ? spec.get("oci", true) : void 0;
  if ((0, import_yaml5.isAlias)(spec) || (0, import_yaml5.isAlias)(oci)) {
    throw new WriteBackError(`${what}: spec or spec.oci is an alias (*name); the image is left alone`, {
      hint: "edit the anchored node, or put a marker on the scalar and use target: marker"
    });
  }
  if (!(0, import_yaml5.isMap)(oci) || oci.items.length === 0) {
    throw new WriteBackError(`${what}: the object has no spec.oci mapping to set the image in`, {
      hint: "add spec.sourceType: oci and spec.oci with image, dir and auth (see the README), then write back"
    });
  }
  const pair = oci.items.find((item) => (0, import_yaml5.isScalar)(item.key) && item.key.value === "image");
  if (pair !== void 0) return scalarSite(text, pair.value, image, what);
  return insertionSite(text, oci, image, what);
}
function insertionSite(text, oci, image, what) {
  const firstKey = oci.items[0]?.key;
  const keyStart = (0, import_yaml5.isScalar)(firstKey) ? firstKey.range?.[0] : void 0;
  if (oci.flow || keyStart === void 0) {
    throw new WriteBackError(`${what}: spec.oci has no image key and is not a block mapping to add one to`, {
      hint: "add image: REPO@sha256:\u2026 to spec.oci by hand once; later runs update it in place"
    });
  }
  const line = lineAt(text, keyStart);
  const indent = text.slice(line.start, keyStart);
  if (!/^[ ]*$/.test(indent)) {
    throw new WriteBackError(`${what}: spec.oci has no image key and its first key does not start a line`, {
      hint: "add image: REPO@sha256:\u2026 to spec.oci by hand once; later runs update it in place"
    });
  }
  const eol = line.eol === "" ? dominantEol(text) : line.eol;
  return {
    start: line.start,
    end: line.start,
    replacement: `${indent}image: ${renderPlain(image, what)}${eol}`,
    current: void 0,
    what
  };
}

// src/writeback/edit/edit-yaml.ts
function editYaml(text, target, image, file) {
  const located = locate(text, target, image, file);
  const pending = located.sites.filter((site) => site.current !== image);
  const edited = applySites(text, pending);
  if (pending.length > 0) verify(edited, target, image, file, located.sites.length);
  return {
    text: edited,
    matches: located.sites.length,
    changes: describeChanges(text, pending),
    seen: located.seen,
    warnings: located.warnings
  };
}
function mayContainTarget(text, target) {
  return target.type === "marker" ? text.includes("configsync-oci:") : text.includes("RootSync") || text.includes("RepoSync");
}
function locate(text, target, image, file) {
  const located = { sites: [], seen: [], warnings: [] };
  for (const chunk of documentChunks(text)) {
    if (!mayContainTarget(chunk.text, target)) continue;
    const docs = parseDocuments(chunk.text, file, chunk.lineBase);
    const part = target.type === "marker" ? locateMarkers(chunk.text, docs, target, image, chunk.lineBase) : locateSyncImages(chunk.text, docs, target, image, chunk.lineBase);
    located.sites.push(
      ...part.sites.map((site) => ({
        ...site,
        start: site.start + chunk.base,
        end: site.end + chunk.base,
        what: `${file}: ${site.what}`
      }))
    );
    located.seen.push(...part.seen);
    located.warnings.push(...part.warnings.map((warning) => `${file}: ${warning}`));
  }
  return located;
}
function parseDocuments(text, file, lineBase) {
  const parsed = (0, import_yaml6.parseAllDocuments)(text, { prettyErrors: false });
  const docs = Array.isArray(parsed) ? parsed : [];
  const error = docs.flatMap((doc) => doc.errors)[0];
  if (error !== void 0) {
    const line = lineAt(text, error.pos[0]).number + lineBase;
    throw new WriteBackError(`${file}:${line} is not valid YAML (${error.code}); it is left alone`, {
      cause: error
    });
  }
  return docs;
}
function verify(edited, target, image, file, expected) {
  let again;
  try {
    again = locate(edited, target, image, file);
  } catch (cause) {
    throw new WriteBackError(`${file}: the edit would break the file; it is left alone`, { cause });
  }
  if (again.sites.length !== expected || again.sites.some((site) => site.current !== image)) {
    throw new WriteBackError(
      `${file}: after the edit the value does not read back as ${image}; the file is left alone`
    );
  }
}
function describeChanges(text, sites) {
  let shift = 0;
  return [...sites].sort((a, b) => a.start - b.start).map((site) => {
    const first = lineAt(text, site.start);
    const last = lineAt(text, Math.max(site.start, site.end));
    const before = text.slice(first.start, last.end);
    const offset = site.start - first.start;
    const after = before.slice(0, offset) + site.replacement + before.slice(offset + site.end - site.start);
    const inserted = site.current === void 0;
    const change = {
      line: first.number + shift,
      before: inserted ? "" : before,
      after: inserted ? after.replace(/\r?\n[\s\S]*$/, "") : after,
      from: site.current,
      what: site.what
    };
    if (inserted) shift++;
    return change;
  });
}

// src/writeback/git/worktree-edit.ts
var MAX_FILE_BYTES = 8 * 1024 * 1024;
var YAML_FILE = /\.ya?ml$/i;
async function editWorktree(root, path, target, image) {
  const start = await insideCheckout(root, path);
  const info = await lstat(start).catch(() => void 0);
  if (info === void 0)
    throw new WriteBackError(`config-repo-path "${path}" does not exist in the config repository`);
  if (info.isSymbolicLink())
    throw new WriteBackError(
      `config-repo-path "${path}" is a symbolic link; give the file or directory it points to`
    );
  const single = info.isFile();
  const files = single ? [start] : await yamlFilesUnder(start);
  const edits = [];
  const warnings = [];
  const seen = [];
  for (const file of files) {
    const name = relative(root, file).split(sep).join("/");
    const edit = await editFile(file, name, target, image, single).catch((error) => {
      if (single || !(error instanceof ActionError)) throw error;
      warnings.push(`${error.message} (skipped)`);
      return void 0;
    });
    if (edit === void 0) continue;
    seen.push(...edit.seen.map((what) => `${name}: ${what}`));
    warnings.push(...edit.warnings);
    if (edit.matches > 0) edits.push({ file: name, matches: edit.matches, changes: edit.changes });
  }
  if (edits.length === 0) throw notFound(target, path, files.length, seen, warnings);
  return { files: edits, warnings };
}
async function editFile(file, name, target, image, single) {
  const bytes = await readFile(file);
  if (bytes.length > MAX_FILE_BYTES)
    throw new WriteBackError(`${name} is larger than ${MAX_FILE_BYTES} bytes`);
  if (!single && !mayContainTarget(bytes, target)) return { matches: 0, changes: [], seen: [], warnings: [] };
  const text = decodeExact(bytes, name);
  const edit = editYaml(text, target, image, name);
  if (edit.changes.length > 0) await writeFile(file, edit.text, "utf8");
  return edit;
}
async function insideCheckout(root, path) {
  const realRoot = await realpath(root);
  const target = resolve(realRoot, path === "" ? "." : path);
  const real = await realpath(target).catch(() => target);
  if (real !== realRoot && !real.startsWith(realRoot + sep)) {
    throw new WriteBackError(`config-repo-path "${path}" leaves the config repository`, {
      hint: "give a path relative to the repository root, e.g. clusters/prod/root-sync.yaml"
    });
  }
  return target;
}
async function yamlFilesUnder(dir) {
  const found = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== ".git") found.push(...await yamlFilesUnder(path));
    else if (entry.isFile() && YAML_FILE.test(entry.name)) found.push(path);
  }
  return found;
}
function notFound(target, path, fileCount, seen, warnings) {
  const found = seen.length === 0 ? "nothing of the kind" : seen.slice(0, 10).join("; ");
  const skipped = warnings.length === 0 ? "" : `; skipped: ${warnings.slice(0, 5).join("; ")}`;
  return new WriteBackError(
    `no ${describeTarget(target)} in config-repo-path "${path}" (${fileCount} YAML files read); found ${found}${skipped}`,
    {
      hint: "check target (KIND/NAMESPACE/NAME or marker[:NAME]) and config-repo-path"
    }
  );
}

// src/writeback/git/direct-writeback.ts
async function commitAndPush(checkout, settings, message, logger) {
  const identity = identityEnv(settings.author, settings.committer);
  for (let attempt = 1; attempt <= settings.maxAttempts; attempt++) {
    const edit = await editWorktree(checkout.git.cwd, settings.path, settings.target, settings.image);
    const files = changedFiles(edit);
    if (files.length === 0) {
      return {
        status: "unchanged",
        commitSha: await checkout.revParse("HEAD"),
        branch: checkout.branch,
        files: edit.files,
        warnings: edit.warnings,
        attempts: attempt - 1
      };
    }
    const sha = await checkout.commit(files, message, identity);
    if (await checkout.push(checkout.branch) === "pushed") {
      logger.info(`pushed ${sha} to ${checkout.branch}${attempt > 1 ? ` (attempt ${attempt})` : ""}`);
      return {
        status: "committed",
        commitSha: sha,
        branch: checkout.branch,
        files: edit.files,
        warnings: edit.warnings,
        attempts: attempt
      };
    }
    logger.info(
      `${checkout.branch} moved while pushing (attempt ${attempt} of ${settings.maxAttempts}); applying the edit again on the new head`
    );
    await checkout.resetToRemote();
    await backOff(attempt);
  }
  throw new WriteBackError(`gave up after ${settings.maxAttempts} pushes: ${checkout.branch} kept moving`, {
    hint: "other jobs push to this branch constantly; run again, or use write-back-mode: pull-request"
  });
}
function changedFiles(edit) {
  return edit.files.filter((file) => file.changes.length > 0).map((file) => file.file);
}
async function backOff(attempt) {
  await sleep(Math.min(2e3, 100 * 2 ** (attempt - 1)) + Math.floor(Math.random() * 150));
}

// src/writeback/git/pull-request-host.ts
var BODY_MARKER = "<!-- configsync-oci:write-back -->";
var MAX_FILES_IN_BODY = 20;
function pullRequestContent(message, files) {
  const [title = "", ...rest] = message.trim().split("\n");
  const changed = files.filter((file) => file.changes.length > 0);
  const diff = changed.slice(0, MAX_FILES_IN_BODY).flatMap((file) => [
    "",
    `\`${file.file}\`:`,
    "```diff",
    ...file.changes.flatMap((change) => [
      `@@ line ${change.line} @@`,
      ...change.before === "" ? [] : [`-${change.before}`],
      `+${change.after}`
    ]),
    "```"
  ]);
  const more = changed.length > MAX_FILES_IN_BODY ? ["", `\u2026 and ${changed.length - MAX_FILES_IN_BODY} more files`] : [];
  const body = [
    rest.join("\n").trim(),
    "",
    `### Changes (${changed.length} ${changed.length === 1 ? "file" : "files"})`,
    ...diff,
    ...more,
    "",
    BODY_MARKER
  ];
  return { title: title.trim(), body: body.join("\n").trim() };
}

// src/writeback/git/pull-request-writeback.ts
async function pushAndOpenPullRequest(checkout, settings, message, host, logger) {
  const { branch } = settings.pullRequest;
  const identity = identityEnv(settings.author, settings.committer);
  for (let attempt = 1; attempt <= settings.maxAttempts; attempt++) {
    const edit = await editWorktree(checkout.git.cwd, settings.path, settings.target, settings.image);
    const files = changedFiles(edit);
    const common = { files: edit.files, warnings: edit.warnings, attempts: attempt - 1 };
    if (files.length === 0) {
      const open = await host.findOpen(branch, checkout.branch);
      const stale = open === void 0 ? {} : { stalePullRequest: { number: open.number, url: open.url } };
      return {
        status: "unchanged",
        commitSha: await checkout.revParse("HEAD"),
        branch: checkout.branch,
        ...common,
        ...stale
      };
    }
    const sha = await checkout.commit(files, message, identity);
    const seen = await checkout.remoteHead(branch);
    if (seen !== void 0 && await alreadyPushed(checkout, branch, seen, sha)) {
      logger.info(`${branch} already holds this change (${seen}); not pushing`);
      return {
        status: "pull-request",
        commitSha: seen,
        branch,
        ...common,
        pullRequest: await openOrUpdate(host, settings, checkout.branch, message, edit.files, logger)
      };
    }
    if (await checkout.push(branch, seen ?? "") === "pushed") {
      logger.info(`pushed ${sha} to ${branch}`);
      return {
        status: "pull-request",
        commitSha: sha,
        branch,
        ...common,
        attempts: attempt,
        pullRequest: await openOrUpdate(host, settings, checkout.branch, message, edit.files, logger)
      };
    }
    logger.info(
      `${branch} moved while pushing (attempt ${attempt} of ${settings.maxAttempts}); starting again from ${checkout.branch}`
    );
    await checkout.resetToRemote();
    await backOff(attempt);
  }
  throw new WriteBackError(`gave up after ${settings.maxAttempts} pushes: ${branch} kept moving`, {
    hint: "another run writes to the same target at the same time; run again"
  });
}
async function alreadyPushed(checkout, branch, seen, sha) {
  await checkout.fetch(branch, 2);
  return checkout.sameChange(seen, sha);
}
async function openOrUpdate(host, settings, base, message, files, logger) {
  const { branch, labels, autoMerge } = settings.pullRequest;
  const content = pullRequestContent(message, files);
  let open = await host.findOpen(branch, base);
  let pull;
  if (open === void 0) {
    pull = await host.create({ ...content, head: branch, base }).catch(async (error) => {
      open = await host.findOpen(branch, base);
      if (open === void 0) throw error;
      return host.update(open.number, content);
    });
  } else {
    pull = await host.update(open.number, content);
  }
  if (labels.length > 0) await host.addLabels(pull.number, labels);
  let merge = "off";
  if (autoMerge !== "off") {
    try {
      await host.enableAutoMerge(pull, autoMerge);
      merge = "enabled";
    } catch (error) {
      logger.warning(
        `auto-merge of #${pull.number} was not enabled: ${error instanceof Error ? error.message : String(error)}`
      );
      merge = "failed";
    }
  }
  return { number: pull.number, url: pull.url, created: open === void 0, autoMerge: merge };
}

// src/writeback/git/write-back.ts
var GITHUB_HOST = async (...args) => (await import("./github-pull-requests-BQ757H42.js")).githubPullRequests(...args);
async function writeBack(settings, env, logger, hostFactory = GITHUB_HOST) {
  const host = settings.mode === WRITE_BACK_MODE.pullRequest ? await pullRequestHost(settings, hostFactory) : void 0;
  const work = await mkdtemp(join2(settings.tempDir, "configsync-oci-writeback-"));
  try {
    const git = new Git(work, gitAuth(env, settings.repo, settings.token), logger);
    const checkout = await logger.group(
      `Clone ${describeRepo(settings.repo)} (${settings.branch || "default branch"})`,
      () => Checkout.clone(git, settings.repo.url, settings.branch, join2(work, "repo"))
    );
    const message = renderMessage(settings.message, {
      ...settings.source,
      target: describeTarget(settings.target),
      image: settings.image,
      digest: digestOf(settings.image)
    });
    return await logger.group(
      `Write back ${describeTarget(settings.target)}`,
      () => host === void 0 ? commitAndPush(checkout, settings, message, logger) : pushAndOpenPullRequest(checkout, settings, message, host, logger)
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
async function pullRequestHost(settings, factory) {
  const github = settings.repo.github;
  if (github === void 0) {
    throw new WriteBackError(
      `cannot tell the GitHub owner/name of ${describeRepo(settings.repo)} for the pull request`,
      {
        hint: "give config-repo as owner/name or as a URL ending in /OWNER/NAME(.git)"
      }
    );
  }
  if (settings.token === "") {
    throw new WriteBackError("write-back-mode pull-request needs config-repo-token", {
      hint: "a token with contents: write and pull-requests: write on the config repository"
    });
  }
  return factory(settings.token, settings.pullRequest.apiUrl, github.owner, github.repo);
}
function pullRequestBranch(target, path) {
  const scope = path === "." || path === "" ? "" : `${slugify(path)}--`;
  return `configsync-oci/${scope}${targetSlug(target)}`;
}

export {
  isDigestReference,
  requireDigestReference,
  DEFAULT_COMMIT_MESSAGE,
  checkTemplate,
  sourceValues,
  WRITE_BACK_MODE,
  AUTO_MERGE,
  writeBack,
  pullRequestBranch
};
//# sourceMappingURL=chunk-MX5TIDN5.js.map
