import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  list,
  parseBoolean
} from "./chunk-CKU2FG4C.js";
import {
  DEFAULT_RETRIES,
  parseRunTimeout,
  runDeadline
} from "./chunk-BHYY5VJ3.js";
import {
  InputError
} from "./chunk-DYKBPGMV.js";

// src/action/registry-inputs.ts
var REGISTRY_INPUT = {
  accessToken: "access-token",
  githubToken: "github-token",
  createRepository: "create-repository",
  repositoryDescription: "repository-description",
  repositoryLabels: "repository-labels",
  retries: "retries",
  mountFrom: "mount-from",
  timeout: "timeout"
};
var MAX_RETRIES = 10;
function readRegistryInputs(read, mask) {
  const accessToken = secret(read(REGISTRY_INPUT.accessToken), mask);
  const githubToken = secret(read(REGISTRY_INPUT.githubToken), mask);
  const create = parseBoolean(read(REGISTRY_INPUT.createRepository), REGISTRY_INPUT.createRepository);
  const description = read(REGISTRY_INPUT.repositoryDescription).trim();
  const labels = parseRepositoryLabels(read(REGISTRY_INPUT.repositoryLabels), REGISTRY_INPUT.repositoryLabels);
  if (!create && (description !== "" || Object.keys(labels).length > 0)) {
    throw new InputError(
      `inputs "${REGISTRY_INPUT.repositoryDescription}" and "${REGISTRY_INPUT.repositoryLabels}" apply only with "${REGISTRY_INPUT.createRepository}: true"`,
      {
        hint: "set create-repository: true, or remove them (an existing repository is never changed)"
      }
    );
  }
  return {
    ...accessToken === void 0 ? {} : { accessToken },
    ...githubToken === void 0 ? {} : { githubToken },
    retries: parseRetries(read(REGISTRY_INPUT.retries), REGISTRY_INPUT.retries),
    mountFrom: list(read(REGISTRY_INPUT.mountFrom)),
    // The clock starts now, when the run reads its inputs.
    deadline: runDeadline(parseRunTimeout(read(REGISTRY_INPUT.timeout), REGISTRY_INPUT.timeout)),
    repository: { create, labels, ...description === "" ? {} : { description } }
  };
}
function secret(value, mask) {
  const text = value.trim();
  if (text === "") return void 0;
  mask(text);
  return text;
}
function parseRetries(value, name, label = `input "${name}"`) {
  const text = value.trim();
  if (text === "") return DEFAULT_RETRIES;
  if (!/^\d+$/.test(text) || Number(text) > MAX_RETRIES) {
    throw new InputError(`${label} is "${text}", expected a whole number from 0 to ${MAX_RETRIES}`, {
      hint: `e.g. ${example(name, String(DEFAULT_RETRIES))} (0 turns retrying off)`
    });
  }
  return Number(text);
}
var LABEL_KEY = /^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{N}_-]{0,62}$/u;
var LABEL_VALUE = /^[\p{Ll}\p{Lo}\p{N}_-]{0,63}$/u;
function parseRepositoryLabels(value, name, label = `input "${name}"`) {
  const labels = {};
  for (const item of list(value)) {
    const eq = item.indexOf("=");
    const key = eq < 0 ? item : item.slice(0, eq).trim();
    const labelValue = eq < 0 ? "" : item.slice(eq + 1).trim();
    const fail = (why) => {
      throw new InputError(`${label}: ${JSON.stringify(item)} ${why}`, {
        hint: `e.g. ${example(name, "team=platform,env=prod")}`
      });
    };
    if (eq < 0) fail("is not key=value");
    if (!LABEL_KEY.test(key))
      fail(
        "has a key that is not a Google label key (lowercase letter first, then lowercase letters, digits, _ or -, at most 63)"
      );
    if (!LABEL_VALUE.test(labelValue))
      fail("has a value that is not a Google label value (lowercase letters, digits, _ or -, at most 63)");
    if (Object.hasOwn(labels, key)) fail(`repeats the key ${key}`);
    labels[key] = labelValue;
  }
  return labels;
}
function example(name, value) {
  return name.startsWith("--") ? `${name} ${value}` : `${name}: ${value}`;
}

export {
  REGISTRY_INPUT,
  readRegistryInputs,
  parseRetries,
  parseRepositoryLabels
};
//# sourceMappingURL=chunk-EY52L45C.js.map
