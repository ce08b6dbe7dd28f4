/**
 * The CLI's commands as `--help` needs them: name, summary and help text,
 * with each command's code behind a dynamic import. Loading every command
 * up front pulled @actions/core, undici, yaml and tar-stream into a
 * `--help` (issue 17: start-up within 60 ms of bare node); now a run loads
 * only the command it runs. test/cli/bundle-startup.itg.test.ts keeps it so.
 */
import type { CliCommand } from './args.ts'

/** One line of the main help per command; the command modules use the same text. */
export const SUMMARY = {
  publish: 'validate DIR, pack it into one deterministic tar+gzip layer and push it',
  validate: "check the manifests in DIR with Config Sync's rules, push nothing",
  diff: 'compare two artifacts or directories object by object (exit 1 when they differ)',
  promote: 'add tags to an existing artifact without uploading anything (e.g. a tested digest to prod)',
  writeBack: "set a RootSync/RepoSync's spec.oci.image (or a marked value) in a config repo: commit or pull request",
  status: 'show the sync status of a RootSync/RepoSync in clusters, like nomos status (Node 22+)',
  rollout: 'point a RootSync/RepoSync at a digest in clusters and wait until synced (Node 22+)',
  bootstrap: 'one-time setup: repository, IAM, first artifact, RootSync/RepoSync, wait (Node 22+)',
  verify: "check an artifact's signatures and attestations against a key or keyless identity (Node 22+)",
} as const

/** What the main help shows of a command; its code (help text included) is imported when it is used. */
export interface CommandEntry {
  readonly name: string
  readonly summary: string
  load(): Promise<CliCommand>
}

function lazy(name: string, summary: string, load: () => Promise<CliCommand>): CommandEntry {
  return { name, summary, load }
}

/** Every command, in help order. A later feature adds its command here in one line. */
export const COMMANDS: readonly CommandEntry[] = [
  lazy('publish', SUMMARY.publish, async () => (await import('./commands/publish.ts')).publishCommand),
  lazy('validate', SUMMARY.validate, async () => (await import('./commands/validate.ts')).validateCommand),
  lazy('diff', SUMMARY.diff, async () => (await import('./commands/diff.ts')).diffCommand),
  lazy('promote', SUMMARY.promote, async () => (await import('./commands/promote.ts')).promoteCommand),
  lazy('write-back', SUMMARY.writeBack, async () => (await import('./commands/write-back.ts')).writeBackCommand),
  lazy('status', SUMMARY.status, async () => (await import('./commands/status.ts')).statusCommand),
  lazy('rollout', SUMMARY.rollout, async () => (await import('./commands/rollout.ts')).rolloutCommand),
  lazy('bootstrap', SUMMARY.bootstrap, async () => (await import('./commands/bootstrap.ts')).bootstrapCommand),
  lazy('verify', SUMMARY.verify, async () => (await import('./commands/verify.ts')).verifyCommand),
]
