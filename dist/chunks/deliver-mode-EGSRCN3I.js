import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  rolloutStep,
  writeBackStep
} from "./chunk-DQI74KD6.js";
import {
  describeStoredArtifact,
  findStoredArtifact
} from "./chunk-6G3VR2QJ.js";
import "./chunk-T4V2U2KT.js";
import {
  namedReference,
  openImageStore
} from "./chunk-KSA2LMZT.js";
import "./chunk-Y46TRFLR.js";
import {
  targetOptionsOf
} from "./chunk-RHEIN47V.js";
import "./chunk-3MGMBFCM.js";
import "./chunk-FFJIOYSX.js";
import "./chunk-OOQFCQ3S.js";
import "./chunk-VNAU5XZX.js";
import "./chunk-Q5L3YPNQ.js";
import "./chunk-ZI5DKXYO.js";
import "./chunk-T3S3P4CL.js";
import "./chunk-XBTGJ63V.js";
import "./chunk-MX5TIDN5.js";
import "./chunk-JMLGX322.js";
import {
  requireImage
} from "./chunk-CKU2FG4C.js";
import "./chunk-P25MGRZS.js";
import "./chunk-BHYY5VJ3.js";
import {
  setOutputs
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
import "./chunk-IDSBZXJC.js";
import {
  ActionError,
  InputError
} from "./chunk-DYKBPGMV.js";
import "./chunk-5JH4DS2R.js";

// src/pipeline/deliver-mode.ts
async function deliver(context, step) {
  const { settings } = context;
  const { core: inputs } = settings;
  const image = requireImage(inputs);
  const reference = namedReference(image, "image");
  if (reference === void 0) {
    throw new InputError(
      `mode "${settings.mode}" needs input "image" to name the artifact by digest or tag`,
      {
        hint: "e.g. image: ${{ steps.publish.outputs.image }} (REPOSITORY@sha256:\u2026)"
      }
    );
  }
  const { store } = openImageStore(image, targetOptionsOf(context), "image");
  try {
    const artifact = await findStoredArtifact(store, reference);
    if (artifact === void 0) {
      throw new ActionError(`input "image": ${reference} does not exist in ${store.describe()}`, {
        hint: `${settings.mode} delivers an artifact that was already pushed; publish it first`
      });
    }
    const description = await describeStoredArtifact(store, artifact);
    const digest = artifact.manifest.digest;
    const pushed = {
      digest,
      reference: `${store.describe()}@${digest}`,
      tags: [],
      uploadedBlobs: 0,
      skippedBlobs: 0
    };
    const result = { ...description, pushed };
    setOutputs(result);
    await step.run(context, result);
  } finally {
    store.close();
  }
}
var rolloutMode = {
  run: (context) => deliver(context, rolloutStep)
};
var writeBackMode = {
  run: (context) => deliver(context, writeBackStep)
};
export {
  rolloutMode,
  writeBackMode
};
//# sourceMappingURL=deliver-mode-EGSRCN3I.js.map
