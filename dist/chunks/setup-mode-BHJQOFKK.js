import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  bootstrap
} from "./chunk-SSLY7SN7.js";
import "./chunk-2QMOHJ4X.js";
import "./chunk-3QAF7MCT.js";
import {
  detectSourceInfo
} from "./chunk-FFJIOYSX.js";
import "./chunk-YZQ5VAOC.js";
import "./chunk-OHUZL7IO.js";
import "./chunk-OOQFCQ3S.js";
import "./chunk-BF3PKV5C.js";
import "./chunk-76FZDWC2.js";
import "./chunk-XQRQAPIS.js";
import "./chunk-WLD4VRHB.js";
import "./chunk-S3NWEP6Z.js";
import "./chunk-JMLGX322.js";
import {
  annotateFindings,
  setBootstrapOutputs,
  setOutputs,
  setRolloutOutputs,
  writeBootstrapSummary
} from "./chunk-3XZTCKUK.js";
import "./chunk-AGHHV3FL.js";
import "./chunk-WK2POYES.js";
import {
  renderBootstrapText
} from "./chunk-UHBHQQB2.js";
import "./chunk-3NZWADLA.js";
import {
  firstLine
} from "./chunk-UGRQ2QF4.js";
import "./chunk-Q4B6HPRN.js";
import "./chunk-BPHO5FMR.js";
import "./chunk-7PCZ6IVU.js";
import {
  describeSyncRef
} from "./chunk-L5E3S6CR.js";
import "./chunk-FNIFEBH3.js";
import "./chunk-3BDJZUYS.js";
import "./chunk-JAJQMYNP.js";
import "./chunk-5RM3NDNB.js";
import "./chunk-M6VYJO7U.js";
import "./chunk-RFQAH6NP.js";
import "./chunk-PHYQ5BUW.js";
import "./chunk-PSFWDEYP.js";
import "./chunk-JU2JAGYK.js";
import "./chunk-IDSBZXJC.js";
import "./chunk-SKO34PRC.js";
import "./chunk-LKXBKSCP.js";
import {
  ActionError,
  ClusterError
} from "./chunk-DYKBPGMV.js";
import "./chunk-YVJEBMKL.js";

// src/pipeline/setup-mode.ts
var setupMode = {
  async run(context) {
    const { settings, env, workspace, logger } = context;
    const { core: inputs, setup } = settings;
    if (setup === void 0) throw new ActionError(`mode "${settings.mode}" has no setup settings`);
    const { validation, render, failOn } = settings.validation;
    const source = await detectSourceInfo(inputs.dir, env);
    const report = await bootstrap({
      settings: setup.settings,
      displayDir: setup.displayDir,
      cluster: setup.selection,
      env,
      logger,
      what: "mode setup",
      publish: {
        dir: inputs.dir,
        image: setup.settings.image,
        tags: inputs.tags,
        annotations: inputs.annotations,
        ignore: inputs.ignore,
        source,
        insecure: inputs.insecure,
        ...inputs.credentials ? { credentials: inputs.credentials } : {},
        ...inputs.caFile ? { caFile: inputs.caFile } : {},
        registry: { ...setup.registry, env, mask: context.mask },
        validation,
        render,
        failOn
      }
    });
    logger.info(renderBootstrapText(report).trimEnd());
    if (report.published !== void 0) annotateFindings(report.published.findings, inputs.dir, workspace);
    if (report.published !== void 0 && !report.dryRun) setOutputs(report.published);
    if (report.rollout !== void 0) setRolloutOutputs({ clusters: [report.rollout], ok: report.rollout.ok });
    setBootstrapOutputs(report);
    await writeBootstrapSummary(report);
    if (!report.ok) {
      const rollout = report.rollout;
      throw new ClusterError(
        `setup did not finish: ${describeSyncRef(report.ref)} in cluster ${report.cluster} is ${rollout?.state ?? "not synced"}: ${firstLine(rollout?.reason ?? "")}`,
        {
          hint: rollout?.hint ?? "see the status block above; every step done so far stays done, so rerun after fixing the cause"
        }
      );
    }
  }
};
export {
  setupMode
};
//# sourceMappingURL=setup-mode-BHJQOFKK.js.map
