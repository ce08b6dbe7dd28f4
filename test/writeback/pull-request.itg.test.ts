import assert from 'node:assert/strict'
import { join } from 'node:path'
import { before, test } from 'node:test'
import { causeChain, WriteBackError } from '../../src/errors.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { writeBack } from '../../src/writeback/git/write-back.ts'
import type { WriteBackSettings } from '../../src/writeback/git/writeback-types.ts'
import { tempDirs } from '../harness/tmp.ts'
import { startFakeGitHub, type FakeGitHub } from '../fakes/github.ts'
import {
  digestRef,
  git,
  pushOtherCommit,
  seedBareRepo,
  showFile,
  subjects,
  syncManifest,
} from './git-repos.ts'
import { gitEnv, settingsFor } from './settings.ts'

const TOKEN = 'ghp_PullRequestToken_0123456789'
const BRANCH = 'configsync-oci/rootsync-config-management-system-root-sync'
const OLD = digestRef('1')
const temps = tempDirs()
let root: string
let env: NodeJS.ProcessEnv

before(async () => {
  root = await temps.make('wb-pr')
  env = gitEnv(root)
})
function manifest(image: string): string {
  return syncManifest('RootSync', 'config-management-system', 'root-sync', image)
}

/** A fresh owner/name.git bare repo under root, and a fake GitHub that knows its branches. */
async function setup(
  name: string,
  options: { autoMergeAllowed?: boolean; failures?: { match: RegExp; status: number }[] } = {},
) {
  const seeded = await seedBareRepo(
    { 'clusters/prod/root-sync.yaml': manifest(OLD) },
    { root: join(root, 'acme'), name },
  )
  const github = await startFakeGitHub({
    token: TOKEN,
    branchExists: async (_owner, repo, branch) =>
      repo === name && (await git(seeded.bare, ['branch', '--list', branch])).trim() !== '',
    ...options,
  })
  const settings = (overrides: Partial<Omit<WriteBackSettings, 'target'>> = {}) => {
    const base = settingsFor(seeded.url, { token: TOKEN, mode: 'pull-request', ...overrides })
    return {
      ...base,
      pullRequest: {
        ...base.pullRequest,
        apiUrl: github.url,
        labels: ['configsync', 'automated'],
        autoMerge: 'squash' as const,
        ...overrides.pullRequest,
      },
    }
  }
  return { ...seeded, github, settings }
}

async function withGitHub<T>(github: FakeGitHub, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } finally {
    await github.stop()
  }
}

