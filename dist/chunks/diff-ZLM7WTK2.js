import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  REGISTRY_FLAG_OPTIONS,
  printCliError,
  readRegistryFlags
} from "./chunk-DX4CVWKC.js";
import {
  TIMEOUT_FLAG_OPTION,
  readTimeoutFlag
} from "./chunk-UKZ4ZHOA.js";
import {
  diffArtifacts
} from "./chunk-3OV5U62S.js";
import {
  loadDiffOperand
} from "./chunk-T4V2U2KT.js";
import "./chunk-KSA2LMZT.js";
import "./chunk-OOQFCQ3S.js";
import "./chunk-VNAU5XZX.js";
import "./chunk-Q5L3YPNQ.js";
import "./chunk-ZI5DKXYO.js";
import "./chunk-T3S3P4CL.js";
import "./chunk-EY52L45C.js";
import "./chunk-CKU2FG4C.js";
import "./chunk-BHYY5VJ3.js";
import {
  DIFF_FORMAT,
  renderDiff
} from "./chunk-7PCZ6IVU.js";
import "./chunk-3BDJZUYS.js";
import "./chunk-JAJQMYNP.js";
import "./chunk-5RM3NDNB.js";
import "./chunk-XIYLFDQZ.js";
import {
  EXIT,
  SUMMARY,
  UsageError,
  parseCommandArgs,
  strs
} from "./chunk-Y4E5J6JL.js";
import {
  stderrLogger
} from "./chunk-AB3UUCUA.js";
import "./chunk-IDSBZXJC.js";
import "./chunk-DYKBPGMV.js";
import "./chunk-5JH4DS2R.js";

// src/cli/commands/diff.ts
var DIFF_USAGE = `Usage: configsync-oci diff OLD NEW [--format text|json|markdown] [options]

Compares two artifacts object by object (group, kind, namespace, name):
objects added, removed and changed (a unified diff of each changed object's
YAML, keys in a stable order, Secret values redacted), changed files, and
the layer size change. OLD and NEW are each
  REGISTRY/REPO:TAG or REGISTRY/REPO@sha256:\u2026   an artifact in a registry
  oci-layout:PATH[:TAG|@sha256:\u2026]                an artifact in an OCI layout
  DIR                                            a directory, packed as publish would
(an existing directory wins over a reference; write ./name to be explicit).
Exit codes: 0 no differences, 1 differences, 2 error (a reference that does
not exist is an error, never "differs").

  --format text|json|markdown  output format                            (default text)
  --ignore PATTERN             gitignore-style pattern for DIR operands; repeatable
  -u, --username USER          registry user name; the password is read from stdin
      --password-stdin         read the registry password (or token) from stdin
  --insecure                   allow plain HTTP and skip TLS verification
  --ca-file FILE               PEM file of extra CA certificates for the registry
  --timeout DURATION           deadline for all registry reads, e.g. 30s, 5m (default 10m)
  -v, --verbose                debug lines on stderr (never secrets)
`;
var diffCommand = {
  name: "diff",
  summary: SUMMARY.diff,
  usage: DIFF_USAGE,
  run: runDiff
};
async function runDiff(args, io) {
  try {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        format: { type: "string" },
        ignore: { type: "string", multiple: true },
        verbose: { type: "boolean", short: "v" },
        ...REGISTRY_FLAG_OPTIONS,
        ...TIMEOUT_FLAG_OPTION
      },
      "diff"
    );
    if (values["help"] === true) {
      io.stdout(DIFF_USAGE);
      return EXIT.ok;
    }
    const [oldOperand, newOperand, ...extra] = positionals;
    if (oldOperand === void 0 || newOperand === void 0 || extra.length > 0) {
      throw new UsageError(`diff takes two operands, OLD and NEW; got ${positionals.length}`, {
        hint: "configsync-oci diff ghcr.io/acme/config:main ./config"
      });
    }
    const format = parseDiffFormat(values["format"]);
    const registry = await readRegistryFlags(values, io, "diff");
    const logger = stderrLogger({ verbose: values["verbose"] === true, quiet: true });
    const options = {
      ...registry,
      registry: { deadline: readTimeoutFlag(values) },
      logger,
      ignore: strs(values["ignore"])
    };
    const [before, after] = await Promise.all([
      loadDiffOperand(oldOperand, options, "OLD"),
      loadDiffOperand(newOperand, options, "NEW")
    ]);
    const diff = diffArtifacts(before, after);
    io.stdout(renderDiff(diff, format));
    return diff.identical ? EXIT.ok : EXIT.failed;
  } catch (error) {
    printCliError(error, io);
    return EXIT.usage;
  }
}
function parseDiffFormat(value) {
  if (value === void 0) return DIFF_FORMAT.text;
  if (value === DIFF_FORMAT.text || value === DIFF_FORMAT.json || value === DIFF_FORMAT.markdown) return value;
  throw new UsageError(`--format "${String(value)}" is not supported`, {
    hint: "use --format text, json or markdown"
  });
}
export {
  diffCommand
};
//# sourceMappingURL=diff-ZLM7WTK2.js.map
