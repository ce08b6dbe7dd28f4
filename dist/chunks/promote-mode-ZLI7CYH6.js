import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  AFTER_PUBLISH_STEPS,
  tagMetadata
} from "./chunk-ZDJY53LT.js";
import "./chunk-3OV5U62S.js";
import "./chunk-DQI74KD6.js";
import {
  describeStoredArtifact,
  findStoredArtifact,
  retagArtifact
} from "./chunk-6G3VR2QJ.js";
import "./chunk-T4V2U2KT.js";
import {
  openImageStore,
  sameRepositoryReference
} from "./chunk-KSA2LMZT.js";
import "./chunk-Y46TRFLR.js";
import {
  gateOnPolicy,
  targetOptionsOf
} from "./chunk-RHEIN47V.js";
import "./chunk-3MGMBFCM.js";
import "./chunk-SVQN2JFX.js";
import "./chunk-FFJIOYSX.js";
import "./chunk-OOQFCQ3S.js";
import "./chunk-VNAU5XZX.js";
import "./chunk-Q5L3YPNQ.js";
import "./chunk-BR4IDC6Y.js";
import "./chunk-X6P3JLYL.js";
import "./chunk-ZI5DKXYO.js";
import "./chunk-T3S3P4CL.js";
import "./chunk-PQY5GRTF.js";
import {
  TAG_INPUT
} from "./chunk-BHZSJHIP.js";
import "./chunk-XBTGJ63V.js";
import "./chunk-MX5TIDN5.js";
import "./chunk-EY52L45C.js";
import "./chunk-VIIWKV7H.js";
import "./chunk-JMLGX322.js";
import {
  requireImage
} from "./chunk-CKU2FG4C.js";
import "./chunk-P25MGRZS.js";
import "./chunk-BHYY5VJ3.js";
import "./chunk-BBTN7E4D.js";
import {
  setOutputs,
  setTagOutputs,
  writeSummary,
  writeSummaryNote
} from "./chunk-5CMNWYGD.js";
import "./chunk-7PCZ6IVU.js";
import "./chunk-CUPWETSR.js";
import "./chunk-GDYN2CVT.js";
import "./chunk-XGAAAOLH.js";
import "./chunk-MKAH2KOZ.js";
import "./chunk-ICATBVXJ.js";
import "./chunk-KQRLUDKS.js";
import "./chunk-BPHO5FMR.js";
import "./chunk-3BDJZUYS.js";
import "./chunk-JAJQMYNP.js";
import "./chunk-5RM3NDNB.js";
import "./chunk-L5E3S6CR.js";
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
  ActionError
} from "./chunk-DYKBPGMV.js";
import "./chunk-5JH4DS2R.js";

// src/pipeline/promote-mode.ts
var promoteMode = {
  async run(context) {
    const { settings, logger } = context;
    const { core: inputs } = settings;
    const image = requireImage(inputs);
    if (settings.promote === void 0)
      throw new ActionError(`mode "${settings.mode}" has no promote settings`);
    const { from, tags } = settings.promote;
    const reference = sameRepositoryReference(image, from, TAG_INPUT.from);
    const steps = AFTER_PUBLISH_STEPS.filter((step) => step.enabled(settings));
    const { store } = openImageStore(image, targetOptionsOf(context), "image");
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
//# sourceMappingURL=promote-mode-ZLI7CYH6.js.map
