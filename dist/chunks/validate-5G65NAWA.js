import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  MANIFEST_EXTENSIONS,
  MAX_MANIFEST_BYTES,
  createLocator,
  invalidUtf8Finding,
  isManifestPath,
  load,
  oversizedFinding,
  parseManifestFile
} from "./chunk-T3S3P4CL.js";
import {
  KNV1068,
  missingTopKustomization,
  outsideFinding,
  outsideReferences,
  topKustomization
} from "./chunk-PQY5GRTF.js";
import {
  closestName
} from "./chunk-FMJZR2ZY.js";
import "./chunk-XIYLFDQZ.js";
import {
  CONTROLLER_NAMESPACE,
  DEFAULT_SCOPE,
  defaultNamespaceOf,
  namespaceReconcilerName,
  reconcilerNameOf,
  rootReconcilerName
} from "./chunk-PHYQ5BUW.js";
import {
  SEVERITY,
  errorFinding,
  hasErrors,
  sortFindings
} from "./chunk-IDSBZXJC.js";
import {
  runKustomize
} from "./chunk-LKXBKSCP.js";
import "./chunk-DYKBPGMV.js";
import "./chunk-5JH4DS2R.js";

// src/manifests/validate.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";

// src/manifests/artifact-names.ts
var ARTIFACT_NAME_CODE = {
  whiteout: "CSO3001",
  fluxUntar: "CSO3002",
  openFiles: "CSO3003"
};
var OPEN_FILE_LIMIT = 1024;
var OPEN_FILE_RESERVE = 24;
var WHITEOUT_PREFIX = ".wh.";
var OPAQUE_WHITEOUT = ".wh..wh..opq";
function checkArtifactNames(entries) {
  const findings = [];
  let files = 0;
  for (const entry of entries) {
    if (entry.kind === "file") files++;
    const slash = entry.path.lastIndexOf("/");
    const name = entry.path.slice(slash + 1);
    if (name.startsWith(WHITEOUT_PREFIX)) findings.push(whiteout(entry, name, entry.path.slice(0, slash + 1)));
    if (entry.path.includes("\\")) findings.push(fluxRefuses(entry, "contains a backslash"));
    else if (name.endsWith(".."))
      findings.push(fluxRefuses(entry, `has a path component ending in ".." ("${name}")`));
  }
  if (files > OPEN_FILE_LIMIT - OPEN_FILE_RESERVE) findings.push(tooManyFiles(files));
  return findings;
}
function whiteout(entry, name, parent) {
  const what = entry.kind === "dir" ? "directory" : "file";
  const hides = name === OPAQUE_WHITEOUT ? `hides everything else in ${parent === "" ? "the artifact" : `"${parent}"`}` : `hides "${parent}${name.slice(WHITEOUT_PREFIX.length)}"${entry.kind === "dir" ? ", and everything in it is dropped" : ""}`;
  return errorFinding(
    ARTIFACT_NAME_CODE.whiteout,
    entry.path,
    0,
    `the ${what} name starts with ".wh.", which OCI reserves for whiteouts: Config Sync's extraction silently drops it and ${hides}. Rename it, or add it to .configsyncignore.`
  );
}
function fluxRefuses(entry, problem) {
  return {
    code: ARTIFACT_NAME_CODE.fluxUntar,
    severity: SEVERITY.warning,
    file: entry.path,
    line: 0,
    message: `the path ${problem}: Config Sync and Argo CD extract it, but Flux refuses the whole artifact. Rename it if Flux will read this artifact.`
  };
}
function tooManyFiles(files) {
  return {
    code: ARTIFACT_NAME_CODE.openFiles,
    severity: SEVERITY.warning,
    file: ".",
    line: 0,
    message: `the artifact holds ${files} files: oci-sync keeps one file descriptor open per file until the extraction ends, and under the usual limit of ${OPEN_FILE_LIMIT} open files (a few taken by oci-sync itself) the pull can fail with "too many open files". Publish fewer files (a narrower dir, .configsyncignore), or merge manifests into fewer files.`
  };
}

// src/manifests/rules/object-fields.ts
function isMap(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function fieldAt(object, path) {
  let value = object;
  for (const key of path) {
    if (!isMap(value)) return void 0;
    value = value[key];
  }
  return value;
}
function groupOf(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash === -1 ? "" : apiVersion.slice(0, slash);
}
function groupKind(group, kind) {
  return group === "" ? kind : `${kind}.${group}`;
}
function describeType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (isMap(value)) return "a map";
  return `a ${typeof value}`;
}

// src/manifests/declared-object.ts
var NONE = Object.freeze({});
function declareObject(source) {
  const object = source.object;
  const metadata = object["metadata"];
  const apiVersion = object["apiVersion"];
  const namespace = typeof metadata["namespace"] === "string" ? metadata["namespace"] : "";
  return {
    source,
    apiVersion,
    group: groupOf(apiVersion),
    kind: object["kind"],
    name: metadata["name"],
    declaredNamespace: namespace,
    namespace,
    annotations: stringMap(metadata["annotations"]),
    labels: stringMap(metadata["labels"])
  };
}
function stringMap(value) {
  return isMap(value) ? value : NONE;
}
function withNamespace(o, namespace) {
  return o.namespace === namespace ? o : { ...o, namespace };
}
function isKind(o, group, kind) {
  return o.kind === kind && o.group === group;
}
function directoryOf(o) {
  const slash = o.source.file.lastIndexOf("/");
  return slash === -1 ? "" : o.source.file.slice(0, slash);
}
function directoryBaseOf(o) {
  const dir = directoryOf(o);
  return dir.slice(dir.lastIndexOf("/") + 1);
}
function topLevelDirectoryOf(o) {
  const file = o.source.file;
  const slash = file.indexOf("/");
  return slash === -1 ? "" : file.slice(0, slash);
}
function isManagementDisabled(o) {
  return o.annotations[ANNOTATIONS.managed] === "disabled";
}
var ANNOTATIONS = {
  managed: "configmanagement.gke.io/managed",
  namespaceSelector: "configmanagement.gke.io/namespace-selector",
  legacyClusterSelector: "configmanagement.gke.io/cluster-selector",
  clusterNameSelector: "configsync.gke.io/cluster-name-selector",
  deletionPropagation: "configsync.gke.io/deletion-propagation-policy",
  lifecycleMutation: "client.lifecycle.config.k8s.io/mutation",
  dependsOn: "config.kubernetes.io/depends-on",
  applyTimeMutation: "config.kubernetes.io/apply-time-mutation"
};
var GROUPS = {
  core: "",
  configManagement: "configmanagement.gke.io",
  configSync: "configsync.gke.io",
  clusterRegistry: "clusterregistry.k8s.io",
  apiExtensions: "apiextensions.k8s.io",
  rbac: "rbac.authorization.k8s.io"
};
var isNamespaceObject = (o) => isKind(o, GROUPS.core, "Namespace");
var isNamespaceSelector = (o) => isKind(o, GROUPS.configManagement, "NamespaceSelector");
var isClusterSelector = (o) => isKind(o, GROUPS.configManagement, "ClusterSelector");
var isCluster = (o) => isKind(o, GROUPS.clusterRegistry, "Cluster");
var isCrd = (o) => isKind(o, GROUPS.apiExtensions, "CustomResourceDefinition");

// src/manifests/rules/append-all.ts
function appendAll(target, items) {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
}

// src/manifests/rules/types.ts
var NO_FINDINGS = Object.freeze([]);

// src/manifests/hierarchy/directory-rule.ts
var directoryRule = {
  name: "hierarchy-directory",
  scope: "object",
  check: (o) => {
    const base = directoryBaseOf(o);
    if (isNamespaceObject(o)) {
      if (base === "namespaces") {
        return [
          errorFinding(
            "KNV1019",
            o.source.file,
            o.source.locate(["metadata", "name"]),
            `Namespaces MUST be declared in subdirectories of 'namespaces/'. Create a subdirectory for the following Namespace configs: "${o.name}"`
          )
        ];
      }
      if (o.name === base) return NO_FINDINGS;
      const message2 = `A Namespace MUST declare \`metadata.name\` that matches the name of its directory. expected \`metadata.name\`: ${base}`;
      return [errorFinding("KNV1020", o.source.file, o.source.locate(["metadata", "name"]), message2)];
    }
    if (o.declaredNamespace === "" || o.declaredNamespace === base) return NO_FINDINGS;
    const message = `A config MUST either declare a \`namespace\` field exactly matching the directory containing the config, "${base}", or leave the field blank.`;
    return [errorFinding("KNV1009", o.source.file, o.source.locate(["metadata", "namespace"]), message)];
  }
};

// src/manifests/rules/duplicate-objects.ts
function duplicateObjects(objects) {
  const byKey = /* @__PURE__ */ new Map();
  for (const o of objects) {
    const key = `${o.group}\0${o.kind}\0${o.namespace}\0${o.name}`;
    const same = byKey.get(key);
    if (same === void 0) byKey.set(key, [o]);
    else same.push(o);
  }
  const findings = [];
  for (const group of byKey.values())
    if (group.length > 1) appendAll(findings, collisionFindings(group, describe(group[0], group.length)));
  return findings;
}
function collisionFindings(duplicates, summary) {
  return duplicates.map((o) => {
    const others = duplicates.filter((d) => d.source !== o.source).map((d) => `${d.source.file}:${d.source.line}`);
    const where = others.length === 0 ? "" : ` also declared at ${[...new Set(others)].join(", ")}`;
    return errorFinding(
      "KNV1029",
      o.source.file,
      o.source.locate(["metadata", "name"]),
      `${summary} Rename or delete the duplicates to fix:${where}`
    );
  });
}
function describe(o, count) {
  const gk = groupKind(o.group, o.kind);
  if (o.group === "" && o.kind === "Namespace") {
    return `Namespaces MUST have unique names. Found ${count} Namespaces named "${o.name}".`;
  }
  if (o.namespace !== "") {
    return `Namespace-scoped configs of the same Group and Kind MUST have unique names if they are in the same Namespace. Found ${count} configs of GroupKind "${gk}" in Namespace "${o.namespace}" named "${o.name}".`;
  }
  return `Cluster-scoped configs of the same Group and Kind MUST have unique names. Found ${count} configs of GroupKind "${gk}" named "${o.name}".`;
}
function selectorCollisions(selectors, kind) {
  const byName = /* @__PURE__ */ new Map();
  for (const o of selectors) {
    const same = byName.get(o.name);
    if (same === void 0) byName.set(o.name, [o]);
    else same.push(o);
  }
  const findings = [];
  for (const [name, group] of byName) {
    if (group.length < 2) continue;
    appendAll(
      findings,
      collisionFindings(
        group,
        `${kind}s MUST have globally-unique names. Found ${group.length} ${kind}s named "${name}".`
      )
    );
  }
  return findings;
}

// src/manifests/rules/cluster-selector-rules.ts
var clusterSelectorObjects = {
  name: "cluster-selector-objects",
  scope: "set",
  check: (ctx) => {
    const findings = [];
    const selectors = [];
    for (const o of ctx.objects) {
      const cluster = isCluster(o);
      const selector = isClusterSelector(o);
      if (!cluster && !selector && !isNamespaceSelector(o)) continue;
      findings.push(...selectedSelector(o));
      if (selector) selectors.push(o);
      if ((cluster || selector) && ctx.sourceFormat === "hierarchy" && topLevelDirectoryOf(o) !== "clusterregistry") {
        findings.push(
          errorFinding(
            "KNV1039",
            o.source.file,
            o.source.line,
            `Cluster and ClusterSelector configs MUST be declared in \`clusterregistry/\`. To fix, move the ${o.kind} to \`clusterregistry/\`.`
          )
        );
      }
    }
    return [...findings, ...selectorCollisions(selectors, "ClusterSelector")];
  }
};
function selectedSelector(o) {
  const key = [ANNOTATIONS.legacyClusterSelector, ANNOTATIONS.clusterNameSelector].find(
    (k) => k in o.annotations
  );
  if (key === void 0) return [];
  return [
    errorFinding(
      "KNV1004",
      o.source.file,
      o.source.locate(["metadata", "annotations", key]),
      `${o.kind}s may not be cluster-selected, and so MUST NOT declare the annotation '${key}'. To fix, remove \`metadata.annotations.${key}\` from ${o.kind} "${o.name}".`
    )
  ];
}

// src/manifests/scope/declared-crds.ts
var STRING_FIELDS = [
  ["group"],
  ["scope"],
  ["version"],
  ["names", "plural"],
  ["names", "kind"],
  ["names", "singular"],
  ["names", "listKind"]
];
var STRING_LIST_FIELDS = [
  ["names", "shortNames"],
  ["names", "categories"]
];
function readCrd(o) {
  const spec = o.source.object["spec"];
  if (spec === void 0 || spec === null) return { crd: crdOf(o, {}) };
  if (!isMap(spec)) return mismatch(["spec"], "map", spec);
  for (const path of STRING_FIELDS) {
    const problem = check(spec, path, "string");
    if (problem !== void 0) return problem;
  }
  for (const path of STRING_LIST_FIELDS) {
    const problem = check(spec, path, "list") ?? checkItems(spec, path, "string");
    if (problem !== void 0) return problem;
  }
  const names = check(spec, ["names"], "map");
  if (names !== void 0) return names;
  const versions = check(spec, ["versions"], "list") ?? checkVersions(spec);
  return versions ?? { crd: crdOf(o, spec) };
}
function declaredCrds(objects) {
  const byGroupKind = /* @__PURE__ */ new Map();
  for (const o of objects) {
    if (!isCrd(o)) continue;
    const reading = readCrd(o);
    if ("crd" in reading) byGroupKind.set(`${reading.crd.group}/${reading.crd.kind}`, reading.crd);
  }
  return [...byGroupKind.values()];
}
function crdOf(o, spec) {
  const names = isMap(spec["names"]) ? spec["names"] : {};
  const versions = Array.isArray(spec["versions"]) ? spec["versions"] : [];
  const served = versions.some((v) => isMap(v) && v["served"] === true) || versions.length === 0 && typeof spec["version"] === "string" && spec["version"] !== "";
  return {
    object: o,
    group: asString(spec["group"]),
    kind: asString(names["kind"]),
    plural: asString(names["plural"]),
    scope: spec["scope"] === "Cluster" ? "cluster" : "namespace",
    served
  };
}
function checkVersions(spec) {
  const versions = spec["versions"];
  if (!Array.isArray(versions)) return void 0;
  for (let i = 0; i < versions.length; i++) {
    const v = versions[i];
    if (!isMap(v)) return mismatch(["spec", "versions", i], "map", v);
    for (const [field, type] of [
      ["name", "string"],
      ["served", "boolean"],
      ["storage", "boolean"],
      ["schema", "map"]
    ]) {
      const value = v[field];
      if (value !== void 0 && value !== null && !hasType(value, type))
        return mismatch(["spec", "versions", i, field], type, value);
    }
  }
  return void 0;
}
function check(spec, path, type) {
  let value = spec;
  for (const key of path) value = isMap(value) ? value[key] : void 0;
  if (value === void 0 || value === null || hasType(value, type)) return void 0;
  return mismatch(["spec", ...path], type, value);
}
function checkItems(spec, path, type) {
  let value = spec;
  for (const key of path) value = isMap(value) ? value[key] : void 0;
  if (!Array.isArray(value)) return void 0;
  const index = value.findIndex((item) => !hasType(item, type));
  return index === -1 ? void 0 : mismatch(["spec", ...path, index], type, value[index]);
}
function hasType(value, type) {
  if (type === "map") return isMap(value);
  if (type === "list") return Array.isArray(value);
  return typeof value === type;
}
function mismatch(path, type, value) {
  const where = path.map((p) => typeof p === "number" ? `[${p}]` : `.${p}`).join("");
  return { malformed: `${where}: expected a ${type}, found ${describeType(value)}`, path };
}
function asString(value) {
  return typeof value === "string" ? value : "";
}

