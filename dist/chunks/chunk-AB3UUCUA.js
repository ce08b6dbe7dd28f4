import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);
import {
  formatFinding,
  sortFindings
} from "./chunk-IDSBZXJC.js";

// src/report/text-report.ts
var FORMAT = { text: "text", json: "json" };
function stderrLogger(options) {
  const write = (line) => {
    process.stderr.write(`${line}
`);
  };
  return {
    info: (message) => options.quiet ? void 0 : write(message),
    debug: (message) => options.verbose ? write(`debug: ${message}`) : void 0,
    warning: (message) => write(`warning: ${message}`),
    group: async (name, fn) => {
      if (!options.quiet) write(`==> ${name}`);
      return fn();
    }
  };
}
var UNKNOWN_SCOPE_ADVICE = "KNV1021: Config Sync looks such kinds up on the cluster and retries until their CustomResourceDefinition exists there. To check them here, declare the CRD in the source or add api-resources.txt (kubectl api-resources > api-resources.txt).";
function renderFindingsText(findings) {
  if (findings.length === 0) return "\u2713 No validation issues found.\n";
  const sorted = sortFindings(findings);
  const out = [];
  let file;
  for (const finding of sorted) {
    if (finding.file !== file) {
      if (file !== void 0) out.push("");
      file = finding.file;
      out.push(`${file}:`);
    }
    out.push(`  ${formatFinding(finding)}`);
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  out.push("", `${errors} errors, ${findings.length - errors} warnings`);
  if (findings.some((f) => f.code === "KNV1021")) out.push(UNKNOWN_SCOPE_ADVICE);
  return `${out.join("\n")}
`;
}
function renderFindingsJson(findings) {
  const list = sortFindings(findings).map(({ code, severity, file, line, message }) => ({
    code,
    severity,
    file,
    line,
    message
  }));
  return `${JSON.stringify({ findings: list }, null, 2)}
`;
}
function renderPublishResult(result, format) {
  const { pushed, layer } = result;
  if (format === FORMAT.json) {
    return `${JSON.stringify(
      {
        digest: pushed.digest,
        image: pushed.reference,
        tags: pushed.tags,
        target: result.target,
        size: layer.size,
        layerDigest: layer.digest,
        diffId: layer.diffId,
        fileCount: layer.fileCount,
        objectCount: result.objectCount,
        uploadedBlobs: pushed.uploadedBlobs,
        skippedBlobs: pushed.skippedBlobs,
        findings: sortFindings(result.findings),
        ...result.signing === void 0 ? {} : {
          signatureDigest: result.signing.signatureDigest,
          ...result.signing.attestationDigest === void 0 ? {} : { attestationDigest: result.signing.attestationDigest },
          ...result.signing.legacyTag === void 0 ? {} : { legacySignatureTag: result.signing.legacyTag },
          ...result.signing.publicKey === void 0 ? {} : { publicKey: result.signing.publicKey }
        }
      },
      null,
      2
    )}
`;
  }
  return [
    `image:  ${pushed.reference}`,
    `digest: ${pushed.digest}`,
    `tags:   ${pushed.tags.join(", ")}`,
    `size:   ${layer.size} bytes, ${layer.fileCount} files, ${result.objectCount} objects`,
    ...signingLines(result),
    ""
  ].join("\n");
}
function signingLines(result) {
  const signing = result.signing;
  if (signing === void 0) return [];
  return [
    `signature:   ${signing.signatureDigest}`,
    ...signing.legacyTag === void 0 ? [] : [`legacy .sig:  ${signing.legacyTag} (${signing.legacyDigest})`],
    ...signing.attestationDigest === void 0 ? [] : [`attestation: ${signing.attestationDigest}`],
    ...signing.publicKey === void 0 ? [] : ["public key:", signing.publicKey.trimEnd()]
  ];
}

export {
  FORMAT,
  stderrLogger,
  UNKNOWN_SCOPE_ADVICE,
  renderFindingsText,
  renderFindingsJson,
  renderPublishResult
};
//# sourceMappingURL=chunk-AB3UUCUA.js.map
