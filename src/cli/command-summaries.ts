/** The commands' one-line summaries, shared by the main help (command-index.ts) and each command module. */
export const SUMMARY = {
  publish: 'validate DIR, pack it into one deterministic tar+gzip layer and push it',
  validate: "check the manifests in DIR with Config Sync's rules, push nothing",
  diff: 'compare two artifacts or directories object by object (exit 1 when they differ)',
  promote: 'add tags to an existing artifact without uploading anything (e.g. a tested digest to prod)',
  writeBack:
    "set a RootSync/RepoSync's spec.oci.image (or a marked value) in a config repo: commit or pull request",
  status: 'show the sync status of a RootSync/RepoSync in clusters, like nomos status (Node 22+)',
  rollout: 'point a RootSync/RepoSync at a digest in clusters and wait until synced (Node 22+)',
  bootstrap: 'one-time setup: repository, IAM, first artifact, RootSync/RepoSync, wait (Node 22+)',
  verify: "check an artifact's signatures and attestations against a key or keyless identity (Node 22+)",
} as const
