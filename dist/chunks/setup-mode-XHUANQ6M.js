import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  bootstrap
} from "./chunk-2ZLQXGMY.js";
import "./chunk-KSA2LMZT.js";
import "./chunk-Y46TRFLR.js";
import "./chunk-SVQN2JFX.js";
import {
  detectSourceInfo
} from "./chunk-FFJIOYSX.js";
import "./chunk-OOQFCQ3S.js";
import "./chunk-VNAU5XZX.js";
import "./chunk-X6P3JLYL.js";
import "./chunk-ZI5DKXYO.js";
import "./chunk-PQY5GRTF.js";
import "./chunk-S3NWEP6Z.js";
import "./chunk-VIIWKV7H.js";
import "./chunk-JMLGX322.js";
import "./chunk-P25MGRZS.js";
import "./chunk-BHYY5VJ3.js";
import {
  annotateFindings,
  setBootstrapOutputs,
  setOutputs,
  setRolloutOutputs,
  writeBootstrapSummary
} from "./chunk-5CMNWYGD.js";
import "./chunk-7PCZ6IVU.js";
import "./chunk-CUPWETSR.js";
import "./chunk-GDYN2CVT.js";
import {
  renderBootstrapText
} from "./chunk-XGAAAOLH.js";
import "./chunk-MKAH2KOZ.js";
import {
  firstLine
} from "./chunk-ICATBVXJ.js";
import "./chunk-KQRLUDKS.js";
import "./chunk-BPHO5FMR.js";
import "./chunk-3BDJZUYS.js";
import "./chunk-JAJQMYNP.js";
import "./chunk-5RM3NDNB.js";
import {
  describeSyncRef
} from "./chunk-L5E3S6CR.js";
import "./chunk-UXHFPGE2.js";
import "./chunk-M6VYJO7U.js";
import "./chunk-XIYLFDQZ.js";
import "./chunk-PHYQ5BUW.js";
import "./chunk-AB3UUCUA.js";
import "./chunk-ERSDYIHJ.js";
import "./chunk-IDSBZXJC.js";
import "./chunk-MVSR6PJE.js";
import "./chunk-LKXBKSCP.js";
import {
  ActionError,
  ClusterError
} from "./chunk-DYKBPGMV.js";
import "./chunk-5JH4DS2R.js";

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
//# sourceMappingURL=setup-mode-XHUANQ6M.js.map
