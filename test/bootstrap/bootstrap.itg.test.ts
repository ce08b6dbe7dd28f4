/**
 * The whole bootstrap in process, against local fakes of the Artifact
 * Registry and IAM APIs (fake-iam.ts in front of issue 4's fake), issue
 * 5's fake API server with its scripted reconciler, and a REAL registry.
 *
 * The arrangement: the image names Artifact Registry
 * (us-docker.pkg.dev/acme-prod/config/app), so steps 1–3 run against the
 * fakes exactly as they would against Google. Google's registry host cannot
 * be reached from here, so step 4's publisher (a port of the engine) is the
 * real publish pipeline pointed at the local registry under the same
 * repository path; its digest is then named with the Artifact Registry
 * host, which is the reference the RootSync gets. Validation, packing,
 * pushing and the "already there" check all happen for real.
 */
import assert from 'node:assert/strict'
import { cp, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { bootstrap, type BootstrapRequest } from '../../src/pipeline/bootstrap-adapters.ts'
import type { Publisher } from '../../src/bootstrap/bootstrap.ts'
import { createPublisher } from '../../src/bootstrap/publisher.ts'
import { bootstrapSettings, type BootstrapInput } from '../../src/bootstrap/settings.ts'
import type { BootstrapReport } from '../../src/bootstrap/types.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import type { PublishSettings } from '../../src/pipeline/publish.ts'
import { renderBootstrapText } from '../../src/report/bootstrap-text.ts'
import { parseRepoSyncRef, rootSyncRef } from '../../src/rootsync/sync-ref.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { writeKubeconfig } from '../fakes/kube-apiserver/kubeconfig.ts'
import { FRAMES } from '../fakes/kube-apiserver/status-frames.ts'
import type { Scenario } from '../fakes/kube-apiserver/reconciler.ts'
import { startFakeApiServer, type FakeApiServer } from '../fakes/kube-apiserver/server.ts'
import { startFakeArtifactRegistry, type FakeArtifactRegistry } from '../google/fake-artifact-registry.ts'
import { startFakeIam, type FakeIam } from '../google/fake-iam.ts'

const TOKEN = 'ya29.bootstrap-itg-token'
const NAMES = {
  image: '--image',
  fleetHostProject: '--fleet-host-project',
  fleetHostProjectExample: '--fleet-host-project x',
  auth: '--sync-auth',
}
const GSA = 'config-sync@acme-prod.iam.gserviceaccount.com'
/** The reconciler reports the new digest synced on its first read: these tests are about the setup, rollout.itg tests the wait. */
const QUICK: Scenario = { name: 'quick', frames: [FRAMES.synced], endsSynced: true }
let registry: TestRegistry
let ar: FakeArtifactRegistry
let iam: FakeIam
let work: string
const servers: FakeApiServer[] = []

before(async () => {
  registry = await startRegistry('plain')
  ar = await startFakeArtifactRegistry()
  iam = await startFakeIam(ar)
  work = await makeTempDir('bootstrap-itg')
  await cp(join(import.meta.dirname, '../../examples/namespace'), join(work, 'config'), { recursive: true })
  // A namespace repo holds only objects of its namespace.
  await mkdir(join(work, 'bookstore'))
  await writeFile(
    join(work, 'bookstore', 'settings.yaml'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: bookstore\ndata:\n  color: blue\n',
  )
  iam.serviceAccounts.add(GSA)
})
after(async () => {
  for (const server of servers) await server.stop()
  await iam?.close()
  await ar?.close()
  await registry?.stop()
  if (work) await removeDir(work)
})

async function cluster(scenario: Scenario = QUICK): Promise<{ server: FakeApiServer; kubeconfig: string }> {
  const server = await startFakeApiServer()
  server.reconciler.use(scenario)
  servers.push(server)
  const kubeconfig = await writeKubeconfig(join(work, `kubeconfig-${servers.length}`), [
    { context: 'prod', server: server.url, caPem: server.caPem },
  ])
  return { server, kubeconfig }
}

/** Publishes to the local registry under the image's path and names the digest with the image's own host. */
function localPublisher(settings: PublishSettings, image: string): Publisher {
  const path = image.slice(image.indexOf('/') + 1)
  const inner = createPublisher(
    { ...settings, image: `${registry.hostPort}/${path}` },
    'config',
    new RecordingLogger(),
  )
  return async (dryRun) => {
    const published = await inner(dryRun)
    const reference = published.state.reference.replace(registry.hostPort, image.split('/')[0]!)
    return {
      state: { ...published.state, reference },
      result: { ...published.result, pushed: { ...published.result.pushed, reference } },
    }
  }
}

async function run(
  kubeconfig: string,
  overrides: Partial<BootstrapInput>,
): Promise<{ report: BootstrapReport; logger: RecordingLogger }> {
  const input: BootstrapInput = {
    image: 'us-docker.pkg.dev/acme-prod/config/app',
    ref: rootSyncRef('root-sync'),
    spec: { sourceFormat: 'unstructured', dir: '.', auth: 'k8sserviceaccount' },
    fleetHostProject: '',
    repositoryLabels: { team: 'platform' },
    context: 'prod',
    wait: true,
    timeoutMs: 20_000,
    dryRun: false,
    ...overrides,
  }
  const settings = bootstrapSettings(input, NAMES)
  const publish: PublishSettings = {
    dir: join(work, settings.ref.kind === 'RootSync' ? 'config' : settings.ref.namespace),
    image: settings.image,
    tags: [],
    annotations: {},
    ignore: [],
    insecure: false,
    source: { revision: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', created: '2026-11-20T10:00:00Z' },
    registry: { accessToken: TOKEN, retries: 0, repository: { create: false, labels: {} } },
    validation: {
      sourceFormat: 'unstructured',
      scope:
        settings.ref.kind === 'RootSync'
          ? { kind: 'root', name: settings.ref.name }
          : { kind: 'namespace', namespace: settings.ref.namespace, name: settings.ref.name },
    },
    render: false,
  }
  const logger = new RecordingLogger()
  const request: BootstrapRequest = {
    settings,
    publish,
    displayDir: 'config',
    cluster: { kubeconfigs: [kubeconfig], contexts: ['prod'] },
    logger,
    what: 'test',
    env: {
      CONFIGSYNC_OCI_ARTIFACT_REGISTRY_ENDPOINT: iam.url,
      CONFIGSYNC_OCI_IAM_ENDPOINT: iam.url,
      PATH: process.env['PATH'] ?? '',
    },
    publisher: localPublisher(publish, settings.image),
  }
  return { report: await bootstrap(request), logger }
}

/** Writes the real registry logged (its access log): uploads, manifests, tags. */
async function registryWrites(): Promise<number> {
  return ((await registry.log()).match(/"(?:PUT|POST|PATCH|DELETE) \/v2\//g) ?? []).length
}

const outcomes = (report: BootstrapReport): string[] => report.steps.map((s) => `${s.id}:${s.outcome}`)
const mutations = (server: FakeApiServer): string[] =>
  server.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)

describe('bootstrap, auth k8sserviceaccount, RootSync root-sync', () => {
  const REPO = 'projects/acme-prod/locations/us/repositories/config'
  const KSA = 'serviceAccount:acme-prod.svc.id.goog[config-management-system/root-reconciler]'

  it('a full bootstrap creates each step; a concurrent policy writer is kept; a second run changes nothing and says so', async () => {
    const { server, kubeconfig } = await cluster()
    iam.beforeSet(REPO, (p) =>
      p.bindings.push({ role: 'roles/artifactregistry.writer', members: ['user:bob@acme.example'] }),
    )
    const first = await run(kubeconfig, {})
    assert.deepEqual(
      outcomes(first.report),
      ['repository:created', 'reader-binding:created', 'artifact:created', 'sync:created', 'wait:synced'],
      first.logger.lines.join('\n'),
    )
    assert.equal(first.report.ok, true)
    assert.deepEqual(ar.repositories.get(REPO)?.['labels'], { team: 'platform' })
    assert.deepEqual(iam.policy(REPO).bindings, [
      { role: 'roles/artifactregistry.writer', members: ['user:bob@acme.example'] },
      { role: 'roles/artifactregistry.reader', members: [KSA] },
    ])
    const image = first.report.image!
    assert.match(image, /^us-docker\.pkg\.dev\/acme-prod\/config\/app@sha256:[0-9a-f]{64}$/)
    const stored = server.store.get({
      resource: 'rootsyncs',
      namespace: 'config-management-system',
      name: 'root-sync',
    }) as { spec: unknown }
    assert.deepEqual(stored.spec, {
      sourceType: 'oci',
      sourceFormat: 'unstructured',
      oci: { image, dir: '.', auth: 'k8sserviceaccount' },
    })
    assert.equal(first.report.rollout?.state, 'SYNCED')
    assert.match(
      renderBootstrapText(first.report),
      /Done: 4 created, 0 updated, 0 unchanged\.\n\nprod\n {2}-+\n {2}<root>:root-sync {3}us-docker\.pkg\.dev/,
    )

    const before = {
      ar: ar.requests.length,
      iam: iam.requests.length,
      kube: mutations(server).length,
      registry: await registryWrites(),
    }
    assert.ok(before.registry >= 4, 'the first run pushed (blobs, manifest, tag)')
    const second = await run(kubeconfig, {})
    assert.deepEqual(outcomes(second.report), [
      'repository:unchanged',
      'reader-binding:unchanged',
      'artifact:unchanged',
      'sync:unchanged',
      'wait:synced',
    ])
    assert.equal(second.report.image, image, 'the same content gives the same digest')
    assert.deepEqual(
      ar.requests.slice(before.ar).map((r) => r.method),
      ['GET'],
      'the repository was only read',
    )
    assert.deepEqual(
      iam.requests.slice(before.iam).map((r) => r.path.split(':').pop()),
      ['getIamPolicy'],
      'the policy was only read',
    )
    assert.equal(mutations(server).length, before.kube, 'nothing was written to the cluster')
    assert.equal(
      await registryWrites(),
      before.registry,
      'nothing was pushed: the digest was there under its tag',
    )
    assert.match(renderBootstrapText(second.report), /Nothing changed: every step was already in place\./)
    const dry = await run(kubeconfig, { dryRun: true })
    assert.deepEqual(outcomes(dry.report), [
      'repository:unchanged',
      'reader-binding:unchanged',
      'artifact:unchanged',
      'sync:unchanged',
      'wait:planned',
    ])
    assert.match(renderBootstrapText(dry.report), /Dry run: nothing to change; every step is in place\./)
  })
})

describe('bootstrap, auth gcpserviceaccount, RepoSync bookstore/rs (ns-reconciler-bookstore-rs-2)', () => {
  it('grants the reader role to the Google service account and workloadIdentityUser to the KSA, keeping unrelated bindings', async () => {
    const REPO = 'projects/acme-prod/locations/europe-west1/repositories/shop'
    const KSA =
      'serviceAccount:fleet-host-1.svc.id.goog[config-management-system/ns-reconciler-bookstore-rs-2]'
    ar.repositories.set(REPO, { name: REPO, format: 'DOCKER' })
    iam.write(REPO, (p) =>
      p.bindings.push({ role: 'roles/artifactregistry.repoAdmin', members: ['group:platform@acme.example'] }),
    )
    iam.write(GSA, (p) =>
      p.bindings.push({ role: 'roles/iam.serviceAccountTokenCreator', members: ['user:ops@acme.example'] }),
    )
    const { server, kubeconfig } = await cluster()
    const { report } = await run(kubeconfig, {
      image: 'europe-west1-docker.pkg.dev/acme-prod/shop/config',
      ref: parseRepoSyncRef('bookstore/rs', 'x'),
      fleetHostProject: 'fleet-host-1',
      spec: {
        sourceFormat: 'unstructured',
        dir: '.',
        auth: 'gcpserviceaccount',
        gcpServiceAccountEmail: GSA,
      },
    })
    assert.deepEqual(outcomes(report), [
      'repository:unchanged',
      'reader-binding:created',
      'workload-identity-binding:created',
      'artifact:created',
      'sync:created',
      'wait:synced',
    ])
    assert.equal(report.identity.ksaName, 'ns-reconciler-bookstore-rs-2')
    assert.deepEqual(iam.policy(REPO).bindings, [
      { role: 'roles/artifactregistry.repoAdmin', members: ['group:platform@acme.example'] },
      { role: 'roles/artifactregistry.reader', members: [`serviceAccount:${GSA}`] },
    ])
    assert.deepEqual(iam.policy(GSA).bindings, [
      { role: 'roles/iam.serviceAccountTokenCreator', members: ['user:ops@acme.example'] },
      { role: 'roles/iam.workloadIdentityUser', members: [KSA] },
    ])
    const stored = server.store.get({ resource: 'reposyncs', namespace: 'bookstore', name: 'rs' }) as {
      spec: { oci: unknown }
    }
    assert.deepEqual(stored.spec.oci, {
      image: report.image,
      dir: '.',
      auth: 'gcpserviceaccount',
      gcpServiceAccountEmail: GSA,
    })
    assert.match(
      report.steps.find((s) => s.id === 'sync')?.note ?? '',
      /kubectl create rolebinding ns-reconciler-bookstore-rs-2 -n bookstore --clusterrole=edit --serviceaccount=config-management-system:ns-reconciler-bookstore-rs-2/,
    )
  })
})

describe('bootstrap --dry-run', () => {
  it('reads and plans every step, prints the gcloud/kubectl commands and YAML, and no mutating request reaches a fake or the registry', async () => {
    const { server, kubeconfig } = await cluster()
    const before = { ar: ar.requests.length, iam: iam.requests.length }
    const { report } = await run(kubeconfig, {
      image: 'us-docker.pkg.dev/acme-dev/fresh/app',
      dryRun: true,
      ref: rootSyncRef('platform-config-long-name-30ch'),
    })
    assert.deepEqual(outcomes(report), [
      'repository:planned',
      'reader-binding:planned',
      'artifact:planned',
      'sync:planned',
      'wait:planned',
    ])
    assert.match(renderBootstrapText(report), /3\. Publish config: would publish\n/)
    const text = renderBootstrapText(report)
    const ksa =
      'serviceAccount:acme-dev.svc.id.goog[config-management-system/root-reconciler-platform-config-long-name-30ch]'
    const hex = /@sha256:([0-9a-f]{64})/.exec(report.image ?? '')?.[1] ?? 'none'
    for (const expected of [
      'configsync-oci bootstrap, dry run',
      'Warning: RootSync name "platform-config-long-name-30ch" is 30 characters',
      '$ gcloud artifacts repositories create fresh --repository-format=docker --location=us --project=acme-dev --labels=team=platform',
      `$ gcloud artifacts repositories add-iam-policy-binding fresh --location=us --project=acme-dev --role=roles/artifactregistry.reader --member='${ksa}'`,
      '$ configsync-oci publish --dir config --image us-docker.pkg.dev/acme-dev/fresh/app',
      "$ kubectl --context prod create -f - <<'EOF'",
      `\n    image: us-docker.pkg.dev/acme-dev/fresh/app@sha256:${hex}\n    dir: .\n    auth: k8sserviceaccount\nEOF\n`,
      `$ kubectl --context prod wait rootsync/platform-config-long-name-30ch -n config-management-system --for=jsonpath='{.status.sync.commit}'=${hex} --timeout=20s`,
      'Dry run: 4 changes planned; nothing was changed.',
    ])
      assert.ok(text.includes(expected), `${expected}\n---\n${text}`)
    assert.deepEqual(
      ar.requests.slice(before.ar).map((r) => r.method),
      ['GET'],
      'Artifact Registry: one read',
    )
    assert.deepEqual(
      iam.requests.slice(before.iam),
      [],
      'no policy of a missing repository is read or written',
    )
    assert.deepEqual(mutations(server), [], 'the cluster was only read')
    const tags = await fetch(`${registry.url}/v2/acme-dev/fresh/app/tags/list`)
    assert.equal(tags.status, 404, 'nothing was pushed')
  })
})

describe('auth gcenode and none', () => {
  it('ensure the repository but grant nothing, and say what to do instead (dry run, RepoSync repo-sync → ns-reconciler-bookstore)', async () => {
    const { kubeconfig } = await cluster()
    ar.repositories.set('projects/acme-prod/locations/us/repositories/config', {
      name: 'projects/acme-prod/locations/us/repositories/config',
      format: 'DOCKER',
    })
    const before = iam.requests.length
    for (const [auth, note] of [
      ['gcenode', /the nodes' service account pulls; grant it roles\/artifactregistry\.reader yourself/],
      ['none', /pulls anonymously; the repository must allow allUsers to read/],
    ] as const) {
      const { report } = await run(kubeconfig, {
        dryRun: true,
        ref: parseRepoSyncRef('bookstore', 'x'),
        spec: { sourceFormat: 'unstructured', dir: '.', auth },
      })
      assert.equal(report.identity.ksaName, 'ns-reconciler-bookstore')
      assert.deepEqual(outcomes(report).slice(0, 2), ['repository:unchanged', 'reader-binding:skipped'])
      assert.match(report.steps[1]?.note ?? '', note)
      assert.match(report.steps.find((s) => s.id === 'sync')?.yaml ?? '', new RegExp(`auth: ${auth}\n`))
    }
    assert.equal(iam.requests.length, before, 'no policy was read or written')
  })
})

describe('an existing RootSync', () => {
  it('with other auth and image is updated by a merge patch, and a later rollout (image-only apply) keeps what bootstrap set', async () => {
    const { server, kubeconfig } = await cluster()
    const key = { resource: 'rootsyncs', namespace: 'config-management-system', name: 'platform' }
    server.store.create(
      key,
      {
        apiVersion: 'configsync.gke.io/v1beta1',
        kind: 'RootSync',
        metadata: { name: 'platform', namespace: 'config-management-system' },
        spec: {
          sourceType: 'oci',
          oci: { image: `us-docker.pkg.dev/acme-prod/config/app@sha256:${'a'.repeat(64)}`, auth: 'none' },
        },
      },
      'kubectl-client-side-apply',
    )
    server.reconciler.settle(key)
    const { report } = await run(kubeconfig, { ref: rootSyncRef('platform') })
    const sync = report.steps.find((s) => s.id === 'sync')!
    assert.equal(sync.outcome, 'updated')
    assert.match(
      sync.desired,
      /spec\.sourceFormat: hierarchy → unstructured; spec\.oci\.image: \S+ → \S+; spec\.oci\.auth: none → k8sserviceaccount/,
    )
    assert.deepEqual(mutations(server), [
      'PATCH /apis/configsync.gke.io/v1beta1/namespaces/config-management-system/rootsyncs/platform',
    ])
    assert.equal(
      server.requests.find((r) => r.method === 'PATCH')?.contentType,
      'application/merge-patch+json',
    )
    // What the action's rollout sends next time: server-side apply of spec.oci.image alone, same field manager.
    const next = `us-docker.pkg.dev/acme-prod/config/app@sha256:${'d'.repeat(64)}`
    const { openBootstrapCluster } = await import('../../src/bootstrap/bootstrap-cluster.ts')
    const { rolloutCluster } = await import('../../src/rootsync/rollout.ts')
    const target = openBootstrapCluster({ kubeconfigs: [kubeconfig], contexts: [] }, {})
    await rolloutCluster(
      target,
      {
        ref: rootSyncRef('platform'),
        image: next,
        wait: false,
        timeoutMs: 1000,
        policy: { sourceErrorGraceMs: 0 },
      },
      new RecordingLogger(),
    )
    const stored = server.store.get(key) as { spec: unknown }
    assert.deepEqual(stored.spec, {
      sourceType: 'oci',
      sourceFormat: 'unstructured',
      oci: { image: next, dir: '.', auth: 'k8sserviceaccount' },
    })
  })
})

describe('failures', () => {
  it('a denied setIamPolicy stops before anything is published or synced, naming the permission', async () => {
    const { server, kubeconfig } = await cluster()
    iam.denied.add('artifactregistry.repositories.setIamPolicy')
    try {
      await assert.rejects(
        run(kubeconfig, { image: 'us-docker.pkg.dev/acme-prod/locked/app' }),
        /permission denied: the credential needs artifactregistry\.repositories\.setIamPolicy/,
      )
    } finally {
      iam.denied.clear()
    }
    assert.deepEqual(mutations(server), [])
    assert.equal((await fetch(`${registry.url}/v2/acme-prod/locked/app/tags/list`)).status, 404)
  })

  it('a RootSync that never syncs: the report says so with the status block (ok: false), nothing throws', async () => {
    const { kubeconfig } = await cluster({ name: 'stalled', frames: [FRAMES.stalled], endsSynced: false })
    const { report } = await run(kubeconfig, { ref: rootSyncRef('stuck') })
    assert.equal(report.ok, false)
    assert.deepEqual(report.steps.at(-1)?.outcome, 'failed')
    assert.match(
      renderBootstrapText(report),
      /Bootstrap did not finish: RootSync config-management-system\/stuck is STALLED\.[\s\S]*STALLED/,
    )
  })
})
