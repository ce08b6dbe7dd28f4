import { renderStatusBlock, type StatusBlockEntry } from '../../report/sync-status-text.ts'
import { loadClusterModule } from '../../rootsync/cluster-loader.ts'
import { readSyncStatuses, type SyncStatusReport } from '../../rootsync/status-check.ts'
import { requireRolloutImage } from '../../rootsync/sync-patch.ts'
import { EXIT, parseCommandArgs, parseFormat, str, UsageError, type CliCommand, type CliIo } from '../args.ts'
import {
  CLUSTER_FLAG_OPTIONS,
  CLUSTER_FLAGS_HELP,
  readClusterSelection,
  readSyncRefs,
} from '../cluster-flags.ts'
import { SUMMARY } from '../command-summaries.ts'

const STATUS_USAGE = `Usage: configsync-oci status [--root-sync NAME | --repo-sync NS/NAME]... [options]

Prints the sync status of RootSyncs/RepoSyncs in one or more clusters, the
way nomos status does: SYNCED, PENDING, ERROR, STALLED or RECONCILING, the
commit (the image digest), and each error with its KNV code and the
resources it names. With --image, SYNCED means synced exactly that digest.
Exits 0 when every one is SYNCED, 1 otherwise. Needs Node 22 or later.

${CLUSTER_FLAGS_HELP}  --image REF@sha256:HEX report against this digest reference
  --format text|json     output format                                    (default text)
`

/** `configsync-oci status`: nomos-like status blocks (Node 22 and later). */
export const statusCommand: CliCommand = {
  name: 'status',
  summary: SUMMARY.status,
  usage: STATUS_USAGE,
  run: runStatus,
}

async function runStatus(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      ...CLUSTER_FLAG_OPTIONS,
      image: { type: 'string' },
      format: { type: 'string' },
    },
    'status',
  )
  if (values['help'] === true) {
    io.stdout(STATUS_USAGE)
    return EXIT.ok
  }
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument "${positionals[0]}"`, {
      hint: 'name syncs with --root-sync or --repo-sync',
    })
  const format = parseFormat(values['format'])
  const refs = readSyncRefs(values)
  const imageFlag = str(values['image'])
  const image = imageFlag === undefined ? undefined : requireRolloutImage(imageFlag)
  const cluster = await loadClusterModule('configsync-oci status')
  const members = cluster.openFleet(readClusterSelection(values), [], io.env)
  const reports = await readSyncStatuses(members, refs, image)
  io.stdout(
    format === 'json' ? `${JSON.stringify(reports.map(reportJson), null, 2)}\n` : renderReports(reports),
  )
  return reports.every((r) => r.state === 'SYNCED') ? EXIT.ok : EXIT.failed
}

function renderReports(reports: readonly SyncStatusReport[]): string {
  const clusters = [...new Set(reports.map((r) => r.cluster))]
  return clusters
    .map((name) => renderStatusBlock(name, reports.filter((r) => r.cluster === name).map(entryOf)))
    .join('\n')
}

function entryOf(report: SyncStatusReport): StatusBlockEntry {
  // A PENDING sync is not an error: its reason is what it is waiting for.
  const failed = report.state !== 'PENDING' && report.state !== 'RECONCILING'
  const listed = (report.status?.errors.length ?? 0) > 0
  const notes = [
    ...(report.problem !== undefined && !failed ? [`Waiting: ${report.problem}`] : []),
    ...(report.hint === undefined ? [] : [`Hint:    ${report.hint}`]),
  ]
  return {
    ref: report.ref,
    state: report.state,
    ...(report.status === undefined ? {} : { status: report.status }),
    ...(report.problem !== undefined && failed && !listed ? { problem: report.problem } : {}),
    notes,
  }
}

function reportJson(report: SyncStatusReport): object {
  return {
    cluster: report.cluster,
    kind: report.ref.kind,
    namespace: report.ref.namespace,
    name: report.ref.name,
    state: report.state,
    image: report.status?.image ?? null,
    commit: report.status?.commit ?? null,
    errors: report.status?.errors ?? [],
    problem: report.problem ?? null,
  }
}
