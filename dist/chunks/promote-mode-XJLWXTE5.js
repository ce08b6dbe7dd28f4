import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  AFTER_PUBLISH_STEPS,
  tagMetadata
} from "./chunk-INTC4U63.js";
import "./chunk-TMCADW72.js";
import {
  gateOnPolicy
} from "./chunk-HVFPBU5Z.js";
import "./chunk-6SKZ6GTQ.js";
import "./chunk-PEX43CZB.js";
import {
  describeStoredArtifact,
  findStoredArtifact,
  retagArtifact
} from "./chunk-YY7TQ6RI.js";
import "./chunk-3FN2WSMJ.js";
import "./chunk-AKHWHQEL.js";
import "./chunk-M3MB6LBY.js";
import {
  openImageStore,
  sameRepositoryReference
} from "./chunk-54WR7FWF.js";
import "./chunk-7NUQNXGX.js";
import "./chunk-TX5Q5YQZ.js";
import "./chunk-4VZ56OE2.js";
import "./chunk-X6YOTC7C.js";
import "./chunk-YXEBADM5.js";
import "./chunk-VMKKHXVM.js";
import "./chunk-XHNKWU3Q.js";
import "./chunk-ZUQGC53J.js";
import {
  TAG_INPUT
} from "./chunk-IC4KJM3E.js";
import "./chunk-63W7DD2P.js";
import "./chunk-HLIPE2G3.js";
import "./chunk-47PYXJYH.js";
import "./chunk-35FGQQQA.js";
import {
  requireImage
} from "./chunk-XBZM4BRG.js";
import {
  setOutputs,
  setTagOutputs,
  writeSummary,
  writeSummaryNote
} from "./chunk-EMBZ2MDA.js";
import "./chunk-N7URQXEH.js";
import "./chunk-LP5OULDM.js";
import "./chunk-AYAWCP4A.js";
import "./chunk-DVCO5A64.js";
import "./chunk-GJLWZFY6.js";
import "./chunk-EJ4SXITG.js";
import "./chunk-4HGCHYL7.js";
import "./chunk-RY5KSRGD.js";
import "./chunk-Q2FEOK6E.js";
import "./chunk-5KYBKP77.js";
import "./chunk-WWXK5YFY.js";
import "./chunk-UYWSKSWG.js";
import "./chunk-3SQLGDIU.js";
import "./chunk-AVNU6NUN.js";
import "./chunk-4WZ33D2H.js";
import "./chunk-T4X4AB3P.js";
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

// src/pipeline/promote-mode.ts
var promoteMode = {
  async run(context) {
    const { settings, env, logger } = context;
    const { core: inputs } = settings;
    const image = requireImage(inputs);
    if (settings.promote === void 0) throw new ActionError(`mode "${settings.mode}" has no promote settings`);
    const { from, tags } = settings.promote;
    const reference = sameRepositoryReference(image, from, TAG_INPUT.from);
    const steps = AFTER_PUBLISH_STEPS.filter((step) => step.enabled(settings));
    const registry = { ...settings.registry, env, mask: context.mask };
    const connection = { insecure: inputs.insecure, ...inputs.credentials ? { credentials: inputs.credentials } : {}, ...inputs.caFile ? { caFile: inputs.caFile } : {} };
    const { store } = openImageStore(image, { logger, registry, ...connection }, "image");
    try {
      const artifact = await findStoredArtifact(store, reference);
      if (artifact === void 0) {
        throw new ActionError(`input "${TAG_INPUT.from}": ${reference} does not exist in ${store.describe()}`, { hint: "promote only tags an artifact that was already pushed" });
      }
      await gateOnPolicy(context, "promote", `${store.describe()}@${artifact.manifest.digest}`);
      const result = await logger.group(`Promote ${reference} (${artifact.manifest.digest})`, async () => {
        const description = await describeStoredArtifact(store, artifact);
        return { ...description, pushed: await retagArtifact(store, artifact, tags, logger) };
      });
      setOutputs(result);
      setTagOutputs(tagMetadata(result.target, result.pushed, { changed: false, annotations: artifact.manifest.annotations }));
      await writeSummary(result);
      await writeSummaryNote(`Promoted ${reference} (${artifact.manifest.digest}) to ${tags.join(", ")}; nothing was uploaded.`);
      for (const step of steps) await step.run(context, result);
    } finally {
      store.close();
    }
  }
};
export {
  promoteMode
};
//# sourceMappingURL=promote-mode-XJLWXTE5.js.map
