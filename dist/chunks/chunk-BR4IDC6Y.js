import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  VERSION
} from "./chunk-ERSDYIHJ.js";
import {
  SEVERITY,
  sortFindings
} from "./chunk-IDSBZXJC.js";

// src/report/sarif-report.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, sep } from "node:path";

// src/report/finding-codes.ts
var KNV_DESCRIPTIONS = {
  KNV1003: "A namespace directory has subdirectories",
  KNV1004: "A selector annotation where it is not allowed",
  KNV1005: "Illegal configmanagement.gke.io/managed annotation value",
  KNV1006: "A Config Sync object (Repo, HierarchyConfig, selector) whose fields cannot be decoded",
  KNV1007: "An object in an abstract namespace whose kind has hierarchyMode none",
  KNV1009: "metadata.namespace does not match the object's directory",
  KNV1010: "A reserved configmanagement.gke.io/ or configsync.gke.io/ annotation",
  KNV1011: "A reserved configmanagement.gke.io/ or configsync.gke.io/ label",
  KNV1013: "A reference to an undeclared selector",
  KNV1014: "An invalid ClusterSelector or NamespaceSelector",
  KNV1017: "The hierarchy repo declares no Repo object",
  KNV1019: "A Namespace declared directly in namespaces/",
  KNV1020: "A Namespace's name does not match its directory",
  KNV1021: "A kind whose scope is unknown",
  KNV1027: "An unsupported Repo spec.version",
  KNV1029: "Two objects share group, kind, namespace and name",
  KNV1031: "An object without metadata.name",
  KNV1032: "A kind not allowed in an unstructured repo",
  KNV1034: "A Namespace reserved for Config Sync's own use",
  KNV1036: "An invalid metadata.name",
  KNV1038: "A NamespaceSelector in a namespace directory",
  KNV1039: "An object in the wrong top-level directory",
  KNV1041: "A kind that a HierarchyConfig cannot list",
  KNV1042: "An invalid HierarchyConfig hierarchyMode",
  KNV1043: "An unsupported object",
  KNV1044: "An abstract namespace directory without a Namespace below it",
  KNV1045: "A server-set field or a status in the source",
  KNV1046: "A HierarchyConfig lists a cluster-scoped kind",
  KNV1047: "A custom resource whose CRD was removed",
  KNV1048: "A CRD name that is not <plural>.<group>",
  KNV1050: "A deprecated API group and version",
  KNV1052: "A cluster-scoped object with metadata.namespace",
  KNV1053: "Both metadata.namespace and a namespace-selector",
  KNV1054: "An annotation or label value that is not a string",
  KNV1055: "An invalid namespace name",
  KNV1056: "A managed object in an unmanaged Namespace",
  KNV1057: "A reserved HNC depth label",
  KNV1058: "An object outside a namespace repo's namespace",
  KNV1061: "An invalid RootSync or RepoSync",
  KNV1064: "An invalid api-resources.txt",
  KNV1065: "A malformed CustomResourceDefinition",
  KNV1066: "Two cluster-selector annotations on one object",
  KNV1068: "A kustomization that cannot be rendered or is not at the root",
  KNV1069: "The source declares the RootSync or RepoSync that syncs it",
  KNV1070: "Too many objects",
  KNV2001: "A file that cannot be read or parsed",
  KNV2009: "An object Config Sync would fail to apply",
  KNV2010: "A required field is missing",
  KNV2012: "An object that must be unique is declared more than once",
  KNV2015: "Rendering failed"
};
var CSO_DESCRIPTIONS = {
  CSO0001: "The directory holds no Kubernetes object",
  CSO1001: "A Secret with data in the artifact, readable by anyone who can pull it",
  CSO1002: "A RootSync name longer than older Config Sync releases accept",
  CSO2001: "A field the schema does not declare",
  CSO2002: "A value the schema does not allow (type, required field, enum)",
  CSO2003: "A kind with no schema available: not checked",
  CSO2004: "An apiVersion the selected Kubernetes version does not serve",
  CSO3001: "A .wh. name that Config Sync extraction treats as an OCI whiteout and drops",
  CSO3002: "A name Flux untar refuses: a backslash or a component ending in ..",
  CSO3003: "More files than oci-sync can hold open while extracting"
};
var KNV_HELP = "https://g.co/cloud/acm-errors#";
function describeCode(code) {
  const known = KNV_DESCRIPTIONS[code] ?? CSO_DESCRIPTIONS[code];
  const helpUri = /^KNV\d{4}$/.test(code) ? `${KNV_HELP}${code.toLowerCase()}` : void 0;
  const shortDescription = known ?? (code.startsWith("KNV") ? `Config Sync error ${code}` : `configsync-oci check ${code}`);
  return helpUri === void 0 ? { shortDescription } : { shortDescription, helpUri };
}

// src/report/sarif-report.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var TOOL_INFORMATION_URI = "https://github.com/acme/configsync-oci";
var SRCROOT = "%SRCROOT%";
function buildSarifLog(findings, base) {
  const sorted = sortFindings(findings);
  const rules = buildRules(sorted);
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const root = isInside(base.root, base.dir) ? base.root : base.dir;
  const results = sorted.map((finding) => ({
    ruleId: finding.code,
    ruleIndex: index.get(finding.code) ?? -1,
    level: finding.severity,
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(root, join(base.dir, finding.file)), uriBaseId: SRCROOT },
          // A finding about a whole file (line 0) points at its first line: SARIF lines start at 1.
          region: { startLine: Math.max(1, finding.line) }
        }
      }
    ]
  }));
  const driver = {
    name: "configsync-oci",
    version: VERSION,
    semanticVersion: VERSION,
    informationUri: TOOL_INFORMATION_URI,
    rules
  };
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [{ tool: { driver }, columnKind: "unicodeCodePoints", results }]
  };
}
function renderSarif(findings, base) {
  return `${JSON.stringify(buildSarifLog(findings, base), null, 2)}
`;
}
async function writeSarifFile(path, findings, base) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, renderSarif(findings, base));
}
function buildRules(sorted) {
  const levels = /* @__PURE__ */ new Map();
  for (const f of sorted) {
    if (levels.get(f.code) !== SEVERITY.error) levels.set(f.code, f.severity);
  }
  return [...levels.keys()].sort().map((id) => {
    const { shortDescription, helpUri } = describeCode(id);
    return {
      id,
      shortDescription: { text: shortDescription },
      ...helpUri === void 0 ? {} : { helpUri },
      defaultConfiguration: { level: levels.get(id) ?? SEVERITY.error }
    };
  });
}
function artifactUri(root, file) {
  return relative(root, file).split(sep).map(encodeURIComponent).join("/");
}
function isInside(root, dir) {
  const rel = relative(root, dir);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

export {
  renderSarif,
  writeSarifFile
};
//# sourceMappingURL=chunk-BR4IDC6Y.js.map