// src/manifests/rules/crd-rules.ts
var RESERVED_GROUPS = /* @__PURE__ */ new Set(["configmanagement.gke.io", "configsync.gke.io"]);
var customResourceDefinitions = {
  name: "custom-resource-definitions",
  scope: "object",
  kinds: /* @__PURE__ */ new Set(["CustomResourceDefinition"]),
  check: (o) => {
    if (!isCrd(o)) return NO_FINDINGS;
    const reading = readCrd(o);
    if ("malformed" in reading) {
      return [
        errorFinding(
          "KNV1065",
          o.source.file,
          o.source.locate(reading.path),
          `malformed CustomResourceDefinition: ${reading.malformed}`
        )
      ];
    }
    const { crd } = reading;
    const findings = [];
    if (RESERVED_GROUPS.has(crd.group)) {
      findings.push(
        errorFinding(
          "KNV1043",
          o.source.file,
          o.source.locate(["spec", "group"]),
          `Config Sync does not allow configuring CRDs in the \`${crd.group}\` APIGroup. To fix, please use a different APIGroup.`
        )
      );
    }
    const expected = `${crd.plural}.${crd.group}`;
    if (o.name !== expected) {
      findings.push(
        errorFinding(
          "KNV1048",
          o.source.file,
          o.source.locate(["metadata", "name"]),
          `Invalid CustomResourceDefinition name: \`${o.name}\`. The \`metadata.name\` MUST be in the form: \`<spec.names.plural>.<spec.group>\`. To fix, update the spec fields or change the name to \`${expected}\`.`
        )
      );
    }
    return findings;
  }
};

// src/manifests/rules/disallowed-fields.ts
var SERVER_SET_FIELDS = [
  ["ownerReferences", "metadata.ownerReference"],
  ["selfLink", "metadata.selfLink"],
  ["uid", "metadata.uid"],
  ["resourceVersion", "metadata.resourceVersion"],
  ["generation", "metadata.generation"],
  ["creationTimestamp", "metadata.creationTimestamp"],
  ["deletionTimestamp", "metadata.deletionTimestamp"],
  ["deletionGracePeriodSeconds", "metadata.deletionGracePeriodSeconds"]
];
var disallowedFields = {
  name: "disallowed-fields",
  scope: "object",
  check: (o) => {
    const metadata = o.source.object["metadata"];
    let findings;
    for (const [field, name] of SERVER_SET_FIELDS) {
      if (!isSet(metadata[field])) continue;
      findings ??= [];
      findings.push(
        errorFinding(
          "KNV1045",
          o.source.file,
          o.source.locate(["metadata", field]),
          `Configs with "${name}" specified are not allowed. To fix, either remove the config or remove the "${name}" field in the config.`
        )
      );
    }
    return findings ?? NO_FINDINGS;
  }
};
function isSet(value) {
  if (value === void 0 || value === null || value === "" || value === 0) return false;
  return !Array.isArray(value) || value.length > 0;
}

// src/manifests/rules/illegal-kinds.ts
var DEPRECATED_EXTENSIONS_KINDS = /* @__PURE__ */ new Map([
  ["DaemonSet", "apps"],
  ["Deployment", "apps"],
  ["Ingress", "networking.k8s.io"],
  ["ReplicaSet", "apps"],
  ["NetworkPolicy", "networking.k8s.io"],
  ["PodSecurityPolicy", "policy"],
  ["StatefulSet", "apps"]
]);
var HIERARCHY_ONLY_KINDS = /* @__PURE__ */ new Set(["Repo", "HierarchyConfig"]);
var unsupportedKinds = {
  name: "unsupported-kinds",
  scope: "object",
  kinds: /* @__PURE__ */ new Set(["Sync"]),
  check: (o) => isKind(o, GROUPS.configManagement, "Sync") ? [
    errorFinding(
      "KNV1043",
      o.source.file,
      o.source.locate(["kind"]),
      "Config Sync does not support the configmanagement.gke.io Sync kind, and does not allow configuring objects in the `configmanagement.gke.io` APIGroup. To fix, remove this config."
    )
  ] : NO_FINDINGS
};
var hierarchyOnlyKinds = {
  name: "hierarchy-only-kinds",
  scope: "object",
  kinds: HIERARCHY_ONLY_KINDS,
  check: (o, ctx) => ctx.sourceFormat === "unstructured" && o.group === GROUPS.configManagement && HIERARCHY_ONLY_KINDS.has(o.kind) ? [
    errorFinding(
      "KNV1032",
      o.source.file,
      o.source.locate(["kind"]),
      `The type ${groupKind(o.group, o.kind)} is not allowed if \`sourceFormat\` is set to \`unstructured\`. To fix, remove the problematic config, or convert your repo to use \`sourceFormat: hierarchy\`.`
    )
  ] : NO_FINDINGS
};
var deprecatedKinds = {
  name: "deprecated-kinds",
  scope: "object",
  kinds: new Set(DEPRECATED_EXTENSIONS_KINDS.keys()),
  check: (o) => {
    const group = o.group === "extensions" ? DEPRECATED_EXTENSIONS_KINDS.get(o.kind) : void 0;
    if (group === void 0) return NO_FINDINGS;
    return [
      errorFinding(
        "KNV1050",
        o.source.file,
        o.source.locate(["apiVersion"]),
        `The config is using a deprecated Group and Kind. To fix, set the Group and Kind to "${groupKind(group, o.kind)}"`
      )
    ];
  }
};

// src/manifests/rules/no-objects.ts
var NO_OBJECTS_CODE = "CSO0001";
var noObjects = {
  name: "no-objects",
  scope: "set",
  check: (ctx) => {
    if (ctx.allObjects.length > 0 || ctx.readFailed) return [];
    const where = ctx.sourceFormat === "hierarchy" ? " under system/, cluster/, clusterregistry/ or namespaces/" : "";
    return [
      errorFinding(
        NO_OBJECTS_CODE,
        ".",
        0,
        `no Kubernetes objects found: Config Sync reads only ${MANIFEST_EXTENSIONS.join(", ")} files (case-sensitive)${where}, skips .git, .github and .gitlab, and drops objects annotated config.kubernetes.io/local-config`
      )
    ];
  }
};

