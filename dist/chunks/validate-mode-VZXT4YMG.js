import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  writeSarifFile
} from "./chunk-4VZ56OE2.js";
import {
  runValidation
} from "./chunk-X6YOTC7C.js";
import "./chunk-YXEBADM5.js";
import {
  OUTPUT,
  addFindings,
  annotateFindings
} from "./chunk-EMBZ2MDA.js";
import "./chunk-N7URQXEH.js";
import "./chunk-LP5OULDM.js";
import "./chunk-AYAWCP4A.js";
import "./chunk-DVCO5A64.js";
import "./chunk-GJLWZFY6.js";
import {
  setOutput,
  summary
} from "./chunk-EJ4SXITG.js";
import {
  countSeverities,
  describeFailure,
  failsRun
} from "./chunk-4HGCHYL7.js";
import "./chunk-RY5KSRGD.js";
import "./chunk-Q2FEOK6E.js";
import "./chunk-WWXK5YFY.js";
import "./chunk-UYWSKSWG.js";
import "./chunk-3SQLGDIU.js";
import "./chunk-AVNU6NUN.js";
import {
  DEFAULT_SCOPE,
  describeSyncScope
} from "./chunk-T4X4AB3P.js";
import "./chunk-LVBTMGRS.js";
import "./chunk-ERSDYIHJ.js";
import "./chunk-OVV7ZATC.js";
import "./chunk-IDSBZXJC.js";
import "./chunk-4FSJMIYR.js";
import "./chunk-AXO4HJ3L.js";
import {
  ActionError
} from "./chunk-RSJPG6JE.js";
import "./chunk-YVJEBMKL.js";

// src/action/github/validation-report.ts
import { relative, sep } from "node:path";
function setValidationOutputs(result) {
  const { errors, warnings } = countSeverities(result.findings);
  setOutput(OUTPUT.findings, String(result.findings.length));
  setOutput(OUTPUT.errors, String(errors));
  setOutput(OUTPUT.warnings, String(warnings));
}
async function writeValidationSummary(result, context) {
  const dir = relative(context.workspace, context.dir).split(sep).join("/") || ".";
  summary.addHeading(context.failure === void 0 ? "configsync-oci: validated" : "configsync-oci: validation failed", 2);
  if (context.failure !== void 0) summary.addRaw(escapeHtml(context.failure), true);
  summary.addTable([
    [{ data: "Field", header: true }, { data: "Value", header: true }],
    ["Directory", `<code>${escapeHtml(dir)}</code>`],
    ["Source format", context.validation.sourceFormat ?? "unstructured"],
    ["Synced by", escapeHtml(describeSyncScope(context.validation.scope ?? DEFAULT_SCOPE))],
    ["Files", String(result.fileCount)],
    ["Objects", `${result.objectCount} in ${result.manifestFiles} manifest files`]
  ]);
  addFindings(result.findings);
  await summary.write();
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// src/pipeline/validate-mode.ts
var validateMode = {
  async run(context) {
    const { workspace, logger } = context;
    const { core: inputs, validation: settings } = context.settings;
    const result = await runValidation({ ...settings, dir: inputs.dir, ignore: inputs.ignore }, logger);
    annotateFindings(result.findings, inputs.dir, workspace);
    setValidationOutputs(result);
    if (settings.sarifFile !== void 0) {
      await writeSarifFile(settings.sarifFile, result.findings, { dir: inputs.dir, root: workspace });
      logger.info(`SARIF log with ${result.findings.length} results written to ${settings.sarifFile}`);
    }
    const failure = failsRun(result.findings, settings.failOn) ? describeFailure(result.findings, settings.failOn) : void 0;
    await writeValidationSummary(result, { dir: inputs.dir, workspace, validation: settings.validation, ...failure === void 0 ? {} : { failure } });
    if (failure !== void 0) throw new ActionError(failure, { hint: "each finding is annotated on its file and line, and listed in the job summary" });
  }
};
export {
  validateMode
};
//# sourceMappingURL=validate-mode-VZXT4YMG.js.map
