import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  AFTER_PUBLISH_STEPS,
  tagMetadata
} from "./chunk-EKCXBFYH.js";
import "./chunk-FB2BQVAA.js";
import {
  describeStoredArtifact,
  findStoredArtifact,
  retagArtifact
} from "./chunk-C6HXJ4BT.js";
import "./chunk-2QMOHJ4X.js";
import {
  gateOnPolicy
} from "./chunk-EPJ7RWDR.js";
import "./chunk-APFVGLPX.js";
import "./chunk-3QAF7MCT.js";
import "./chunk-FFJIOYSX.js";
import "./chunk-YZQ5VAOC.js";
import "./chunk-322C4SEY.js";
import "./chunk-RRFEEVWN.js";
import {
  openImageStore,
  sameRepositoryReference
} from "./chunk-OHUZL7IO.js";
import "./chunk-OOQFCQ3S.js";
import "./chunk-L6XNQ4FG.js";
import "./chunk-BR4IDC6Y.js";
import "./chunk-BF3PKV5C.js";
import "./chunk-76FZDWC2.js";
import "./chunk-XQRQAPIS.js";
import "./chunk-WLD4VRHB.js";
import "./chunk-A3OM5JZ6.js";
import {
  TAG_INPUT
} from "./chunk-NT7SXIFU.js";
import "./chunk-SPZZEH2J.js";
import "./chunk-QKPHGOOD.js";
import "./chunk-XO3QGCFY.js";
import "./chunk-JMLGX322.js";
import "./chunk-AC7DR5AB.js";
import {
  requireImage
} from "./chunk-CKU2FG4C.js";
import {
  setOutputs,
  setTagOutputs,
  writeSummary,
  writeSummaryNote
} from "./chunk-3XZTCKUK.js";
import "./chunk-AGHHV3FL.js";
import "./chunk-WK2POYES.js";
import "./chunk-UHBHQQB2.js";
import "./chunk-3NZWADLA.js";
import "./chunk-UGRQ2QF4.js";
import "./chunk-Q4B6HPRN.js";
import "./chunk-BPHO5FMR.js";
import "./chunk-7PCZ6IVU.js";
import "./chunk-L5E3S6CR.js";
import "./chunk-FNIFEBH3.js";
import "./chunk-3BDJZUYS.js";
import "./chunk-JAJQMYNP.js";
import "./chunk-5RM3NDNB.js";
import "./chunk-M6VYJO7U.js";
import "./chunk-RFQAH6NP.js";
import "./chunk-PHYQ5BUW.js";
import "./chunk-PSFWDEYP.js";
import "./chunk-ERSDYIHJ.js";
import "./chunk-JU2JAGYK.js";
import "./chunk-IDSBZXJC.js";
import "./chunk-SKO34PRC.js";
import "./chunk-LKXBKSCP.js";
import {
  ActionError
} from "./chunk-DYKBPGMV.js";
import "./chunk-YVJEBMKL.js";

// src/pipeline/promote-mode.ts
var promoteMode = {
  async run(context) {
    const { settings, env, logger } = context;
    const { core: inputs } = settings;
    const image = requireImage(inputs);
    if (settings.promote === void 0)
      throw new ActionError(`mode "${settings.mode}" has no promote settings`);
    const { from, tags } = settings.promote;
    const reference = sameRepositoryReference(image, from, TAG_INPUT.from);
    const steps = AFTER_PUBLISH_STEPS.filter((step) => step.enabled(settings));
    const registry = { ...settings.registry, env, mask: context.mask };
    const connection = {
      insecure: inputs.insecure,
      ...inputs.credentials ? { credentials: inputs.credentials } : {},
      ...inputs.caFile ? { caFile: inputs.caFile } : {}
    };
    const { store } = openImageStore(image, { logger, registry, ...connection }, "image");
    try {
      const artifact = await findStoredArtifact(store, reference);
      if (artifact === void 0) {
        throw new ActionError(
          `input "${TAG_INPUT.from}": ${reference} does not exist in ${store.describe()}`,
          { hint: "promote only tags an artifact that was already pushed" }
        );
      }
      await gateOnPolicy(context, "promote", `${store.describe()}@${artifact.manifest.digest}`);
      const result = await logger.group(`Promote ${reference} (${artifact.manifest.digest})`, async () => {
        const description = await describeStoredArtifact(store, artifact);
        return { ...description, pushed: await retagArtifact(store, artifact, tags, logger) };
      });
      setOutputs(result);
      setTagOutputs(
        tagMetadata(result.target, result.pushed, {
          changed: false,
          annotations: artifact.manifest.annotations
        })
      );
      await writeSummary(result);
      await writeSummaryNote(
        `Promoted ${reference} (${artifact.manifest.digest}) to ${tags.join(", ")}; nothing was uploaded.`
      );
      for (const step of steps) await step.run(context, result);
    } finally {
      store.close();
    }
  }
};
export {
  promoteMode
};
//# sourceMappingURL=promote-mode-2PTNAEZE.js.map