// src/manifests/rules/k8s-names.ts
var DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
var LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
function isDns1123Subdomain(value) {
  return value.length <= 253 && DNS1123_SUBDOMAIN.test(value);
}
function isDns1123Label(value) {
  return value.length <= 63 && DNS1123_LABEL.test(value);
}
function isPathSegmentName(value) {
  return value !== "." && value !== ".." && !value.includes("/") && !value.includes("%");
}
function qualifiedNameProblem(key) {
  const parts = key.split("/");
  if (parts.length > 2)
    return 'a qualified name must consist of a name part and an optional DNS subdomain prefix separated by one "/"';
  const name = parts.length === 2 ? parts[1] : parts[0];
  if (parts.length === 2 && (parts[0] === "" || !isDns1123Subdomain(parts[0]))) {
    return "the prefix part must be a lower-case DNS subdomain (e.g. example.com)";
  }
  if (name === "") return "the name part must be non-empty";
  if (name.length > 63) return "the name part must be no more than 63 characters";
  if (!QUALIFIED_NAME_PART.test(name)) {
    return "the name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  }
  return void 0;
}
function labelValueProblem(value) {
  if (value.length > 63) return "must be no more than 63 characters";
  if (!LABEL_VALUE.test(value)) {
    return "must be empty or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  }
  return void 0;
}

// src/manifests/rules/object-names.ts
var CONTROLLER_NAMESPACES = /* @__PURE__ */ new Set([
  CONTROLLER_NAMESPACE,
  "resource-group-system",
  "config-management-monitoring"
]);
var objectName = {
  name: "object-name",
  scope: "object",
  check: (o) => {
    if (isNamespaceObject(o)) return NO_FINDINGS;
    const valid = o.group === GROUPS.rbac ? isPathSegmentName(o.name) : isDns1123Subdomain(o.name);
    if (valid) return NO_FINDINGS;
    const rule = o.group === GROUPS.rbac ? 'RBAC configs MUST define a `metadata.name` that is not "." or ".." and contains no "/" or "%".' : "Configs MUST define a `metadata.name` that is shorter than 254 characters, consists of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character.";
    return [
      errorFinding(
        "KNV1036",
        o.source.file,
        o.source.locate(["metadata", "name"]),
        `${rule} Rename or remove the config: "${o.name}"`
      )
    ];
  }
};
var objectNamespace = {
  name: "object-namespace",
  scope: "object",
  check: (o) => isNamespaceObject(o) ? checkNamespaceObject(o) : checkMetadataNamespace(o)
};
function checkNamespaceObject(o) {
  if (!isDns1123Label(o.name)) return [invalidNamespace(o, o.name, ["metadata", "name"])];
  if (!CONTROLLER_NAMESPACES.has(o.name)) return NO_FINDINGS;
  return [
    errorFinding(
      "KNV1034",
      o.source.file,
      o.source.locate(["metadata", "name"]),
      `The "${o.name}" Namespace must not be declared`
    )
  ];
}
function checkMetadataNamespace(o) {
  const raw = o.source.object["metadata"]["namespace"];
  if (raw === void 0 || raw === null || raw === "") return NO_FINDINGS;
  if (typeof raw !== "string") {
    return [
      errorFinding(
        "KNV1055",
        o.source.file,
        o.source.locate(["metadata", "namespace"]),
        `metadata.namespace MUST be a string, found ${describeType(raw)}. To fix, add quotes around the value.`
      )
    ];
  }
  return isDns1123Label(raw) ? NO_FINDINGS : [invalidNamespace(o, raw, ["metadata", "namespace"])];
}
function invalidNamespace(o, value, path) {
  return errorFinding(
    "KNV1055",
    o.source.file,
    o.source.locate(path),
    `metadata.namespace MUST be valid Kubernetes Namespace names. Rename "${value}" so that it: 1. has a length of 63 characters or fewer; 2. consists only of lowercase letters (a-z), digits (0-9), and hyphen '-'; and 3. begins and ends with a lowercase letter or digit.`
  );
}

// src/manifests/rules/read-time.ts
var STATUS_EXEMPT_GROUP = "configmanagement.gke.io";
var statusField = {
  name: "status-field",
  check: (o) => {
    const status = o.object["status"];
    if (status === void 0 || status === null || isMap(status) && Object.keys(status).length === 0)
      return NO_FINDINGS;
    if (groupOf(o.object["apiVersion"]) === STATUS_EXEMPT_GROUP) return NO_FINDINGS;
    return [
      errorFinding(
        "KNV1045",
        o.file,
        o.locate(["status"]),
        'Configs with "status" specified are not allowed. To fix, either remove the config or remove the "status" field in the config.'
      )
    ];
  }
};
var stringMetadataValues = {
  name: "string-metadata-values",
  check: (o) => {
    const metadata = o.object["metadata"];
    if (allStrings(metadata["annotations"]) && allStrings(metadata["labels"])) return NO_FINDINGS;
    return [...nonStrings(o, metadata, "annotations"), ...nonStrings(o, metadata, "labels")];
  }
};
function allStrings(map) {
  if (!isMap(map)) return true;
  for (const key in map) if (typeof map[key] !== "string") return false;
  return true;
}
function nonStrings(o, metadata, field) {
  const map = metadata[field];
  if (!isMap(map)) return [];
  const findings = [];
  for (const key in map) {
    const value = map[key];
    if (typeof value === "string") continue;
    findings.push(
      errorFinding(
        "KNV1054",
        o.file,
        o.locate(["metadata", field, key]),
        `Values in metadata.${field} MUST be strings. To fix, add quotes around the values. Non-string value for metadata.${field}.${key}: ${describeValue(value)}.`
      )
    );
  }
  return findings;
}
function describeValue(value) {
  if (typeof value === "boolean")
    return "a boolean (unquoted true, false, yes, no, on and off are booleans in YAML 1.1)";
  if (typeof value === "number")
    return "a number (unquoted digits, 0644-style octal and 1.0-style decimals are numbers)";
  return describeType(value);
}

// src/manifests/rules/repo-object.ts
var ALLOWED_VERSIONS = /* @__PURE__ */ new Set(["1.0.0", "0.1.0"]);
var repoObject = {
  name: "repo-object",
  scope: "set",
  check: (ctx) => {
    const repos = ctx.objects.filter((o) => isKind(o, GROUPS.configManagement, "Repo"));
    if (repos.length === 0) {
      return ctx.readFailed ? [] : [errorFinding("KNV1017", "system/", 0, "The system/ directory must declare a Repo Resource.")];
    }
    if (repos.length > 1) return multipleSingletons(repos);
    return checkVersion(repos[0]);
  }
};
function multipleSingletons(objects) {
  const first = objects[0];
  const gk = first.group === "" ? first.kind : `${first.kind}.${first.group}`;
  return objects.map(
    (o) => errorFinding(
      "KNV2012",
      o.source.file,
      o.source.line,
      `Unsupported number of ${gk} resource found: ${objects.length}, want: 1.`
    )
  );
}
function checkVersion(repo) {
  const version = fieldAt(repo.source.object, ["spec", "version"]);
  const path = ["spec", "version"];
  if (version !== void 0 && version !== null && typeof version !== "string") {
    const message = `The following config could not be parsed as a ${repo.apiVersion}, Kind=Repo: spec.version must be a string, found ${describeType(version)}`;
    return [errorFinding("KNV1006", repo.source.file, repo.source.locate(path), message)];
  }
  const text = typeof version === "string" ? version : "";
  if (ALLOWED_VERSIONS.has(text)) return [];
  return [
    errorFinding(
      "KNV1027",
      repo.source.file,
      repo.source.locate(path),
      `Unsupported Repo spec.version: "${text}". Must use version "1.0.0"`
    )
  ];
}

// src/manifests/rules/required-fields.ts
var KNV2010 = "KNV2010";
var requiredFields = {
  name: "required-fields",
  check: (o) => isWellFormed(o.object) ? NO_FINDINGS : [...checkTypeMeta(o), ...checkMetadata(o)]
};
function isWellFormed(object) {
  const { apiVersion, kind, metadata } = object;
  if (typeof apiVersion !== "string" || apiVersion === "" || apiVersion.indexOf("/") !== apiVersion.lastIndexOf("/"))
    return false;
  if (typeof kind !== "string" || kind === "" || !isMap(metadata)) return false;
  const { name, annotations, labels } = metadata;
  return typeof name === "string" && name !== "" && isMapOrAbsent(annotations) && isMapOrAbsent(labels);
}
function isMapOrAbsent(value) {
  return value === void 0 || value === null || isMap(value);
}
function checkTypeMeta(o) {
  const findings = [];
  const apiVersion = requiredString(o, ["apiVersion"], findings);
  if (apiVersion !== void 0 && apiVersion.split("/").length > 2) {
    findings.push(
      errorFinding(
        KNV2010,
        o.file,
        o.locate(["apiVersion"]),
        `unexpected GroupVersion string: ${apiVersion}`
      )
    );
  }
  requiredString(o, ["kind"], findings);
  return findings;
}
function checkMetadata(o) {
  const metadata = o.object["metadata"];
  if (!isMap(metadata)) {
    const message = metadata === void 0 ? "resource does not define metadata" : `resource does not define metadata: metadata is ${describeType(metadata)}, expected a map`;
    return [errorFinding(KNV2010, o.file, o.locate(["metadata"]), message)];
  }
  const findings = [];
  requiredString(o, ["metadata", "name"], findings);
  for (const field of ["annotations", "labels"]) {
    const value = metadata[field];
    if (!isMapOrAbsent(value)) {
      const shown = typeof value === "string" ? value : JSON.stringify(value);
      findings.push(
        errorFinding(
          KNV2010,
          o.file,
          o.locate(["metadata", field]),
          `validating ${field}: not a map: ${shown}`
        )
      );
    }
  }
  return findings;
}
function requiredString(o, path, findings) {
  let value = o.object;
  for (const key of path) value = isMap(value) ? value[key] : void 0;
  const name = path.join(".");
  if (value === void 0 || value === null || value === "") {
    findings.push(errorFinding(KNV2010, o.file, o.locate(path), `missing field "${name}"`));
    return void 0;
  }
  if (typeof value !== "string") {
    findings.push(
      errorFinding(
        KNV2010,
        o.file,
        o.locate(path),
        `field "${name}" must be a string, found ${describeType(value)}`
      )
    );
    return void 0;
  }
  return value;
}

// src/manifests/rules/reserved-metadata.ts
var CONFIG_MANAGEMENT_PREFIX = "configmanagement.gke.io/";
var CONFIG_SYNC_PREFIX = "configsync.gke.io/";
var HNC_DEPTH_SUFFIX = ".tree.hnc.x-k8s.io/depth";
var SOURCE_ANNOTATIONS = /* @__PURE__ */ new Set([
  ANNOTATIONS.namespaceSelector,
  ANNOTATIONS.legacyClusterSelector,
  ANNOTATIONS.clusterNameSelector,
  ANNOTATIONS.managed,
  ANNOTATIONS.lifecycleMutation,
  ANNOTATIONS.deletionPropagation
]);
function hasReservedPrefix(key) {
  return key.startsWith(CONFIG_MANAGEMENT_PREFIX) || key.startsWith(CONFIG_SYNC_PREFIX);
}
var reservedAnnotations = {
  name: "reserved-annotations",
  scope: "object",
  check: (o) => {
    const invalid2 = keysWhere(o.annotations, (k) => hasReservedPrefix(k) && !SOURCE_ANNOTATIONS.has(k));
    if (invalid2 === void 0) return NO_FINDINGS;
    return [
      listFinding(
        o,
        "KNV1010",
        "annotations",
        invalid2,
        (list) => `Configs MUST NOT declare unsupported annotations starting with "${CONFIG_MANAGEMENT_PREFIX}" or "${CONFIG_SYNC_PREFIX}". The config has invalid annotations: ${list}`
      )
    ];
  }
};
var reservedLabels = {
  name: "reserved-labels",
  scope: "object",
  check: (o) => {
    const invalid2 = keysWhere(o.labels, hasReservedPrefix);
    if (invalid2 === void 0) return NO_FINDINGS;
    return [
      listFinding(
        o,
        "KNV1011",
        "labels",
        invalid2,
        (list) => `Configs MUST NOT declare labels starting with "${CONFIG_MANAGEMENT_PREFIX}" or "${CONFIG_SYNC_PREFIX}". The config has disallowed labels: ${list}`
      )
    ];
  }
};
var hncDepthLabels = {
  name: "hnc-depth-labels",
  scope: "object",
  check: (o) => {
    const invalid2 = keysWhere(o.labels, (k) => k.endsWith(HNC_DEPTH_SUFFIX));
    if (invalid2 === void 0) return NO_FINDINGS;
    return [
      listFinding(
        o,
        "KNV1057",
        "labels",
        invalid2,
        (list) => `Configs MUST NOT declare labels ending with "${HNC_DEPTH_SUFFIX}". The config has disallowed labels: ${list}`
      )
    ];
  }
};
var managementAnnotation = {
  name: "management-annotation",
  scope: "object",
  check: (o) => {
    const value = o.annotations[ANNOTATIONS.managed];
    if (value === void 0 || value === "disabled") return NO_FINDINGS;
    return [
      errorFinding(
        "KNV1005",
        o.source.file,
        o.source.locate(["metadata", "annotations", ANNOTATIONS.managed]),
        `Config has invalid management annotation ${ANNOTATIONS.managed}=${value}. If set, the value must be "disabled".`
      )
    ];
  }
};
function keysWhere(map, matches) {
  let found;
  for (const key in map) if (matches(key)) (found ??= []).push(key);
  return found;
}
function listFinding(o, code, field, keys, message) {
  const sorted = [...keys].sort();
  const list = sorted.map((k) => JSON.stringify(k)).join(", ");
  return errorFinding(code, o.source.file, o.source.locate(["metadata", field, sorted[0]]), message(list));
}

// src/manifests/rules/rsync-spec.ts
var GCP_SA_SUFFIX = ".iam.gserviceaccount.com";
var GIT_AUTH = ["ssh", "cookiefile", "gcenode", "token", "none", "gcpserviceaccount", "githubapp"];
var OCI_AUTH = ["gcenode", "gcpserviceaccount", "k8sserviceaccount", "none", "token"];
var OCI_WITHOUT_SECRET = ["gcenode", "gcpserviceaccount", "k8sserviceaccount", "none"];
var HELM_AUTH = ["gcenode", "gcpserviceaccount", "k8sserviceaccount", "none", "token"];
var SOURCE_FORMATS = {
  RootSync: ["", "hierarchy", "unstructured"],
  RepoSync: ["", "unstructured"]
};
function checkSyncSpec(object, kind) {
  const raw = object["spec"];
  const spec = isMap(raw) ? raw : {};
  const format = spec["sourceFormat"] ?? "";
  if (typeof format !== "string" || !SOURCE_FORMATS[kind].includes(format)) {
    const allowed = SOURCE_FORMATS[kind].filter((f) => f !== "").join(" or ");
    return {
      message: `${kind}s must specify spec.sourceFormat as ${allowed} (or leave it empty), found ${JSON.stringify(format)}`,
      path: ["spec", "sourceFormat"]
    };
  }
  const type = spec["sourceType"] ?? "git";
  let problem;
  if (type === "git") problem = checkGit(spec, kind);
  else if (type === "oci") problem = checkOci(spec, kind);
  else if (type === "helm") problem = checkHelm(spec, kind);
  else
    return {
      message: `${kind}s must specify spec.sourceType to be one of "git", "oci", "helm"`,
      path: ["spec", "sourceType"]
    };
  return problem ?? checkOverride(spec, kind);
}
function checkOverride(spec, kind) {
  const override = spec["override"];
  if (!isMap(override)) return void 0;
  const roleRefs = kind === "RootSync" && Array.isArray(override["roleRefs"]) ? override["roleRefs"] : [];
  const index = roleRefs.findIndex((r) => isMap(r) && r["kind"] === "Role" && !nonEmpty(r["namespace"]));
  if (index !== -1) {
    return {
      message: `${kind}s must specify 'spec.override.roleRefs.namespace' for role references with kind Role`,
      path: ["spec", "override", "roleRefs"]
    };
  }
  const resources = Array.isArray(override["resources"]) ? override["resources"] : [];
  for (const resource of resources) {
    if (!isMap(resource)) continue;
    const field = ["cpuRequest", "cpuLimit", "memoryRequest", "memoryLimit"].find(
      (f) => isNegative(resource[f])
    );
    if (field !== void 0)
      return {
        message: `${kind} field 'spec.override.resources.${field}' must not be negative`,
        path: ["spec", "override", "resources"]
      };
  }
  return void 0;
}
function isNegative(quantity) {
  return typeof quantity === "number" && quantity < 0 || typeof quantity === "string" && quantity.trim().startsWith("-");
}
function checkOci(spec, kind) {
  const oci = spec["oci"];
  if (!isMap(oci))
    return {
      message: `${kind}s must specify spec.oci when spec.sourceType is "oci"`,
      path: ["spec", "sourceType"]
    };
  if (!nonEmpty(oci["image"]))
    return {
      message: `${kind}s must specify spec.oci.image when spec.sourceType is "oci"`,
      path: ["spec", "oci"]
    };
  return checkAuth(oci, "oci", OCI_AUTH, kind) ?? checkSecretRef(oci, "oci", OCI_WITHOUT_SECRET, kind);
}
function checkGit(spec, kind) {
  const git = spec["git"];
  if (!isMap(git))
    return {
      message: `${kind}s must specify spec.git when spec.sourceType is "git"`,
      path: ["spec", "sourceType"]
    };
  if (!nonEmpty(git["repo"]))
    return {
      message: `${kind}s must specify spec.git.repo when spec.sourceType is "git"`,
      path: ["spec", "git"]
    };
  const auth = checkAuth(git, "git", GIT_AUTH, kind);
  if (auth !== void 0) return auth;
  if (nonEmpty(git["proxy"]) && !["none", "cookiefile", "token", "githubapp"].includes(git["auth"])) {
    return {
      message: `${kind}s which specify spec.git.proxy must also specify spec.git.auth as one of "none", "cookiefile", "token" or "githubapp"`,
      path: ["spec", "git", "proxy"]
    };
  }
  return checkSecretRef(git, "git", ["none", "gcenode", "gcpserviceaccount"], kind);
}
function checkHelm(spec, kind) {
  const helm = spec["helm"];
  if (!isMap(helm))
    return {
      message: `${kind}s must specify spec.helm when spec.sourceType is "helm"`,
      path: ["spec", "sourceType"]
    };
  if (!nonEmpty(helm["repo"]))
    return {
      message: `${kind}s must specify spec.helm.repo when spec.sourceType is "helm"`,
      path: ["spec", "helm"]
    };
  if (!nonEmpty(helm["chart"]))
    return {
      message: `${kind}s must specify spec.helm.chart when spec.sourceType is "helm"`,
      path: ["spec", "helm"]
    };
  if (helm["chart"].includes("/"))
    return {
      message: `${kind} field spec.helm.chart must not contain a slash (/)`,
      path: ["spec", "helm", "chart"]
    };
  const auth = checkAuth(helm, "helm", HELM_AUTH, kind);
  if (auth !== void 0) return auth;
  if (helm["auth"] === "token") return checkSecretRef(helm, "helm", [], kind);
  const secretRef = checkSecretRef(helm, "helm", HELM_AUTH, kind);
  if (secretRef !== void 0) return secretRef;
  if (kind === "RootSync" && nonEmpty(helm["namespace"]) && nonEmpty(helm["deployNamespace"])) {
    return {
      message: `${kind}s must specify only one of 'spec.helm.namespace' or 'spec.helm.deployNamespace'`,
      path: ["spec", "helm", "deployNamespace"]
    };
  }
  const refs = Array.isArray(helm["valuesFileRefs"]) ? helm["valuesFileRefs"] : [];
  if (refs.some((ref) => !isMap(ref) || !nonEmpty(ref["name"]))) {
    return {
      message: `${kind}s must specify spec.helm.valuesFileRefs.name`,
      path: ["spec", "helm", "valuesFileRefs"]
    };
  }
  return void 0;
}
function checkAuth(source, type, allowed, kind) {
  const auth = source["auth"];
  const path = ["spec", type, "auth"];
  if (typeof auth !== "string" || !allowed.includes(auth)) {
    return { message: `${kind}s must specify spec.${type}.auth to be one of ${allowed.join(",")}`, path };
  }
  if (auth !== "gcpserviceaccount") return void 0;
  const email = source["gcpServiceAccountEmail"];
  const emailPath = ["spec", type, "gcpServiceAccountEmail"];
  if (!nonEmpty(email)) {
    return {
      message: `${kind}s which specify spec.${type}.auth as "gcpserviceaccount" must also specify spec.${type}.gcpServiceAccountEmail`,
      path
    };
  }
  if (!isGcpServiceAccountEmail(email)) {
    return {
      message: `${kind}s which specify spec.${type}.auth as "gcpserviceaccount" must use suffix <gcp_serviceaccount_name>.[${GCP_SA_SUFFIX}]`,
      path: emailPath
    };
  }
  return void 0;
}
function checkSecretRef(source, type, without, kind) {
  const hasRef = nonEmpty(fieldAt(source, ["secretRef", "name"]));
  const auth = source["auth"];
  const path = ["spec", type, "secretRef"];
  if (without.includes(auth)) {
    if (!hasRef) return void 0;
    return {
      message: `${kind}s which specify spec.${type}.auth as one of "none", "gcenode", or "gcpserviceaccount" must not specify spec.${type}.secretRef`,
      path
    };
  }
  if (hasRef) return void 0;
  return {
    message: `${kind}s which specify spec.${type}.auth as one of "ssh", "cookiefile", "githubapp", or "token" must also specify spec.${type}.secretRef`,
    path: ["spec", type, "auth"]
  };
}
function isGcpServiceAccountEmail(email) {
  const parts = email.split("@");
  if (parts.length !== 2) return false;
  const [local, domain] = parts;
  return local.length >= 6 && local.length <= 30 && domain.endsWith(GCP_SA_SUFFIX);
}
function nonEmpty(value) {
  return typeof value === "string" && value !== "";
}

// src/manifests/rules/rsync-objects.ts
var LONG_ROOT_SYNC_NAME_CODE = "CSO1002";
var MAX_ROOT_SYNC_NAME = 38;
var MAX_REPO_SYNC_NAME_AND_NAMESPACE = 45;
var DOCUMENTED_ROOT_SYNC_NAME = 26;
var DELETION_POLICIES = /* @__PURE__ */ new Set(["Foreground", "Orphan"]);
var rsyncObjects = {
  name: "rsync-objects",
  scope: "object",
  kinds: /* @__PURE__ */ new Set(["RootSync", "RepoSync"]),
  check: (o, ctx) => {
    const kind = isKind(o, GROUPS.configSync, "RootSync") ? "RootSync" : isKind(o, GROUPS.configSync, "RepoSync") ? "RepoSync" : void 0;
    if (kind === void 0) return NO_FINDINGS;
    const findings = kind === "RootSync" ? rootSyncMetadata(o, ctx) : repoSyncMetadata(o, ctx);
    const policy = o.annotations[ANNOTATIONS.deletionPropagation];
    if (policy !== void 0 && !DELETION_POLICIES.has(policy)) {
      const message = `${kind}s which specify the annotation "${ANNOTATIONS.deletionPropagation}" must use one of the values "Foreground" or "Orphan"`;
      findings.push(invalidSync(o, ["metadata", "annotations", ANNOTATIONS.deletionPropagation], message));
    }
    const problem = checkSyncSpec(o.source.object, kind);
    if (problem !== void 0) findings.push(invalidSync(o, problem.path, problem.message));
    return findings;
  }
};
function rootSyncMetadata(o, ctx) {
  const findings = [];
  const namespace = effectiveNamespace(o, ctx);
  if (namespace !== CONTROLLER_NAMESPACE) {
    const message = `RootSync objects are only allowed in the ${CONTROLLER_NAMESPACE} namespace, not in ${namespace === "" ? '""' : namespace}`;
    findings.push(invalidSync(o, ["metadata", "namespace"], message));
  }
  const length = o.name.length;
  if (length > MAX_ROOT_SYNC_NAME) {
    findings.push(
      invalidSync(
        o,
        ["metadata", "name"],
        `maximum length of RootSync name is ${MAX_ROOT_SYNC_NAME}, but found ${length}`
      )
    );
  } else if (length > DOCUMENTED_ROOT_SYNC_NAME) {
    findings.push({
      code: LONG_ROOT_SYNC_NAME_CODE,
      severity: SEVERITY.warning,
      file: o.source.file,
      line: o.source.locate(["metadata", "name"]),
      message: `RootSync name "${o.name}" is ${length} characters: current Config Sync accepts up to ${MAX_ROOT_SYNC_NAME}, but Google's documentation and older releases allow at most ${DOCUMENTED_ROOT_SYNC_NAME}, where a longer name fails to sync (KNV2009 on the inventory label).`
    });
  }
  return findings;
}
function repoSyncMetadata(o, ctx) {
  const namespace = effectiveNamespace(o, ctx);
  if (namespace === CONTROLLER_NAMESPACE) {
    return [
      invalidSync(
        o,
        ["metadata", "namespace"],
        `RepoSync objects are not allowed in the ${CONTROLLER_NAMESPACE} namespace`
      )
    ];
  }
  const length = o.name.length + namespace.length;
  if (length <= MAX_REPO_SYNC_NAME_AND_NAMESPACE) return [];
  const message = `maximum combined length of RepoSync name and namespace is ${MAX_REPO_SYNC_NAME_AND_NAMESPACE}, but found ${length}`;
  return [invalidSync(o, ["metadata", "name"], message)];
}
function effectiveNamespace(o, ctx) {
  if (o.declaredNamespace !== "") return o.declaredNamespace;
  if (ctx.sourceFormat === "unstructured") return defaultNamespaceOf(ctx.scope);
  return topLevelDirectoryOf(o) === "namespaces" ? directoryBaseOf(o) : "";
}
function invalidSync(o, path, message) {
  return errorFinding("KNV1061", o.source.file, o.source.locate(path), `${message} (${o.kind} ${o.name})`);
}

// src/manifests/rules/secrets.ts
var SECRET_IN_ARTIFACT_CODE = "CSO1001";
var secretsInArtifact = {
  name: "secrets-in-artifact",
  scope: "object",
  kinds: /* @__PURE__ */ new Set(["Secret"]),
  check: (o, ctx) => {
    if (ctx.allowSecrets || !isKind(o, GROUPS.core, "Secret")) return NO_FINDINGS;
    const field = ["data", "stringData"].find((f) => hasValues(o.source.object[f]));
    if (field === void 0) return NO_FINDINGS;
    return [
      errorFinding(
        SECRET_IN_ARTIFACT_CODE,
        o.source.file,
        o.source.locate([field]),
        `Secret "${describe2(o)}" has ${field}: anyone who can pull the image can read it (registry pull access is not Kubernetes RBAC, and image layers are not encrypted). Keep secret values out of the source (External Secrets, the Secrets Store CSI driver, sealed secrets), or publish it anyway with allow-secrets: true (CLI: --allow-secrets).`
      )
    ];
  }
};
function hasValues(value) {
  if (value === void 0 || value === null) return false;
  return !isMap(value) || Object.keys(value).length > 0;
}
function describe2(o) {
  return o.declaredNamespace === "" ? o.name : `${o.declaredNamespace}/${o.name}`;
}

// src/manifests/rules/self-reconcile.ts
var selfReconcile = {
  name: "self-reconcile",
  scope: "object",
  kinds: /* @__PURE__ */ new Set(["RootSync", "RepoSync"]),
  check: (o, ctx) => {
    let reconciler;
    if (isKind(o, GROUPS.configSync, "RootSync")) reconciler = rootReconcilerName(o.name);
    else if (isKind(o, GROUPS.configSync, "RepoSync"))
      reconciler = namespaceReconcilerName(o.declaredNamespace, o.name);
    else return NO_FINDINGS;
    if (reconciler !== reconcilerNameOf(ctx.scope)) return NO_FINDINGS;
    return [
      errorFinding(
        "KNV1069",
        o.source.file,
        o.source.locate(["metadata", "name"]),
        `${o.kind} ${o.declaredNamespace}/${o.name} must not manage itself in its repo`
      )
    ];
  }
};

// src/manifests/rules/index.ts
var READ_RULES = [requiredFields, statusField, stringMetadataValues];
var UNSTRUCTURED_RAW_RULES = [
  reservedAnnotations,
  reservedLabels,
  unsupportedKinds,
  hierarchyOnlyKinds,
  deprecatedKinds,
  objectName,
  objectNamespace,
  managementAnnotation,
  customResourceDefinitions,
  selfReconcile,
  disallowedFields,
  clusterSelectorObjects
];
var HIERARCHY_RAW_RULES = [
  reservedAnnotations,
  reservedLabels,
  unsupportedKinds,
  deprecatedKinds,
  objectName,
  objectNamespace,
  directoryRule,
  hncDepthLabels,
  managementAnnotation,
  customResourceDefinitions,
  selfReconcile,
  disallowedFields,
  clusterSelectorObjects,
  repoObject
];
var ARTIFACT_RULES = [secretsInArtifact, rsyncObjects, noObjects];
function rawRulesFor(format) {
  return format === "hierarchy" ? HIERARCHY_RAW_RULES : UNSTRUCTURED_RAW_RULES;
}

// src/manifests/hierarchy/namespace-directories.ts
function assignDirectoryNamespaces(objects) {
  const namespaces = /* @__PURE__ */ new Set();
  for (const o of objects) {
    if (isNamespaceObject(o) && topLevelDirectoryOf(o) === "namespaces" && o.name === directoryBaseOf(o))
      namespaces.add(o.name);
  }
  return objects.map((o) => {
    if (o.namespace !== "" || topLevelDirectoryOf(o) !== "namespaces" || isNamespaceObject(o) || isNamespaceSelector(o))
      return o;
    const dir = directoryBaseOf(o);
    return namespaces.has(dir) ? withNamespace(o, dir) : o;
  });
}

// src/manifests/hierarchy/hierarchy-config.ts
function checkHierarchyConfigs(configs, cluster) {
  const clusterKinds = new Set(cluster.map((o) => `${o.group}/${o.kind}`));
  const findings = [];
  for (const config of configs) {
    const entries = readEntries(config);
    if ("finding" in entries) {
      findings.push(entries.finding);
      continue;
    }
    for (const entry of entries.list) findings.push(...checkEntry(config, entry, clusterKinds));
  }
  return findings;
}
function inheritanceModes(configs) {
  const modes = /* @__PURE__ */ new Map();
  for (const config of configs) {
    const entries = readEntries(config);
    if ("finding" in entries) continue;
    for (const entry of entries.list)
      for (const kind of entry.kinds)
        modes.set(`${entry.group}/${kind}`, entry.mode === "none" ? "none" : "inherit");
  }
  return modes;
}
function checkEntry(config, entry, clusterKinds) {
  const findings = [];
  const kinds = entry.kinds.length === 0 ? [""] : entry.kinds;
  const at = (field) => config.source.locate(["spec", "resources", entry.index, field]);
  if (entry.mode !== "" && entry.mode !== "none" && entry.mode !== "inherit") {
    const message = `HierarchyMode "${entry.mode}" is not a valid value for the APIResource "${groupKind(entry.group, kinds[0])}". Allowed values are [none,inherit].`;
    findings.push(errorFinding("KNV1042", config.source.file, at("hierarchyMode"), message));
  }
  for (const kind of kinds) {
    const gk = groupKind(entry.group, kind);
    if (entry.group === "" && kind === "Namespace" || entry.group === "configmanagement.gke.io" || kind === "") {
      findings.push(
        errorFinding(
          "KNV1041",
          config.source.file,
          at("kinds"),
          `The "${gk}" APIResource MUST NOT be declared in a HierarchyConfig.`
        )
      );
    } else if (clusterKinds.has(`${entry.group}/${kind}`)) {
      const message = `This HierarchyConfig references the APIResource "${gk}" which has Cluster scope. Cluster scoped objects are not permitted in HierarchyConfig.`;
      findings.push(errorFinding("KNV1046", config.source.file, at("kinds"), message));
    }
  }
  return findings;
}
function readEntries(config) {
  const resources = fieldAt(config.source.object, ["spec", "resources"]);
  if (resources === void 0 || resources === null) return { list: [] };
  const malformed = (path, what) => ({
    finding: errorFinding(
      "KNV1006",
      config.source.file,
      config.source.locate(path),
      `The following config could not be parsed as a ${config.apiVersion}, Kind=HierarchyConfig: ${what}`
    )
  });
  if (!Array.isArray(resources))
    return malformed(["spec", "resources"], `spec.resources must be a list, found ${describeType(resources)}`);
  const list = [];
  for (let index = 0; index < resources.length; index++) {
    const r = resources[index];
    if (!isMap(r)) return malformed(["spec", "resources", index], `spec.resources[${index}] must be a map`);
    const group = r["group"] ?? "";
    const kindList = r["kinds"] ?? [];
    const hierarchyMode = r["hierarchyMode"] ?? "";
    if (typeof group !== "string" || typeof hierarchyMode !== "string" || !Array.isArray(kindList) || kindList.some((k) => typeof k !== "string")) {
      return malformed(
        ["spec", "resources", index],
        `spec.resources[${index}] needs a string group, a list of string kinds and a string hierarchyMode`
      );
    }
    list.push({ group, kinds: kindList, mode: hierarchyMode, index });
  }
  return { list };
}

// src/manifests/selection/label-selector.ts
var OPERATORS = /* @__PURE__ */ new Set(["In", "NotIn", "Exists", "DoesNotExist"]);
function readLabelSelector(value) {
  if (value === void 0 || value === null) return { selector: selectorOf([]) };
  if (!isMap(value)) return { malformed: `selector must be a map, found ${describeType(value)}`, path: [] };
  const requirements = [];
  const labels = readMatchLabels(value["matchLabels"], requirements);
  if (labels !== void 0) return labels;
  const expressions = readExpressions(value["matchExpressions"], requirements);
  if (expressions !== void 0) return expressions;
  for (const r of requirements) {
    const problem = requirementProblem(r);
    if (problem !== void 0)
      return {
        invalid: problem,
        path: r.operator === "Equals" ? ["matchLabels", r.key] : ["matchExpressions"]
      };
  }
  return { selector: selectorOf(requirements) };
}
function readMatchLabels(value, into) {
  if (value === void 0 || value === null) return void 0;
  if (!isMap(value))
    return { malformed: `matchLabels must be a map, found ${describeType(value)}`, path: ["matchLabels"] };
  for (const key of Object.keys(value).sort()) {
    const v = value[key];
    if (typeof v !== "string")
      return {
        malformed: `matchLabels.${key} must be a string, found ${describeType(v)}`,
        path: ["matchLabels", key]
      };
    into.push({ key, operator: "Equals", values: [v] });
  }
  return void 0;
}
function readExpressions(value, into) {
  if (value === void 0 || value === null) return void 0;
  if (!Array.isArray(value))
    return {
      malformed: `matchExpressions must be a list, found ${describeType(value)}`,
      path: ["matchExpressions"]
    };
  for (let i = 0; i < value.length; i++) {
    const e = value[i];
    const path = ["matchExpressions", i];
    if (!isMap(e)) return { malformed: `matchExpressions[${i}] must be a map`, path };
    const { key, operator, values = [] } = e;
    if (typeof key !== "string" || typeof operator !== "string")
      return { malformed: `matchExpressions[${i}] needs string key and operator`, path };
    if (values !== null && (!Array.isArray(values) || values.some((v) => typeof v !== "string"))) {
      return { malformed: `matchExpressions[${i}].values must be a list of strings`, path };
    }
    if (!OPERATORS.has(operator))
      return { invalid: `"${operator}" is not a valid label selector operator`, path };
    into.push({ key, operator, values: values ?? [] });
  }
  return void 0;
}
function requirementProblem(r) {
  const keyProblem = qualifiedNameProblem(r.key);
  if (keyProblem !== void 0) return `key: Invalid value: "${r.key}": ${keyProblem}`;
  if ((r.operator === "In" || r.operator === "NotIn") && r.values.length === 0) {
    return `values: Invalid value: []: for 'in', 'notin' operators, values set can't be empty (key "${r.key}")`;
  }
  if ((r.operator === "Exists" || r.operator === "DoesNotExist") && r.values.length > 0) {
    return `values: Invalid value: ${JSON.stringify(r.values)}: values set must be empty for exists and does not exist (key "${r.key}")`;
  }
  for (const v of r.values) {
    const problem = labelValueProblem(v);
    if (problem !== void 0) return `values[0]: Invalid value: "${v}": ${problem}`;
  }
  return void 0;
}
function selectorOf(requirements) {
  return {
    empty: requirements.length === 0,
    matches: (labels) => requirements.every((r) => matchesRequirement(r, labels))
  };
}
function matchesRequirement(r, labels) {
  const has = Object.hasOwn(labels, r.key);
  const value = has ? labels[r.key] : void 0;
  switch (r.operator) {
    case "Equals":
    case "In":
      return has && r.values.includes(value);
    case "NotIn":
      return !has || !r.values.includes(value);
    case "Exists":
      return has;
    case "DoesNotExist":
      return !has;
  }
}

// src/manifests/selection/selector-objects.ts
function readSelectorObject(o) {
  const reading = readLabelSelector(fieldAt(o.source.object, ["spec", "selector"]));
  if ("selector" in reading) {
    if (!reading.selector.empty) return reading;
    const message = `${o.kind}s MUST define \`spec.selector\` with at least one requirement (an empty selector would select everything): ${o.kind} "${o.name}"`;
    return { finding: errorFinding("KNV1014", o.source.file, o.source.locate(["spec", "selector"]), message) };
  }
  const line = o.source.locate(["spec", "selector", ...reading.path]);
  if ("malformed" in reading) {
    return {
      finding: errorFinding(
        "KNV1006",
        o.source.file,
        line,
        `The following config could not be parsed as a ${o.apiVersion}, Kind=${o.kind}: spec.${reading.malformed}`
      )
    };
  }
  return {
    finding: errorFinding(
      "KNV1014",
      o.source.file,
      line,
      `${o.kind} has validation errors that must be corrected: ${reading.invalid}`
    )
  };
}
function readSelectorMode(o) {
  const mode = fieldAt(o.source.object, ["spec", "mode"]);
  const line = o.source.locate(["spec", "mode"]);
  if (mode === void 0 || mode === null || mode === "" || mode === "static") return "static";
  if (mode === "dynamic") return "dynamic";
  if (typeof mode !== "string") {
    return errorFinding(
      "KNV1006",
      o.source.file,
      line,
      `The following config could not be parsed as a ${o.apiVersion}, Kind=${o.kind}: spec.mode must be a string, found ${describeType(mode)}`
    );
  }
  return errorFinding(
    "KNV1014",
    o.source.file,
    line,
    `Unknown mode "${mode}" defined in NamespaceSelector "${o.name}". To fix, please use either "static" or "dynamic".`
  );
}

// src/manifests/hierarchy/tree.ts
var SYSTEM = "system";
var CLUSTER = "cluster";
var NAMESPACES = "namespaces";
function isNamespaceNode(node) {
  return node.objects.some(isNamespaceObject);
}
function buildTree(scoped) {
  const findings = [];
  const parts = {
    hierarchyConfigs: [],
    namespaceSelectors: /* @__PURE__ */ new Map(),
    cluster: []
  };
  const inTree = [];
  const place = (o, dir) => {
    if (dir === SYSTEM) {
      if (isKind(o, GROUPS.configManagement, "HierarchyConfig")) parts.hierarchyConfigs.push(o);
    } else if (dir === CLUSTER) parts.cluster.push(o);
    else if (isNamespaceSelector(o)) parts.namespaceSelectors.set(o.name, o);
    else inTree.push(o);
  };
  for (const o of scoped.cluster) {
    const wrong = wrongTopLevel(o, expectedTopLevel(o));
    if (wrong === void 0) place(o, topLevelDirectoryOf(o));
    else findings.push(wrong);
  }
  for (const o of scoped.unknown) {
    const dir = topLevelDirectoryOf(o);
    if (dir === CLUSTER || dir === NAMESPACES) place(o, dir);
    else findings.push(unknownOutsideTree(o, dir));
  }
  for (const o of scoped.namespaced) {
    const wrong = wrongTopLevel(o, NAMESPACES);
    if (wrong === void 0) inTree.push(o);
    else findings.push(wrong);
  }
  if (findings.length > 0) return { findings };
  return { tree: { ...parts, root: treeOf(inTree) } };
}
function expectedTopLevel(o) {
  if (o.group === GROUPS.configManagement && (o.kind === "Repo" || o.kind === "HierarchyConfig"))
    return SYSTEM;
  if (isNamespaceObject(o) || isNamespaceSelector(o)) return NAMESPACES;
  return CLUSTER;
}
var SHOULD_BE_IN = {
  [SYSTEM]: "Repo and HierarchyConfig configs MUST be declared in `system/`.",
  [CLUSTER]: "Cluster-scoped configs except Namespaces MUST be declared in `cluster/`.",
  [NAMESPACES]: "Namespace-scoped and Namespace configs MUST be declared in `namespaces/`."
};
function wrongTopLevel(o, expected) {
  if (topLevelDirectoryOf(o) === expected) return void 0;
  return errorFinding(
    "KNV1039",
    o.source.file,
    o.source.line,
    `${SHOULD_BE_IN[expected]} To fix, move the ${o.kind} to \`${expected}/\`.`
  );
}
function unknownOutsideTree(o, dir) {
  const gk = groupKind(o.group, o.kind);
  return errorFinding(
    "KNV1039",
    o.source.file,
    o.source.line,
    `The ${gk} config is in \`${dir}/\`, where only Repo, HierarchyConfig, Cluster and ClusterSelector configs belong. To fix, move it to \`cluster/\` (cluster-scoped) or \`namespaces/\` (namespaced).`
  );
}
function treeOf(objects) {
  const nodes = /* @__PURE__ */ new Map();
  const nodeAt = (path) => {
    let node = nodes.get(path);
    if (node !== void 0) return node;
    node = { path, name: path.slice(path.lastIndexOf("/") + 1), objects: [], children: [] };
    nodes.set(path, node);
    const slash = path.lastIndexOf("/");
    if (slash !== -1) nodeAt(path.slice(0, slash)).children.push(node);
    return node;
  };
  const root = nodeAt(NAMESPACES);
  for (const o of objects) nodeAt(directoryOf(o)).objects.push(o);
  for (const node of nodes.values())
    node.children.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return root;
}

// src/manifests/hierarchy/inheritance.ts
function inheritObjects(tree, modes) {
  const findings = [];
  const visit2 = (node, inherited) => {
    const namespace = node.objects.find(isNamespaceObject);
    if (namespace !== void 0) {
      for (const child of node.children) findings.push(namespaceSubdirectory(namespace, node, child));
      appendAll(node.objects, inherited);
      return;
    }
    for (const o of node.objects) {
      if (modes.get(`${o.group}/${o.kind}`) === "none" && o.group !== GROUPS.configManagement)
        findings.push(abstractObject(o));
    }
    for (const child of node.children) visit2(child, [...inherited, ...node.objects]);
  };
  visit2(tree.root, []);
  return findings;
}
function applyNamespaceSelectors(tree) {
  const selectors = /* @__PURE__ */ new Map();
  const findings = [];
  for (const [name, o] of tree.namespaceSelectors) {
    const mode = readSelectorMode(o);
    if (mode === "dynamic") findings.push(dynamicMode(o));
    else if (typeof mode !== "string") findings.push(mode);
    else {
      const reading = readSelectorObject(o);
      if ("finding" in reading) findings.push(reading.finding);
      else selectors.set(name, reading.selector);
    }
  }
  if (findings.length > 0) return findings;
  const walk = (node) => {
    const namespace = node.objects.find(isNamespaceObject);
    if (namespace === void 0) {
      for (const child of node.children) walk(child);
      return;
    }
    const kept = node.objects.filter((o) => {
      const name = o.annotations[ANNOTATIONS.namespaceSelector];
      return isNamespaceObject(o) || name === void 0 || selectors.get(name)?.matches(namespace.labels) === true;
    });
    node.objects.length = 0;
    appendAll(node.objects, kept);
  };
  walk(tree.root);
  return findings;
}
function flattenTree(tree) {
  const result = [...tree.cluster];
  const walk = (node) => {
    if (isNamespaceNode(node)) {
      for (const o of node.objects) result.push(isNamespaceObject(o) ? o : withNamespace(o, node.name));
      return;
    }
    for (const child of node.children) walk(child);
  };
  walk(tree.root);
  return result;
}
function namespaceSubdirectory(namespace, parent, child) {
  return errorFinding(
    "KNV1003",
    namespace.source.file,
    namespace.source.line,
    `A Namespace directory MUST NOT have subdirectories. Restructure "${parent.name}" so that it does not have subdirectory "${child.name}" (${child.path}).`
  );
}
function abstractObject(o) {
  return errorFinding(
    "KNV1007",
    o.source.file,
    o.source.line,
    `Config "${o.name}" illegally declared in an abstract namespace directory. Move this config to a namespace directory: its kind has hierarchyMode none in a HierarchyConfig.`
  );
}
function dynamicMode(o) {
  return errorFinding(
    "KNV1014",
    o.source.file,
    o.source.locate(["spec", "mode"]),
    "NamespaceSelector MUST NOT use the dynamic mode with the hierarchy source format. To fix, either switch to the unstructured source format, or remove `spec.mode` from the NamespaceSelector."
  );
}

// src/manifests/selection/namespace-selection.ts
function selectNamespaces(scoped, scope) {
  const selected = selectedNamespaces(scoped.cluster);
  if ("findings" in selected) return { scoped, findings: selected.findings };
  const findings = [];
  const namespaced = [];
  for (const o of scoped.namespaced) {
    const selectorName = o.annotations[ANNOTATIONS.namespaceSelector];
    if (selectorName === void 0) {
      namespaced.push(o.namespace === "" ? withNamespace(o, defaultNamespaceOf(scope)) : o);
      continue;
    }
    const namespaces = selected.byName.get(selectorName);
    if (namespaces === void 0) findings.push(unknownNamespaceSelector(o, selectorName));
    else for (const ns of namespaces) namespaced.push(withNamespace(o, ns));
  }
  if (findings.length > 0) return { scoped, findings };
  return {
    scoped: { ...scoped, cluster: scoped.cluster.filter((o) => !isNamespaceSelector(o)), namespaced },
    findings: []
  };
}
function unknownNamespaceSelector(o, selectorName) {
  return errorFinding(
    "KNV1013",
    o.source.file,
    o.source.locate(["metadata", "annotations", ANNOTATIONS.namespaceSelector]),
    `Config "${o.name}" MUST refer to an existing NamespaceSelector, but has annotation "${ANNOTATIONS.namespaceSelector}=${selectorName}" which maps to no declared NamespaceSelector`
  );
}
function selectedNamespaces(cluster) {
  const namespaces = cluster.filter(isNamespaceObject);
  const byName = /* @__PURE__ */ new Map();
  const findings = [];
  for (const o of cluster) {
    if (!isNamespaceSelector(o)) continue;
    const reading = readSelectorObject(o);
    if ("finding" in reading) {
      findings.push(reading.finding);
      continue;
    }
    const mode = readSelectorMode(o);
    if (typeof mode !== "string") findings.push(mode);
    byName.set(
      o.name,
      namespaces.filter((ns) => reading.selector.matches(ns.labels)).map((ns) => ns.name)
    );
  }
  return findings.length > 0 ? { findings } : { byName };
}

// src/manifests/hierarchy/tree-checks.ts
function checkInheritance(tree) {
  const findings = [];
  visit(tree.root, findings);
  return findings;
}
function visit(node, findings) {
  const namespaces = node.objects.filter(isNamespaceObject);
  if (namespaces.length > 1) findings.push(...multipleSingletons(namespaces));
  if (namespaces.length > 0) return true;
  let descendant = false;
  for (const child of node.children) descendant = visit(child, findings) || descendant;
  const first = firstObject(node);
  if (first === void 0) return descendant;
  if (node.children.length === 0) {
    const message = `The directory "${node.name}" has configs, but is missing a Namespace config. All bottom level subdirectories MUST have a Namespace config.`;
    findings.push(errorFinding("KNV1044", first.source.file, first.source.line, message));
  } else if (!descendant) {
    const message = `The AbstractNamespace directory named "${node.name}" has resources and subdirectories, but none of its subdirectories are Namespaces. An AbstractNamespace MUST have at least one Namespace subdirectory.`;
    findings.push(errorFinding("KNV1044", first.source.file, first.source.line, message));
  }
  return descendant;
}
function checkNamespaceSelectorPlacement(tree) {
  const findings = [];
  const walk = (node) => {
    for (const o of node.objects) {
      const name = o.annotations[ANNOTATIONS.namespaceSelector];
      if (name === void 0 || isNamespaceObject(o)) continue;
      const selector = tree.namespaceSelectors.get(name);
      if (selector === void 0) findings.push(unknownNamespaceSelector(o, name));
      else if (!o.source.file.startsWith(directoryOf(selector))) findings.push(notInAncestor(o, selector));
    }
    if (node.objects.some(isNamespaceObject)) {
      for (const selector of tree.namespaceSelectors.values()) {
        if (directoryOf(selector) !== node.path) continue;
        findings.push(
          errorFinding(
            "KNV1038",
            selector.source.file,
            selector.source.line,
            "Configs of the below Kind MUST not be declared in `namespaces`/: NamespaceSelector in a Namespace directory. To fix, move it to an abstract namespace directory above."
          )
        );
      }
    }
    for (const child of node.children) walk(child);
  };
  walk(tree.root);
  return findings;
}
function notInAncestor(o, selector) {
  return errorFinding(
    "KNV1013",
    o.source.file,
    o.source.locate(["metadata", "annotations", ANNOTATIONS.namespaceSelector]),
    `Config "${o.name}" MUST refer to a NamespaceSelector in its directory or a parent directory. Either remove the annotation "${ANNOTATIONS.namespaceSelector}=${selector.name}" from "${o.name}" or move NamespaceSelector "${selector.name}" (${selector.source.file}) to a parent directory of "${o.name}".`
  );
}
function firstObject(node) {
  let first;
  for (const o of node.objects) {
    if (first === void 0 || o.source.file < first.source.file || o.source.file === first.source.file && o.source.line < first.source.line)
      first = o;
  }
  return first;
}

// src/manifests/hierarchy/tree-stage.ts
function runTreeStage(scoped) {
  const built = buildTree(scoped);
  if ("findings" in built) return built;
  const { tree } = built;
  const invalid2 = [
    ...checkHierarchyConfigs(tree.hierarchyConfigs, tree.cluster),
    ...checkInheritance(tree),
    ...checkNamespaceSelectorPlacement(tree)
  ];
  if (invalid2.length > 0) return { findings: invalid2 };
  const hydration = [
    ...inheritObjects(tree, inheritanceModes(tree.hierarchyConfigs)),
    ...applyNamespaceSelectors(tree)
  ];
  if (hydration.length > 0) return { findings: hydration };
  return { objects: flattenTree(tree) };
}

// src/manifests/rules/dependency-cycles.ts
function findCycles(graph) {
  const index = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const onStack = /* @__PURE__ */ new Set();
  const stack = [];
  const cycles = [];
  let next = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const frames = [];
    const visit2 = (v) => {
      index.set(v, next);
      low.set(v, next++);
      stack.push(v);
      onStack.add(v);
      frames.push({ v, it: (graph.get(v) ?? /* @__PURE__ */ new Set()).values() });
    };
    visit2(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const step = frame.it.next();
      if (!step.done) {
        const w = step.value;
        if (!index.has(w)) visit2(w);
        else if (onStack.has(w)) low.set(frame.v, Math.min(low.get(frame.v), index.get(w)));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== void 0) low.set(parent.v, Math.min(low.get(parent.v), low.get(frame.v)));
      if (low.get(frame.v) === index.get(frame.v)) {
        const cycle = component(frame.v, stack, onStack, graph);
        if (cycle !== void 0) cycles.push(cycle);
      }
    }
  }
  return cycles;
}
function component(root, stack, onStack, graph) {
  const members = [];
  for (; ; ) {
    const w = stack.pop();
    onStack.delete(w);
    members.push(w);
    if (w === root) break;
  }
  const isCycle = members.length > 1 || graph.get(root)?.has(root) === true;
  return isCycle ? members.sort() : void 0;
}

// src/manifests/rules/dependency-references.ts
function keyOf(r) {
  return `${r.group}\0${r.kind}\0${r.namespace}\0${r.name}`;
}
function formatReference(r) {
  return r.namespace === "" ? `${r.group}/${r.kind}/${r.name}` : `${r.group}/namespaces/${r.namespace}/${r.kind}/${r.name}`;
}
function dependencyEdges(annotation, value, loadYaml) {
  return annotation === ANNOTATIONS.dependsOn ? parseDependsOn(value) : parseMutation(value, loadYaml);
}
function parseDependsOn(value) {
  const references = [];
  const items = value.split(",");
  for (let i = 0; i < items.length; i++) {
    const text = items[i].trim();
    const fields = text.split("/");
    const fail = (why) => ({
      error: `failed to parse object reference (index: ${i}): ${why}`
    });
    if (fields.length !== 3 && fields.length !== 5)
      return fail(`expected 3 or 5 fields, found ${fields.length}: ${JSON.stringify(text)}`);
    if (fields.length === 5 && fields[1] !== "namespaces")
      return fail(`missing "namespaces" field: ${JSON.stringify(text)}`);
    const [group, kind, name] = fields.length === 3 ? [fields[0], fields[1], fields[2]] : [fields[0], fields[3], fields[4]];
    if (kind === "" || name === "") return fail(`kind and name must not be empty: ${JSON.stringify(text)}`);
    references.push({ group, kind, name, namespace: fields.length === 5 ? fields[2] : "" });
  }
  return { references };
}
function parseMutation(value, loadYaml) {
  let decoded;
  try {
    decoded = loadYaml(value);
  } catch (error) {
    return { error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  }
  if (decoded === null || decoded === void 0) return { references: [] };
  if (!Array.isArray(decoded)) return { error: "expected a list of field substitutions" };
  const references = [];
  for (let i = 0; i < decoded.length; i++) {
    const ref = isMap(decoded[i]) ? decoded[i]["sourceRef"] : void 0;
    if (!isMap(ref)) return { error: `substitution ${i} has no sourceRef map` };
    const text = (key) => typeof ref[key] === "string" ? ref[key] : "";
    const group = text("group") !== "" ? text("group") : groupOf(text("apiVersion"));
    references.push({ group, kind: text("kind"), namespace: text("namespace"), name: text("name") });
  }
  return { references };
}

// src/manifests/rules/depends-on.ts
var DEPENDENCY_CODE = "KNV2009";
function checkDependencies(objects) {
  if (!objects.some(
    (o) => ANNOTATIONS.dependsOn in o.annotations || ANNOTATIONS.applyTimeMutation in o.annotations
  ))
    return [];
  const applied = objects.filter((o) => !isManagementDisabled(o));
  const ids = new Set(applied.map(keyOf));
  const graph = /* @__PURE__ */ new Map();
  const annotated = /* @__PURE__ */ new Map();
  const findings = [];
  for (const o of applied) {
    for (const annotation of [ANNOTATIONS.dependsOn, ANNOTATIONS.applyTimeMutation]) {
      const value = o.annotations[annotation];
      if (value === void 0) continue;
      const edges = dependencyEdges(annotation, value, load);
      if ("error" in edges) {
        findings.push(invalid(o, annotation, edges.error));
        continue;
      }
      annotated.set(keyOf(o), { object: o, annotation });
      appendAll(findings, addEdges(o, annotation, edges.references, ids, graph));
    }
  }
  if (graph.size > 0) appendAll(findings, cycleFindings(applied, graph, annotated));
  return findings;
}
function addEdges(o, annotation, references, ids, graph) {
  const from = keyOf(o);
  const seen = /* @__PURE__ */ new Set();
  const findings = [];
  for (const ref of references) {
    const to = keyOf(ref);
    if (seen.has(to)) {
      if (annotation === ANNOTATIONS.dependsOn)
        findings.push(
          invalid(o, annotation, `duplicate dependency: ${formatReference(o)} -> ${formatReference(ref)}`)
        );
      continue;
    }
    seen.add(to);
    if (!ids.has(to)) {
      const why = `external dependency: ${formatReference(o)} -> ${formatReference(ref)} (the object is not declared in this source; Config Sync only waits for objects it applies from the same RootSync or RepoSync)`;
      findings.push(invalid(o, annotation, why));
      continue;
    }
    let targets = graph.get(from);
    if (targets === void 0) graph.set(from, targets = /* @__PURE__ */ new Set());
    targets.add(to);
  }
  return findings;
}
function cycleFindings(applied, graph, annotated) {
  const crds = /* @__PURE__ */ new Map();
  const namespaces = /* @__PURE__ */ new Map();
  for (const o of applied) {
    if (o.group === "apiextensions.k8s.io" && o.kind === "CustomResourceDefinition")
      crds.set(crdGroupKind(o), keyOf(o));
    if (o.group === "" && o.kind === "Namespace") namespaces.set(o.name, keyOf(o));
  }
  for (const o of applied) {
    const targets = [
      crds.get(`${o.group}/${o.kind}`),
      o.namespace === "" ? void 0 : namespaces.get(o.namespace)
    ];
    for (const to of targets) {
      if (to === void 0) continue;
      let set = graph.get(keyOf(o));
      if (set === void 0) graph.set(keyOf(o), set = /* @__PURE__ */ new Set());
      set.add(to);
    }
  }
  const findings = [];
  for (const cycle of findCycles(graph)) {
    const members = new Set(cycle);
    const message = `cyclic dependency: ${describeEdges(cycle, members, graph)}`;
    for (const key of cycle) {
      const a = annotated.get(key);
      if (a !== void 0) findings.push(invalid(a.object, a.annotation, message));
    }
  }
  return findings;
}
var MAX_EDGES_SHOWN = 10;
function describeEdges(cycle, members, graph) {
  const edges = [];
  for (const from of cycle)
    for (const to of graph.get(from) ?? []) if (members.has(to)) edges.push(`${from}
${to}`);
  edges.sort();
  const shown = edges.slice(0, MAX_EDGES_SHOWN).map((e) => {
    const [from = "", to = ""] = e.split("\n");
    return `${display(from)} -> ${display(to)}`;
  });
  const more = edges.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more edges` : shown.join(", ");
}
function crdGroupKind(o) {
  const spec = o.source.object["spec"];
  return `${String(spec?.group ?? "")}/${String(spec?.names?.kind ?? "")}`;
}
function display(key) {
  const [group = "", kind = "", namespace = "", name = ""] = key.split("\0");
  return formatReference({ group, kind, namespace, name });
}
function invalid(o, annotation, cause) {
  return errorFinding(
    DEPENDENCY_CODE,
    o.source.file,
    o.source.locate(["metadata", "annotations", annotation]),
    `invalid "${annotation}" annotation: ${cause}`
  );
}

// src/manifests/rules/final-rules.ts
function unmanagedNamespaces(objects) {
  const unmanaged = new Set(
    objects.filter((o) => isNamespaceObject(o) && isManagementDisabled(o)).map((o) => o.name)
  );
  if (unmanaged.size === 0) return [];
  const findings = [];
  for (const o of objects) {
    if (o.namespace === "" || !unmanaged.has(o.namespace) || isManagementDisabled(o)) continue;
    findings.push(
      errorFinding(
        "KNV1056",
        o.source.file,
        o.source.locate(["metadata", "namespace"]),
        `Managed resources must not be declared in unmanaged Namespaces. Namespace "${o.namespace}" is declared unmanaged but contains managed resources. Either remove the managed: disabled annotation from Namespace "${o.namespace}" or declare its resources as unmanaged by adding configmanagement.gke.io/managed:disabled annotation.`
      )
    );
  }
  return findings;
}
function confineToRepoNamespace(objects, scope) {
  if (scope.kind === "root") return { objects: [...objects], findings: [] };
  const findings = [];
  const confined = objects.map((o) => {
    if (o.namespace === scope.namespace) return o;
    if (o.namespace === "") return { ...o, namespace: scope.namespace };
    findings.push(
      errorFinding(
        "KNV1058",
        o.source.file,
        o.source.locate(["metadata", "namespace"]),
        `Resources in the "${scope.namespace}" repo must either omit metadata.namespace or declare metadata.namespace="${scope.namespace}"`
      )
    );
    return o;
  });
  return { objects: confined, findings };
}

// src/manifests/rules/scope-rules.ts
function checkScopes(scoped, scope) {
  const findings = [];
  for (const o of scoped.cluster)
    findings.push(...scope.kind === "root" ? clusterScoped(o) : notInNamespaceRepo(o));
  for (const o of scoped.namespaced) {
    if (o.namespace === "" || !(ANNOTATIONS.namespaceSelector in o.annotations)) continue;
    findings.push(
      errorFinding(
        "KNV1053",
        o.source.file,
        o.source.locate(["metadata", "namespace"]),
        `namespace-scoped resources MUST NOT declare both metadata.namespace and metadata.annotations.${ANNOTATIONS.namespaceSelector}`
      )
    );
  }
  appendAll(findings, selectorCollisions(scoped.cluster.filter(isNamespaceSelector), "NamespaceSelector"));
  return findings;
}
function clusterScoped(o) {
  if (o.namespace !== "") {
    return [
      errorFinding(
        "KNV1052",
        o.source.file,
        o.source.locate(["metadata", "namespace"]),
        "cluster-scoped resources MUST NOT declare metadata.namespace"
      )
    ];
  }
  if (!(ANNOTATIONS.namespaceSelector in o.annotations)) return [];
  const key = ANNOTATIONS.namespaceSelector;
  return [
    errorFinding(
      "KNV1004",
      o.source.file,
      o.source.locate(["metadata", "annotations", key]),
      `Cluster-scoped objects may not be namespace-selected, and so MUST NOT declare the annotation '${key}'. To fix, remove \`metadata.annotations.${key}\` from ${o.kind} "${o.name}".`
    )
  ];
}
function notInNamespaceRepo(o) {
  const version = o.apiVersion.slice(o.apiVersion.indexOf("/") + 1);
  const gvk = o.group === "" ? `/${version}, Kind=${o.kind}` : `${o.group}/${version}, Kind=${o.kind}`;
  return [
    errorFinding(
      "KNV1058",
      o.source.file,
      o.source.locate(["kind"]),
      `Resources in namespace Repos must be Namespace-scoped type, but objects of type ${gvk} are Cluster-scoped. Move ${o.name} to the Root repo.`
    )
  ];
}

