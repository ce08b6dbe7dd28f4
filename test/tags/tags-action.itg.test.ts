/**
 * The bundled action end to end (runAction, the way the runner runs it):
 * tag rules on branch, tag and PR events, release tagging without upload,
 * skip-unchanged with compare-with (and the diff in the job summary), and
 * promote mode. "No upload" is read from the registry's own access log.
 */
import assert from 'node:assert/strict'
import { cp, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { runAction, type ActionRun } from '../harness/action-runner.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { tempDirs } from '../harness/tmp.ts'
import { skopeoListTags, skopeoRawManifest } from '../harness/verify.ts'
import { eventEnv, loadEvent, type EventName } from './event-fixture.ts'
import { blobUploads, logWatch } from './registry-log.ts'

const EXAMPLES = join(import.meta.dirname, '../../examples/namespace')
const CONFIG_MAP =
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: test\ndata:\n  replicas: "2"\n'
const RULES = [
  'type=ref,event=branch',
  'type=ref,event=pr',
  'type=semver,pattern={{version}}',
  'type=semver,pattern={{major}}.{{minor}}',
  'type=sha',
].join('\n')
let reg: TestRegistry
const temps = tempDirs()

before(async () => {
  reg = await startRegistry('plain')
})
after(async () => {
  await reg?.stop()
})

async function workspace(extra: Record<string, string> = {}): Promise<string> {
  const ws = await temps.make('ws-tags')
  await cp(EXAMPLES, join(ws, 'config'), { recursive: true })
  for (const [name, content] of Object.entries(extra)) await writeFile(join(ws, 'config', name), content)
  return ws
}

/** Runs the action for an event fixture; `sha` overrides the commit (GITHUB_SHA and head_commit). */
async function runFor(
  name: EventName,
  ws: string,
  inputs: Record<string, string>,
  sha?: string,
): Promise<ActionRun> {
  const event = loadEvent(name)
  const commit = sha ?? event.sha
  const payload =
    'head_commit' in event.payload
      ? { ...event.payload, head_commit: { ...(event.payload['head_commit'] as object), id: commit } }
      : event.payload
  return runAction({
    workspace: ws,
    sha: commit,
    eventName: event.eventName,
    event: payload,
    env: { ...eventEnv(event), GITHUB_SHA: commit } as Record<string, string>,
    inputs: { dir: 'config', ...inputs },
  })
}

function json(run: ActionRun): {
  tags: string[]
  'tag-names': string[]
  version: string
  digest: string
  changed: boolean
  annotations: Record<string, string>
} {
  return JSON.parse(run.outputs['json'] ?? '{}') as ReturnType<typeof json>
}

describe('tag rules', () => {
  test('push to main: branch, SHA; json holds tags, version and the manifest annotations', async () => {
    const image = `${reg.hostPort}/acme/rules`
    const run = await runFor('push-branch', await workspace(), { image, 'tag-rules': RULES, tags: 'extra' })
    assert.equal(run.code, 0, run.stdout)
    const sha = loadEvent('push-branch').sha
    assert.deepEqual(run.outputs['tags']?.split('\n'), ['main', sha, 'extra'])
    const meta = json(run)
    assert.deepEqual(meta['tag-names'], ['main', sha, 'extra'])
    assert.deepEqual(meta.tags, [`${image}:main`, `${image}:${sha}`, `${image}:extra`])
    assert.equal(meta.version, 'main')
    assert.equal(meta.digest, run.outputs['digest'])
    assert.equal(meta.changed, true)
    assert.equal(run.outputs['changed'], 'true')
    assert.equal(meta.annotations['org.opencontainers.image.revision'], sha)
    assert.deepEqual((await skopeoListTags(reg, 'acme/rules')).sort(), ['extra', 'main', sha].sort())
  })

  test('pull_request: pr-42 and the PR head SHA, not the merge commit', async () => {
    const run = await runFor('pull-request-synchronize', await workspace(), {
      image: `${reg.hostPort}/acme/pr`,
      'tag-rules': RULES,
    })
    assert.equal(run.code, 0, run.stdout)
    assert.deepEqual(run.outputs['tags']?.split('\n'), ['pr-42', '9d8c7b6a5f4e3d2c1b0a99887766554433221100'])
  })

  test('no tag-rules keeps the old default: the commit SHA, then the tags input', async () => {
    const run = await runFor('push-branch', await workspace(), {
      image: `${reg.hostPort}/acme/default`,
      tags: 'main',
    })
    assert.equal(run.code, 0, run.stdout)
    assert.deepEqual(run.outputs['tags']?.split('\n'), [loadEvent('push-branch').sha, 'main'])
  })

  test('a bad rule fails the step naming the input and line', async () => {
    const run = await runFor('push-branch', await workspace(), {
      image: `${reg.hostPort}/acme/bad`,
      'tag-rules': 'type=sha\ntype=ref',
    })
    assert.equal(run.code, 1)
    assert.match(
      run.stdout,
      /::error::configsync-oci: input "tag-rules" line 2 \(type=ref\): event must be branch, tag or pr/,
    )
  })
})

describe('release tagging', () => {
  test('a pushed v1.2.3 tags the artifact the branch push made for that commit: same digest, no upload', async () => {
    const ws = await workspace()
    const image = `${reg.hostPort}/acme/release`
    const branch = await runFor('push-branch', ws, { image, 'tag-rules': RULES })
    assert.equal(branch.code, 0, branch.stdout)
    const watch = logWatch(reg)
    await watch.mark()
    const release = await runFor('push-tag-release', ws, { image, 'tag-rules': RULES })
    assert.equal(release.code, 0, release.stdout)
    assert.deepEqual(blobUploads(await watch.requests(), 'acme/release'), [])
    assert.equal(release.outputs['digest'], branch.outputs['digest'])
    assert.deepEqual(release.outputs['tags']?.split('\n'), [
      '1.2.3',
      '1.2',
      loadEvent('push-tag-release').sha,
      'latest',
    ])
    assert.equal(release.outputs['changed'], 'false')
    assert.equal(json(release).version, '1.2.3')
    assert.match(
      release.summary,
      /Release v1\.2\.3: the artifact of commit 860c1904a1ce19322e91ac35af1ab07466440c37 \(sha256:[0-9a-f]{64}, tag 860c1904a1ce19322e91ac35af1ab07466440c37\) was tagged; nothing was packed or uploaded\./,
    )
    assert.doesNotMatch(release.stdout, /::group::Pack artifact/)
    assert.deepEqual(
      await skopeoRawManifest(reg, 'acme/release:1.2.3'),
      await skopeoRawManifest(reg, 'acme/release:main'),
    )
  })

  test('a pre-release tag of a commit never pushed before is packed; only its full version, no latest', async () => {
    const run = await runFor('push-tag-prerelease', await workspace(), {
      image: `${reg.hostPort}/acme/release`,
      'tag-rules': RULES,
    })
    assert.equal(run.code, 0, run.stdout)
    assert.match(run.stdout, /::group::Pack artifact/)
    assert.deepEqual(run.outputs['tags']?.split('\n'), [
      '2.0.8-beta.67',
      loadEvent('push-tag-prerelease').sha,
    ])
    assert.equal(run.outputs['changed'], 'true')
  })
})

describe('skip unchanged (compare-with)', () => {
  test('same content as main: no blob upload, main’s digest gets the new tags, changed=false', async () => {
    const image = `${reg.hostPort}/acme/skip`
    const first = await runFor('push-branch', await workspace(), { image, tags: 'main' }, '1'.repeat(40))
    assert.equal(first.code, 0, first.stdout)
    const watch = logWatch(reg)
    await watch.mark()
    const second = await runFor(
      'push-branch',
      await workspace(),
      { image, tags: 'main', 'compare-with': 'main' },
      '2'.repeat(40),
    )
    assert.equal(second.code, 0, second.stdout)
    assert.deepEqual(blobUploads(await watch.requests(), 'acme/skip'), [])
    assert.equal(second.outputs['changed'], 'false')
    assert.equal(second.outputs['digest'], first.outputs['digest'])
    assert.deepEqual(second.outputs['tags']?.split('\n'), ['2'.repeat(40), 'main'])
    assert.match(
      second.summary,
      /Content unchanged: compare-with main \(sha256:[0-9a-f]{64}\) holds the same files/,
    )
    assert.deepEqual(
      await skopeoRawManifest(reg, `acme/skip:${'2'.repeat(40)}`),
      await skopeoRawManifest(reg, `acme/skip:${'1'.repeat(40)}`),
    )
  })

  test('changed content: pushed, changed=true, and the object diff against main is in the job summary', async () => {
    const image = `${reg.hostPort}/acme/skip2`
    const first = await runFor(
      'push-branch',
      await workspace({ 'settings.yaml': CONFIG_MAP }),
      { image, tags: 'main' },
      '3'.repeat(40),
    )
    assert.equal(first.code, 0, first.stdout)
    const changed = CONFIG_MAP.replace('replicas: "2"', 'replicas: "3"')
    const second = await runFor(
      'push-branch',
      await workspace({ 'settings.yaml': changed }),
      { image, tags: 'main', 'compare-with': 'main' },
      '4'.repeat(40),
    )
    assert.equal(second.code, 0, second.stdout)
    assert.equal(second.outputs['changed'], 'true')
    assert.notEqual(second.outputs['digest'], first.outputs['digest'])
    assert.match(second.summary, /### Changes since main/)
    assert.match(second.summary, /\*\*Objects:\*\* 0 added, 0 removed, 1 changed\./)
    assert.match(
      second.summary,
      /```diff\n--- a\/ConfigMap test\/settings\t\(settings\.yaml\)\n\+\+\+ b\/ConfigMap test\/settings\t\(settings\.yaml\)\n@@ -4,4 \+4,4 @@\n   name: settings\n   namespace: test\n data:\n-  replicas: "2"\n\+  replicas: "3"\n```\n/,
    )
  })

  test('a compare-with tag that does not exist yet: pushed normally', async () => {
    const run = await runFor('push-branch', await workspace(), {
      image: `${reg.hostPort}/acme/fresh`,
      'compare-with': 'main',
    })
    assert.equal(run.code, 0, run.stdout)
    assert.equal(run.outputs['changed'], 'true')
    assert.match(run.stdout, /compare-with main does not exist in 127\.0\.0\.1:\d+\/acme\/fresh: pushing/)
  })
})

describe('promote mode', () => {
  test('adds prod to a digest: no upload, same digest, outputs set', async () => {
    const image = `${reg.hostPort}/acme/promote`
    const ws = await workspace()
    const pushed = await runFor('push-branch', ws, { image })
    assert.equal(pushed.code, 0, pushed.stdout)
    const watch = logWatch(reg)
    await watch.mark()
    const run = await runFor('workflow-dispatch', ws, {
      mode: 'promote',
      image,
      from: pushed.outputs['digest']!,
      tags: 'prod',
    })
    assert.equal(run.code, 0, run.stdout)
    assert.deepEqual(blobUploads(await watch.requests(), 'acme/promote'), [])
    assert.equal(run.outputs['digest'], pushed.outputs['digest'])
    assert.equal(run.outputs['image'], `${image}@${pushed.outputs['digest']}`)
    assert.equal(run.outputs['tags'], 'prod')
    assert.equal(run.outputs['changed'], 'false')
    assert.match(
      run.summary,
      /Promoted sha256:[0-9a-f]{64} \(sha256:[0-9a-f]{64}\) to prod; nothing was uploaded\./,
    )
    assert.deepEqual(
      await skopeoRawManifest(reg, 'acme/promote:prod'),
      await skopeoRawManifest(reg, `acme/promote@${pushed.outputs['digest']}`),
    )
  })

  test('input errors: no from, no tags, another repository, a missing tag', async () => {
    const ws = await workspace()
    const image = `${reg.hostPort}/acme/promote`
    const cases: [Record<string, string>, RegExp][] = [
      [{ tags: 'prod' }, /input "from" is required for mode "promote"/],
      [{ from: 'main' }, /input "tags" is required for mode "promote"/],
      [
        { from: `${reg.hostPort}/acme/other:main`, tags: 'prod' },
        /from ".*acme\/other:main" must name a tag or digest in 127\.0\.0\.1:\d+\/acme\/promote/,
      ],
      [
        { from: 'nope', tags: 'prod' },
        /input "from": nope does not exist in 127\.0\.0\.1:\d+\/acme\/promote/,
      ],
    ]
    for (const [inputs, message] of cases) {
      const run = await runFor('workflow-dispatch', ws, { mode: 'promote', image, ...inputs })
      assert.equal(run.code, 1, JSON.stringify(inputs))
      assert.match(run.stdout, message)
    }
  })
})
