/**
 * The pull-request lifecycle end to end through the bundled action
 * (runAction): a real registry (Debian's docker-registry 2.8), the fake
 * Kubernetes API server of the rollout tests, and a fake of the GitHub REST
 * endpoints (issue comments, pulls.get) that Octokit talks to through
 * GITHUB_API_URL. Opened, synchronize, synchronize, closed.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { ActionRun } from '../harness/action-runner.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'
import { skopeoListTags, skopeoRawManifest } from '../harness/verify.ts'
import { writeKubeconfig } from '../fakes/kube-apiserver/kubeconfig.ts'
import { startFakeApiServer, type FakeApiServer } from '../fakes/kube-apiserver/server.ts'
import { FRAMES } from '../fakes/kube-apiserver/status-frames.ts'
import { startFakeGitHub, type FakeGitHub } from '../fakes/github.ts'
import {
  GITHUB_TOKEN,
  leaks,
  manifestStatus,
  publishMain,
  runPreview,
  Workspaces,
} from './preview-lifecycle.ts'

const KUBE_TOKEN = 'kube-token-never-printed'
/** The full sequence is played on the first push; later ones go straight to synced (fewer polls). */
const QUICK_SYNC = { name: 'quick', frames: [FRAMES.sourceFetched, FRAMES.synced], endsSynced: true }
const PR_KEY = { resource: 'rootsyncs', namespace: 'config-management-system', name: 'pr-42' }
const SHA = { main: '1'.repeat(40), a: 'a'.repeat(40), b: 'b1'.repeat(20), c: 'c'.repeat(40) }
let reg: TestRegistry
let github: FakeGitHub
let kube: FakeApiServer
let kubeDir: string
let kubeconfig: string
const workspaces = new Workspaces()

before(async () => {
  ;[reg, github, kube, kubeDir] = await Promise.all([
    startRegistry('plain'),
    startFakeGitHub({ token: GITHUB_TOKEN }),
    startFakeApiServer({ tokens: { [KUBE_TOKEN]: 'ci' } }),
    makeTempDir('preview-kube'),
  ])
  kubeconfig = await writeKubeconfig(join(kubeDir, 'kubeconfig'), [
    { context: 'preview-cluster', server: kube.url, caPem: kube.caPem, token: KUBE_TOKEN },
  ])
  github.setPull(42, { state: 'open', headSha: SHA.a })
})
after(async () => {
  await Promise.all([reg?.stop(), github?.stop(), kube?.stop()])
  if (kubeDir) await removeDir(kubeDir)
  await workspaces.cleanUp()
})

function noSecrets(run: ActionRun): void {
  assert.ok(
    run.stdout.includes(`::add-mask::${GITHUB_TOKEN}`),
    'the GitHub token is masked as soon as it is read',
  )
  assert.ok(!leaks(run, GITHUB_TOKEN), 'the GitHub token never appears')
  assert.ok(!leaks(run, KUBE_TOKEN), 'the kubeconfig token never appears')
}

function commentsOf(issue: number): string[] {
  return github.comments.filter((c) => c.issue === issue).map((c) => c.body)
}