// src/manifests/scope/builtin-scopes.ts
var C = "cluster";
var N = "namespace";
var CONFIG_SYNC_CORE_SCOPER = [
  [
    "",
    N,
    "ConfigMap",
    "Endpoints",
    "Event",
    "LimitRange",
    "PersistentVolumeClaim",
    "Pod",
    "PodTemplate",
    "ReplicationController",
    "ResourceQuota",
    "Secret",
    "ServiceAccount",
    "Service"
  ],
  ["", C, "Namespace", "Node", "PersistentVolume"],
  ["admissionregistration.k8s.io", C, "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"],
  ["apiextensions.k8s.io", C, "CustomResourceDefinition"],
  ["apiregistration.k8s.io", C, "APIService"],
  ["apps", N, "ControllerRevision", "DaemonSet", "Deployment", "ReplicaSet", "StatefulSet"],
  ["autoscaling", N, "HorizontalPodAutoscaler"],
  ["batch", N, "CronJob", "Job"],
  ["certificates.k8s.io", C, "CertificateSigningRequest"],
  ["cloud.google.com", N, "BackendConfig"],
  ["coordination.k8s.io", N, "Lease"],
  ["extensions", N, "DaemonSet", "Deployment", "Ingress", "NetworkPolicy", "ReplicaSet"],
  ["extensions", C, "PodSecurityPolicy"],
  ["migration.k8s.io", C, "StorageState", "StorageVersionMigration"],
  ["networking.gke.io", N, "ManagedCertificate", "FrontendConfig", "ServiceNetworkEndpointGroup"],
  ["networking.k8s.io", N, "Ingress", "NetworkPolicy"],
  ["networking.k8s.io", C, "IngressClass"],
  ["node.k8s.io", C, "RuntimeClass"],
  ["nodemanagement.gke.io", N, "UpdateInfo"],
  ["policy", N, "PodDisruptionBudget"],
  ["policy", C, "PodSecurityPolicy"],
  ["rbac.authorization.k8s.io", C, "ClusterRoleBinding", "ClusterRole"],
  ["rbac.authorization.k8s.io", N, "RoleBinding", "Role"],
  ["scalingpolicy.kope.io", N, "ScalingPolicy"],
  ["scheduling.k8s.io", C, "PriorityClass"],
  ["storage.k8s.io", C, "CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"],
  ["discovery.k8s.io", N, "EndpointSlice"],
  ["snapshot.storage.k8s.io", C, "VolumeSnapshotClass", "VolumeSnapshotContent"],
  ["snapshot.storage.k8s.io", N, "VolumeSnapshot"],
  ["anthos.cloud.google.com", N, "Validator"],
  [
    "configmanagement.gke.io",
    C,
    "ClusterConfig",
    "ClusterSelector",
    "ConfigManagement",
    "HierarchyConfig",
    "NamespaceConfig",
    "NamespaceSelector",
    "Repo",
    "Sync"
  ],
  ["configsync.gke.io", N, "Environment", "RepoSync", "ResourceGroup", "RootSync"],
  ["clusterregistry.k8s.io", C, "Cluster"],
  ["kpt.dev", N, "Kptfile"]
];
var KUBERNETES_BUILTINS = [
  ["", N, "Binding"],
  ["", C, "ComponentStatus"],
  [
    "admissionregistration.k8s.io",
    C,
    "ValidatingAdmissionPolicy",
    "ValidatingAdmissionPolicyBinding",
    "MutatingAdmissionPolicy",
    "MutatingAdmissionPolicyBinding"
  ],
  ["authentication.k8s.io", C, "TokenReview", "SelfSubjectReview"],
  ["authorization.k8s.io", C, "SubjectAccessReview", "SelfSubjectAccessReview", "SelfSubjectRulesReview"],
  ["authorization.k8s.io", N, "LocalSubjectAccessReview"],
  ["certificates.k8s.io", C, "ClusterTrustBundle"],
  ["coordination.k8s.io", N, "LeaseCandidate"],
  ["events.k8s.io", N, "Event"],
  ["flowcontrol.apiserver.k8s.io", C, "FlowSchema", "PriorityLevelConfiguration"],
  ["internal.apiserver.k8s.io", C, "StorageVersion"],
  ["networking.k8s.io", C, "IPAddress", "ServiceCIDR"],
  ["resource.k8s.io", C, "DeviceClass", "ResourceSlice"],
  ["resource.k8s.io", N, "ResourceClaim", "ResourceClaimTemplate"],
  ["storage.k8s.io", C, "VolumeAttributesClass"],
  ["storage.k8s.io", N, "CSIStorageCapacity"],
  ["storagemigration.k8s.io", C, "StorageVersionMigration"],
  ["kpt.dev", N, "ResourceGroup"]
];
var BUILTIN_SCOPES = new Map(
  [...KUBERNETES_BUILTINS, ...CONFIG_SYNC_CORE_SCOPER].flatMap(
    ([group, scope, ...kinds]) => kinds.map((kind) => [`${group}/${kind}`, scope])
  )
);

