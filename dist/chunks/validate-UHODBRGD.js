import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  VALIDATE_FORMAT,
  VALIDATION_FLAG_OPTIONS,
  parseValidateFormat,
  readValidationFlags
} from "./chunk-VYGMZJHT.js";
import {
  renderSarif
} from "./chunk-BR4IDC6Y.js";
import {
  runValidation
} from "./chunk-X6P3JLYL.js";
import "./chunk-ZI5DKXYO.js";
import {
  failsRun
} from "./chunk-BPHO5FMR.js";
import "./chunk-M6VYJO7U.js";
import "./chunk-PHYQ5BUW.js";
import {
  VALIDATE_USAGE
} from "./chunk-H5HQXDAA.js";
import {
  EXIT,
  SUMMARY,
  UsageError,
  parseCommandArgs,
  strs
} from "./chunk-Y4E5J6JL.js";
import {
  renderFindingsJson,
  renderFindingsText,
  stderrLogger
} from "./chunk-AB3UUCUA.js";
import "./chunk-ERSDYIHJ.js";
import "./chunk-IDSBZXJC.js";
import "./chunk-MVSR6PJE.js";
import "./chunk-LKXBKSCP.js";
import "./chunk-DYKBPGMV.js";
import "./chunk-5JH4DS2R.js";

// src/cli/commands/validate.ts
import { resolve as resolve2 } from "node:path";

// src/source/checkout-root.ts
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var MAX_LEVELS = 256;
function findCheckoutRoot(dir) {
  const start = resolve(dir);
  let current = start;
  for (let level = 0; level < MAX_LEVELS; level++) {
    if (existsSync(join(current, ".git"))) return current;
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return start;
}

// src/cli/commands/validate.ts
var validateCommand = {
  name: "validate",
  summary: SUMMARY.validate,
  usage: VALIDATE_USAGE,
  run: runValidate
};
async function runValidate(args, io) {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      format: { type: "string" },
      dir: { type: "string" },
      ignore: { type: "string", multiple: true },
      ...VALIDATION_FLAG_OPTIONS
    },
    "validate"
  );
  if (values["help"] === true) {
    io.stdout(VALIDATE_USAGE);
    return EXIT.ok;
  }
  const flagDir = values["dir"];
  if (typeof flagDir === "string" && positionals.length > 0)
    throw new UsageError(`validate takes one directory: give it as DIR or as --dir, not both`, {
      hint: "e.g. configsync-oci validate --dir config"
    });
  if (positionals.length > 1) throw new UsageError(`validate takes one directory, got ${positionals.length}`);
  const given = typeof flagDir === "string" ? flagDir : positionals[0];
  if (given === "")
    throw new UsageError('validate: the directory is empty ("")', {
      hint: "e.g. configsync-oci validate config, or leave it out for the current directory"
    });
  const format = parseValidateFormat(values["format"]);
  const settings = readValidationFlags(values);
  const dir = resolve2(given ?? ".");
  const logger = stderrLogger({ verbose: false, quiet: true });
  const { findings } = await runValidation({ ...settings, dir, ignore: strs(values["ignore"]) }, logger);
  io.stdout(renderFindings(findings, format, dir));
  return failsRun(findings, settings.failOn) ? EXIT.failed : EXIT.ok;
}
function renderFindings(findings, format, dir) {
  if (format === VALIDATE_FORMAT.json) return renderFindingsJson(findings);
  if (format === VALIDATE_FORMAT.sarif) return renderSarif(findings, { dir, root: findCheckoutRoot(dir) });
  return renderFindingsText(findings);
}
export {
  validateCommand
};
//# sourceMappingURL=validate-UHODBRGD.js.map
