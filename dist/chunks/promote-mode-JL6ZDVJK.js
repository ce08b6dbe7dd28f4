import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  AFTER_PUBLISH_STEPS,
  tagMetadata
} from "./chunk-4FPG5467.js";
import "./chunk-KZSRE5SN.js";
import {
  gateOnPolicy
} from "./chunk-XXSXTOKJ.js";
import "./chunk-AVKHMWEB.js";
import "./chunk-QJ4KNFLV.js";
import {
  describeStoredArtifact,
  findStoredArtifact,
  retagArtifact
} from "./chunk-XYVV6DYS.js";
import "./chunk-R3ICYORH.js";
import "./chunk-YZQ5VAOC.js";
import "./chunk-FCT2N5DV.js";
import {
  openImageStore,
  sameRepositoryReference
} from "./chunk-DHNUNCEE.js";
import "./chunk-OOQFCQ3S.js";
import "./chunk-TX5Q5YQZ.js";
import "./chunk-BR4IDC6Y.js";
import "./chunk-7L4VHN2Q.js";
import "./chunk-SHSPMUA4.js";
import "./chunk-32NTZUSV.js";
import "./chunk-UL3BZOQK.js";
import "./chunk-2XYME53Q.js";
import {
  TAG_INPUT
} from "./chunk-VABZVMRW.js";
import "./chunk-5TW6ZMZ2.js";
import "./chunk-JMLGX322.js";
import "./chunk-XO3QGCFY.js";
import "./chunk-44XVCW4Q.js";
import {
  requireImage
} from "./chunk-CKU2FG4C.js";
import {
  setOutputs,
  setTagOutputs,
  writeSummary,
  writeSummaryNote
} from "./chunk-JKU5BGYF.js";
import "./chunk-AGHHV3FL.js";
import "./chunk-WK2POYES.js";
import "./chunk-UHBHQQB2.js";
import "./chunk-3NZWADLA.js";
import "./chunk-UGRQ2QF4.js";
import "./chunk-EJ4SXITG.js";
import "./chunk-BPHO5FMR.js";
import "./chunk-7PCZ6IVU.js";
import "./chunk-L5E3S6CR.js";
import "./chunk-ZP2W5JYI.js";
import "./chunk-3BDJZUYS.js";
import "./chunk-JAJQMYNP.js";
import "./chunk-5RM3NDNB.js";
import "./chunk-M6VYJO7U.js";
import "./chunk-4WZ33D2H.js";
import "./chunk-PHYQ5BUW.js";
import "./chunk-LVBTMGRS.js";
import "./chunk-ERSDYIHJ.js";
import "./chunk-JU2JAGYK.js";
import "./chunk-IDSBZXJC.js";
import "./chunk-7ESZCLB5.js";
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
//# sourceMappingURL=promote-mode-JL6ZDVJK.js.map