// src/manifests/scope/scope-resolver.ts
function createScopeResolver(apiResources, crds) {
  const overrides = new Map(apiResources);
  for (const crd of crds) if (crd.served) overrides.set(`${crd.group}/${crd.kind}`, crd.scope);
  return {
    scopeOf(group, kind) {
      const key = `${group}/${kind}`;
      return overrides.get(key) ?? BUILTIN_SCOPES.get(key);
    }
  };
}

// src/manifests/scope/split-by-scope.ts
var UNKNOWN_KIND_CODE = "KNV1021";
function splitByScope(objects, resolver) {
  const cluster = [];
  const namespaced = [];
  const unknown = [];
  const findings = [];
  for (const o of objects) {
    const scope = resolver.scopeOf(o.group, o.kind);
    if (scope === "cluster") cluster.push(o);
    else if (scope === "namespace") namespaced.push(o);
    else {
      unknown.push(o);
      findings.push(unknownKind(o));
    }
  }
  return { scoped: { cluster, namespaced, unknown }, findings };
}
function unknownKind(o) {
  const gk = groupKind(o.group, o.kind);
  const suggestion = closestName(o.kind, builtinKindsOf(o.group));
  return {
    code: UNKNOWN_KIND_CODE,
    severity: SEVERITY.warning,
    file: o.source.file,
    line: o.source.locate(["kind"]),
    // One line: what is missing. The advice (declare the CRD, add api-resources.txt) is said once, in the report's footer.
    message: `no CustomResourceDefinition for "${gk}" in the source and not a built-in type: its scope is unknown offline${suggestion === void 0 ? "" : ` (did you mean ${suggestion}?)`}`
  };
}
function builtinKindsOf(group) {
  const prefix = `${group}/`;
  return [...BUILTIN_SCOPES.keys()].filter((key) => key.startsWith(prefix) && !key.slice(prefix.length).includes("/")).map((key) => key.slice(prefix.length));
}

