import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  WRITEBACK_INPUT,
  readWriteBackInputs
} from "./chunks/chunk-GC7JGUOD.js";
import {
  bootstrapSettings
} from "./chunks/chunk-IHH33HRL.js";
import {
  CLOSED_ACTION,
  readPullRequestEvent
} from "./chunks/chunk-4KJ6ZDR6.js";
import "./chunks/chunk-S3NWEP6Z.js";
import {
  readVerifyInputs
} from "./chunks/chunk-MXSO6WJ6.js";
import "./chunks/chunk-LOOKIQUP.js";
import {
  keySigner
} from "./chunks/chunk-BNR66ZL3.js";
import {
  PREVIEW_INPUT,
  PREVIEW_TAG_RULES,
  TAG_INPUT,
  readPreviewInputs,
  readPromoteInputs,
  readTagInputs
} from "./chunks/chunk-BHZSJHIP.js";
import {
  ROLLOUT_INPUT,
  readRolloutInputs,
  readValidationInputs
} from "./chunks/chunk-XBTGJ63V.js";
import "./chunks/chunk-MX5TIDN5.js";
import {
  REGISTRY_INPUT,
  readRegistryInputs
} from "./chunks/chunk-EY52L45C.js";
import {
  parseSignMode,
  parseSignatureFormat
} from "./chunks/chunk-VIIWKV7H.js";
import "./chunks/chunk-JMLGX322.js";
import {
  INPUT,
  parseBoolean,
  readInputs,
  requireImage
} from "./chunks/chunk-CKU2FG4C.js";
import "./chunks/chunk-P25MGRZS.js";
import "./chunks/chunk-BHYY5VJ3.js";
import "./chunks/chunk-BBTN7E4D.js";
import {
  CORE_LOGGER,
  annotateFindings,
  writeFailureSummary
} from "./chunks/chunk-5CMNWYGD.js";
import "./chunks/chunk-7PCZ6IVU.js";
import "./chunks/chunk-CUPWETSR.js";
import "./chunks/chunk-GDYN2CVT.js";
import "./chunks/chunk-XGAAAOLH.js";
import "./chunks/chunk-MKAH2KOZ.js";
import "./chunks/chunk-ICATBVXJ.js";
import {
  debug,
  getInput,
  setFailed,
  setSecret
} from "./chunks/chunk-KQRLUDKS.js";
import "./chunks/chunk-BPHO5FMR.js";
import "./chunks/chunk-3BDJZUYS.js";
import "./chunks/chunk-JAJQMYNP.js";
import "./chunks/chunk-5RM3NDNB.js";
import "./chunks/chunk-L5E3S6CR.js";
import "./chunks/chunk-UXHFPGE2.js";
import "./chunks/chunk-M6VYJO7U.js";
import "./chunks/chunk-XIYLFDQZ.js";
import "./chunks/chunk-PHYQ5BUW.js";
import "./chunks/chunk-AB3UUCUA.js";
import "./chunks/chunk-ERSDYIHJ.js";
import "./chunks/chunk-IDSBZXJC.js";
import {
  ActionError,
  InputError,
  ManifestValidationError,
  causeChain,
  describeError
} from "./chunks/chunk-DYKBPGMV.js";
import "./chunks/chunk-5JH4DS2R.js";

// src/action/modes.ts
var MODES = {
  publish: async () => (await import("./chunks/publish-mode-EMNDO7O5.js")).publishMode,
  "validate-only": async () => (await import("./chunks/validate-mode-MQKEDYC5.js")).validateMode,
  promote: async () => (await import("./chunks/promote-mode-ZLI7CYH6.js")).promoteMode,
  preview: async () => (await import("./chunks/preview-mode-3L45CRHW.js")).previewMode,
  setup: async () => (await import("./chunks/setup-mode-XHUANQ6M.js")).setupMode,
  verify: async () => (await import("./chunks/verify-mode-Z2E4LK73.js")).verifyMode,
  rollout: async () => (await import("./chunks/deliver-mode-EGSRCN3I.js")).rolloutMode,
  "write-back": async () => (await import("./chunks/deliver-mode-EGSRCN3I.js")).writeBackMode
};
async function selectMode(name) {
  const load = MODES[name];
  if (load === void 0) {
    throw new InputError(`input "mode" is "${name}", expected one of: ${Object.keys(MODES).join(", ")}`);
  }
  return load();
}

