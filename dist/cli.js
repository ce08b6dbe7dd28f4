#!/usr/bin/env node
import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  ActionError,
  InputError,
  ManifestValidationError,
  causeChain,
  collectSource,
  describeError,
  detectSourceInfo,
  formatFinding,
  hasErrors,
  loadAndValidate,
  parseAnnotations,
  publish,
  sortFindings
} from "./chunks/chunk-YCLH3BXT.js";

// src/report/text-report.ts
var FORMAT = { text: "text", json: "json" };
function stderrLogger(options) {
  const write = (line) => {
    process.stderr.write(`${line}
`);
  };
  return {
    info: (message) => options.quiet ? void 0 : write(message),
    debug: (message) => options.verbose ? write(`debug: ${message}`) : void 0,
    warning: (message) => write(`warning: ${message}`),
    group: async (name, fn) => {
      if (!options.quiet) write(`==> ${name}`);
      return fn();
    }
  };
}
function renderFindingsText(findings) {
  if (findings.length === 0) return "\u2713 No validation issues found.\n";
  const sorted = sortFindings(findings);
  const out = [];
  let file;
  for (const finding of sorted) {
    if (finding.file !== file) {
      if (file !== void 0) out.push("");
      file = finding.file;
      out.push(`${file}:`);
    }
    out.push(`  ${formatFinding(finding)}`);
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  out.push("", `${errors} errors, ${findings.length - errors} warnings`);
  return `${out.join("\n")}
`;
}
function renderFindingsJson(findings) {
  const list = sortFindings(findings).map(({ code, severity, file, line, message }) => ({ code, severity, file, line, message }));
  return `${JSON.stringify({ findings: list }, null, 2)}
`;
}
function renderPublishResult(result, format) {
  const { pushed, layer } = result;
  if (format === FORMAT.json) {
    return `${JSON.stringify(
      {
        digest: pushed.digest,
        image: pushed.reference,
        tags: pushed.tags,
        target: result.target,
        size: layer.size,
        layerDigest: layer.digest,
        diffId: layer.diffId,
        fileCount: layer.fileCount,
        objectCount: result.objectCount,
        uploadedBlobs: pushed.uploadedBlobs,
        skippedBlobs: pushed.skippedBlobs,
        findings: sortFindings(result.findings)
      },
      null,
      2
    )}
`;
  }
  return [
    `image:  ${pushed.reference}`,
    `digest: ${pushed.digest}`,
    `tags:   ${pushed.tags.join(", ")}`,
    `size:   ${layer.size} bytes, ${layer.fileCount} files, ${result.objectCount} objects`,
    ""
  ].join("\n");
}

// src/version.ts
var VERSION = "0.1.0";

// src/cli/args.ts
import { parseArgs } from "node:util";
var EXIT = { ok: 0, failed: 1, usage: 2 };
var UsageError = class extends InputError {
};
function parseCommandArgs(args, options) {
  try {
    const parsed = parseArgs({ args: [...args], options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
    return { values: parsed.values, positionals: parsed.positionals };
  } catch (cause) {
    throw new UsageError(cause instanceof Error ? cause.message : String(cause), { hint: "see configsync-oci help" });
  }
}
function parseFormat(value) {
  if (value === void 0 || value === FORMAT.text) return FORMAT.text;
  if (value === FORMAT.json) return FORMAT.json;
  throw new UsageError(`--format "${String(value)}" is not supported`, { hint: "use --format text or --format json" });
}
function str(value) {
  return typeof value === "string" ? value : void 0;
}
function strs(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}

// src/cli/commands/publish.ts
import { resolve } from "node:path";

// src/cli/usage.ts
function mainUsage(commands) {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `configsync-oci: validate, pack and push Kubernetes configuration as an OCI artifact

Usage:
  configsync-oci COMMAND [options]
  configsync-oci help [COMMAND]
  configsync-oci --version

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Exit codes: 0 success, 1 validation errors or a failed operation, 2 usage errors.
Run "configsync-oci help COMMAND" for the options of a command.
validate and publish work on Node 20 and later.
`;
}
var PUBLISH_USAGE = `Usage: configsync-oci publish --image REF [--dir DIR] [options]

Validates the manifests in DIR, packs DIR into one deterministic tar+gzip layer
and pushes it as an OCI image tagged with the commit SHA (and --tag values).
Nothing is pushed when validation finds an error.

  --image REF            registry repository, optionally with a tag
                         (us-docker.pkg.dev/PROJECT/REPO/NAME[:TAG], ghcr.io/OWNER/NAME,
                         127.0.0.1:5000/NAME), or oci-layout:PATH[:TAG] to write
                         an OCI image layout on disk instead of pushing   (required)
  --dir DIR              directory to publish                             (default .)
  -t, --tag TAG          extra tag; repeatable
  -a, --annotation K=V   manifest annotation; repeatable
  --ignore PATTERN       gitignore-style pattern to leave out; repeatable
                         (added to .configsyncignore and the built-in exclusions)
  -u, --username USER    registry user name; the password is read from stdin
      --password-stdin   read the registry password (or token) from stdin
  --insecure             allow plain HTTP and skip TLS verification
  --ca-file FILE         PEM file of extra CA certificates for the registry
  --revision SHA         commit SHA (default: GITHUB_SHA, else git HEAD of DIR)
  --source-url URL       repository URL annotation (default: from GITHUB_REPOSITORY)
  --created TIME         creation time annotation (default: the commit time)
  --format text|json     result format on stdout                          (default text)
  -q, --quiet            no progress lines on stderr
  -v, --verbose          debug lines on stderr (never secrets)
`;
var VALIDATE_USAGE = `Usage: configsync-oci validate [DIR] [--format text|json] [--ignore PATTERN]...

Checks every .yaml/.yml/.json file under DIR (default .) as Config Sync reads
it and prints the findings with code, file and line. JSON output is
{"findings":[{"code","severity","file","line","message"}]}.
Exits 1 when any finding is an error, 2 on usage errors.

  --format text|json     output format                                    (default text)
  --ignore PATTERN       gitignore-style pattern to leave out; repeatable
`;

// src/cli/commands/publish.ts
var publishCommand = {
  name: "publish",
  summary: "validate DIR, pack it into one deterministic tar+gzip layer and push it",
  usage: PUBLISH_USAGE,
  run: runPublish
};
async function runPublish(args, io) {
  const { values, positionals } = parseCommandArgs(args, {
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
    verbose: { type: "boolean", short: "v" }
  });
  if (values["help"] === true) {
    io.stdout(PUBLISH_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`, { hint: "give the directory with --dir" });
  const format = parseFormat(values["format"]);
  const image = str(values["image"]);
  if (image === void 0) throw new UsageError("--image is required", { hint: "e.g. --image oci-layout:out:v1 or --image 127.0.0.1:5000/config/app" });
  const dir = resolve(str(values["dir"]) ?? ".");
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
      tags: strs(values["tag"]),
      annotations: parseAnnotations(strs(values["annotation"]), "--annotation"),
      ignore: strs(values["ignore"]),
      source,
      insecure: values["insecure"] === true,
      ...credentials ? { credentials } : {},
      ...caFile ? { caFile: resolve(caFile) } : {}
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
    throw new UsageError("--username and --password-stdin go together", { hint: 'echo "$TOKEN" | configsync-oci publish -u USER --password-stdin \u2026' });
  }
  const password = (await io.readStdin()).replace(/\r?\n$/, "");
  if (password === "") throw new UsageError("--password-stdin: stdin was empty");
  return { username, password, source: "--username/--password-stdin" };
}

// src/cli/commands/validate.ts
import { resolve as resolve2 } from "node:path";
var validateCommand = {
  name: "validate",
  summary: "check the manifests in DIR with Config Sync's rules, push nothing",
  usage: VALIDATE_USAGE,
  run: runValidate
};
async function runValidate(args, io) {
  const { values, positionals } = parseCommandArgs(args, { format: { type: "string" }, ignore: { type: "string", multiple: true } });
  if (values["help"] === true) {
    io.stdout(VALIDATE_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError(`validate takes one directory, got ${positionals.length}`);
  const format = parseFormat(values["format"]);
  const tree = await collectSource(resolve2(positionals[0] ?? "."), { ignore: strs(values["ignore"]) });
  const { findings } = await loadAndValidate(tree);
  io.stdout(format === FORMAT.json ? renderFindingsJson(findings) : renderFindingsText(findings));
  return hasErrors(findings) ? EXIT.failed : EXIT.ok;
}

// src/cli/run-cli.ts
var COMMANDS = [publishCommand, validateCommand];
async function runCli(argv, io) {
  const [name, ...rest] = argv;
  try {
    if (name === void 0) {
      io.stderr(mainUsage(COMMANDS));
      return EXIT.usage;
    }
    if (name === "help" || name === "--help" || name === "-h") {
      io.stdout(COMMANDS.find((c) => c.name === rest[0])?.usage ?? mainUsage(COMMANDS));
      return EXIT.ok;
    }
    if (name === "--version" || name === "-V") {
      io.stdout(`${VERSION}
`);
      return EXIT.ok;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (command === void 0) throw new UsageError(`unknown command "${name}"`, { hint: "see configsync-oci help" });
    return await command.run(rest, io);
  } catch (error) {
    return reportError(error, io);
  }
}
function reportError(error, io) {
  if (io.env["CONFIGSYNC_OCI_DEBUG"] === "1") io.stderr(`${causeChain(error).join("\ncaused by: ")}
`);
  if (error instanceof ManifestValidationError) io.stderr(renderFindingsText(error.findings));
  const { message, hint } = describeError(error);
  const unexpected = error instanceof ActionError ? "" : " (unexpected error; set CONFIGSYNC_OCI_DEBUG=1 for the stack)";
  io.stderr(`configsync-oci: error: ${message}${unexpected}
${hint === void 0 ? "" : `hint: ${hint}
`}`);
  return error instanceof InputError ? EXIT.usage : EXIT.failed;
}

// src/cli/main.ts
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: readAllStdin,
  env: process.env
});
async function readAllStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
//# sourceMappingURL=cli.js.map