// src/manifests/selection/cluster-selection.ts
function selectForCluster(objects, clusterName) {
  if (!objects.some(takesPartInSelection)) return { objects: [...objects], findings: [] };
  const active = activeSelectors(objects, clusterName);
  if ("findings" in active) return { objects: [], findings: active.findings };
  const findings = [];
  const selected = [];
  const namespaces = /* @__PURE__ */ new Map();
  for (const ns of objects) {
    if (!isNamespaceObject(ns)) continue;
    const state = stateOf(ns, clusterName, active.selectors);
    if (typeof state !== "string") findings.push(state);
    else if (state === "active") selected.push(ns);
    namespaces.set(ns.name, namespaces.get(ns.name) === true || state === "active");
  }
  for (const o of objects) {
    if (isNamespaceObject(o) || isCluster(o) || isClusterSelector(o)) continue;
    if (namespaces.get(o.namespace) === false) continue;
    const state = stateOf(o, clusterName, active.selectors);
    if (typeof state !== "string") findings.push(state);
    else if (state === "active") selected.push(o);
  }
  return { objects: findings.length === 0 ? selected : [], findings };
}
function takesPartInSelection(o) {
  return ANNOTATIONS.legacyClusterSelector in o.annotations || ANNOTATIONS.clusterNameSelector in o.annotations || isCluster(o) || isClusterSelector(o);
}
function clusterNamesOf(objects) {
  const names = /* @__PURE__ */ new Set();
  for (const o of objects) {
    if (isCluster(o)) names.add(o.name);
    const inline = o.annotations[ANNOTATIONS.clusterNameSelector];
    if (inline !== void 0) {
      for (const name of inline.split(",")) if (name.trim() !== "") names.add(name.trim());
    }
  }
  return [...names].sort();
}
function activeSelectors(objects, clusterName) {
  const cluster = objects.find((o) => isCluster(o) && o.name === clusterName);
  const labels = cluster?.labels ?? {};
  const selectors = /* @__PURE__ */ new Map();
  const findings = [];
  for (const o of objects) {
    if (!isClusterSelector(o)) continue;
    const reading = readSelectorObject(o);
    if ("finding" in reading) findings.push(reading.finding);
    else selectors.set(o.name, reading.selector.matches(labels));
  }
  return findings.length > 0 ? { findings } : { selectors };
}
function stateOf(o, clusterName, selectors) {
  const legacy = o.annotations[ANNOTATIONS.legacyClusterSelector];
  const inline = o.annotations[ANNOTATIONS.clusterNameSelector];
  if (legacy !== void 0 && inline !== void 0) {
    return errorFinding(
      "KNV1066",
      o.source.file,
      o.source.locate(["metadata", "annotations", ANNOTATIONS.clusterNameSelector]),
      `Config "${o.name}" MUST declare ONLY ONE cluster-selector annotation, but has both inline annotation "${ANNOTATIONS.clusterNameSelector}" and legacy annotation "${ANNOTATIONS.legacyClusterSelector}". To fix, remove one of the annotations.`
    );
  }
  if (inline !== void 0) {
    if (clusterName === void 0) return "inactive";
    const wanted = clusterName.toLowerCase();
    return inline.split(",").some((name) => name.trim().toLowerCase() === wanted) ? "active" : "inactive";
  }
  if (legacy === void 0) return "active";
  const active = selectors.get(legacy);
  if (active !== void 0) return active ? "active" : "inactive";
  return errorFinding(
    "KNV1013",
    o.source.file,
    o.source.locate(["metadata", "annotations", ANNOTATIONS.legacyClusterSelector]),
    `Config "${o.name}" MUST refer to an existing ClusterSelector, but has annotation "${ANNOTATIONS.legacyClusterSelector}=${legacy}" which maps to no declared ClusterSelector`
  );
}

