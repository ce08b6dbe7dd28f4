import { configSyncNote, keyVerificationSnippets } from './signing-report.ts'
import * as core from '@actions/core'
import { UNKNOWN_SCOPE_ADVICE } from '../../report/text-report.ts'
import { relative, join, sep } from 'node:path'
import type { Logger } from '../../logger.ts'
import { formatFinding, SEVERITY, sortFindings, type Finding } from '../../manifests/finding.ts'
import type { PublishResult } from '../../pipeline/publish.ts'
import { OCI_LAYOUT_PREFIX } from '../../registry/oci-layout-target.ts'
import { isGoogleRegistry } from '../../rootsync/sync-patch.ts'
import { TAG_OUTPUT } from './retag-report.ts'
import { WRITEBACK_OUTPUT } from './writeback-report.ts'
import { ROLLOUT_OUTPUT } from './rollout-report.ts'
import { PREVIEW_OUTPUT } from './preview-report.ts'
import { BOOTSTRAP_OUTPUT } from './bootstrap-report.ts'

/** Output names, defined once (they are also declared in action.yml). */
export const OUTPUT = {
  digest: 'digest',
  image: 'image',
  tags: 'tags',
  size: 'size',
  findings: 'findings',
  errors: 'errors',
  warnings: 'warnings',
  ...TAG_OUTPUT,
  ...WRITEBACK_OUTPUT,
  ...ROLLOUT_OUTPUT,
  ...PREVIEW_OUTPUT,
  ...BOOTSTRAP_OUTPUT,
  verified: 'verified',
  signatureDigest: 'signature-digest',
  attestationDigest: 'attestation-digest',
  publicKey: 'public-key',
} as const

/** The Logger port on @actions/core: the only GitHub-UI writer besides the functions below. */
export const CORE_LOGGER: Logger = {
  info: (message) => core.info(message),
  debug: (message) => core.debug(message),
  warning: (message) => core.warning(message),
  group: (name, fn) => core.group(name, fn),
}

/**
 * Emits one annotation per finding, with the file relative to the workspace
 * so that GitHub shows it on the pull request diff.
 */
export function annotateFindings(findings: readonly Finding[], dir: string, workspace: string): void {
  for (const finding of sortFindings(findings)) {
    const file = relative(workspace, join(dir, finding.file)).split(sep).join('/')
    const properties = { file, title: finding.code, ...(finding.line > 0 ? { startLine: finding.line } : {}) }
    const message = formatFinding({ ...finding, file })
    if (finding.severity === SEVERITY.error) core.error(message, properties)
    else core.warning(message, properties)
  }
}

/** Sets every output in one place. */
export function setOutputs(result: PublishResult): void {
  core.setOutput(OUTPUT.digest, result.pushed.digest)
  core.setOutput(OUTPUT.image, result.pushed.reference)
  core.setOutput(OUTPUT.tags, result.pushed.tags.join('\n'))
  core.setOutput(OUTPUT.size, String(result.layer.size))
  const signing = result.signing
  if (signing !== undefined) {
    core.setOutput(OUTPUT.signatureDigest, signing.signatureDigest)
    if (signing.attestationDigest !== undefined)
      core.setOutput(OUTPUT.attestationDigest, signing.attestationDigest)
    if (signing.publicKey !== undefined) core.setOutput(OUTPUT.publicKey, signing.publicKey)
  }
}

/** The job summary: reference, digest, size, file count, tags and findings. */
export async function writeSummary(result: PublishResult): Promise<void> {
  const { pushed, layer } = result
  core.summary.addHeading('configsync-oci: published', 2).addTable([
    [
      { data: 'Field', header: true },
      { data: 'Value', header: true },
    ],
    ['Image', code(pushed.reference)],
    ['Digest', code(pushed.digest)],
    ['Tags', pushed.tags.map(code).join(' ')],
    ['Layer size', `${layer.size} bytes (tar ${layer.uncompressedSize} bytes)`],
    ['Files', String(layer.fileCount)],
    ['Objects', `${result.objectCount} in ${result.manifestFiles} manifest files`],
    ['Blobs', `${pushed.uploadedBlobs} uploaded, ${pushed.skippedBlobs} already present`],
    ...(result.signing === undefined
      ? []
      : [
          ['Signature', code(result.signing.signatureDigest)],
          ...(result.signing.legacyTag === undefined
            ? []
            : [['Legacy signature', code(result.signing.legacyTag)]]),
          ...(result.signing.attestationDigest === undefined
            ? []
            : [['Validation attestation', code(result.signing.attestationDigest)]]),
        ]),
  ])
  addFindings(result.findings)
  if (pushed.reference.startsWith(OCI_LAYOUT_PREFIX)) {
    // No cluster can pull a directory on the runner: show how to push it first.
    core.summary
      .addRaw(
        'No cluster can pull an OCI layout on the runner. Push it to a registry first (the digest stays the same):',
        true,
      )
      .addCodeBlock(layoutPushCommands(pushed.reference), 'sh')
    core.summary
      .addRaw('Then point a RootSync at it:', true)
      .addCodeBlock(rootSyncSnippet(`REGISTRY/REPOSITORY@${pushed.digest}`), 'yaml')
  } else {
    core.summary
      .addRaw('Point a RootSync at it:', true)
      .addCodeBlock(rootSyncSnippet(pushed.reference), 'yaml')
  }
  if (result.signing !== undefined) {
    core.summary.addHeading('Verify the signature', 3)
    const repository = pushed.reference.slice(0, pushed.reference.lastIndexOf('@'))
    for (const snippet of keyVerificationSnippets(repository, pushed.digest, result.signing))
      core.summary.addRaw(snippet.title, true).addCodeBlock(snippet.text, snippet.language)
    core.summary.addRaw(configSyncNote(result.signing), true)
  }
  await core.summary.write()
}

