import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  rolloutStep,
  writeBackStep
} from "./chunk-FB2BQVAA.js";
import {
  describeStoredArtifact,
  findStoredArtifact
} from "./chunk-C6HXJ4BT.js";
import "./chunk-2QMOHJ4X.js";
import "./chunk-EPJ7RWDR.js";
import "./chunk-APFVGLPX.js";
import "./chunk-FFJIOYSX.js";
import "./chunk-YZQ5VAOC.js";
import "./chunk-RRFEEVWN.js";
import {
  namedReference,
  openImageStore
} from "./chunk-OHUZL7IO.js";
import "./chunk-OOQFCQ3S.js";
import "./chunk-L6XNQ4FG.js";
import "./chunk-76FZDWC2.js";
import "./chunk-XQRQAPIS.js";
import "./chunk-A3OM5JZ6.js";
import "./chunk-SPZZEH2J.js";
import "./chunk-QKPHGOOD.js";
import "./chunk-XO3QGCFY.js";
import "./chunk-JMLGX322.js";
import {
  requireImage
} from "./chunk-CKU2FG4C.js";
import {
  setOutputs
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
import "./chunk-JU2JAGYK.js";
import "./chunk-IDSBZXJC.js";
import {
  ActionError,
  InputError
} from "./chunk-DYKBPGMV.js";
import "./chunk-YVJEBMKL.js";

// src/pipeline/deliver-mode.ts
async function deliver(context, step) {
  const { settings, env, logger } = context;
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
//# sourceMappingURL=deliver-mode-RCZDZOKL.js.map