// src/manifests/cluster-pass.ts
function validateForCluster(declared, ctx, apiScopes, clusterName) {
  const hierarchy = ctx.sourceFormat === "hierarchy";
  const selection = selectForCluster(hierarchy ? assignDirectoryNamespaces(declared) : declared, clusterName);
  if (selection.findings.length > 0) return selection.findings;
  const resolver = createScopeResolver(apiScopes, declaredCrds(selection.objects));
  const { scoped, findings: warnings } = splitByScope(selection.objects, resolver);
  const stop = (findings) => [...warnings, ...findings];
  const scopeFindings = checkScopes(scoped, ctx.scope);
  if (hasErrors(scopeFindings)) return stop(scopeFindings);
  let final;
  if (hierarchy) {
    const tree = runTreeStage(scoped);
    if ("findings" in tree) return stop(tree.findings);
    final = tree.objects;
  } else {
    const selected = selectNamespaces(scoped, ctx.scope);
    if (selected.findings.length > 0) return stop(selected.findings);
    final = [...selected.scoped.cluster, ...selected.scoped.unknown, ...selected.scoped.namespaced];
  }
  const finalFindings = [...duplicateObjects(final), ...unmanagedNamespaces(final)];
  if (hasErrors(finalFindings)) return stop(finalFindings);
  const confined = confineToRepoNamespace(final, ctx.scope);
  if (confined.findings.length > 0) return stop(confined.findings);
  return stop(checkDependencies(confined.objects));
}

