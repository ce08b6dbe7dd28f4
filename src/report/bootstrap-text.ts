import type { BootstrapReport, StepResult } from '../bootstrap/types.ts'
import { describeSyncRef } from '../rootsync/sync-ref.ts'
import { firstLine, renderStatusBlock } from './sync-status-text.ts'

/**
 * A bootstrap as text (the CLI's stdout and the action's log) and as JSON.
 * A dry run prints every change with the equivalent gcloud / kubectl
 * commands and the YAML; a real run prints each step's outcome, and says
 * so when nothing changed.
 */

const INDENT = '   '

/** The whole report as text. */
export function renderBootstrapText(report: BootstrapReport): string {
  const out = [
    heading(report),
    `Reconciler: ${report.identity.ksaNamespace}/${report.identity.ksaName} (${describeSyncRef(report.ref)}, cluster ${report.cluster})`,
    `IAM member: ${report.identity.ksaMember}`,
  ]
  for (const warning of report.warnings) out.push(`Warning: ${warning}`)
  out.push('')
  report.steps.forEach((step, index) => out.push(...stepLines(step, index + 1, report.dryRun)))
  out.push(conclusion(report))
  if (report.rollout?.status !== undefined || report.rollout?.ok === false) {
    const notes = report.rollout.ok
      ? []
      : [
          `Reason:  ${firstLine(report.rollout.reason)}`,
          ...(report.rollout.hint === undefined ? [] : [`Hint:    ${report.rollout.hint}`]),
        ]
    out.push(
      '',
      renderStatusBlock(report.cluster, [
        {
          ref: report.ref,
          ...(report.rollout.status === undefined ? {} : { status: report.rollout.status }),
          state: report.rollout.state,
          notes,
        },
      ]).trimEnd(),
    )
  }
  return `${out.join('\n')}\n`
}

/** "created", "would create", … */
export function describeOutcome(step: StepResult): string {
  if (step.outcome !== 'planned') return step.outcome
  if (step.change === 'update') return 'would update'
  return step.id === 'wait' ? 'would wait' : step.id === 'artifact' ? 'would publish' : 'would create'
}

/** How many steps changed something (or, in a dry run, would). */
export function countChanges(report: BootstrapReport): number {
  return report.steps.filter(
    (s) =>
      s.outcome === 'created' || s.outcome === 'updated' || (s.outcome === 'planned' && s.change !== 'none'),
  ).length
}

/** The report for `--format json` and the setup-steps output. */
export function bootstrapJson(report: BootstrapReport): object {
  return {
    dryRun: report.dryRun,
    ok: report.ok,
    cluster: report.cluster,
    sync: { kind: report.ref.kind, namespace: report.ref.namespace, name: report.ref.name },
    reconciler: {
      serviceAccount: `${report.identity.ksaNamespace}/${report.identity.ksaName}`,
      member: report.identity.ksaMember,
      readerMember: report.identity.readerMember ?? null,
    },
    image: report.image ?? null,
    changes: countChanges(report),
    steps: stepsJson(report),
    warnings: report.warnings,
    syncStatus: report.rollout?.state ?? null,
  }
}

/** One object per step: id, outcome, current → desired, commands, YAML, note. */
export function stepsJson(report: BootstrapReport): object[] {
  return report.steps.map((s) => ({
    id: s.id,
    title: s.title,
    outcome: s.outcome,
    current: s.current,
    desired: s.desired,
    commands: s.commands,
    yaml: s.yaml ?? null,
    note: s.note ?? null,
  }))
}

function heading(report: BootstrapReport): string {
  return report.dryRun
    ? 'configsync-oci bootstrap, dry run: the changes it would make (nothing is changed)'
    : 'configsync-oci bootstrap'
}

function stepLines(step: StepResult, number: number, dryRun: boolean): string[] {
  const lines = [`${number}. ${step.title}: ${describeOutcome(step)}`]
  if (step.change === 'skip') return [...lines, `${INDENT}${step.note ?? ''}`, '']
  lines.push(`${INDENT}current: ${step.current}`, `${INDENT}desired: ${step.desired}`)
  if (step.note !== undefined) lines.push(`${INDENT}note:    ${step.note}`)
  if (dryRun) {
    // A here-document's body and its EOF stay at column 0, so a copied command still works in a shell.
    for (const command of step.commands)
      lines.push(...command.split('\n').map((line, i) => (i === 0 ? `${INDENT}$ ${line}` : line)))
  }
  return [...lines, '']
}

function conclusion(report: BootstrapReport): string {
  const changes = countChanges(report)
  if (report.dryRun)
    return changes === 0
      ? 'Dry run: nothing to change; every step is in place.'
      : `Dry run: ${changes} change${changes === 1 ? '' : 's'} planned; nothing was changed.`
  if (!report.ok)
    return `Bootstrap did not finish: ${describeSyncRef(report.ref)} is ${report.rollout?.state ?? 'not synced'}.`
  if (changes === 0) return 'Nothing changed: every step was already in place.'
  const counts = (['created', 'updated', 'unchanged'] as const).map(
    (o) => `${report.steps.filter((s) => s.outcome === o).length} ${o}`,
  )
  return `Done: ${counts.join(', ')}.`
}
