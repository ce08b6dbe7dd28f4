/**
 * A validation finding, the unit every validator returns and every reporter
 * prints. Codes follow Config Sync's KNV numbering (../shared/CONFIG-SYNC.md §4).
 */
export const SEVERITY = { error: 'error', warning: 'warning' } as const
export type Severity = (typeof SEVERITY)[keyof typeof SEVERITY]

export interface Finding {
  /** Config Sync error code, e.g. "KNV2001". Codes of our own start with "CSO". */
  readonly code: string
  readonly severity: Severity
  /** Path relative to the validated directory, with forward slashes. */
  readonly file: string
  /** 1-based line of the document or field the finding is about; 0 when unknown. */
  readonly line: number
  readonly message: string
}

/** True when any finding would stop a publish. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === SEVERITY.error)
}

/** Stable order for output: file, line, code. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => cmp(a.file, b.file) || a.line - b.line || cmp(a.code, b.code) || cmp(a.message, b.message),
  )
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** "KNV2001 namespaces/a.yaml:3 error: message", as nomos vet prints. */
export function formatFinding(f: Finding): string {
  const where = f.line > 0 ? `${f.file}:${f.line}` : f.file
  return `${f.code} ${where} ${f.severity}: ${f.message}`
}

/** An error-severity finding; the common case for Config Sync's blocking codes. */
export function errorFinding(code: string, file: string, line: number, message: string): Finding {
  return { code, severity: SEVERITY.error, file, line, message }
}