// src/action/setup-inputs.ts
var SETUP_INPUT = {
  fleetHostProject: "fleet-host-project",
  dryRun: "dry-run"
};
function readSetupInputs(raw, mask, workspace, core) {
  const image = requireImage(core);
  const read = implied(raw, { [ROLLOUT_INPUT.createSync]: "true", [REGISTRY_INPUT.createRepository]: "true" });
  const rollout = readRolloutInputs(read, workspace, image, mask);
  const registry = readRegistryInputs(read, mask);
  const contexts = rollout.selection.contexts;
  const settings = bootstrapSettings(
    {
      image,
      ref: rollout.ref,
      spec: rollout.create ?? { sourceFormat: "unstructured", dir: ".", auth: "none" },
      ...rollout.secrets === void 0 ? {} : { secrets: rollout.secrets },
      fleetHostProject: raw(SETUP_INPUT.fleetHostProject),
      repositoryLabels: registry.repository?.labels ?? {},
      ...registry.repository?.description === void 0 ? {} : { repositoryDescription: registry.repository.description },
      ...contexts.length === 1 ? { context: contexts[0] } : {},
      wait: rollout.wait,
      timeoutMs: rollout.timeoutMs,
      dryRun: parseBoolean(raw(SETUP_INPUT.dryRun), SETUP_INPUT.dryRun)
    },
    {
      image: `input "${INPUT.image}"`,
      fleetHostProject: `input "${SETUP_INPUT.fleetHostProject}"`,
      fleetHostProjectExample: `${SETUP_INPUT.fleetHostProject}: my-fleet-host`,
      auth: `input "${ROLLOUT_INPUT.syncAuth}"`
    }
  );
  return {
    settings,
    selection: rollout.selection,
    registry: { ...registry, repository: { create: false, labels: {} } },
    displayDir: raw(INPUT.dir).trim() || "."
  };
}
function implied(read, values) {
  return (name) => values[name] ?? read(name);
}

// src/action/signing-inputs.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
var SIGNING_INPUT = {
  sign: "sign",
  key: "signing-key",
  format: "signature-format",
  attest: "attest"
};
function readSigningInputs(read, mask, workspace) {
  const mode = parseSignMode(read(SIGNING_INPUT.sign), `input "${SIGNING_INPUT.sign}"`);
  const value = read(SIGNING_INPUT.key).trim();
  const maskPem = (pem2) => {
    mask(pem2.trim());
    for (const line of pem2.split(/\r?\n/))
      if (line.trim() !== "" && !line.startsWith("-----")) mask(line.trim());
  };
  if (value.includes("-----BEGIN")) maskPem(value);
  if (mode === "none") return {};
  const keyName = `input "${SIGNING_INPUT.key}"`;
  if (value === "")
    throw new InputError(`${keyName} is required when ${SIGNING_INPUT.sign} is key`, {
      hint: "pass the PEM from a secret: signing-key: ${{ secrets.SIGNING_KEY }}"
    });
  const pem = value.includes("-----BEGIN") ? value : readKeyFile(value, workspace, keyName);
  if (pem !== value) maskPem(pem);
  const attest = read(SIGNING_INPUT.attest).trim();
  return {
    plan: {
      signer: keySigner(pem, keyName),
      format: parseSignatureFormat(read(SIGNING_INPUT.format), `input "${SIGNING_INPUT.format}"`),
      attest: attest === "" ? true : parseBoolean(attest, SIGNING_INPUT.attest)
    }
  };
}
function readKeyFile(path, workspace, name) {
  try {
    return readFileSync(resolve(workspace, path), "utf8");
  } catch {
    throw new InputError(`${name} is neither PEM text nor a readable file in the workspace`, {
      hint: "pass the PEM text from a secret, or a path relative to the workspace"
    });
  }
}

