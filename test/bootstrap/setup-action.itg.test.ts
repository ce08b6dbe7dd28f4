/**
 * End to end through the BUNDLED action (runAction): mode setup.
 * - dry-run with an Artifact Registry image: the Artifact Registry and IAM
 *   APIs are the local fakes (CONFIGSYNC_OCI_ARTIFACT_REGISTRY_ENDPOINT,
 *   CONFIGSYNC_OCI_IAM_ENDPOINT), the cluster is issue 5's fake API server;
 *   everything is read, the plan is printed, and nothing is written.
 * - a full run with an image on the REAL local registry (not an Artifact
 *   Registry host, so the repository and IAM steps are skipped and say why;
 *   bootstrap.itg.test.ts runs them for real), then a second run that
 *   changes nothing.
 */
import assert from 'node:assert/strict'
import { cp, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { runAction, type ActionRun } from '../harness/action-runner.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'
import { writeKubeconfig } from '../fakes/kube-apiserver/kubeconfig.ts'
import { startFakeApiServer, type FakeApiServer } from '../fakes/kube-apiserver/server.ts'
import { startFakeArtifactRegistry, type FakeArtifactRegistry } from '../google/fake-artifact-registry.ts'
import { startFakeIam, type FakeIam } from '../google/fake-iam.ts'

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const EVENT = { head_commit: { id: SHA, timestamp: '2026-11-20T10:00:00Z' }, ref: 'refs/heads/main' }
const TOKEN = 'ya29.setup-e2e-token'
const KUBE_TOKEN = 'kube-setup-token-do-not-print'
let registry: TestRegistry
let ar: FakeArtifactRegistry
let iam: FakeIam
let workspace: string
const servers: FakeApiServer[] = []

before(async () => {
  registry = await startRegistry('plain')
  ar = await startFakeArtifactRegistry()
  iam = await startFakeIam(ar)
  workspace = await makeTempDir('setup-ws')
  await cp(join(import.meta.dirname, '../../examples/namespace'), join(workspace, 'config'), {
    recursive: true,
  })
})
after(async () => {
  for (const server of servers) await server.stop()
  await iam?.close()
  await ar?.close()
  await registry?.stop()
  if (workspace) await removeDir(workspace)
})

async function cluster(name: string): Promise<{ server: FakeApiServer; kubeconfig: string }> {
  const server = await startFakeApiServer({ tokens: { [KUBE_TOKEN]: 'ci' } })
  servers.push(server)
  const kubeconfig = await writeKubeconfig(join(workspace, `gha-kubeconfig-${name}`), [
    { context: `gke_acme_${name}`, server: server.url, caPem: server.caPem, token: KUBE_TOKEN },
  ])
  return { server, kubeconfig }
}

function noSecrets(run: ActionRun): void {
  // ::add-mask:: is how a secret is registered with the runner; anywhere else it would be a leak.
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  for (const text of [stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]) {
    assert.ok(!text.includes(TOKEN) && !text.includes(KUBE_TOKEN), 'no token is printed')
  }
}

test('mode setup, dry-run: every change as gcloud/kubectl commands and YAML, and no mutating request reaches the fakes or the registry', async () => {
  const { server, kubeconfig } = await cluster('dry')
  const run = await runAction({
    workspace,
    sha: SHA,
    event: EVENT,
    inputs: {
      mode: 'setup',
      'dry-run': 'true',
      dir: 'config',
      image: 'us-docker.pkg.dev/acme-prod/config/app',
      'access-token': TOKEN,
      'repository-description': 'Config Sync artifacts',
      'root-sync': 'root-sync',
      'wait-timeout': '2m',
    },
    env: {
      KUBECONFIG: kubeconfig,
      CONFIGSYNC_OCI_ARTIFACT_REGISTRY_ENDPOINT: iam.url,
      CONFIGSYNC_OCI_IAM_ENDPOINT: iam.url,
    },
  })
  assert.equal(run.code, 0, run.stdout + run.stderr)
  const member = 'serviceAccount:acme-prod.svc.id.goog[config-management-system/root-reconciler]'
  for (const expected of [
    "$ gcloud artifacts repositories create config --repository-format=docker --location=us --project=acme-prod --description='Config Sync artifacts'",
    `$ gcloud artifacts repositories add-iam-policy-binding config --location=us --project=acme-prod --role=roles/artifactregistry.reader --member='${member}'`,
    "$ kubectl create -f - <<'EOF'\napiVersion: configsync.gke.io/v1beta1",
    'Dry run: 4 changes planned; nothing was changed.',
  ])
    assert.ok(run.stdout.includes(expected), `${expected}\n---\n${run.stdout}`)
  const steps = JSON.parse(run.outputs['setup-steps'] ?? '[]') as {
    id: string
    outcome: string
    yaml: string | null
  }[]
  assert.deepEqual(
    steps.map((s) => `${s.id}:${s.outcome}`),
    ['repository:planned', 'reader-binding:planned', 'artifact:planned', 'sync:planned', 'wait:planned'],
  )
  assert.match(
    steps[3]?.yaml ?? '',
    /image: us-docker\.pkg\.dev\/acme-prod\/config\/app@sha256:[0-9a-f]{64}\n/,
  )
  assert.equal(run.outputs['digest'], undefined, 'nothing published, no publish outputs')
  assert.match(
    run.summary,
    /configsync-oci setup: RootSync config-management-system\/root-sync in cluster gke_acme_dry \(dry run, 4 changes planned\)/,
  )
  assert.match(run.summary, /The same changes by hand:/)
  assert.deepEqual(
    ar.requests.map((r) => `${r.method} ${r.path}`),
    ['GET /v1/projects/acme-prod/locations/us/repositories/config'],
  )
  assert.ok(ar.requests.every((r) => r.authorization === `Bearer ${TOKEN}`))
  assert.deepEqual(iam.requests, [])
  assert.deepEqual(
    server.requests.filter((r) => r.method !== 'GET'),
    [],
  )
  noSecrets(run)
})

test('mode setup, full run on a registry that is not Artifact Registry, then a second run that changes nothing', async () => {
  const { server, kubeconfig } = await cluster('full')
  const inputs = {
    mode: 'setup',
    dir: 'config',
    image: `${registry.hostPort}/acme/setup`,
    'wait-timeout': '45s',
  }
  const first = await runAction({
    workspace,
    sha: SHA,
    event: EVENT,
    inputs,
    env: { KUBECONFIG: kubeconfig },
  })
  assert.equal(first.code, 0, first.stdout + first.stderr)
  const image = first.outputs['image']!
  assert.match(image, new RegExp(`^${registry.hostPort}/acme/setup@sha256:[0-9a-f]{64}$`))
  const steps = JSON.parse(first.outputs['setup-steps']!) as {
    id: string
    outcome: string
    note: string | null
  }[]
  assert.deepEqual(
    steps.map((s) => `${s.id}:${s.outcome}`),
    ['repository:skipped', 'reader-binding:skipped', 'artifact:created', 'sync:created', 'wait:synced'],
  )
  assert.match(steps[0]?.note ?? '', /is not an Artifact Registry host/)
  assert.equal(first.outputs['sync-status'], 'SYNCED')
  assert.equal(first.outputs['synced-commit'], first.outputs['digest']!.slice('sha256:'.length))
  const stored = server.store.get({
    resource: 'rootsyncs',
    namespace: 'config-management-system',
    name: 'root-sync',
  }) as { spec: unknown }
  assert.deepEqual(stored.spec, {
    sourceType: 'oci',
    sourceFormat: 'unstructured',
    oci: { image, dir: '.', auth: 'none' },
  })
  assert.match(
    first.stdout,
    /the reconciler is rolling out \(Reconciling: Deployment\)/,
    'the wait followed the reconciler',
  )
  assert.match(first.stdout, /Done: 2 created, 0 updated, 0 unchanged\./)

  const writes = server.requests.filter((r) => r.method !== 'GET').length
  const second = await runAction({
    workspace,
    sha: SHA,
    event: EVENT,
    inputs,
    env: { KUBECONFIG: kubeconfig },
  })
  assert.equal(second.code, 0, second.stdout)
  assert.deepEqual(
    (JSON.parse(second.outputs['setup-steps']!) as { outcome: string }[]).map((s) => s.outcome),
    ['skipped', 'skipped', 'unchanged', 'unchanged', 'synced'],
  )
  assert.match(second.stdout, /Nothing changed: every step was already in place\./)
  assert.match(second.summary, /\(nothing changed\)/)
  assert.equal(second.outputs['image'], image)
  assert.equal(
    server.requests.filter((r) => r.method !== 'GET').length,
    writes,
    'the second run wrote nothing to the cluster',
  )
  noSecrets(second)
})

test('mode setup with a manifest error: annotated, the step fails, and no API, cluster or registry was changed', async () => {
  const { server, kubeconfig } = await cluster('broken')
  await mkdir(join(workspace, 'broken'))
  await writeFile(
    join(workspace, 'broken', 'cm.yaml'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n  namespace: shop\n',
  )
  const before = { ar: ar.requests.length, iam: iam.requests.length }
  const run = await runAction({
    workspace,
    sha: SHA,
    event: EVENT,
    inputs: {
      mode: 'setup',
      dir: 'broken',
      image: 'us-docker.pkg.dev/acme-prod/broken/app',
      'access-token': TOKEN,
    },
    env: {
      KUBECONFIG: kubeconfig,
      CONFIGSYNC_OCI_ARTIFACT_REGISTRY_ENDPOINT: iam.url,
      CONFIGSYNC_OCI_IAM_ENDPOINT: iam.url,
    },
  })
  assert.equal(run.code, 1)
  assert.match(run.stdout, /::error title=KNV1036,file=broken\/cm\.yaml,line=4::KNV1036/)
  assert.deepEqual(
    [ar.requests.length, iam.requests.length, server.requests.length],
    [before.ar, before.iam, 0],
  )
})

test('mode setup checks its inputs before anything is contacted', async () => {
  const google = await runAction({
    workspace,
    sha: SHA,
    event: EVENT,
    inputs: {
      mode: 'setup',
      dir: 'config',
      image: `${registry.hostPort}/acme/x`,
      'sync-auth': 'k8sserviceaccount',
    },
    env: { KUBECONFIG: '/nonexistent' },
  })
  assert.equal(google.code, 1)
  assert.match(
    google.stdout,
    /::error::configsync-oci: input "sync-auth" is k8sserviceaccount, but 127\.0\.0\.1:\d+ is not a Google registry/,
  )
  const fleet = await runAction({
    workspace,
    sha: SHA,
    event: EVENT,
    inputs: {
      mode: 'setup',
      dir: 'config',
      image: 'us-docker.pkg.dev/acme-prod/config/app',
      'fleet-host-project': 'Bad Project',
    },
    env: { KUBECONFIG: '/nonexistent' },
  })
  assert.match(
    fleet.stdout,
    /input "fleet-host-project" is "Bad Project", which is not a Google Cloud project ID/,
  )
  const long = await runAction({
    workspace,
    sha: SHA,
    event: EVENT,
    inputs: {
      mode: 'setup',
      dir: 'config',
      image: `${registry.hostPort}/acme/x`,
      'root-sync': 'a'.repeat(39),
    },
    env: { KUBECONFIG: '/nonexistent' },
  })
  assert.match(
    long.stdout,
    /::error::configsync-oci: input "root-sync" "a{39}" is 39 characters; Config Sync allows at most 38/,
  )
})
