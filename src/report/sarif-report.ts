/**
 * Findings as a SARIF 2.1.0 log (OASIS sarif-v2.1.0 §3), shaped for
 * github/codeql-action/upload-sarif: one run, one rule per code seen, and
 * every result located in a file relative to %SRCROOT% (the checkout).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, sep } from 'node:path'
import { SEVERITY, sortFindings, type Finding, type Severity } from '../manifests/finding.ts'
import { VERSION } from '../version.ts'
import { describeCode } from './finding-codes.ts'

/** The schema the log names in `$schema` (the OASIS copy hosted by SchemaStore). */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
/** Where the tool is documented (`tool.driver.informationUri`). */
export const TOOL_INFORMATION_URI = 'https://github.com/acme/configsync-oci'
/** The uriBaseId every location is relative to; upload-sarif maps it to its checkout_path. */
export const SRCROOT = '%SRCROOT%'

/** A SARIF 2.1.0 log, as far as we write one. */
export interface SarifLog {
  readonly $schema: string
  readonly version: '2.1.0'
  readonly runs: readonly [SarifRun]
}

interface SarifRun {
  readonly tool: {
    readonly driver: {
      readonly name: string
      readonly version: string
      readonly semanticVersion: string
      readonly informationUri: string
      readonly rules: readonly SarifRule[]
    }
  }
  readonly columnKind: 'unicodeCodePoints'
  readonly results: readonly SarifResult[]
}

interface SarifRule {
  readonly id: string
  readonly shortDescription: { readonly text: string }
  readonly helpUri?: string
  readonly defaultConfiguration: { readonly level: Severity }
}

interface SarifResult {
  readonly ruleId: string
  readonly ruleIndex: number
  readonly level: Severity
  readonly message: { readonly text: string }
  readonly locations: readonly [
    {
      readonly physicalLocation: {
        readonly artifactLocation: { readonly uri: string; readonly uriBaseId: string }
        readonly region: { readonly startLine: number }
      }
    },
  ]
}

/** Where the findings' files are. */
export interface SarifLocationBase {
  /** Absolute path of the validated directory; findings name files relative to it. */
  readonly dir: string
  /** Absolute path that %SRCROOT% stands for: the repository checkout (the workspace in the action). */
  readonly root: string
}

/** The SARIF log of the findings. An empty log (no results) is valid and clears earlier alerts. */
export function buildSarifLog(findings: readonly Finding[], base: SarifLocationBase): SarifLog {
  const sorted = sortFindings(findings)
  const rules = buildRules(sorted)
  const index = new Map(rules.map((rule, i) => [rule.id, i]))
  const root = isInside(base.root, base.dir) ? base.root : base.dir
  const results = sorted.map((finding): SarifResult => ({
    ruleId: finding.code,
    ruleIndex: index.get(finding.code) ?? -1,
    level: finding.severity,
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(root, join(base.dir, finding.file)), uriBaseId: SRCROOT },
          // A finding about a whole file (line 0) points at its first line: SARIF lines start at 1.
          region: { startLine: Math.max(1, finding.line) },
        },
      },
    ],
  }))
  const driver = {
    name: 'configsync-oci',
    version: VERSION,
    semanticVersion: VERSION,
    informationUri: TOOL_INFORMATION_URI,
    rules,
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{ tool: { driver }, columnKind: 'unicodeCodePoints', results }],
  }
}

/** The SARIF log as JSON text. */
export function renderSarif(findings: readonly Finding[], base: SarifLocationBase): string {
  return `${JSON.stringify(buildSarifLog(findings, base), null, 2)}\n`
}

/** Writes the SARIF log to path, creating its directory. */
export async function writeSarifFile(
  path: string,
  findings: readonly Finding[],
  base: SarifLocationBase,
): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, renderSarif(findings, base))
}

function buildRules(sorted: readonly Finding[]): SarifRule[] {
  const levels = new Map<string, Severity>()
  for (const f of sorted) {
    if (levels.get(f.code) !== SEVERITY.error) levels.set(f.code, f.severity)
  }
  return [...levels.keys()].sort().map((id) => {
    const { shortDescription, helpUri } = describeCode(id)
    return {
      id,
      shortDescription: { text: shortDescription },
      ...(helpUri === undefined ? {} : { helpUri }),
      defaultConfiguration: { level: levels.get(id) ?? SEVERITY.error },
    }
  })
}

/** A relative URI reference: forward slashes, each segment percent-encoded (RFC 3986). */
function artifactUri(root: string, file: string): string {
  return relative(root, file).split(sep).map(encodeURIComponent).join('/')
}

function isInside(root: string, dir: string): boolean {
  const rel = relative(root, dir)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}
