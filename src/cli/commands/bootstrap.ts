import {
  readSyncAuth,
  readSyncSecretFlags,
  SYNC_SECRET_FLAG_OPTIONS,
  SYNC_SECRET_FLAGS_HELP,
} from '../cluster-flags.ts'
import type { SyncSecrets } from '../../rootsync/sync-secrets.ts'
import { resolve } from 'node:path'
import { bootstrap, type BootstrapRequest } from '../../pipeline/bootstrap-adapters.ts'
import { bootstrapSettings } from '../../bootstrap/settings.ts'
import { InputError } from '../../errors.ts'
import { bootstrapJson, renderBootstrapText } from '../../report/bootstrap-text.ts'
import { renderFindingsText, stderrLogger } from '../../report/text-report.ts'
import { parseDuration } from '../../rootsync/duration.ts'
import { checkSourceFormat, syncDirOf, type CreateSyncSpec } from '../../rootsync/sync-patch.ts'
import { checkSyncRef, rootSyncRef } from '../../rootsync/sync-ref.ts'
import { SYNC_KIND, type SyncRef } from '../../rootsync/types.ts'
import { detectSourceInfo } from '../../source/source-info.ts'
import type { SyncScope } from '../../manifests/validate.ts'
import {
  EXIT,
  parseCommandArgs,
  nonEmptyStrs,
  parseFormat,
  str,
  strs,
  UsageError,
  type CliCommand,
  type CliIo,
} from '../args.ts'
import { PUSH_FLAG_OPTIONS, readPushFlags } from '../push-flags.ts'
import { readRegistryFlags, REGISTRY_FLAG_OPTIONS } from '../registry-flags.ts'
import { readValidationFlags, VALIDATION_FLAG_OPTIONS } from '../validation-flags.ts'
import { SUMMARY } from '../command-summaries.ts'

const BOOTSTRAP_USAGE = `Usage: configsync-oci bootstrap --image REPOSITORY [--dir DIR] [options]

The one-time setup of a cluster that syncs from an OCI artifact, as one
idempotent command (Google's "Sync OCI artifacts from Artifact Registry"):
  1. the Artifact Registry repository exists (docker format)
  2. the reconciler's identity gets roles/artifactregistry.reader on it
     (k8sserviceaccount: its KSA through workload identity; gcpserviceaccount:
     the Google service account, plus roles/iam.workloadIdentityUser for the KSA)
  3. DIR is validated and published (pinned by digest)
  4. the RootSync/RepoSync is created or updated (sourceType oci)
  5. it waits until the cluster synced exactly that digest
Each step reads first and changes only what differs; a second run changes
nothing and says so. --dry-run prints every change as the equivalent gcloud
and kubectl commands and YAML, and makes none. Needs Node 22 or later (the
cluster client). Exits 0 when done (or planned), 1 on failure, 2 on usage errors.

  --image REPOSITORY     where to publish, e.g. us-docker.pkg.dev/PROJECT/REPO/NAME[:TAG] (required)
  --dir DIR              directory to publish                             (default .)
  --root-sync NAME       the RootSync (in config-management-system)      (default root-sync)
  --repo-sync NS/NAME    a RepoSync instead (reconciler ns-reconciler-NS[-NAME-LEN])
  --source-format unstructured|hierarchy                                  (default unstructured)
  --sync-dir DIR         spec.oci.dir                                     (default .)
  --sync-auth AUTH       k8sserviceaccount (Config Sync 1.17.2+), gcpserviceaccount
                         (older releases), gcenode, token (any registry, 1.24+) or none
                         (default token with a sync token, k8sserviceaccount for
                         Google registries, else none)
  --gcp-service-account-email EMAIL   for --sync-auth gcpserviceaccount
  For GHCR and other registries (auth token; the Secret is created or updated
  before the RSync, and the cluster's CRD must accept token):
${SYNC_SECRET_FLAGS_HELP}  --fleet-host-project PROJECT
                         project of the workload identity pool (PROJECT.svc.id.goog)
                         (default the image's project)
  --repository-description TEXT, --repository-label K=V (repeatable)
                         for a repository that step 1 creates
  --kubeconfig FILE      kubeconfig file (default KUBECONFIG, ~/.kube/config)
  --context NAME         kubeconfig context (default the current one)
  --dry-run              read and plan every step; change nothing
  --no-wait              do not wait for the sync
  --timeout DURATION     how long to wait, e.g. 90s, 5m                   (default 5m)
  --access-token-stdin   read a Google access token from stdin (else ADC); used for the
                         push and the Artifact Registry and IAM APIs
  -u, --username USER / --password-stdin, --insecure, --ca-file FILE, --retries N
                         as for publish; -t, --tag TAG and --ignore PATTERN too
  --allow-secrets, --no-schema-checks, --kubernetes-version 1.N, --render, --fail-on
                         validation, as for publish
  --format text|json     result format on stdout                          (default text)
  -q, --quiet / -v, --verbose
`

/** `configsync-oci bootstrap`: issue 9's one-command setup (Node 22 and later). */
export const bootstrapCommand: CliCommand = {
  name: 'bootstrap',
  summary: SUMMARY.bootstrap,
  usage: BOOTSTRAP_USAGE,
  run: runBootstrapCommand,
}

