import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  VALIDATION_FLAG_OPTIONS,
  readValidationFlags
} from "./chunk-VYGMZJHT.js";
import {
  PUSH_FLAG_OPTIONS,
  TIMEOUT_FLAG_OPTION,
  readPushFlags,
  readTimeoutFlag
} from "./chunk-UKZ4ZHOA.js";
import {
  publish
} from "./chunk-SVQN2JFX.js";
import {
  detectSourceInfo
} from "./chunk-FFJIOYSX.js";
import "./chunk-OOQFCQ3S.js";
import "./chunk-VNAU5XZX.js";
import "./chunk-X6P3JLYL.js";
import "./chunk-ZI5DKXYO.js";
import "./chunk-PQY5GRTF.js";
import {
  keySigner
} from "./chunk-BNR66ZL3.js";
import "./chunk-EY52L45C.js";
import {
  parseSignMode,
  parseSignatureFormat
} from "./chunk-VIIWKV7H.js";
import "./chunk-JMLGX322.js";
import {
  parseAnnotations
} from "./chunk-CKU2FG4C.js";
import "./chunk-P25MGRZS.js";
import "./chunk-BHYY5VJ3.js";
import "./chunk-BPHO5FMR.js";
import "./chunk-3BDJZUYS.js";
import "./chunk-JAJQMYNP.js";
import "./chunk-5RM3NDNB.js";
import "./chunk-M6VYJO7U.js";
import "./chunk-XIYLFDQZ.js";
import "./chunk-PHYQ5BUW.js";
import {
  PUBLISH_USAGE
} from "./chunk-H5HQXDAA.js";
import {
  EXIT,
  SUMMARY,
  UsageError,
  nonEmptyStrs,
  optional,
  parseCommandArgs,
  parseFormat,
  str,
  strs
} from "./chunk-Y4E5J6JL.js";
import {
  renderFindingsText,
  renderPublishResult,
  stderrLogger
} from "./chunk-AB3UUCUA.js";
import "./chunk-ERSDYIHJ.js";
import "./chunk-IDSBZXJC.js";
import "./chunk-MVSR6PJE.js";
import "./chunk-LKXBKSCP.js";
import "./chunk-DYKBPGMV.js";
import "./chunk-5JH4DS2R.js";

// src/cli/commands/publish.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var publishCommand = {
  name: "publish",
  summary: SUMMARY.publish,
  usage: PUBLISH_USAGE,
  run: runPublish
};
async function runPublish(args, io) {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      image: { type: "string" },
      dir: { type: "string" },
      tag: { type: "string", short: "t", multiple: true },
      annotation: { type: "string", short: "a", multiple: true },
      ignore: { type: "string", multiple: true },
      username: { type: "string", short: "u" },
      "password-stdin": { type: "boolean" },
      insecure: { type: "boolean" },
      "ca-file": { type: "string" },
      revision: { type: "string" },
      "source-url": { type: "string" },
      created: { type: "string" },
      format: { type: "string" },
      quiet: { type: "boolean", short: "q" },
      verbose: { type: "boolean", short: "v" },
      ...VALIDATION_FLAG_OPTIONS,
      ...PUSH_FLAG_OPTIONS,
      ...TIMEOUT_FLAG_OPTION,
      sign: { type: "string" },
      "signing-key": { type: "string" },
      "signature-format": { type: "string" },
      "no-attest": { type: "boolean" }
    },
    "publish"
  );
  if (values["help"] === true) {
    io.stdout(PUBLISH_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument "${positionals[0]}"`, { hint: "give the directory with --dir" });
  const format = parseFormat(values["format"]);
  const tags = nonEmptyStrs(values["tag"], "--tag");
  const { validation, render, failOn } = readValidationFlags(values);
  const image = str(values["image"]);
  if (image === void 0)
    throw new UsageError("--image is required", {
      hint: "e.g. --image oci-layout:out:v1 or --image 127.0.0.1:5000/config/app"
    });
  const dir = resolve(str(values["dir"]) ?? ".");
  const registry = { ...await readPushFlags(values, io), deadline: readTimeoutFlag(values) };
  const signing = await readSigningFlags(values, io);
  const credentials = await readCredentials(str(values["username"]), values["password-stdin"] === true, io);
  const source = await detectSourceInfo(dir, io.env, {
    ...optional("revision", str(values["revision"])),
    ...optional("url", str(values["source-url"])),
    ...optional("created", str(values["created"]))
  });
  const logger = stderrLogger({ verbose: values["verbose"] === true, quiet: values["quiet"] === true });
  const caFile = str(values["ca-file"]);
  const result = await publish(
    {
      dir,
      image,
      tags,
      annotations: parseAnnotations(strs(values["annotation"]), "--annotation"),
      ignore: strs(values["ignore"]),
      source,
      insecure: values["insecure"] === true,
      ...credentials ? { credentials } : {},
      ...caFile ? { caFile: resolve(caFile) } : {},
      validation,
      render,
      failOn,
      registry,
      ...signing === void 0 ? {} : { signing }
    },
    logger
  );
  if (result.findings.length > 0) io.stderr(renderFindingsText(result.findings));
  io.stdout(renderPublishResult(result, format));
  return EXIT.ok;
}
async function readCredentials(username, passwordStdin, io) {
  if (username === void 0 && !passwordStdin) return void 0;
  if (username === void 0 || !passwordStdin) {
    throw new UsageError("--username and --password-stdin go together", {
      hint: 'echo "$TOKEN" | configsync-oci publish -u USER --password-stdin \u2026'
    });
  }
  const password = (await io.readStdin()).replace(/\r?\n$/, "");
  if (password === "") throw new UsageError("--password-stdin: stdin was empty");
  return { username, password, source: "--username/--password-stdin" };
}
async function readSigningFlags(values, io) {
  const mode = parseSignMode(str(values["sign"]), "--sign");
  const keyPath = str(values["signing-key"]);
  if (mode === "none") {
    if (keyPath !== void 0)
      throw new UsageError("--signing-key needs --sign key", { hint: "add --sign key to sign the push" });
    return void 0;
  }
  if (keyPath === void 0)
    throw new UsageError("--sign key needs --signing-key FILE (or - to read the key from stdin)");
  if (keyPath === "-" && values["password-stdin"] === true)
    throw new UsageError("--signing-key - and --password-stdin both read stdin", {
      hint: "give the key as a file: --signing-key key.pem"
    });
  let pem;
  try {
    pem = keyPath === "-" ? await io.readStdin() : await readFile(resolve(keyPath), "utf8");
  } catch {
    throw new UsageError(`--signing-key: cannot read ${keyPath}`);
  }
  return {
    signer: keySigner(pem, "--signing-key"),
    format: parseSignatureFormat(str(values["signature-format"]), "--signature-format"),
    attest: values["no-attest"] !== true
  };
}
export {
  publishCommand
};
//# sourceMappingURL=publish-R4EEVUKR.js.map