test('pull-request mode: a branch per target, one PR with title, diff body, labels and auto-merge; the base is untouched', async () => {
  const repo = await setup('platform-config')
  await withGitHub(repo.github, async () => {
    const image = digestRef('b')
    const result = await writeBack(repo.settings({ image }), env, new RecordingLogger())
    assert.equal(result.status, 'pull-request')
    assert.equal(result.branch, BRANCH)
    assert.deepEqual(result.pullRequest, {
      number: 1,
      url: 'https://github.test/acme/platform-config/pull/1',
      created: true,
      autoMerge: 'enabled',
    })
    assert.deepEqual(await subjects(repo.bare, 'main'), ['seed'])
    assert.equal(
      (await git(repo.bare, ['rev-parse', `${BRANCH}~1`])).trim(),
      (await git(repo.bare, ['rev-parse', 'main'])).trim(),
    )
    assert.equal(await showFile(repo.bare, BRANCH, 'clusters/prod/root-sync.yaml'), manifest(image))
    const [pull] = repo.github.pulls
    assert.equal(
      pull?.title,
      `configsync-oci: set RootSync config-management-system/root-sync image to sha256:${'b'.repeat(12)}`,
    )
    assert.equal(pull?.head.ref, BRANCH)
    assert.equal(pull?.base.ref, 'main')
    assert.match(pull?.body ?? '', /### Changes \(1 file\)/)
    assert.ok(
      pull?.body.includes(
        `-    image: "${OLD}"   # pinned by digest\n+    image: "${image}"   # pinned by digest`,
      ),
      pull?.body,
    )
    assert.match(pull?.body ?? '', /Run: https:\/\/github\.com\/acme\/app\/actions\/runs\/42/)
    assert.deepEqual(
      pull?.labels.map((l) => l.name),
      ['configsync', 'automated'],
    )
    assert.equal(pull?.autoMerge, 'SQUASH')
    assert.ok(repo.github.requests.every((r) => r.authorization === `token ${TOKEN}`))
  })
})

test('a later run updates the same branch and the same PR; the same image again pushes nothing', async () => {
  const repo = await setup('config-two')
  await withGitHub(repo.github, async () => {
    await writeBack(repo.settings({ image: digestRef('c') }), env, new RecordingLogger())
    const image = digestRef('d')
    const second = await writeBack(repo.settings({ image }), env, new RecordingLogger())
    assert.equal(second.pullRequest?.number, 1)
    assert.equal(second.pullRequest?.created, false)
    assert.equal(repo.github.pulls.length, 1)
    assert.equal(await showFile(repo.bare, BRANCH, 'clusters/prod/root-sync.yaml'), manifest(image))
    assert.equal(
      (await git(repo.bare, ['rev-list', '--count', BRANCH])).trim(),
      '2',
      'the branch is the base plus one commit',
    )
    assert.match(repo.github.pulls[0]!.title, /dddddddddddd/)

    const head = (await git(repo.bare, ['rev-parse', BRANCH])).trim()
    const logger = new RecordingLogger()
    const third = await writeBack(repo.settings({ image }), env, logger)
    assert.equal(third.commitSha, head)
    assert.equal((await git(repo.bare, ['rev-parse', BRANCH])).trim(), head, 'not pushed again')
    assert.ok(logger.lines.some((line) => /already holds this change/.test(line)))
  })
})

test('the base moved: the branch is rebuilt on the new base; once the base has the image, no PR and the open one is reported', async () => {
  const repo = await setup('config-three')
  await withGitHub(repo.github, async () => {
    const image = digestRef('e')
    await writeBack(repo.settings({ image }), env, new RecordingLogger())
    await pushOtherCommit(repo.url, 'main', 'README.md', 'hello\n')
    const rebuilt = await writeBack(repo.settings({ image }), env, new RecordingLogger())
    assert.equal(
      (await git(repo.bare, ['rev-parse', `${rebuilt.commitSha}~1`])).trim(),
      (await git(repo.bare, ['rev-parse', 'main'])).trim(),
    )
    assert.equal(await showFile(repo.bare, BRANCH, 'README.md'), 'hello\n')

    await git(repo.bare, ['update-ref', 'refs/heads/main', rebuilt.commitSha])
    const done = await writeBack(repo.settings({ image }), env, new RecordingLogger())
    assert.equal(done.status, 'unchanged')
    assert.equal(done.pullRequest, undefined)
    assert.deepEqual(done.stalePullRequest, {
      number: 1,
      url: 'https://github.test/acme/config-three/pull/1',
    })
  })
})

test('auto-merge the repository does not allow: the PR is still opened, with a warning', async () => {
  const repo = await setup('config-four', { autoMergeAllowed: false })
  await withGitHub(repo.github, async () => {
    const logger = new RecordingLogger()
    const result = await writeBack(repo.settings({ image: digestRef('f') }), env, logger)
    assert.equal(result.pullRequest?.autoMerge, 'failed')
    assert.ok(
      logger.lines.some((line) =>
        /^warning: auto-merge of #1 was not enabled: .*Auto merge is not allowed/.test(line),
      ),
      logger.lines.join('\n'),
    )
  })
})

test('an API refusal fails the write-back with a hint, and the token is nowhere in it', async () => {
  const repo = await setup('config-five', {
    failures: [{ match: /^POST \/repos\/acme\/config-five\/pulls$/, status: 403 }],
  })
  await withGitHub(repo.github, async () => {
    const logger = new RecordingLogger()
    let caught: unknown
    await writeBack(repo.settings(), env, logger).catch((error: unknown) => (caught = error))
    assert.ok(caught instanceof WriteBackError)
    assert.match(caught.message, /GitHub API: cannot create a pull request \(HTTP 403\)/)
    assert.match(caught.hint ?? '', /pull-requests: write/)
    assert.equal([...causeChain(caught), ...logger.lines].join('\n').includes(TOKEN), false)
  })
})

test('two PR runs for the same target at once: one branch, one PR, and the branch is a single commit on the base', async () => {
  const repo = await setup('config-six')
  await withGitHub(repo.github, async () => {
    const images = [digestRef('7'), digestRef('8')]
    // The lease makes a loser start over; a loser that finds the PR already created updates it.
    const results = await Promise.all(
      images.map((image) => writeBack(repo.settings({ image }), env, new RecordingLogger())),
    )
    assert.deepEqual(
      results.map((r) => r.pullRequest?.number),
      [1, 1],
    )
    assert.equal(repo.github.pulls.length, 1)
    const onBranch = await showFile(repo.bare, BRANCH, 'clusters/prod/root-sync.yaml')
    assert.ok(images.some((image) => onBranch === manifest(image)))
    assert.equal((await git(repo.bare, ['rev-list', '--count', BRANCH])).trim(), '2')
  })
})

test('pull-request mode without a token or without owner/name is refused before cloning', async () => {
  await assert.rejects(
    writeBack({ ...settingsFor('file:///x/y.git', { mode: 'pull-request' }) }, env, new RecordingLogger()),
    /needs config-repo-token/,
  )
  await assert.rejects(
    writeBack(
      { ...settingsFor('file:///y.git', { mode: 'pull-request', token: 't' }) },
      env,
      new RecordingLogger(),
    ),
    /cannot tell the GitHub owner\/name/,
  )
})
