/**
 * The focused sub-actions in this repository's folders (`uses: OWNER/configsync-oci/validate@v0`), each
 * with a fixed mode and only the inputs and outputs that mode reads and sets. This table is the one
 * definition: `scripts/generate-actions.ts` writes every `FOLDER/action.yml` from it and the root
 * action.yml (which keeps every input, for compatibility), the build writes the entries in
 * `dist/actions/`, and the docs test checks the README tables and the docs workflows against it.
 */
export interface SubAction {
  /** The folder (and the name in `uses: OWNER/configsync-oci/FOLDER@v0`). */
  readonly folder: string
  /** The `mode` it runs; a `mode` input given to the sub-action must be empty or this. */
  readonly mode: string
  readonly name: string
  readonly description: string
  /** Root action.yml input names, in the order the sub-action's action.yml lists them. */
  readonly inputs: readonly string[]
  /** Root action.yml output names the mode sets. */
  readonly outputs: readonly string[]
}

const REGISTRY = [
  'username',
  'password',
  'insecure',
  'ca-file',
  'access-token',
  'github-token',
  'retries',
  'timeout',
] as const
const VERIFY = [
  'verify-key',
  'verify-certificate-identity',
  'verify-certificate-identity-regexp',
  'verify-certificate-oidc-issuer',
  'verify-trusted-root',
  'verify-predicate-types',
] as const
const VALIDATION = [
  'source-format',
  'root-sync',
  'repo-sync',
  'allow-secrets',
  'schema-checks',
  'kubernetes-version',
  'render',
  'fail-on',
  'sarif-file',
] as const
/** How the RootSync/RepoSync authenticates to the registry, and the Secrets token auth needs. */
const SYNC_AUTH = [
  'sync-auth',
  'gcp-service-account-email',
  'sync-username',
  'sync-token',
  'sync-secret-name',
  'sync-ca-file',
  'sync-ca-secret-name',
  'restart-reconciler',
] as const
const ROLLOUT = [
  'canary-contexts',
  'concurrency',
  'create-sync',
  'sync-dir',
  ...SYNC_AUTH,
  'wait',
  'wait-timeout',
  'rollback-on-failure',
] as const
const WRITE_BACK = [
  'config-repo',
  'config-repo-branch',
  'config-repo-token',
  'config-repo-path',
  'write-back-target',
  'write-back-mode',
  'commit-message',
  'commit-author',
  'commit-committer',
  'pr-branch',
  'pr-labels',
  'pr-auto-merge',
  'github-server-url',
  'github-api-url',
] as const
const TAGGING = ['tags', 'tag-rules', 'tag-flavor'] as const
const CLUSTERS = ['kubeconfig', 'contexts'] as const
const PUBLISHED = ['digest', 'image', 'tags', 'size', 'json', 'changed'] as const
const FINDINGS = ['findings', 'errors', 'warnings'] as const

export const SUB_ACTIONS: readonly SubAction[] = [
  {
    folder: 'validate',
    mode: 'validate-only',
    name: 'configsync-oci validate',
    description:
      'Validate Kubernetes configuration with the rules Config Sync applies (KNV codes, file:line annotations); pushes nothing.',
    inputs: ['dir', 'ignore', ...VALIDATION],
    outputs: FINDINGS,
  },
  {
    folder: 'publish',
    mode: 'publish',
    name: 'configsync-oci publish',
    description:
      'Validate, pack and push a config directory as one deterministic OCI artifact, tagged with the commit SHA and the tag rules.',
    inputs: [
      'dir',
      'image',
      ...TAGGING,
      'compare-with',
      'annotations',
      'ignore',
      ...REGISTRY,
      'create-repository',
      'repository-description',
      'repository-labels',
      'mount-from',
      ...VALIDATION,
      'sign',
      'signing-key',
      'signature-format',
      'attest',
    ],
    outputs: [...PUBLISHED, ...FINDINGS, 'signature-digest', 'attestation-digest', 'public-key'],
  },
  {
    folder: 'promote',
    mode: 'promote',
    name: 'configsync-oci promote',
    description:
      'Add tags (release, environment) to an artifact already in the registry, without re-pushing it.',
    inputs: ['image', 'from', ...TAGGING, ...REGISTRY, ...VERIFY],
    outputs: ['digest', 'image', 'tags', 'json', 'changed', 'verified'],
  },
  {
    folder: 'rollout',
    mode: 'rollout',
    name: 'configsync-oci rollout',
    description:
      'Point a RootSync/RepoSync at an artifact already in the registry (by digest or tag) in one or more clusters, canaries first, and wait until Config Sync synced it.',
    inputs: [
      'image',
      'root-sync',
      'repo-sync',
      'source-format',
      ...CLUSTERS,
      ...ROLLOUT,
      ...REGISTRY,
      ...VERIFY,
    ],
    outputs: ['digest', 'image', 'sync-status', 'synced-commit', 'rollout-clusters', 'verified'],
  },
  {
    folder: 'write-back',
    mode: 'write-back',
    name: 'configsync-oci write-back',
    description:
      'Write an artifact already in the registry (by digest or tag) into a RootSync/RepoSync in a config repository: a commit or a pull request.',
    inputs: ['image', ...WRITE_BACK, ...REGISTRY, ...VERIFY],
    outputs: [
      'digest',
      'image',
      'write-back-status',
      'commit-sha',
      'pull-request-number',
      'pull-request-url',
      'verified',
    ],
  },
  {
    folder: 'preview',
    mode: 'preview',
    name: 'configsync-oci preview',
    description:
      'Pull-request previews: publish the PR’s config as pr-N, diff it against a base, keep one comment, sync a preview RootSync/RepoSync, clean up on close.',
    inputs: [
      'dir',
      'image',
      'ignore',
      ...REGISTRY,
      ...VALIDATION,
      'preview-name-template',
      'preview-sync',
      'preview-base',
      'comment',
      'cleanup',
      ...CLUSTERS,
      'sync-auth',
      'gcp-service-account-email',
      'wait',
      'wait-timeout',
    ],
    outputs: [
      'digest',
      'image',
      'tags',
      ...FINDINGS,
      'preview-name',
      'comment-url',
      'removed-tags',
      'kept-tags',
      'removed-syncs',
      'sync-status',
    ],
  },
  {
    folder: 'setup',
    mode: 'setup',
    name: 'configsync-oci setup',
    description:
      'First run on a cluster: the Artifact Registry repository, IAM grants, the first artifact, the RootSync/RepoSync pinned to its digest, and a wait until it synced.',
    inputs: [
      'dir',
      'image',
      'ignore',
      ...REGISTRY,
      'repository-description',
      'repository-labels',
      ...VALIDATION,
      ...CLUSTERS,
      'sync-dir',
      ...SYNC_AUTH,
      'wait',
      'wait-timeout',
      'fleet-host-project',
      'dry-run',
    ],
    outputs: [...PUBLISHED, ...FINDINGS, 'sync-status', 'synced-commit', 'rollout-clusters', 'setup-steps'],
  },
  {
    folder: 'verify',
    mode: 'verify',
    name: 'configsync-oci verify',
    description:
      'Check the signatures and attestations of an artifact (a digest or a tag) against a public key or a keyless identity; fails when it does not verify.',
    inputs: ['image', ...VERIFY, ...REGISTRY],
    outputs: ['verified', 'digest'],
  },
]

/** The sub-action of a folder; undefined for an unknown folder. */
export function subAction(folder: string): SubAction | undefined {
  return SUB_ACTIONS.find((action) => action.folder === folder)
}
