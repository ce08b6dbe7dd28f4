import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  writeSarifFile
} from "./chunk-BR4IDC6Y.js";
import {
  runValidation
} from "./chunk-X6P3JLYL.js";
import "./chunk-ZI5DKXYO.js";
import {
  OUTPUT,
  addFindings,
  annotateFindings
} from "./chunk-5CMNWYGD.js";
import "./chunk-7PCZ6IVU.js";
import "./chunk-CUPWETSR.js";
import "./chunk-GDYN2CVT.js";
import "./chunk-XGAAAOLH.js";
import "./chunk-MKAH2KOZ.js";
import "./chunk-ICATBVXJ.js";
import {
  setOutput,
  summary
} from "./chunk-KQRLUDKS.js";
import {
  countSeverities,
  describeFailure,
  failsRun
} from "./chunk-BPHO5FMR.js";
import "./chunk-3BDJZUYS.js";
import "./chunk-JAJQMYNP.js";
import "./chunk-5RM3NDNB.js";
import "./chunk-L5E3S6CR.js";
import "./chunk-UXHFPGE2.js";
import "./chunk-M6VYJO7U.js";
import {
  DEFAULT_SCOPE,
  describeSyncScope
} from "./chunk-PHYQ5BUW.js";
import "./chunk-AB3UUCUA.js";
import "./chunk-ERSDYIHJ.js";
import "./chunk-IDSBZXJC.js";
import "./chunk-MVSR6PJE.js";
import "./chunk-LKXBKSCP.js";
import {
  ActionError
} from "./chunk-DYKBPGMV.js";
import "./chunk-5JH4DS2R.js";

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
  summary.addHeading(
    context.failure === void 0 ? "configsync-oci: validated" : "configsync-oci: validation failed",
    2
  );
  if (context.failure !== void 0) summary.addRaw(escapeHtml(context.failure), true);
  summary.addTable([
    [
      { data: "Field", header: true },
      { data: "Value", header: true }
    ],
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
    await writeValidationSummary(result, {
      dir: inputs.dir,
      workspace,
      validation: settings.validation,
      ...failure === void 0 ? {} : { failure }
    });
    if (failure !== void 0)
      throw new ActionError(failure, {
        hint: "each finding is annotated on its file and line, and listed in the job summary"
      });
  }
};
export {
  validateMode
};
//# sourceMappingURL=validate-mode-MQKEDYC5.js.map