test('opened, synchronize, synchronize, closed: one comment, a preview RootSync, cleanup of exactly the pull request’s tags', async () => {
  const image = `${reg.hostPort}/acme/preview`
  const main = await publishMain(await workspaces.create(2), image, SHA.main)
  assert.equal(main.code, 0, main.stdout)
  const baseDigest = main.outputs['digest']!
  const inputs = { image, 'preview-sync': 'true', 'compare-with': 'main', 'wait-timeout': '30s' }
  const push = async (action: string, headSha: string, replicas: number): Promise<ActionRun> => {
    github.setPull(42, { state: 'open', headSha })
    const run = await runPreview({
      workspace: await workspaces.create(replicas),
      number: 42,
      action,
      headSha,
      apiUrl: github.url,
      inputs,
      env: { KUBECONFIG: kubeconfig },
    })
    assert.equal(run.code, 0, run.stdout + run.stderr)
    noSecrets(run)
    return run
  }

  // opened: pr-42 and the head SHA, a comment with the digest, the validation summary and the diff against main.
  const opened = await push('opened', SHA.a, 3)
  assert.deepEqual(opened.outputs['tags']?.split('\n'), ['pr-42', SHA.a])
  assert.equal(opened.outputs['preview-name'], 'pr-42')
  assert.equal(opened.outputs['sync-status'], 'SYNCED')
  assert.deepEqual(commentsOf(42).length, 1)
  const first = commentsOf(42)[0]!
  assert.match(
    first,
    /^<!-- configsync-oci:preview id=127\.0\.0\.1:\d+\/acme\/preview state=[A-Za-z0-9_-]+ -->\n### configsync-oci preview `pr-42`/,
  )
  assert.ok(first.includes(`| Digest | \`${opened.outputs['digest']}\` |`))
  assert.match(first, /\*\*Validation:\*\* passed, no findings\./)
  assert.match(first, /#### Changes against `main`/)
  assert.match(first, /-  replicas: "2"\n\+  replicas: "3"/)
  assert.match(
    first,
    /\| preview-cluster \| \*\*SYNCED\*\* \| created with 127\.0\.0\.1:\d+\/acme\/preview@sha256:[0-9a-f]{64} \|/,
  )
  assert.equal(opened.outputs['comment-url'], github.comments[0]!.html_url)
  assert.match(opened.summary, /### configsync-oci preview `pr-42`/)
  // The preview RootSync: created at the pushed digest, marked so that deleting it deletes its objects.
  const created = kube.store.get(PR_KEY) as {
    metadata: { annotations?: Record<string, string> }
    spec: { sourceType: string; oci: { image: string } }
  }
  assert.equal(created.spec.oci.image, opened.outputs['image'])
  assert.equal(created.spec.sourceType, 'oci')
  assert.equal(created.metadata.annotations?.['configsync.gke.io/deletion-propagation-policy'], 'Foreground')

  // synchronize twice: the same comment is edited; the last push has main's content, so it is tagged onto main's digest.
  kube.reconciler.use(QUICK_SYNC)
  const second = await push('synchronize', SHA.b, 4)
  assert.match(commentsOf(42)[0]!, /-  replicas: "2"\n\+  replicas: "4"/)
  const third = await push('synchronize', SHA.c, 2)
  assert.equal(third.outputs['changed'], 'false')
  assert.equal(third.outputs['digest'], baseDigest)
  assert.equal(commentsOf(42).length, 1, 'one comment across three pushes')
  assert.equal(github.requests.filter((r) => r.method === 'POST').length, 1)
  assert.equal(github.requests.filter((r) => r.method === 'PATCH').length, 2)
  assert.match(commentsOf(42)[0]!, /No differences: both hold the same \d+ files\./)
  assert.ok(
    commentsOf(42)[0]!.includes(`| Digest | \`${baseDigest}\` |`),
    'the comment shows the latest push',
  )
  assert.ok(
    commentsOf(42)[0]!.includes(`${second.outputs['image']} → ${third.outputs['image']}`),
    'the preview sync moved from the second push to the third',
  )
  assert.equal(
    (kube.store.get(PR_KEY) as { spec: { oci: { image: string } } }).spec.oci.image,
    third.outputs['image'],
  )
  assert.ok(
    github.requests.some((r) => r.method === 'GET' && r.path === '/repos/acme/config/pulls/42'),
    'a queued run checks the pull request is still open',
  )

  // closed: the preview RootSync and the PR's own tags go; main's artifact and tags stay.
  github.setPull(42, { state: 'closed', headSha: SHA.c })
  const closed = await runPreview({
    workspace: await workspaces.create(2),
    number: 42,
    action: 'closed',
    headSha: SHA.c,
    merged: true,
    apiUrl: github.url,
    inputs,
    env: { KUBECONFIG: kubeconfig },
  })
  assert.equal(closed.code, 0, closed.stdout + closed.stderr)
  noSecrets(closed)
  assert.equal(kube.store.get(PR_KEY), undefined)
  assert.ok(kube.requests.some((r) => r.method === 'DELETE' && r.path.endsWith('/rootsyncs/pr-42')))
  assert.equal(closed.outputs['removed-syncs'], 'preview-cluster: RootSync config-management-system/pr-42')
  // distribution 2.8 cannot delete a tag: the manifests only the PR used are deleted, the one main uses is kept.
  assert.deepEqual(closed.outputs['removed-tags']?.split('\n').sort(), [SHA.a, SHA.b].sort())
  assert.deepEqual(closed.outputs['kept-tags']?.split('\n').sort(), ['pr-42', SHA.c].sort())
  assert.deepEqual(
    (await skopeoListTags(reg, 'acme/preview')).sort(),
    ['main', 'pr-42', SHA.main, SHA.c].sort(),
  )
  assert.equal(await manifestStatus(reg, 'acme/preview', opened.outputs['digest']!), 404)
  assert.equal(await manifestStatus(reg, 'acme/preview', second.outputs['digest']!), 404)
  assert.deepEqual(
    await skopeoRawManifest(reg, 'acme/preview:main'),
    await skopeoRawManifest(reg, `acme/preview@${baseDigest}`),
  )
  assert.equal(commentsOf(42).length, 1)
  const last = commentsOf(42)[0]!
  assert.match(last, /### configsync-oci preview `pr-42`: merged, cleaned up/)
  assert.match(last, /- preview-cluster: deleted: RootSync config-management-system\/pr-42 deleted/)
  assert.match(
    last,
    new RegExp(
      `- left \`pr-42\` \\(\`${baseDigest}\`\\): this registry deletes a tag only with its manifest, and that manifest is also tagged (main, ${SHA.main}|${SHA.main}, main)`,
    ),
  )
  assert.match(closed.summary, /merged, cleaned up/)
})

test('a preview that fails to sync (KNV2009): the comment shows ERROR, the step fails after commenting', async () => {
  kube.reconciler.use({
    name: 'quick-failure',
    frames: [FRAMES.sourceFetched, FRAMES.syncFailed],
    endsSynced: false,
  })
  github.setPull(49, { state: 'open', headSha: SHA.a })
  const run = await runPreview({
    workspace: await workspaces.create(7),
    number: 49,
    action: 'opened',
    headSha: SHA.a,
    apiUrl: github.url,
    inputs: { image: `${reg.hostPort}/acme/failing`, 'preview-sync': 'true', 'wait-timeout': '30s' },
    env: { KUBECONFIG: kubeconfig },
  })
  assert.equal(run.code, 1, run.stdout)
  assert.match(run.stdout, /::error::configsync-oci: preview sync failed in cluster preview-cluster: ERROR: /)
  assert.equal(run.outputs['sync-status'], 'ERROR')
  const body = commentsOf(49)[0] ?? ''
  assert.match(
    body,
    /\| preview-cluster \| \*\*ERROR\*\* \| created with 127\.0\.0\.1:\d+\/acme\/failing@sha256:[0-9a-f]{64} \| .*KNV2009/,
  )
  assert.match(run.summary, /\*\*ERROR\*\*/)
  noSecrets(run)
})