/** The summary of a run that stopped on validation errors. */
export async function writeFailureSummary(message: string, findings: readonly Finding[]): Promise<void> {
  core.summary.addHeading('configsync-oci: failed', 2).addRaw(escapeHtml(message), true)
  addFindings(findings)
  await core.summary.write()
}

/** The findings table of a job summary, with a count line per severity. */
export function addFindings(findings: readonly Finding[]): void {
  if (findings.length === 0) {
    core.summary.addRaw('No validation findings.', true)
    return
  }
  const errors = findings.filter((f) => f.severity === SEVERITY.error).length
  core.summary
    .addHeading(`Findings (${findings.length})`, 3)
    .addList([`Errors: ${errors}`, `Warnings: ${findings.length - errors}`])
    .addTable([
      [
        { data: 'Code', header: true },
        { data: 'Severity', header: true },
        { data: 'File', header: true },
        { data: 'Message', header: true },
      ],
      ...sortFindings(findings).map((f) => [
        f.code,
        f.severity,
        code(f.line > 0 ? `${f.file}:${f.line}` : f.file),
        escapeHtml(f.message),
      ]),
    ])
  if (findings.some((f) => f.code === 'KNV1021')) core.summary.addRaw(escapeHtml(UNKNOWN_SCOPE_ADVICE), true)
}

/**
 * The RootSync fragment that consumes the pushed digest, with the auth that
 * fits the registry: the reconciler's service account for Google registries
 * (Config Sync sends Google tokens only there), token with a Secret for any
 * other registry (Config Sync 1.24+, CONFIG-SYNC.md §0).
 */
export function rootSyncSnippet(reference: string): string {
  const google = isGoogleRegistry(reference.split('/')[0] ?? '')
  const head = [
    'apiVersion: configsync.gke.io/v1beta1',
    'kind: RootSync',
    'metadata:',
    '  name: root-sync',
    '  namespace: config-management-system',
    'spec:',
    '  sourceFormat: unstructured',
    '  sourceType: oci',
    '  oci:',
    `    image: ${reference}`,
    '    dir: .',
  ]
  if (google) return [...head, '    auth: k8sserviceaccount'].join('\n')
  return [
    ...head,
    '    auth: token  # Config Sync 1.24+; the Secret holds a long-lived read-only token',
    '    secretRef:',
    '      name: root-sync-oci-token',
    '# kubectl create secret generic root-sync-oci-token -n config-management-system \\',
    '#   --from-literal=username=USER --from-file=password=TOKEN_FILE',
    '# (or let the rollout write it: sync-username and sync-token)',
  ].join('\n')
}

/** skopeo and oras commands that copy the layout's manifest (by digest) to a registry. */
export function layoutPushCommands(reference: string): string {
  const text = reference.slice(OCI_LAYOUT_PREFIX.length)
  const at = text.lastIndexOf('@')
  // oci-layout:PATH[:TAG|@sha256:…]: the tag is what follows the last ':' after the last '/'.
  const named = at < 0 ? text : text.slice(0, at)
  const colon = named.lastIndexOf(':')
  const path = colon > named.lastIndexOf('/') ? named.slice(0, colon) : named
  const digest = at < 0 ? '' : text.slice(at)
  return [
    `skopeo copy oci:${path} docker://REGISTRY/REPOSITORY:TAG`,
    '# or',
    `oras cp --from-oci-layout ${path}${digest} REGISTRY/REPOSITORY:TAG`,
  ].join('\n')
}

function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
