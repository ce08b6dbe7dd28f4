import type { SigningResult } from '../../signing/sign-on-publish.ts'

/**
 * Ready-to-paste verification for the consumers of a key-signed artifact:
 * cosign, Flux OCIRepository.spec.verify, a Kyverno verifyImages rule and
 * Config Sync's pre-sync webhook. Pure text; the public key is public.
 */
export interface VerificationSnippet {
  readonly title: string
  readonly language: string
  readonly text: string
}

export function keyVerificationSnippets(
  repository: string,
  digest: string,
  signing: SigningResult,
): VerificationSnippet[] {
  const publicKey = signing.publicKey
  if (publicKey === undefined) return []
  const indented = (spaces: number): string =>
    publicKey
      .trimEnd()
      .split('\n')
      .map((line) => `${' '.repeat(spaces)}${line}`)
      .join('\n')
  const snippets: VerificationSnippet[] = [
    {
      title: 'Public key (cosign.pub)',
      language: 'text',
      text: publicKey.trimEnd(),
    },
    {
      title: 'cosign (key mode: no transparency-log entry was made, hence --insecure-ignore-tlog)',
      language: 'sh',
      text: `cosign verify --key cosign.pub --insecure-ignore-tlog=true ${repository}@${digest}`,
    },
    {
      title: 'Flux (source-controller ≥ 1.8): a Secret with cosign.pub, and OCIRepository.spec.verify',
      language: 'yaml',
      text: [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: configsync-oci-cosign-key',
        'stringData:',
        '  cosign.pub: |',
        indented(4),
        '---',
        'spec:',
        '  verify:',
        '    provider: cosign',
        '    secretRef:',
        '      name: configsync-oci-cosign-key',
      ].join('\n'),
    },
    {
      title: 'Kyverno verifyImages',
      language: 'yaml',
      text: [
        'verifyImages:',
        `  - imageReferences: ["${repository}*"]`,
        '    attestors:',
        '      - entries:',
        '          - keys:',
        '              publicKeys: |-',
        indented(18),
        '              rekor:',
        '                ignoreTlog: true',
      ].join('\n'),
    },
  ]
  return snippets
}

/** The Config Sync note: its documented pre-sync webhook verifies the legacy .sig with the public key. */
export function configSyncNote(signing: SigningResult): string {
  return signing.legacyTag === undefined
    ? 'Config Sync: its documented pre-sync webhook reads the legacy `sha256-<hex>.sig` signature; publish with `signature-format: legacy` or `both` for it.'
    : `Config Sync: the pre-sync webhook verifies the legacy signature \`${signing.legacyTag}\` with the public key above (the transparency log is ignored).`
}
