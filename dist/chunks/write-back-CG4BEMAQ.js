import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  ACTIONS_BOT,
  normalizePath,
  parseAutoMerge,
  parsePerson
} from "./chunk-GC7JGUOD.js";
import {
  DEFAULT_COMMIT_MESSAGE,
  WRITE_BACK_MODE,
  checkTemplate,
  pullRequestBranch,
  requireDigestReference,
  sourceValues,
  writeBack
} from "./chunk-MX5TIDN5.js";
import "./chunk-CKU2FG4C.js";
import {
  DEFAULT_TARGET,
  logWriteBack,
  parseTarget,
  renderWriteBackResult,
  resolveConfigRepo
} from "./chunk-CUPWETSR.js";
import "./chunk-5RM3NDNB.js";
import "./chunk-XIYLFDQZ.js";
import {
  EXIT,
  SUMMARY,
  UsageError,
  parseCommandArgs,
  parseFormat,
  str,
  strs
} from "./chunk-Y4E5J6JL.js";
import {
  stderrLogger
} from "./chunk-AB3UUCUA.js";
import "./chunk-IDSBZXJC.js";
import "./chunk-DYKBPGMV.js";
import "./chunk-5JH4DS2R.js";

// src/cli/commands/write-back.ts
import { tmpdir } from "node:os";
var TOKEN_ENV = "CONFIG_REPO_TOKEN";
var OPTIONS = {
  repo: { type: "string" },
  image: { type: "string" },
  branch: { type: "string" },
  path: { type: "string" },
  target: { type: "string" },
  mode: { type: "string" },
  message: { type: "string" },
  author: { type: "string" },
  committer: { type: "string" },
  "pr-branch": { type: "string" },
  label: { type: "string", multiple: true },
  "auto-merge": { type: "string" },
  "server-url": { type: "string" },
  "api-url": { type: "string" },
  "token-stdin": { type: "boolean" },
  revision: { type: "string" },
  "source-url": { type: "string" },
  "max-attempts": { type: "string" },
  format: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  verbose: { type: "boolean", short: "v" }
};
var WRITE_BACK_USAGE = `Usage: configsync-oci write-back --repo REPO --image REF@sha256:HEX [options]

Clones REPO shallow, sets spec.oci.image of the target RootSync/RepoSync (or
every value marked "# configsync-oci: image [NAME]") to REF, changing only that
value's characters, and commits and pushes it, or pushes configsync-oci/<target>
and opens or updates one pull request. Nothing is committed when the value is
already REF. A push that loses a race is retried on the new branch head.
The token comes from $${TOKEN_ENV} or --token-stdin, and reaches git only
through its environment: never the command line, the URL or the output.

  --repo REPO            owner/name (on --server-url), a git URL, or a path  (required)
  --image REF            the digest reference to write                     (required)
  --branch BRANCH        branch to commit to / pull-request base  (default: the remote's default)
  --path PATH            file or directory inside REPO to edit             (default .)
  --target TARGET        RootSync/NAME, RootSync/NAMESPACE/NAME, RepoSync/NAMESPACE/NAME,
                         marker or marker:NAME   (default ${DEFAULT_TARGET})
  --mode MODE            commit or pull-request                            (default commit)
  --message TEMPLATE     commit message; {target} {image} {digest} {short-digest}
                         {repository} {sha} {short-sha} {commit-url} {run-url}
  --author "N <E>"       author (default ${ACTIONS_BOT.name} <${ACTIONS_BOT.email}>)
  --committer "N <E>"    committer (default: the author)
  --pr-branch BRANCH     pull-request branch (default configsync-oci/[PATH--]TARGET)
  --label LABEL          pull-request label; repeatable
  --auto-merge METHOD    false, merge, squash or rebase                    (default false)
  --server-url URL       GitHub server for owner/name (default $GITHUB_SERVER_URL or https://github.com)
  --api-url URL          GitHub API (default $GITHUB_API_URL or https://api.github.com)
  --token-stdin          read the config-repo token from stdin
  --revision SHA         source commit for the message (default $GITHUB_SHA)
  --source-url URL       source repository URL for the commit link
  --max-attempts N       pushes to try when the branch keeps moving        (default 5)
  --format text|json     result format on stdout                           (default text)
  -q, --quiet            no progress lines on stderr
  -v, --verbose          debug lines on stderr, including each git call (never the token)
`;
var writeBackCommand = {
  name: "write-back",
  summary: SUMMARY.writeBack,
  usage: WRITE_BACK_USAGE,
  run: runWriteBack
};
async function runWriteBack(args, io) {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, "write-back");
  if (values["help"] === true) {
    io.stdout(WRITE_BACK_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument "${positionals[0]}"`, {
      hint: "see configsync-oci help write-back"
    });
  const format = parseFormat(values["format"]);
  const settings = await readSettings(values, io);
  const logger = stderrLogger({ verbose: values["verbose"] === true, quiet: values["quiet"] === true });
  const result = await writeBack(settings, io.env, logger);
  const place = { repo: settings.repo, target: settings.target, image: settings.image };
  logWriteBack(result, place, logger);
  io.stdout(renderWriteBackResult(result, place, format));
  return EXIT.ok;
}
async function readSettings(values, io) {
  const repoText = required(
    values,
    "repo",
    "e.g. --repo acme/platform-config or --repo file:///srv/git/config.git"
  );
  const image = requireDigestReference(
    required(values, "image", "e.g. --image us-docker.pkg.dev/p/r/app@sha256:<64 hex>"),
    "--image"
  );
  const target = parseTarget(str(values["target"]) ?? DEFAULT_TARGET, "--target");
  const path = normalizePath(str(values["path"]) ?? ".", "--path");
  const message = str(values["message"]) ?? DEFAULT_COMMIT_MESSAGE;
  checkTemplate(message, "--message");
  const author = parsePerson(str(values["author"]) ?? "", "--author") ?? ACTIONS_BOT;
  const env = io.env;
  return {
    repo: resolveConfigRepo(
      repoText,
      str(values["server-url"]) ?? (env["GITHUB_SERVER_URL"] || "https://github.com"),
      "--repo"
    ),
    branch: str(values["branch"]) ?? "",
    path,
    target,
    image,
    token: await readToken(values["token-stdin"] === true, io),
    mode: parseMode(str(values["mode"])),
    message,
    source: sourceValues(
      env,
      str(values["revision"]) ?? (env["GITHUB_SHA"] || void 0),
      str(values["source-url"])
    ),
    author,
    committer: parsePerson(str(values["committer"]) ?? "", "--committer") ?? author,
    pullRequest: {
      branch: str(values["pr-branch"]) ?? pullRequestBranch(target, path),
      labels: strs(values["label"]),
      autoMerge: parseAutoMerge(str(values["auto-merge"]) ?? "false", "--auto-merge"),
      apiUrl: (str(values["api-url"]) ?? (env["GITHUB_API_URL"] || "https://api.github.com")).replace(
        /\/+$/,
        ""
      )
    },
    maxAttempts: parseAttempts(str(values["max-attempts"])),
    tempDir: tmpdir()
  };
}
function required(values, name, hint) {
  const value = str(values[name])?.trim();
  if (value === void 0 || value === "") throw new UsageError(`--${name} is required`, { hint });
  return value;
}
async function readToken(fromStdin, io) {
  if (!fromStdin) return (io.env[TOKEN_ENV] ?? "").trim();
  const token = (await io.readStdin()).trim();
  if (token === "") throw new UsageError("--token-stdin: stdin was empty");
  return token;
}
function parseMode(value) {
  const mode = Object.values(WRITE_BACK_MODE).find((m) => m === (value ?? WRITE_BACK_MODE.commit));
  if (mode === void 0)
    throw new UsageError(`--mode "${value}" is not supported`, {
      hint: "use --mode commit or --mode pull-request"
    });
  return mode;
}
function parseAttempts(value) {
  const attempts = Number(value ?? "5");
  if (!Number.isInteger(attempts) || attempts < 1 || attempts > 20)
    throw new UsageError(`--max-attempts "${value}" is not a whole number from 1 to 20`);
  return attempts;
}
export {
  TOKEN_ENV,
  WRITE_BACK_USAGE,
  writeBackCommand
};
//# sourceMappingURL=write-back-CG4BEMAQ.js.map
