import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  InputError
} from "./chunk-DYKBPGMV.js";

// src/artifact/annotations.ts
var KEY_PATTERN = /^[A-Za-z0-9]([A-Za-z0-9._/-]{0,251}[A-Za-z0-9])?$/;
var RESERVED = /* @__PURE__ */ new Set(["org.opencontainers.image.revision", "org.opencontainers.image.created"]);
function parseAnnotations(lines2, inputName = "annotations") {
  const result = {};
  for (const raw of lines2) {
    const line = raw.trim();
    if (line === "") continue;
    const eq = line.indexOf("=");
    if (eq <= 0) {
      throw new InputError(`${inputName}: "${line}" is not key=value`, {
        hint: "write one annotation per line, e.g. org.opencontainers.image.vendor=Acme"
      });
    }
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    if (!KEY_PATTERN.test(key)) {
      throw new InputError(`${inputName}: "${key}" is not a valid annotation key`, {
        hint: 'keys are letters, digits, ".", "_", "-" and "/", starting and ending with a letter or digit, e.g. org.example.team'
      });
    }
    if (RESERVED.has(key)) {
      throw new InputError(
        `${inputName}: "${key}" is set by configsync-oci from the commit and may not be overridden`,
        {
          hint: "the revision is the commit SHA (GITHUB_SHA, or CLI --revision) and created its commit time (CLI --created); remove this annotation"
        }
      );
    }
    if (key in result) throw new InputError(`${inputName}: the key "${key}" is given twice`);
    result[key] = value;
  }
  return result;
}

// src/action/inputs.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
var INPUT = {
  mode: "mode",
  dir: "dir",
  image: "image",
  tags: "tags",
  annotations: "annotations",
  ignore: "ignore",
  username: "username",
  password: "password",
  insecure: "insecure",
  caFile: "ca-file"
};
function readInputs(read, mask, workspace) {
  const password = read(INPUT.password);
  if (password !== "") mask(password);
  const username = read(INPUT.username).trim();
  const image = read(INPUT.image).trim();
  const dir = read(INPUT.dir).trim();
  if (dir === "")
    throw new InputError(`input "${INPUT.dir}" is empty`, {
      hint: "give a directory, e.g. dir: config/ (the default is .)"
    });
  const caFile = read(INPUT.caFile).trim();
  return {
    mode: read(INPUT.mode).trim() || "publish",
    dir: insideWorkspace(resolve(workspace, dir), dir, workspace),
    image,
    tags: list(read(INPUT.tags)),
    annotations: parseAnnotations(lines(read(INPUT.annotations)), INPUT.annotations),
    ignore: lines(read(INPUT.ignore)),
    insecure: parseBoolean(read(INPUT.insecure), INPUT.insecure),
    ...caFile === "" ? {} : { caFile: resolve(workspace, caFile) },
    ...credentials(username, password)
  };
}
function requireImage(inputs) {
  if (inputs.image === "") {
    throw new InputError(`input "${INPUT.image}" is required for mode "${inputs.mode}"`, {
      hint: "e.g. image: us-docker.pkg.dev/my-project/config/app, or oci-layout:./layout for a local OCI layout (mode: validate-only needs no image)"
    });
  }
  return inputs.image;
}
function credentials(username, password) {
  if (username === "" && password === "") return {};
  if (username === "" || password === "") {
    throw new InputError(
      `inputs "${INPUT.username}" and "${INPUT.password}" go together: one of them is empty`,
      {
        hint: "set both, or neither for an anonymous push"
      }
    );
  }
  return { credentials: { username, password, source: `the ${INPUT.username}/${INPUT.password} inputs` } };
}
function lines(value) {
  return value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
}
function list(value) {
  return lines(value).flatMap(
    (line) => line.split(",").map((item) => item.trim()).filter((item) => item !== "")
  );
}
function parseBoolean(value, name) {
  const text = value.trim();
  if (["true", "True", "TRUE"].includes(text)) return true;
  if (["false", "False", "FALSE", ""].includes(text)) return false;
  throw new InputError(`input "${name}" is "${text}", expected true or false`, { hint: `e.g. ${name}: true` });
}
function insideWorkspace(resolved, given, workspace) {
  const rel = relative(resolve(workspace), resolved);
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new InputError(
      `input "${INPUT.dir}" is ${JSON.stringify(given)}, which is outside the workspace ${workspace}`,
      {
        hint: "give a directory inside the checked-out repository (GITHUB_WORKSPACE), e.g. dir: config/"
      }
    );
  }
  return resolved;
}

export {
  parseAnnotations,
  INPUT,
  readInputs,
  requireImage,
  lines,
  list,
  parseBoolean
};
//# sourceMappingURL=chunk-CKU2FG4C.js.map
