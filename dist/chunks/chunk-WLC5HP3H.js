import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  closestName
} from "./chunk-FMJZR2ZY.js";

// src/manifests/schema/field-path.ts
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function pointerToPath(pointer, root) {
  if (pointer === "") return [];
  const path = [];
  let node = root;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    const index = Array.isArray(node) && /^\d+$/.test(segment) ? Number(segment) : void 0;
    path.push(index ?? segment);
    node = index === void 0 ? isPlainObject(node) ? node[segment] : void 0 : node[index];
  }
  return path;
}
function valueAt(root, path) {
  let node = root;
  for (const step of path) {
    if (typeof step === "number") node = Array.isArray(node) ? node[step] : void 0;
    else node = isPlainObject(node) ? node[step] : void 0;
    if (node === void 0) return void 0;
  }
  return node;
}
function formatPath(path) {
  let text = "";
  for (const step of path) {
    if (typeof step === "number") text += `[${step}]`;
    else if (/^[A-Za-z0-9_$-]+$/.test(step)) text += text === "" ? step : `.${step}`;
    else text += `[${JSON.stringify(step)}]`;
  }
  return text === "" ? "(root)" : text;
}

// src/manifests/schema/schema-errors.ts
var COMBINERS = /* @__PURE__ */ new Set(["oneOf", "anyOf", "if"]);
function describeErrors(errors, root) {
  const groups = /* @__PURE__ */ new Map();
  for (const error of errors) {
    if (error.keyword === "if") continue;
    const key = `${error.instancePath}\0${propertyOf(error) ?? ""}`;
    const group = groups.get(key);
    if (group === void 0) groups.set(key, [error]);
    else group.push(error);
  }
  const problems = [];
  for (const group of groups.values()) {
    const problem = describeGroup(group, root);
    if (problem !== void 0) problems.push(problem);
  }
  return problems;
}
function propertyOf(error) {
  const { missingProperty, additionalProperty } = error.params;
  if (typeof missingProperty === "string") return missingProperty;
  return typeof additionalProperty === "string" ? additionalProperty : void 0;
}
function describeGroup(group, root) {
  const first = group[0];
  const base = pointerToPath(first.instancePath, root);
  const property = propertyOf(first);
  if (first.keyword === "additionalProperties" && property !== void 0) {
    const known = knownProperties(first);
    const suggestion = known.length === 0 ? void 0 : closestName(property, known);
    const hint = suggestion === void 0 ? "" : `; did you mean "${suggestion}"?`;
    return {
      kind: "unknown",
      path: [...base, property],
      message: `unknown field "${formatPath([...base, property])}"${hint}`
    };
  }
  if (first.keyword === "required" && property !== void 0) {
    return {
      kind: "violation",
      path: [...base, property],
      message: `missing required field "${formatPath([...base, property])}"`
    };
  }
  const value = valueAt(root, base);
  if (value === null) return void 0;
  return {
    kind: "violation",
    path: base,
    message: `${formatPath(base)}: ${describeValueErrors(group, value)}`
  };
}
function describeValueErrors(group, value) {
  const specific = group.filter((e) => !COMBINERS.has(e.keyword));
  const types = specific.filter((e) => e.keyword === "type" || e.keyword === "x-kubernetes-int-or-string");
  if (types.length > 0 && types.length === specific.length) {
    const expected = [...new Set(types.flatMap((e) => expectedTypes(e)))];
    return `must be ${expected.join(" or ")}, got ${describeValue(value)}`;
  }
  const error = specific[0];
  if (error === void 0)
    return `matches none of the allowed schemas (${group[0].keyword}), got ${describeValue(value)}`;
  return describeKeyword(error, value);
}
function expectedTypes(error) {
  if (error.keyword === "x-kubernetes-int-or-string") return ["integer", "string"];
  const type = error.params.type;
  return Array.isArray(type) ? type.map(String) : [String(type)];
}
function describeKeyword(error, value) {
  const params = error.params;
  switch (error.keyword) {
    case "enum": {
      const allowed = Array.isArray(params["allowedValues"]) ? params["allowedValues"] : [];
      return `must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}, got ${JSON.stringify(value)}`;
    }
    case "format":
      return `must be a valid ${String(params["format"])}, got ${JSON.stringify(value)}`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `must be ${String(params["comparison"])} ${String(params["limit"])}, got ${JSON.stringify(value)}`;
    case "pattern":
      return `must match the pattern ${String(params["pattern"])}, got ${JSON.stringify(value)}`;
    case "minLength":
    case "maxLength":
      return `must be ${error.keyword === "minLength" ? "at least" : "at most"} ${String(params["limit"])} characters long`;
    case "minItems":
    case "maxItems":
      return `must have ${error.keyword === "minItems" ? "at least" : "at most"} ${String(params["limit"])} items`;
    case "minProperties":
    case "maxProperties":
      return `must have ${error.keyword === "minProperties" ? "at least" : "at most"} ${String(params["limit"])} entries`;
    case "uniqueItems":
      return `must not have duplicate items (items ${String(params["j"])} and ${String(params["i"])} are equal)`;
    default:
      return error.message ?? `fails the schema's "${error.keyword}" rule`;
  }
}
function knownProperties(error) {
  const parent = error.parentSchema;
  if (!isPlainObject(parent) || !isPlainObject(parent["properties"])) return [];
  return Object.keys(parent["properties"]);
}
function describeValue(value) {
  if (Array.isArray(value)) return "a list";
  if (isPlainObject(value)) return "a map";
  if (typeof value === "string")
    return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
  if (typeof value === "number") return Number.isInteger(value) ? `integer ${value}` : `number ${value}`;
  return typeof value;
}

export {
  isPlainObject,
  formatPath,
  describeErrors
};
//# sourceMappingURL=chunk-WLC5HP3H.js.map
