import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  bootstrap
} from "./chunk-E5DUWEEP.js";
import "./chunk-TMCADW72.js";
import {
  detectSourceInfo
} from "./chunk-6SKZ6GTQ.js";
import "./chunk-AKHWHQEL.js";
import "./chunk-54WR7FWF.js";
import "./chunk-7NUQNXGX.js";
import "./chunk-X6YOTC7C.js";
import "./chunk-YXEBADM5.js";
import "./chunk-VMKKHXVM.js";
import "./chunk-XHNKWU3Q.js";
import "./chunk-5V56BMYL.js";
import "./chunk-HLIPE2G3.js";
import {
  annotateFindings,
  setBootstrapOutputs,
  setOutputs,
  setRolloutOutputs,
  writeBootstrapSummary
} from "./chunk-EMBZ2MDA.js";
import "./chunk-N7URQXEH.js";
import "./chunk-LP5OULDM.js";
import {
  renderBootstrapText
} from "./chunk-AYAWCP4A.js";
import "./chunk-DVCO5A64.js";
import {
  firstLine
} from "./chunk-GJLWZFY6.js";
import "./chunk-EJ4SXITG.js";
import "./chunk-4HGCHYL7.js";
import "./chunk-RY5KSRGD.js";
import {
  describeSyncRef
} from "./chunk-Q2FEOK6E.js";
import "./chunk-5KYBKP77.js";
import "./chunk-WWXK5YFY.js";
import "./chunk-UYWSKSWG.js";
import "./chunk-3SQLGDIU.js";
import "./chunk-AVNU6NUN.js";
import "./chunk-4WZ33D2H.js";
import "./chunk-T4X4AB3P.js";
import "./chunk-LVBTMGRS.js";
import "./chunk-OVV7ZATC.js";
import "./chunk-IDSBZXJC.js";
import "./chunk-4FSJMIYR.js";
import "./chunk-AXO4HJ3L.js";
import {
  ActionError,
  ClusterError
} from "./chunk-RSJPG6JE.js";
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
      throw new ClusterError(`setup did not finish: ${describeSyncRef(report.ref)} in cluster ${report.cluster} is ${rollout?.state ?? "not synced"}: ${firstLine(rollout?.reason ?? "")}`, {
        hint: rollout?.hint ?? "see the status block above; every step done so far stays done, so rerun after fixing the cause"
      });
    }
  }
};
export {
  setupMode
};
//# sourceMappingURL=setup-mode-AO6AKLDA.js.map
