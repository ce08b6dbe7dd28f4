import { bootstrap } from './bootstrap-adapters.ts'
import { ActionError, ClusterError } from '../errors.ts'
import { annotateFindings, setOutputs } from '../action/github/action-report.ts'
import { setBootstrapOutputs, writeBootstrapSummary } from '../action/github/bootstrap-report.ts'
import { renderBootstrapText } from '../report/bootstrap-text.ts'
import { setRolloutOutputs } from '../action/github/rollout-report.ts'
import { firstLine } from '../report/sync-status-text.ts'
import { describeSyncRef } from '../rootsync/sync-ref.ts'
import { detectSourceInfo } from '../source/source-info.ts'
import type { ActionMode } from '../action/context.ts'

/**
 * mode: setup — issue 9's bootstrap as an action step: repository, IAM
 * grants, first artifact, RootSync/RepoSync, wait; with dry-run: true the
 * plan and the equivalent commands only. Needs Node 22+ (the runner's
 * node24 has it).
 */
export const setupMode: ActionMode = {
  async run(context) {
    const { settings, env, workspace, logger } = context
    const { core: inputs, setup } = settings
    if (setup === undefined) throw new ActionError(`mode "${settings.mode}" has no setup settings`)
    const { validation, render, failOn } = settings.validation
    const source = await detectSourceInfo(inputs.dir, env)
    const report = await bootstrap({
      settings: setup.settings,
      displayDir: setup.displayDir,
      cluster: setup.selection,
      env,
      logger,
      what: 'mode setup',
      publish: {
        dir: inputs.dir,
        image: setup.settings.image,
        tags: inputs.tags,
        annotations: inputs.annotations,
        ignore: inputs.ignore,
        source,
        insecure: inputs.insecure,
        ...(inputs.credentials ? { credentials: inputs.credentials } : {}),
        ...(inputs.caFile ? { caFile: inputs.caFile } : {}),
        registry: { ...setup.registry, env, mask: context.mask },
        validation,
        render,
        failOn,
      },
    })
    logger.info(renderBootstrapText(report).trimEnd())
    if (report.published !== undefined) annotateFindings(report.published.findings, inputs.dir, workspace)
    if (report.published !== undefined && !report.dryRun) setOutputs(report.published)
    if (report.rollout !== undefined) setRolloutOutputs({ clusters: [report.rollout], ok: report.rollout.ok })
    setBootstrapOutputs(report)
    await writeBootstrapSummary(report)
    if (!report.ok) {
      const rollout = report.rollout
      throw new ClusterError(
        `setup did not finish: ${describeSyncRef(report.ref)} in cluster ${report.cluster} is ${rollout?.state ?? 'not synced'}: ${firstLine(rollout?.reason ?? '')}`,
        {
          hint:
            rollout?.hint ??
            'see the status block above; every step done so far stays done, so rerun after fixing the cause',
        },
      )
    }
  },
}
