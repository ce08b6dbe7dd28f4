#!/usr/bin/env node
import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  mainUsage
} from "./chunks/chunk-H5HQXDAA.js";
import {
  EXIT,
  SUMMARY,
  UsageError
} from "./chunks/chunk-Y4E5J6JL.js";
import {
  renderFindingsText
} from "./chunks/chunk-AB3UUCUA.js";
import {
  VERSION
} from "./chunks/chunk-ERSDYIHJ.js";
import "./chunks/chunk-IDSBZXJC.js";
import {
  ActionError,
  InputError,
  ManifestValidationError,
  MissingSourceError,
  causeChain,
  describeError
} from "./chunks/chunk-DYKBPGMV.js";
import "./chunks/chunk-5JH4DS2R.js";

// src/cli/command-index.ts
function lazy(name, summary, load) {
  return { name, summary, load };
}
var COMMANDS = [
  lazy("publish", SUMMARY.publish, async () => (await import("./chunks/publish-R4EEVUKR.js")).publishCommand),
  lazy("validate", SUMMARY.validate, async () => (await import("./chunks/validate-UHODBRGD.js")).validateCommand),
  lazy("diff", SUMMARY.diff, async () => (await import("./chunks/diff-ZLM7WTK2.js")).diffCommand),
  lazy("promote", SUMMARY.promote, async () => (await import("./chunks/promote-SPEPBWV4.js")).promoteCommand),
  lazy(
    "write-back",
    SUMMARY.writeBack,
    async () => (await import("./chunks/write-back-CG4BEMAQ.js")).writeBackCommand
  ),
  lazy("status", SUMMARY.status, async () => (await import("./chunks/status-EKSM4FVY.js")).statusCommand),
  lazy("rollout", SUMMARY.rollout, async () => (await import("./chunks/rollout-FRF4WKEI.js")).rolloutCommand),
  lazy(
    "bootstrap",
    SUMMARY.bootstrap,
    async () => (await import("./chunks/bootstrap-S6JP5ZJ4.js")).bootstrapCommand
  ),
  lazy("verify", SUMMARY.verify, async () => (await import("./chunks/verify-UAQEGSPK.js")).verifyCommand)
];

// src/cli/run-cli.ts
async function runCli(argv, io) {
  const [name, ...rest] = argv;
  try {
    if (name === void 0) {
      io.stderr(mainUsage(COMMANDS));
      return EXIT.usage;
    }
    if (name === "help" || name === "--help" || name === "-h") {
      if (rest[0] === void 0) {
        io.stdout(mainUsage(COMMANDS));
        return EXIT.ok;
      }
      const entry = COMMANDS.find((c) => c.name === rest[0]);
      if (entry === void 0)
        throw new UsageError(`unknown command "${rest[0]}"`, {
          hint: `the commands are ${COMMANDS.map((c) => c.name).join(", ")}; see configsync-oci help`
        });
      io.stdout((await entry.load()).usage);
      return EXIT.ok;
    }
    if (name === "--version" || name === "-V") {
      io.stdout(`${VERSION}
`);
      return EXIT.ok;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (command === void 0)
      throw new UsageError(`unknown command "${name}"`, { hint: "see configsync-oci help" });
    return await (await command.load()).run(rest, io);
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
  return error instanceof InputError || error instanceof MissingSourceError ? EXIT.usage : EXIT.failed;
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
