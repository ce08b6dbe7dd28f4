import * as core from '@actions/core'
import type { BootstrapReport } from '../../bootstrap/types.ts'
import { describeSyncRef } from '../../rootsync/sync-ref.ts'
import { countChanges, describeOutcome, stepsJson } from '../../report/bootstrap-text.ts'

/**
 * The action's side of mode setup: the setup-steps output and the job
 * summary (one row per step; a dry run adds the commands and the YAML).
 * The publish and rollout outputs are set by their own reporters.
 */

/** The setup mode's own output (declared in action.yml too). */
export const BOOTSTRAP_OUTPUT = { setupSteps: 'setup-steps' } as const

/** setup-steps: a JSON list of {id, title, outcome, current, desired, commands, yaml, note}. */
export function setBootstrapOutputs(report: BootstrapReport): void {
  core.setOutput(BOOTSTRAP_OUTPUT.setupSteps, JSON.stringify(stepsJson(report)))
}

/** The job summary of a setup run. */
export async function writeBootstrapSummary(report: BootstrapReport): Promise<void> {
  const changes = countChanges(report)
  const state = report.dryRun
    ? `dry run, ${changes} change${changes === 1 ? '' : 's'} planned`
    : !report.ok
      ? 'did not finish'
      : changes === 0
        ? 'nothing changed'
        : `${changes} change${changes === 1 ? '' : 's'}`
  core.summary
    .addHeading(
      escapeHtml(
        `configsync-oci setup: ${describeSyncRef(report.ref)} in cluster ${report.cluster} (${state})`,
      ),
      2,
    )
    .addRaw(
      `Reconciler <code>${escapeHtml(`${report.identity.ksaNamespace}/${report.identity.ksaName}`)}</code>, IAM member <code>${escapeHtml(report.identity.ksaMember)}</code>`,
      true,
    )
    .addTable([
      ['#', 'Step', 'Current', 'Desired', 'Outcome'].map((data) => ({ data, header: true })),
      ...report.steps.map((s, i) => [
        String(i + 1),
        escapeHtml(s.title),
        escapeHtml(s.change === 'skip' ? (s.note ?? '') : s.current),
        escapeHtml(s.change === 'skip' ? '' : s.desired),
        `<b>${describeOutcome(s)}</b>`,
      ]),
    ])
  for (const warning of report.warnings) core.summary.addRaw(`⚠️ ${escapeHtml(warning)}`, true)
  if (report.dryRun) {
    const commands = report.steps.flatMap((s) => s.commands)
    if (commands.length > 0)
      core.summary.addRaw('The same changes by hand:', true).addCodeBlock(commands.join('\n\n'), 'sh')
  }
  await core.summary.write()
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
