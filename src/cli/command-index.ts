/**
 * The CLI's commands as `--help` needs them: name, summary and help text,
 * with each command's code behind a dynamic import. Loading every command
 * up front pulled @actions/core, undici, yaml and tar-stream into a
 * `--help` (issue 17: start-up within 60 ms of bare node); now a run loads
 * only the command it runs. test/cli/bundle-startup.itg.test.ts keeps it so.
 */
import type { CliCommand } from './args.ts'
import { SUMMARY } from './command-summaries.ts'

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
  lazy(
    'write-back',
    SUMMARY.writeBack,
    async () => (await import('./commands/write-back.ts')).writeBackCommand,
  ),
  lazy('status', SUMMARY.status, async () => (await import('./commands/status.ts')).statusCommand),
  lazy('rollout', SUMMARY.rollout, async () => (await import('./commands/rollout.ts')).rolloutCommand),
  lazy(
    'bootstrap',
    SUMMARY.bootstrap,
    async () => (await import('./commands/bootstrap.ts')).bootstrapCommand,
  ),
  lazy('verify', SUMMARY.verify, async () => (await import('./commands/verify.ts')).verifyCommand),
]
