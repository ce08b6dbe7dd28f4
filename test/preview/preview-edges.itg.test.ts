/**
 * mode: preview through the bundled action, the other paths: a registry
 * that deletes single tags (distribution-spec 1.1 tag deletion, in front of
 * the real registry), a token without pull-requests: write (403), the
 * comment found past the first page, a push that fails validation, and a
 * run that starts after its pull request closed.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { skopeoListTags, skopeoRawManifest } from '../harness/verify.ts'
import { startFakeGitHub, type FakeGitHub } from '../fakes/github.ts'
import {
  GITHUB_TOKEN,
  leaks,
  manifestStatus,
  publishMain,
  runPreview,
  Workspaces,
} from './preview-lifecycle.ts'
import { startTagDeleteProxy, type TagDeleteProxy } from './tag-delete-proxy.ts'

const SHA = { main: '2'.repeat(40), a: 'a'.repeat(40), c: 'c'.repeat(40) }
let reg: TestRegistry
let proxy: TagDeleteProxy
let github: FakeGitHub
const workspaces = new Workspaces()

before(async () => {
  reg = await startRegistry('plain')
  ;[proxy, github] = await Promise.all([
    startTagDeleteProxy(reg),
    startFakeGitHub({ token: GITHUB_TOKEN, maxPerPage: 100 }),
  ])
})
after(async () => {
  await Promise.all([proxy?.stop(), github?.stop()])
  await reg?.stop()
  await workspaces.cleanUp()
})

test('a registry that deletes tags: cleanup removes exactly pr-43 and its SHA tags, main’s artifact (shared by one of them) stays', async () => {
  const image = `${proxy.hostPort}/acme/tagdelete`
  const main = await publishMain(await workspaces.create(2), image, SHA.main)
  assert.equal(main.code, 0, main.stdout)
  const inputs = { image, 'compare-with': 'main' }
  github.setPull(43, { state: 'open', headSha: SHA.a })
  const opened = await runPreview({
    workspace: await workspaces.create(5),
    number: 43,
    action: 'opened',
    headSha: SHA.a,
    apiUrl: github.url,
    inputs,
  })
  assert.equal(opened.code, 0, opened.stdout)
  github.setPull(43, { state: 'open', headSha: SHA.c })
  const same = await runPreview({
    workspace: await workspaces.create(2),
    number: 43,
    action: 'synchronize',
    headSha: SHA.c,
    apiUrl: github.url,
    inputs,
  })
  assert.equal(same.code, 0, same.stdout)
  assert.equal(
    same.outputs['digest'],
    main.outputs['digest'],
    'main’s content: main’s artifact is tagged pr-43',
  )
  const closed = await runPreview({
    workspace: await workspaces.create(2),
    number: 43,
    action: 'closed',
    headSha: SHA.c,
    apiUrl: github.url,
    inputs,
  })
  assert.equal(closed.code, 0, closed.stdout)
  assert.deepEqual(closed.outputs['removed-tags']?.split('\n').sort(), ['pr-43', SHA.a, SHA.c].sort())
  assert.equal(closed.outputs['kept-tags'], '')
  assert.equal(closed.outputs['removed-syncs'], '')
  assert.deepEqual(proxy.deleted.sort(), ['pr-43', SHA.a, SHA.c].map((t) => `acme/tagdelete:${t}`).sort())
  assert.deepEqual((await skopeoListTags(reg, 'acme/tagdelete')).sort(), ['main', SHA.main].sort())
  assert.deepEqual(
    await skopeoRawManifest(reg, 'acme/tagdelete:main'),
    await skopeoRawManifest(reg, `acme/tagdelete@${main.outputs['digest']}`),
  )
  assert.equal(
    await manifestStatus(reg, 'acme/tagdelete', opened.outputs['digest']!),
    200,
    'tag deletion leaves the manifest for garbage collection',
  )
  const body = github.comments.find((c) => c.issue === 43)!.body
  assert.match(
    body,
    /### configsync-oci preview `pr-43`: closed, cleaned up\n\n\*\*Tags\*\*\n\n- removed from `127\.0\.0\.1:\d+\/acme\/tagdelete`: `a{40}`, `pr-43`, `c{40}`\n/,
  )
  assert.doesNotMatch(body, /- left/)
})

test('without pull-requests: write (403): a warning, the job summary has the preview, the step passes', async () => {
  const denied = await startFakeGitHub({
    token: GITHUB_TOKEN,
    failures: [{ match: /^(POST|PATCH) \/repos\/acme\/config\/issues/, status: 403 }],
  })
  try {
    denied.setPull(44, { state: 'open', headSha: SHA.a })
    const run = await runPreview({
      workspace: await workspaces.create(3),
      number: 44,
      action: 'opened',
      headSha: SHA.a,
      apiUrl: denied.url,
      inputs: { image: `${reg.hostPort}/acme/denied` },
    })
    assert.equal(run.code, 0, run.stdout)
    assert.match(
      run.stdout,
      /::warning::could not comment on pull request #44: GitHub API: cannot comment on #44 \(HTTP 403\): Resource not accessible by integration.*\(the job needs permissions: pull-requests: write/,
    )
    assert.match(run.summary, /### configsync-oci preview `pr-44`/)
    assert.match(
      run.summary,
      /#### Changes against `main`\n\nNo artifact is tagged `main` in `127\.0\.0\.1:\d+\/acme\/denied` yet/,
    )
    assert.equal(run.outputs['comment-url'], '')
    assert.equal(denied.comments.length, 0)
    assert.ok(!leaks(run, GITHUB_TOKEN))
  } finally {
    await denied.stop()
  }
})

test('the comment is found past the first page of comments and edited, not duplicated', async () => {
  const image = `${reg.hostPort}/acme/paged`
  github.setPull(45, { state: 'open', headSha: SHA.a })
  const first = await runPreview({
    workspace: await workspaces.create(3),
    number: 45,
    action: 'opened',
    headSha: SHA.a,
    apiUrl: github.url,
    inputs: { image },
  })
  assert.equal(first.code, 0, first.stdout)
  for (let i = 0; i < 150; i++)
    github.comments.push({
      id: 5000 + i,
      issue: 45,
      body: `LGTM ${i}`,
      html_url: '',
      user: { login: 'reviewer', type: 'User' },
    })
  // Move ours behind the chatter: it is now on page 2.
  const ours = github.comments.findIndex(
    (c) => c.issue === 45 && c.body.startsWith('<!-- configsync-oci:preview'),
  )
  github.comments.push(...github.comments.splice(ours, 1))
  const second = await runPreview({
    workspace: await workspaces.create(4),
    number: 45,
    action: 'synchronize',
    headSha: SHA.c,
    apiUrl: github.url,
    inputs: { image },
  })
  assert.equal(second.code, 0, second.stdout)
  const previews = github.comments.filter(
    (c) => c.issue === 45 && c.body.startsWith('<!-- configsync-oci:preview'),
  )
  assert.equal(previews.length, 1)
  assert.match(previews[0]!.body, new RegExp(`at \`${SHA.c.slice(0, 12)}\``))
  assert.ok(
    github.requests.some(
      (r) => r.method === 'GET' && r.path.includes('/issues/45/comments') && r.path.includes('page=2'),
    ),
  )
})

test('a push that fails validation: the comment says so, nothing is pushed, the step fails', async () => {
  const bad = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n  namespace: test\n'
  github.setPull(46, { state: 'open', headSha: SHA.a })
  const run = await runPreview({
    workspace: await workspaces.create(3, { 'bad.yaml': bad }),
    number: 46,
    action: 'opened',
    headSha: SHA.a,
    apiUrl: github.url,
    inputs: { image: `${reg.hostPort}/acme/invalid` },
  })
  assert.equal(run.code, 1)
  const body = github.comments.find((c) => c.issue === 46)?.body ?? ''
  assert.match(body, /\*\*Validation failed:\*\* 1 error and 0 warnings; nothing was pushed\./)
  assert.match(body, /\| KNV1036 \| error \| `bad\.yaml:\d+` \|/)
  assert.deepEqual(await skopeoListTags(reg, 'acme/invalid').catch(() => []), [])
})

test('a run that starts after its pull request closed publishes nothing', async () => {
  github.setPull(47, { state: 'closed', headSha: SHA.a })
  const run = await runPreview({
    workspace: await workspaces.create(3),
    number: 47,
    action: 'synchronize',
    headSha: SHA.a,
    apiUrl: github.url,
    inputs: { image: `${reg.hostPort}/acme/stale` },
  })
  assert.equal(run.code, 0, run.stdout)
  assert.match(run.stdout, /::warning::pull request #47 is closed by now: this run publishes no preview/)
  assert.doesNotMatch(run.stdout, /::group::Pack artifact/)
  assert.equal(github.comments.filter((c) => c.issue === 47).length, 0)
})

test('rollout, config-repo and a bad preview name are refused before anything is pushed', async () => {
  github.setPull(48, { state: 'open', headSha: SHA.a })
  const image = `${reg.hostPort}/acme/refused`
  const cases: [Record<string, string>, RegExp][] = [
    [
      { rollout: 'true' },
      /::error::configsync-oci: input "rollout" cannot be used with mode "preview": it would send a pull request's artifact to the main sync/,
    ],
    [
      { 'config-repo': 'acme/platform-config' },
      /::error::configsync-oci: input "config-repo" cannot be used with mode "preview"/,
    ],
    [
      { 'preview-name-template': 'preview-for-a-very-long-feature-branch-{number}' },
      /::error::configsync-oci: input "preview-name-template": RootSync config-management-system\/preview-for-a-very-long-feature-branch-48 has a 41-character name; Config Sync allows at most 38/,
    ],
    [
      { 'preview-sync': 'true', 'sync-auth': 'password' },
      /::error::configsync-oci: input "sync-auth" is "password", expected one of gcenode, gcpserviceaccount, k8sserviceaccount, none/,
    ],
  ]
  for (const [inputs, message] of cases) {
    const run = await runPreview({
      workspace: await workspaces.create(3),
      number: 48,
      action: 'opened',
      headSha: SHA.a,
      apiUrl: github.url,
      inputs: { image, ...inputs },
    })
    assert.equal(run.code, 1, JSON.stringify(inputs))
    assert.match(run.stdout, message)
    assert.doesNotMatch(run.stdout, /::group::Pack artifact/)
  }
  assert.deepEqual(await skopeoListTags(reg, 'acme/refused').catch(() => []), [])
})
