import type { Logger } from '../logger.ts'
import { formatFinding, sortFindings, type Finding } from '../manifests/finding.ts'
import type { PublishResult } from '../pipeline/publish.ts'

/** Output formats of the CLI. */
export const FORMAT = { text: 'text', json: 'json' } as const
export type Format = (typeof FORMAT)[keyof typeof FORMAT]

/** A Logger that writes progress to stderr, keeping stdout for results. */
export function stderrLogger(options: { verbose: boolean; quiet: boolean }): Logger {
  const write = (line: string): void => {
    process.stderr.write(`${line}\n`)
  }
  return {
    info: (message) => (options.quiet ? undefined : write(message)),
    debug: (message) => (options.verbose ? write(`debug: ${message}`) : undefined),
    warning: (message) => write(`warning: ${message}`),
    group: async (name, fn) => {
      if (!options.quiet) write(`==> ${name}`)
      return fn()
    },
  }
}

/** The advice for kinds of unknown scope (KNV1021), once per report. */
export const UNKNOWN_SCOPE_ADVICE =
  'KNV1021: Config Sync looks such kinds up on the cluster and retries until their CustomResourceDefinition exists there. To check them here, declare the CRD in the source or add api-resources.txt (kubectl api-resources > api-resources.txt).'

/** Findings as nomos vet prints them, grouped by file, then a count line. */
export function renderFindingsText(findings: readonly Finding[]): string {
  if (findings.length === 0) return '✓ No validation issues found.\n'
  const sorted = sortFindings(findings)
  const out: string[] = []
  let file: string | undefined
  for (const finding of sorted) {
    if (finding.file !== file) {
      if (file !== undefined) out.push('')
      file = finding.file
      out.push(`${file}:`)
    }
    out.push(`  ${formatFinding(finding)}`)
  }
  const errors = findings.filter((f) => f.severity === 'error').length
  out.push('', `${errors} errors, ${findings.length - errors} warnings`)
  // The advice for every KNV1021 is the same: said once, under the count.
  if (findings.some((f) => f.code === 'KNV1021')) out.push(UNKNOWN_SCOPE_ADVICE)
  return `${out.join('\n')}\n`
}

/** The JSON document of `validate --format json`. */
export function renderFindingsJson(findings: readonly Finding[]): string {
  const list = sortFindings(findings).map(({ code, severity, file, line, message }) => ({
    code,
    severity,
    file,
    line,
    message,
  }))
  return `${JSON.stringify({ findings: list }, null, 2)}\n`
}

/** The result of `publish`, as text or one JSON object. */
export function renderPublishResult(result: PublishResult, format: Format): string {
  const { pushed, layer } = result
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
        ...(result.signing === undefined
          ? {}
          : {
              signatureDigest: result.signing.signatureDigest,
              ...(result.signing.attestationDigest === undefined
                ? {}
                : { attestationDigest: result.signing.attestationDigest }),
              ...(result.signing.legacyTag === undefined
                ? {}
                : { legacySignatureTag: result.signing.legacyTag }),
              ...(result.signing.publicKey === undefined ? {} : { publicKey: result.signing.publicKey }),
            }),
      },
      null,
      2,
    )}\n`
  }
  return [
    `image:  ${pushed.reference}`,
    `digest: ${pushed.digest}`,
    `tags:   ${pushed.tags.join(', ')}`,
    `size:   ${layer.size} bytes, ${layer.fileCount} files, ${result.objectCount} objects`,
    ...signingLines(result),
    '',
  ].join('\n')
}

function signingLines(result: PublishResult): string[] {
  const signing = result.signing
  if (signing === undefined) return []
  return [
    `signature:   ${signing.signatureDigest}`,
    ...(signing.legacyTag === undefined
      ? []
      : [`legacy .sig:  ${signing.legacyTag} (${signing.legacyDigest})`]),
    ...(signing.attestationDigest === undefined ? [] : [`attestation: ${signing.attestationDigest}`]),
    ...(signing.publicKey === undefined ? [] : ['public key:', signing.publicKey.trimEnd()]),
  ]
}