// src/manifests/pipeline.ts
function runPipeline(input) {
  if (input.scope.kind === "namespace" && input.sourceFormat === "hierarchy")
    return [hierarchyInNamespaceRepo()];
  const findings = [];
  const declared = [];
  for (const o of input.objects) {
    const problems = readChecks(o);
    if (problems.length === 0) declared.push(declareObject(o));
    else findings.push(...problems);
  }
  const readFailed = input.readFailed || findings.length > 0;
  const ctx = {
    objects: declared,
    allObjects: input.objects,
    sourceFormat: input.sourceFormat,
    scope: input.scope,
    allowSecrets: input.allowSecrets,
    readFailed
  };
  const raw = runRules(rawRulesFor(input.sourceFormat), ctx);
  const apiFindings = input.apiResources?.findings ?? [];
  appendAll(findings, raw);
  appendAll(findings, runRules(ARTIFACT_RULES, ctx));
  appendAll(findings, apiFindings);
  if (readFailed || hasErrors(raw) || hasErrors(apiFindings)) return dedupe(findings);
  appendAll(findings, validateClusters(declared, ctx, input.apiResources));
  return dedupe(findings);
}
function passesReadChecks(o) {
  return readChecks(o).length === 0;
}
function readChecks(o) {
  for (const rule of READ_RULES) {
    const problems = rule.check(o);
    if (problems.length > 0) return problems;
  }
  return NO_FINDINGS;
}
function runRules(rules, ctx) {
  const findings = [];
  for (const rule of rules) {
    if (rule.scope === "set") appendAll(findings, rule.check(ctx));
    else {
      const kinds = rule.kinds;
      for (const o of ctx.objects) {
        if (kinds !== void 0 && !kinds.has(o.kind)) continue;
        const found = rule.check(o, ctx);
        appendAll(findings, found);
      }
    }
  }
  return findings;
}
function validateClusters(declared, ctx, apiResources) {
  const scopes = apiResources?.scopes ?? /* @__PURE__ */ new Map();
  const findings = validateForCluster(declared, ctx, scopes, void 0);
  const seen = new Set(findings.map(findingKey));
  for (const name of clusterNamesOf(declared)) {
    for (const f of validateForCluster(declared, ctx, scopes, name)) {
      if (seen.has(findingKey(f))) continue;
      seen.add(findingKey(f));
      findings.push({ ...f, message: `${f.message} (for cluster "${name}")` });
    }
  }
  return findings;
}
function hierarchyInNamespaceRepo() {
  return errorFinding(
    "KNV1061",
    ".",
    0,
    "RepoSyncs must use spec.sourceFormat unstructured: a namespace repo cannot use the hierarchy format. To fix, validate it as unstructured, or as a root repo."
  );
}
function findingKey(f) {
  return `${f.code}\0${f.file}\0${f.line}\0${f.message}`;
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = findingKey(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/manifests/scope/api-resources.ts
var API_RESOURCES_FILE = "api-resources.txt";
var RERUN = `Re-run "kubectl api-resources > ${API_RESOURCES_FILE}" in the root policy directory`;
function parseApiResources(text, file = API_RESOURCES_FILE) {
  const lines = text.split("\n");
  const column = (lines[0] ?? "").indexOf("APIVERSION");
  if (column === -1)
    return {
      scopes: /* @__PURE__ */ new Map(),
      findings: [errorFinding("KNV1064", file, 1, `unable to find APIVERSION column. ${RERUN}`)]
    };
  const scopes = /* @__PURE__ */ new Map();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.length === 0) continue;
    const problem = addLine(scopes, line, column);
    if (problem !== void 0)
      return {
        scopes,
        findings: [errorFinding("KNV1064", file, i + 1, `${problem} in line: ${line.trim()}. ${RERUN}`)]
      };
  }
  return { scopes, findings: [] };
}
function addLine(scopes, line, column) {
  const fields = line.slice(column).trim().split(/\s+/);
  if (line.length <= column || fields.length < 3) return "expected APIVERSION, NAMESPACED and KIND columns";
  const kind = fields[fields.length - 1];
  const namespaced = fields[fields.length - 2];
  const groupVersion = fields[0].split("/");
  const group = groupVersion.length === 2 ? groupVersion[0] : "";
  if (namespaced !== "true" && namespaced !== "false")
    return `invalid NAMESPACED column value "${namespaced}"`;
  scopes.set(`${group}/${kind}`, namespaced === "true" ? "namespace" : "cluster");
  return void 0;
}

// src/manifests/kustomize/render.ts
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2, relative as relative2, sep as sep2 } from "node:path";

// src/manifests/kustomize/origins.ts
import { readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
var ORIGIN_ANNOTATION = "config.kubernetes.io/origin";
var GENERATOR_FIELDS = {
  ConfigMapGenerator: "configMapGenerator",
  SecretGenerator: "secretGenerator",
  HelmChartInflationGenerator: "helmCharts"
};
function identityOf(object) {
  const metadata = object["metadata"];
  const meta = typeof metadata === "object" && metadata !== null ? metadata : {};
  return [object["apiVersion"], object["kind"], meta["namespace"] ?? "", meta["name"]].map(String).join("|");
}
function originOf(object) {
  const metadata = object["metadata"];
  const annotations = metadata?.["annotations"];
  const text = annotations?.[ORIGIN_ANNOTATION];
  if (typeof text !== "string") return void 0;
  let parsed;
  try {
    parsed = load(text);
  } catch {
    return void 0;
  }
  if (typeof parsed !== "object" || parsed === null) return void 0;
  const { path, repo, configuredIn, configuredBy } = parsed;
  const generator = typeof configuredBy === "object" && configuredBy !== null ? configuredBy["kind"] : void 0;
  return {
    ...typeof path === "string" ? { path } : {},
    ...typeof repo === "string" ? { repo } : {},
    ...typeof configuredIn === "string" ? { configuredIn } : {},
    ...typeof generator === "string" ? { generator } : {}
  };
}
var SourceMapper = class {
  #parsed = /* @__PURE__ */ new Map();
  #tracedFrom;
  #sourceDir;
  #fallback;
  /** tracedFrom: the directory origin paths are relative to; fallback: the top kustomization file. */
  constructor(tracedFrom, sourceDir, fallback) {
    this.#tracedFrom = tracedFrom;
    this.#sourceDir = sourceDir;
    this.#fallback = fallback;
  }
  /** The rendered object, placed at its source file and line when the origin allows, else at the kustomization. */
  place(rendered, origin) {
    if (origin === void 0 || origin.repo !== void 0) return fixed(rendered, this.#fallback, 0);
    if (origin.path !== void 0) return this.#placeInFile(rendered, this.#sourcePath(origin.path));
    if (origin.configuredIn !== void 0) {
      const file = this.#sourcePath(origin.configuredIn);
      const field = origin.generator === void 0 ? void 0 : GENERATOR_FIELDS[origin.generator];
      return fixed(rendered, file, field === void 0 ? 0 : this.#lineOfKey(file, field) ?? 0);
    }
    return fixed(rendered, this.#fallback, 0);
  }
  /** Forward-slash path relative to the source directory ("../x" when outside it). */
  #sourcePath(originPath) {
    return relative(this.#sourceDir, resolve(this.#tracedFrom, originPath)).split(sep).join("/");
  }
  #placeInFile(rendered, file) {
    const source = matchSource(this.#objectsOf(file), rendered);
    if (source === void 0) return fixed(rendered, file, 0);
    return { file, line: source.line, object: rendered, locate: (path) => source.locate(path) };
  }
  #objectsOf(file) {
    let objects = this.#parsed.get(file);
    if (objects === void 0) {
      const text = readText(join(this.#sourceDir, file));
      objects = text === void 0 ? [] : parseManifestFile(file, text).objects;
      this.#parsed.set(file, objects);
    }
    return objects;
  }
  #lineOfKey(file, key) {
    const text = readText(join(this.#sourceDir, file));
    return text === void 0 ? void 0 : createLocator(text, 1, "yaml").lineOf([key]);
  }
};
function matchSource(candidates, rendered) {
  const sameKind = candidates.filter((c) => c.object["kind"] === rendered["kind"]);
  const name = nameOf(rendered);
  return sameKind.find((c) => nameOf(c.object) === name) ?? sameKind.find((c) => name.includes(nameOf(c.object))) ?? (sameKind.length === 1 ? sameKind[0] : void 0);
}
function nameOf(object) {
  const metadata = object["metadata"];
  return typeof metadata?.["name"] === "string" ? metadata["name"] : "";
}
function fixed(object, file, line) {
  return { file, line, object, locate: () => line };
}
function readText(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return void 0;
  }
}

// src/manifests/kustomize/render.ts
async function renderSource(tree, kustomization, options = {}) {
  const environment = options.environment ?? { env: process.env };
  const work = await mkdtemp(join2(tmpdir(), "configsync-oci-render-"));
  try {
    const sourceDir = options.fromSources === true ? tree.root : await copyArtifactFiles(tree.entries, join2(work, "artifact"));
    const tracer = join2(work, "origin");
    await writeTracer(tracer, sourceDir);
    const [plain, traced] = await Promise.all([
      runKustomize(sourceDir, environment),
      runKustomize(tracer, environment)
    ]);
    if (!plain.ok) {
      if (options.fromSources !== true) {
        const text = await readFile(join2(tree.root, kustomization), "utf8").catch(() => "");
        const outside = outsideReferences(text);
        if (outside.length > 0)
          return { kustomization, objects: [], findings: [outsideFinding(kustomization, outside)] };
      }
      const message = plain.message.replaceAll(`${sourceDir}${sep2}`, "").replaceAll(sourceDir, ".").replaceAll(work, "\u2026");
      return {
        kustomization,
        objects: [],
        findings: [errorFinding(KNV1068, kustomization, 0, `kustomize build failed: ${message}`)]
      };
    }
    const rendered = parseRendered(plain.output, kustomization);
    const origins = traced.ok ? originsByIdentity(parseRendered(traced.output, kustomization).objects) : /* @__PURE__ */ new Map();
    const mapper = new SourceMapper(tracer, sourceDir, kustomization);
    const objects = rendered.objects.map(
      (o) => mapper.place(o.object, origins.get(identityOf(o.object))?.shift())
    );
    return { kustomization, output: plain.output, objects, findings: rendered.findings };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
async function copyArtifactFiles(entries, dir) {
  await mkdir(dir);
  for (const entry of entries) {
    if (entry.kind === "dir") await mkdir(join2(dir, entry.path));
    else await copyFile(entry.absPath, join2(dir, entry.path));
  }
  return dir;
}
async function writeTracer(dir, sourceDir) {
  await mkdir(dir);
  const base = relative2(dir, sourceDir).split(sep2).join("/");
  await writeFile(
    join2(dir, "kustomization.yaml"),
    `resources:
- ${JSON.stringify(base)}
buildMetadata:
- originAnnotations
`
  );
}
function parseRendered(output, file) {
  const objects = [];
  const findings = [];
  for (const document of output.split(/^---$/m)) {
    const parsed = parseManifestFile(file, document);
    objects.push(...parsed.objects);
    findings.push(...parsed.findings.map((f) => ({ ...f, line: 0 })));
  }
  return { objects, findings };
}
function originsByIdentity(objects) {
  const origins = /* @__PURE__ */ new Map();
  for (const o of objects) {
    const origin = originOf(o.object);
    if (origin === void 0) continue;
    const key = identityOf(o.object);
    origins.set(key, [...origins.get(key) ?? [], origin]);
  }
  return origins;
}

// src/manifests/kustomize/kustomize-source.ts
async function resolveKustomization(tree, settings = {}) {
  const top = topKustomization(tree);
  if (top === void 0) return { findings: missingTopKustomization(tree) };
  if (settings.sourceFormat === "hierarchy") {
    return {
      findings: [
        errorFinding(
          KNV1068,
          top,
          0,
          "sourceFormat must be unstructured when Kustomization is needed: Config Sync renders the kustomization and reads the output as unstructured"
        )
      ]
    };
  }
  const rendered = await renderSource(tree, top, {
    fromSources: settings.render === true,
    ...settings.environment === void 0 ? {} : { environment: settings.environment }
  });
  return { rendered, findings: [] };
}

// src/manifests/validate.ts
var HIERARCHY_DIRS = ["system/", "cluster/", "clusterregistry/", "namespaces/"];
var READ_BATCH = 64;
var UTF8 = { encoding: "utf8" };
function validateObjects(objects, options = {}, input = {}) {
  const findings = runPipeline({
    objects,
    sourceFormat: options.sourceFormat ?? "unstructured",
    scope: options.scope ?? DEFAULT_SCOPE,
    allowSecrets: options.allowSecrets ?? false,
    readFailed: input.readFailed ?? false,
    ...input.apiResources === void 0 ? {} : { apiResources: input.apiResources }
  });
  return sortFindings(findings);
}
async function loadAndValidate(tree, options = {}) {
  const hierarchy = options.sourceFormat === "hierarchy";
  const files = tree.entries.filter(
    (e) => e.kind === "file" && isManifestPath(e.path) && (!hierarchy || HIERARCHY_DIRS.some((d) => e.path.startsWith(d)))
  );
  const kustomize = await resolveKustomization(tree, options);
  const parsed = kustomize.rendered === void 0 ? await readAndParse(files) : [kustomize.rendered];
  const objects = parsed.flatMap((p) => p.objects);
  const readFindings = [...parsed.flatMap((p) => p.findings), ...kustomize.findings];
  const input = { readFailed: hasErrors(readFindings), ...readApiResources(tree) };
  const ruleFindings = validateObjects(objects, options, input);
  const schemaFindings = await checkSchemas(objects.filter(passesReadChecks), options, input.apiResources);
  const findings = [
    ...checkArtifactNames(tree.entries),
    ...readFindings,
    ...ruleFindings,
    ...withoutRepeats(schemaFindings, ruleFindings)
  ];
  const rendered = kustomize.rendered?.output;
  return {
    objects,
    findings: sortFindings(findings),
    manifestFiles: files.length,
    ...rendered === void 0 ? {} : { rendered }
  };
}
function readApiResources(tree) {
  const file = tree.entries.find((e) => e.kind === "file" && e.path === API_RESOURCES_FILE);
  if (file === void 0 || file.kind !== "file") return {};
  try {
    return { apiResources: parseApiResources(readFileSync2(file.absPath, "utf8")) };
  } catch (error) {
    return {
      apiResources: {
        scopes: /* @__PURE__ */ new Map(),
        findings: [
          errorFinding(
            "KNV1064",
            API_RESOURCES_FILE,
            0,
            `unable to read cached API resources: ${error.message}`
          )
        ]
      }
    };
  }
}
function withoutRepeats(schemaFindings, ruleFindings) {
  const ruleLines = new Set(ruleFindings.map((f) => `${f.file}:${f.line}`));
  return schemaFindings.filter((f) => !ruleLines.has(`${f.file}:${f.line}`));
}
async function checkSchemas(objects, options, apiResources) {
  if (options.schemaChecks === false) return [];
  const schema = await import("./schema-check-IK5TWSYF.js");
  const scopes = apiResources?.scopes;
  const unknownScope = (group, kind) => !BUILTIN_SCOPES.has(`${group}/${kind}`) && scopes?.has(`${group}/${kind}`) !== true;
  return schema.checkSchemas(objects, { ...options, unknownScope });
}
async function readAndParse(files) {
  const results = [];
  for (let i = 0; i < files.length; i++) {
    results.push(readAndParseOne(files[i]));
    if ((i + 1) % READ_BATCH === 0) await yieldToEventLoop();
  }
  return results;
}
function readAndParseOne(file) {
  if (file.size > MAX_MANIFEST_BYTES)
    return { objects: [], findings: [oversizedFinding(file.path, file.size)] };
  let text;
  try {
    text = readFileSync2(file.absPath, UTF8);
  } catch (error) {
    return {
      objects: [],
      findings: [errorFinding("KNV2001", file.path, 0, `cannot read file: ${error.message}`)]
    };
  }
  if (text.includes("\uFFFD")) {
    const invalid2 = invalidUtf8Finding(file.path, readFileSync2(file.absPath));
    if (invalid2 !== void 0) return { objects: [], findings: [invalid2] };
  }
  return parseManifestFile(file.path, text);
}
export {
  loadAndValidate,
  validateObjects
};
//# sourceMappingURL=validate-5G65NAWA.js.map
