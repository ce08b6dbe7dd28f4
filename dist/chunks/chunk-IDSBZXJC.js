import { createRequire as __csoCreateRequire } from 'node:module'; import { fileURLToPath as __csoFileURLToPath } from 'node:url'; import { dirname as __csoDirname } from 'node:path'; const require = __csoCreateRequire(import.meta.url); const __filename = __csoFileURLToPath(import.meta.url); const __dirname = __csoDirname(__filename);

// src/manifests/finding.ts
var SEVERITY = { error: "error", warning: "warning" };
function hasErrors(findings) {
  return findings.some((f) => f.severity === SEVERITY.error);
}
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => cmp(a.file, b.file) || a.line - b.line || cmp(a.code, b.code) || cmp(a.message, b.message)
  );
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function formatFinding(f) {
  const where = f.line > 0 ? `${f.file}:${f.line}` : f.file;
  return `${f.code} ${where} ${f.severity}: ${f.message}`;
}
function errorFinding(code, file, line, message) {
  return { code, severity: SEVERITY.error, file, line, message };
}

export {
  SEVERITY,
  hasErrors,
  sortFindings,
  formatFinding,
  errorFinding
};
//# sourceMappingURL=chunk-IDSBZXJC.js.map