const { 'create-repository': _implied, ...PUSH_FLAGS } = PUSH_FLAG_OPTIONS

async function runBootstrapCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      image: { type: 'string' },
      dir: { type: 'string' },
      tag: { type: 'string', short: 't', multiple: true },
      ignore: { type: 'string', multiple: true },
      kubeconfig: { type: 'string' },
      context: { type: 'string' },
      'sync-dir': { type: 'string' },
      'sync-auth': { type: 'string' },
      'gcp-service-account-email': { type: 'string' },
      'fleet-host-project': { type: 'string' },
      'dry-run': { type: 'boolean' },
      'no-wait': { type: 'boolean' },
      timeout: { type: 'string' },
      format: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      verbose: { type: 'boolean', short: 'v' },
      ...VALIDATION_FLAG_OPTIONS,
      ...REGISTRY_FLAG_OPTIONS,
      ...PUSH_FLAGS,
      ...SYNC_SECRET_FLAG_OPTIONS,
    },
    'bootstrap',
  )
  if (values['help'] === true) {
    io.stdout(BOOTSTRAP_USAGE)
    return EXIT.ok
  }
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument "${positionals[0]}"`, { hint: 'give the directory with --dir' })
  const format = parseFormat(values['format'])
  const request = await readRequest(values, io)
  const report = await bootstrap(request)
  if ((report.published?.findings.length ?? 0) > 0)
    io.stderr(renderFindingsText(report.published?.findings ?? []))
  io.stdout(
    format === 'json' ? `${JSON.stringify(bootstrapJson(report), null, 2)}\n` : renderBootstrapText(report),
  )
  return report.ok ? EXIT.ok : EXIT.failed
}

/** Everything the flags say, checked; secrets come from stdin. */
async function readRequest(values: Readonly<Record<string, unknown>>, io: CliIo): Promise<BootstrapRequest> {
  const image = str(values['image'])
  if (image === undefined)
    throw new UsageError('--image is required', {
      hint: 'e.g. --image us-docker.pkg.dev/my-project/config/app',
    })
  const { validation, render, failOn } = readValidationFlags(values)
  const ref = syncRefOf(validation.scope)
  const secrets = await readSyncSecretFlags(values, ref, io)
  const spec = createSpec(values, ref, validation.sourceFormat ?? 'unstructured', image, secrets)
  const push = await readPushFlags({ ...values, 'create-repository': true }, io)
  const connection = await readRegistryFlags(values, io, 'bootstrap')
  const dirText = str(values['dir']) ?? '.'
  const dir = resolve(dirText)
  const context = str(values['context'])
  const kubeconfig = str(values['kubeconfig'])
  const settings = bootstrapSettings(
    {
      image,
      ref,
      spec,
      ...(secrets === undefined ? {} : { secrets }),
      fleetHostProject: str(values['fleet-host-project']) ?? '',
      repositoryLabels: push.repository?.labels ?? {},
      ...(push.repository?.description === undefined
        ? {}
        : { repositoryDescription: push.repository.description }),
      ...(context === undefined ? {} : { context }),
      wait: values['no-wait'] !== true,
      timeoutMs: parseDuration(str(values['timeout']) ?? '5m', '--timeout'),
      dryRun: values['dry-run'] === true,
    },
    {
      image: '--image',
      fleetHostProject: '--fleet-host-project',
      fleetHostProjectExample: '--fleet-host-project my-fleet-host',
      auth: '--sync-auth',
    },
  )
  return {
    settings,
    displayDir: dirText,
    env: io.env,
    what: 'configsync-oci bootstrap',
    logger: stderrLogger({ verbose: values['verbose'] === true, quiet: values['quiet'] === true }),
    cluster: {
      kubeconfigs: kubeconfig === undefined ? [] : [resolve(kubeconfig)],
      contexts: context === undefined ? [] : [context],
    },
    publish: {
      dir,
      image,
      tags: nonEmptyStrs(values['tag'], '--tag'),
      annotations: {},
      ignore: strs(values['ignore']),
      source: await detectSourceInfo(dir, io.env),
      ...connection,
      registry: { ...push, repository: { create: false, labels: {} } },
      validation,
      render,
      failOn,
    },
  }
}

function syncRefOf(scope: SyncScope | undefined): SyncRef {
  const ref =
    scope === undefined
      ? rootSyncRef('root-sync')
      : scope.kind === 'root'
        ? rootSyncRef(scope.name)
        : { kind: SYNC_KIND.repo, namespace: scope.namespace, name: scope.name }
  checkSyncRef(ref, ref.kind === SYNC_KIND.root ? '--root-sync' : '--repo-sync')
  return ref
}

/** sourceFormat, spec.oci.dir, auth (default by registry) and the service account email, checked as the rollout checks them. */
function createSpec(
  values: Readonly<Record<string, unknown>>,
  ref: SyncRef,
  sourceFormat: CreateSyncSpec['sourceFormat'],
  image: string,
  secrets: SyncSecrets | undefined,
): CreateSyncSpec {
  checkSourceFormat(ref, sourceFormat, '--source-format')
  const syncAuth = readSyncAuth(values, image, secrets)
  return { sourceFormat, dir: syncDirOf(str(values['sync-dir']), '--sync-dir', '--sync-dir .'), ...syncAuth }
}