// src/action/settings-inputs.ts
var MODE = {
  publish: "publish",
  promote: "promote",
  preview: "preview",
  setup: "setup",
  validateOnly: "validate-only",
  rollout: "rollout",
  writeBack: "write-back"
};
function readCoreInputs(read, context) {
  return readInputs(read, context.mask, context.workspace);
}
async function readSettings(read, context, core = readCoreInputs(read, context)) {
  const { mask, env, workspace } = context;
  const verify = readVerifyInputs(read, workspace);
  const base = { mode: core.mode, core, signing: {}, ...verify === void 0 ? {} : { verify } };
  switch (core.mode) {
    case MODE.validateOnly:
      return {
        ...base,
        validation: readValidationInputs(read, workspace),
        registry: readRegistryInputs(read, mask),
        tagging: readTagInputs(read)
      };
    case MODE.setup: {
      const setup = readSetupInputs(read, mask, workspace, core);
      return {
        ...base,
        setup,
        validation: readValidationInputs(read, workspace),
        registry: setup.registry,
        tagging: readTagInputs(read)
      };
    }
    case MODE.promote: {
      requireImage(core);
      const promote = readPromoteInputs(read, core);
      const after = readAfterPublish(read, context, core);
      return {
        ...base,
        promote,
        ...after,
        validation: readValidationInputs(read, workspace),
        registry: readRegistryInputs(read, mask),
        tagging: readTagInputs(read)
      };
    }
    case MODE.preview:
      return readPreviewSettings(read, context, core);
    case MODE.rollout:
    case MODE.writeBack:
      return readDeliverySettings(read, context, core, base);
    default: {
      requireImage(core);
      const validation = readValidationInputs(read, workspace);
      const signing = readSigningInputs(read, mask, workspace);
      const after = readAfterPublish(read, context, core);
      return {
        ...base,
        signing,
        validation,
        ...after,
        registry: readRegistryInputs(read, mask),
        tagging: readTagInputs(read)
      };
    }
  }
}
function readDeliverySettings(read, context, core, base) {
  const image = requireImage(core);
  const rollout = core.mode === MODE.rollout;
  const stepRead = (name) => rollout && name === ROLLOUT_INPUT.rollout ? "true" : read(name);
  const after = readAfterPublish(stepRead, context, core);
  const shared = {
    ...base,
    validation: readValidationInputs(read, context.workspace),
    registry: readRegistryInputs(read, context.mask),
    tagging: readTagInputs(read)
  };
  if (rollout) {
    if (after.rollout === void 0) throw new InputError(`mode "${MODE.rollout}" has nothing to roll out to`);
    return { ...shared, rollout: after.rollout };
  }
  if (after.writeBack === void 0) {
    throw new InputError(`mode "${MODE.writeBack}" needs input "${WRITEBACK_INPUT.repo}"`, {
      hint: "config-repo: OWNER/NAME (on github-server-url) or a git URL, with write-back-target"
    });
  }
  if (image.startsWith("oci-layout:")) {
    throw new InputError(
      `mode "${MODE.writeBack}" needs an image in a registry; "image" is an OCI layout on disk`
    );
  }
  return { ...shared, writeBack: after.writeBack };
}
function readAfterPublish(read, context, core) {
  const onDisk = core.image.startsWith("oci-layout:");
  const writeBack = readWriteBackInputs(read, context.mask, context.env);
  if (writeBack !== void 0 && onDisk) {
    throw new InputError(
      `input "${WRITEBACK_INPUT.repo}" needs an image pushed to a registry; "image" is an OCI layout on disk`,
      {
        hint: "set image to a registry repository, or leave config-repo empty"
      }
    );
  }
  let rollout;
  if (parseBoolean(read(ROLLOUT_INPUT.rollout), ROLLOUT_INPUT.rollout)) {
    rollout = readRolloutInputs(read, context.workspace, core.image, context.mask);
    if (onDisk) {
      throw new InputError(
        `input "${ROLLOUT_INPUT.rollout}" needs an image pushed to a registry a cluster can pull; "image" is an OCI layout on disk`,
        {
          hint: "set image to a registry repository, or rollout: false"
        }
      );
    }
  }
  return { ...writeBack === void 0 ? {} : { writeBack }, ...rollout?.enabled ? { rollout } : {} };
}
async function readPreviewSettings(read, context, core) {
  const { mask, env, workspace } = context;
  const pullRequest = await readPullRequestEvent(env, MODE.preview);
  const inputs = readPreviewInputs(read, mask, env);
  const image = requireImage(core);
  if (image.startsWith("oci-layout:")) {
    throw new InputError(
      `mode "${MODE.preview}" needs an image in a registry; "image" is an OCI layout on disk`,
      { hint: "e.g. image: ghcr.io/acme/config" }
    );
  }
  const validation = readValidationInputs(read, workspace);
  const registry = readRegistryInputs(read, mask);
  const base = { mode: core.mode, core, signing: {}, validation, registry };
  if (pullRequest.action === CLOSED_ACTION) {
    const preview2 = {
      pullRequest,
      inputs,
      ...inputs.sync && inputs.cleanup ? { rollout: readRolloutInputs(read, workspace, image, mask) } : {}
    };
    return { ...base, tagging: readTagInputs(read), preview: preview2 };
  }
  const previewRead = (name) => {
    const value = read(name);
    return name === TAG_INPUT.tagRules && value.trim() === "" ? PREVIEW_TAG_RULES.join("\n") : value;
  };
  const after = readAfterPublish(read, context, core);
  for (const [name, set] of [
    [ROLLOUT_INPUT.rollout, after.rollout !== void 0],
    [WRITEBACK_INPUT.repo, after.writeBack !== void 0]
  ]) {
    if (set) {
      throw new InputError(
        `input "${name}" cannot be used with mode "${MODE.preview}": it would send a pull request's artifact to the main sync`,
        {
          hint: `use ${PREVIEW_INPUT.sync}: true for a preview sync; set ${name} only on push events, e.g. ${name}: \${{ github.event_name == 'push' }}`
        }
      );
    }
  }
  const createRead = (name) => name === ROLLOUT_INPUT.createSync ? "true" : read(name);
  const rollout = inputs.sync ? readRolloutInputs(createRead, workspace, image, mask) : void 0;
  if (rollout?.secrets !== void 0) {
    throw new InputError(
      `inputs "${ROLLOUT_INPUT.syncToken}", "${ROLLOUT_INPUT.syncCaFile}" and "${ROLLOUT_INPUT.syncAuth}: token" are not supported with mode "${MODE.preview}" yet`,
      {
        hint: "create the token Secret with a rollout or setup run, and let previews use auth none or a Google registry"
      }
    );
  }
  const preview = { pullRequest, inputs, ...rollout === void 0 ? {} : { rollout } };
  return { ...base, tagging: readTagInputs(previewRead), preview };
}

