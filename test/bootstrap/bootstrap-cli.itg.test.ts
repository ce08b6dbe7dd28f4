/**
 * `configsync-oci bootstrap`: in process (Node 24) against the real local
 * registry and the fakes, and the bundled CLI on the machine's Node 20,
 * where it must refuse clearly before doing anything.
 */
import { findNode20 } from '../harness/node20.ts'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { cp, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { promisify } from 'node:util'
import { runCliCaptured } from '../harness/cli-io.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'
import { writeKubeconfig } from '../fakes/kube-apiserver/kubeconfig.ts'
import { FRAMES } from '../fakes/kube-apiserver/status-frames.ts'
import { startFakeApiServer, type FakeApiServer } from '../fakes/kube-apiserver/server.ts'
import { startFakeArtifactRegistry, type FakeArtifactRegistry } from '../google/fake-artifact-registry.ts'
import { startFakeIam, type FakeIam } from '../google/fake-iam.ts'

const execFileAsync = promisify(execFile)
const CLI = join(process.env['CONFIGSYNC_OCI_DIST'] ?? join(import.meta.dirname, '../../dist'), 'cli.js')
const GSA = 'config-sync@acme-prod.iam.gserviceaccount.com'
let registry: TestRegistry
let ar: FakeArtifactRegistry
let iam: FakeIam
let server: FakeApiServer
let dir: string
let env: NodeJS.ProcessEnv

before(async () => {
  registry = await startRegistry('plain')
  ar = await startFakeArtifactRegistry()
  iam = await startFakeIam(ar)
  iam.serviceAccounts.add(GSA)
  server = await startFakeApiServer()
  server.reconciler.use({ name: 'quick', frames: [FRAMES.synced], endsSynced: true })
  dir = await makeTempDir('bootstrap-cli')
  await cp(join(import.meta.dirname, '../../examples/namespace'), join(dir, 'config'), { recursive: true })
  await mkdir(join(dir, 'shop'))
  await writeFile(
    join(dir, 'shop', 'settings.yaml'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: shop\n',
  )
  const kubeconfig = await writeKubeconfig(join(dir, 'kubeconfig'), [
    { context: 'prod', server: server.url, caPem: server.caPem },
  ])
  env = {
    PATH: process.env['PATH'] ?? '',
    KUBECONFIG: kubeconfig,
    CONFIGSYNC_OCI_ARTIFACT_REGISTRY_ENDPOINT: iam.url,
    CONFIGSYNC_OCI_IAM_ENDPOINT: iam.url,
  }
})
after(async () => {
  await server?.stop()
  await iam?.close()
  await ar?.close()
  await registry?.stop()
  if (dir) await removeDir(dir)
})

test('help says what it does and that it needs Node 22', async () => {
  const help = await runCliCaptured(['help', 'bootstrap'])
  assert.equal(help.code, 0)
  assert.match(help.stdout, /Needs Node 22 or later/)
  assert.match(help.stdout, /--dry-run {14}read and plan every step; change nothing/)
  const main = await runCliCaptured(['help'])
  assert.match(
    main.stdout,
    /bootstrap +one-time setup: repository, IAM, first artifact, RootSync\/RepoSync, wait \(Node 22\+\)/,
  )
})

test('a full bootstrap (JSON), then a second run that changes nothing (text)', async () => {
  const args = [
    'bootstrap',
    '--image',
    `${registry.hostPort}/acme/cli`,
    '--dir',
    join(dir, 'config'),
    '--timeout',
    '30s',
    '-t',
    'first',
    '-q',
  ]
  const first = await runCliCaptured([...args, '--format', 'json'], { env })
  assert.equal(first.code, 0, first.stderr)
  const report = JSON.parse(first.stdout) as {
    ok: boolean
    changes: number
    image: string
    syncStatus: string
    steps: { id: string; outcome: string }[]
  }
  assert.deepEqual(
    report.steps.map((s) => `${s.id}:${s.outcome}`),
    ['repository:skipped', 'reader-binding:skipped', 'artifact:created', 'sync:created', 'wait:synced'],
  )
  assert.deepEqual([report.ok, report.changes, report.syncStatus], [true, 2, 'SYNCED'])
  const second = await runCliCaptured(args, { env })
  assert.equal(second.code, 0, second.stderr)
  assert.match(second.stdout, /Nothing changed: every step was already in place\./)
  assert.ok(second.stdout.includes(report.image))
})

test('--dry-run with gcpserviceaccount and a RepoSync prints both IAM grants and creates nothing', async () => {
  const run = await runCliCaptured(
    [
      'bootstrap',
      '--image',
      'us-docker.pkg.dev/acme-prod/shop/config',
      '--dir',
      join(dir, 'shop'),
      '--repo-sync',
      'shop/frontend',
      '--sync-auth',
      'gcpserviceaccount',
      '--gcp-service-account-email',
      GSA,
      '--fleet-host-project',
      'fleet-host-1',
      '--dry-run',
      '--access-token-stdin',
      '-t',
      'v1',
      '-q',
    ],
    { env, stdin: 'ya29.cli-token\n' },
  )
  assert.equal(run.code, 0, run.stderr)
  const ksa =
    'serviceAccount:fleet-host-1.svc.id.goog[config-management-system/ns-reconciler-shop-frontend-8]'
  assert.ok(
    run.stdout.includes(
      `$ gcloud artifacts repositories add-iam-policy-binding shop --location=us --project=acme-prod --role=roles/artifactregistry.reader --member=serviceAccount:${GSA}`,
    ),
    run.stdout,
  )
  assert.ok(
    run.stdout.includes(
      `$ gcloud iam service-accounts add-iam-policy-binding ${GSA} --role=roles/iam.workloadIdentityUser --member='${ksa}'`,
    ),
    run.stdout,
  )
  assert.match(
    run.stdout,
    /kind: RepoSync\nmetadata:\n {2}name: frontend\n {2}namespace: shop\n[\s\S]*gcpServiceAccountEmail: config-sync@acme-prod\.iam\.gserviceaccount\.com\nEOF/,
  )
  assert.deepEqual(
    iam.requests.map((r) => `${r.method} ${r.path.split(':').pop()}`),
    ['POST getIamPolicy'],
    'only the service account policy was read',
  )
  assert.equal(server.store.get({ resource: 'reposyncs', namespace: 'shop', name: 'frontend' }), undefined)
  assert.ok(!run.stdout.includes('ya29.cli-token') && !run.stderr.includes('ya29.cli-token'))
})

test('usage errors exit 2 before anything is contacted', async () => {
  const missing = await runCliCaptured(['bootstrap'], { env })
  assert.equal(missing.code, 2)
  assert.match(missing.stderr, /--image is required/)
  const email = await runCliCaptured(
    ['bootstrap', '--image', 'us-docker.pkg.dev/acme-prod/x/y', '--sync-auth', 'gcpserviceaccount'],
    { env },
  )
  assert.equal(email.code, 2)
  assert.match(email.stderr, /--gcp-service-account-email goes with --sync-auth gcpserviceaccount/)
  const repoSync = await runCliCaptured(
    [
      'bootstrap',
      '--image',
      'us-docker.pkg.dev/acme-prod/x/y',
      '--repo-sync',
      `${'n'.repeat(30)}/${'r'.repeat(16)}`,
    ],
    { env },
  )
  assert.match(repoSync.stderr, /at most 45/)
})

test('a problem found while packing (here: no tag) stops the run before any API or cluster is changed', async () => {
  const before = { ar: ar.requests.length, iam: iam.requests.length, kube: server.requests.length }
  const run = await runCliCaptured(
    [
      'bootstrap',
      '--image',
      'us-docker.pkg.dev/acme-prod/untagged/app',
      '--dir',
      join(dir, 'config'),
      '--access-token-stdin',
    ],
    { env, stdin: 'ya29.t' },
  )
  assert.equal(run.code, 2, run.stderr)
  assert.match(run.stderr, /there is no tag to push/)
  assert.deepEqual(
    [ar.requests.length, iam.requests.length, server.requests.length],
    [before.ar, before.iam, before.kube],
    'no API and no cluster was even read',
  )
})

test('the bundled CLI on Node 20 refuses bootstrap with the reason, and pushes nothing', async () => {
  const node20 = await findNode20()
  const result = await execFileAsync(
    node20,
    [CLI, 'bootstrap', '--image', `${registry.hostPort}/acme/node20`, '--dir', join(dir, 'config')],
    { env },
  ).catch((error: { code: number; stderr: string }) => error)
  assert.equal('code' in result ? result.code : 0, 1)
  assert.match(
    result.stderr,
    /configsync-oci: error: configsync-oci bootstrap needs Node 22 or later; this is Node 20\.\d+\.\d+/,
  )
  assert.equal((await fetch(`${registry.url}/v2/acme/node20/tags/list`)).status, 404)
})