// src/action/run.ts
var NAME = "configsync-oci";
async function run(env = process.env) {
  const workspace = env["GITHUB_WORKSPACE"] ?? process.cwd();
  const read = (name) => getInput(name);
  const mask = (secret) => setSecret(secret);
  let inputs;
  try {
    inputs = readCoreInputs(read, { mask, env, workspace });
    const mode = await selectMode(inputs.mode);
    const settings = await readSettings(read, { mask, env, workspace }, inputs);
    const context = { settings, mask, env, workspace, logger: CORE_LOGGER };
    await mode.run(context);
  } catch (error) {
    await fail(error, inputs, workspace);
  }
}
async function fail(error, inputs, workspace) {
  for (const line of causeChain(error)) debug(line);
  const { message, hint } = describeError(error);
  if (error instanceof ManifestValidationError && inputs) {
    annotateFindings(error.findings, inputs.dir, workspace);
    await writeFailureSummary(message, error.findings).catch(() => void 0);
  }
  const unexpected = error instanceof ActionError ? "" : " (unexpected error; run with ACTIONS_STEP_DEBUG=true for the stack)";
  setFailed(`${NAME}: ${message}${unexpected}${hint === void 0 ? "" : `
Hint: ${hint}`}`);
}

// src/action/main.ts
await run();
//# sourceMappingURL=index.js.map
