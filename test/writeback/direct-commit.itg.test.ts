import assert from 'node:assert/strict'
import { readdir } from 'node:fs/promises'
import { test } from 'node:test'
import { WriteBackError } from '../../src/errors.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { writeBack } from '../../src/writeback/git/write-back.ts'
import { tempDirs } from '../harness/tmp.ts'
import {
  digestRef,
  git,
  pushOtherCommit,
  seedBareRepo,
  showFile,
  subjects,
  syncManifest,
} from './git-repos.ts'
import { gitEnv, settingsFor, SOURCE_SHA } from './settings.ts'

const temps = tempDirs()

async function repoWith(files: Record<string, string>, branch = 'main') {
  const repo = await seedBareRepo(files, { branch })
  temps.adopt(repo.root)
  const home = await temps.make('wb-home')
  return { ...repo, env: gitEnv(home) }
}

const OLD = digestRef('1')
const ROOT = syncManifest('RootSync', 'config-management-system', 'root-sync', OLD)

test('direct mode: one commit with the template message and the bot identity; only the image line changes', async () => {
  const repo = await repoWith({ 'clusters/prod/root-sync.yaml': ROOT, 'README.md': 'config\n' })
  const image = digestRef('b')
  const logger = new RecordingLogger()
  const result = await writeBack(settingsFor(repo.url, { image }), repo.env, logger)
  assert.equal(result.status, 'committed')
  assert.equal(result.attempts, 1)
  assert.equal(result.commitSha, (await git(repo.bare, ['rev-parse', 'main'])).trim())
  assert.deepEqual(
    result.files.map((f) => [f.file, f.changes.length]),
    [['clusters/prod/root-sync.yaml', 1]],
  )
  assert.equal(await showFile(repo.bare, 'main', 'clusters/prod/root-sync.yaml'), ROOT.replace(OLD, image))
  const [message, author, committer] = (
    await git(repo.bare, ['log', '-1', '--format=%B%x00%an <%ae>%x00%cn <%ce>', 'main'])
  ).split('\0')
  assert.equal(
    message!.trim(),
    [
      `configsync-oci: set RootSync config-management-system/root-sync image to sha256:${'b'.repeat(12)}`,
      '',
      `Image: ${image}`,
      `Source: acme/app@${SOURCE_SHA.slice(0, 7)} https://github.com/acme/app/commit/${SOURCE_SHA}`,
      'Run: https://github.com/acme/app/actions/runs/42',
    ].join('\n'),
  )
  assert.equal(author, 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>')
  assert.equal(committer!.trim(), author)
  assert.equal(
    (await git(repo.bare, ['diff', '--numstat', 'main~1', 'main'])).trim(),
    '1\t1\tclusters/prod/root-sync.yaml',
  )
  assert.ok(logger.lines.some((line) => line.startsWith('group: Clone ')))
})

test('already at the value: no commit, status unchanged, the branch head as commit-sha', async () => {
  const image = digestRef('c')
  const repo = await repoWith({
    'root-sync.yaml': syncManifest('RootSync', 'config-management-system', 'root-sync', image),
  })
  const head = (await git(repo.bare, ['rev-parse', 'main'])).trim()
  const result = await writeBack(settingsFor(repo.url, { image }), repo.env, new RecordingLogger())
  assert.equal(result.status, 'unchanged')
  assert.equal(result.commitSha, head)
  assert.deepEqual(await subjects(repo.bare, 'main'), ['seed'])
})

test('a directory path edits every match under it; the default branch is used when none is given', async () => {
  const repo = await repoWith(
    {
      'clusters/a/root-sync.yaml': ROOT,
      'clusters/b/sync.yml': `---\n${ROOT}---\napiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n`,
      'clusters/b/helm-template.yaml': 'kind: RootSync\n{{ if .Values.x }}\n  broken: [\n{{ end }}\n',
      'other/root-sync.yaml': ROOT,
    },
    'trunk',
  )
  const image = digestRef('d')
  const result = await writeBack(
    settingsFor(repo.url, { image, branch: '', path: 'clusters' }),
    repo.env,
    new RecordingLogger(),
  )
  assert.equal(result.status, 'committed')
  assert.equal(result.branch, 'trunk')
  assert.deepEqual(
    result.files.map((f) => f.file),
    ['clusters/a/root-sync.yaml', 'clusters/b/sync.yml'],
  )
  assert.match(
    result.warnings.join('\n'),
    /clusters\/b\/helm-template\.yaml:\d is not valid YAML.*\(skipped\)/,
  )
  assert.equal(
    await showFile(repo.bare, 'trunk', 'other/root-sync.yaml'),
    ROOT,
    'outside the path: untouched',
  )
  assert.equal((await git(repo.bare, ['diff', '--numstat', 'trunk~1', 'trunk'])).trim().split('\n').length, 2)
})

test('not found: the error lists what is there; nothing is pushed; the temp clone is removed', async () => {
  const repo = await repoWith({
    'root-sync.yaml': syncManifest('RootSync', 'config-management-system', 'other', OLD),
  })
  const tempDir = await temps.make('wb-tmp')
  await assert.rejects(
    writeBack(settingsFor(repo.url, { tempDir }), repo.env, new RecordingLogger()),
    (error: unknown) =>
      error instanceof WriteBackError &&
      /no RootSync config-management-system\/root-sync in config-repo-path "\." \(1 YAML files read\); found root-sync\.yaml: RootSync config-management-system\/other/.test(
        error.message,
      ),
  )
  assert.deepEqual(await readdir(tempDir), [])
  assert.deepEqual(await subjects(repo.bare, 'main'), ['seed'])
})

test('a missing branch fails with a hint naming config-repo-branch', async () => {
  const repo = await repoWith({ 'root-sync.yaml': ROOT })
  await assert.rejects(
    writeBack(settingsFor(repo.url, { branch: 'nope' }), repo.env, new RecordingLogger()),
    (error: unknown) => {
      return (
        error instanceof WriteBackError &&
        /git clone failed/.test(error.message) &&
        /config-repo-branch/.test(error.hint ?? '')
      )
    },
  )
})

test('a rejected push (another writer got there first) fetches, re-applies the edit and lands on top', async () => {
  const repo = await repoWith({ 'root-sync.yaml': ROOT })
  const image = digestRef('e')
  // The other writer pushes right after our clone, so our first push is a non-fast-forward.
  const logger = new RecordingLogger()
  const racing = Object.assign(Object.create(logger) as RecordingLogger, {
    group: async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
      if (name.startsWith('Write back')) await pushOtherCommit(repo.url, 'main', 'unrelated.yaml', 'a: 1\n')
      return logger.group(name, fn)
    },
  })
  const result = await writeBack(settingsFor(repo.url, { image }), repo.env, racing)
  assert.equal(result.status, 'committed')
  assert.equal(result.attempts, 2)
  assert.deepEqual(await subjects(repo.bare, 'main'), [
    `configsync-oci: set RootSync config-management-system/root-sync image to sha256:${'e'.repeat(12)}`,
    'other writer: unrelated.yaml',
    'seed',
  ])
  assert.equal(await showFile(repo.bare, 'main', 'unrelated.yaml'), 'a: 1\n')
  assert.ok(logger.lines.some((line) => /moved while pushing \(attempt 1 of 5\)/.test(line)))
})

test('a protected branch (a hook declines) is not retried and names pull-request mode', async () => {
  const repo = await repoWith({ 'root-sync.yaml': ROOT })
  const { writeFile, chmod } = await import('node:fs/promises')
  await writeFile(`${repo.bare}/hooks/pre-receive`, '#!/bin/sh\necho "protected branch: main" >&2\nexit 1\n')
  await chmod(`${repo.bare}/hooks/pre-receive`, 0o755)
  await assert.rejects(
    writeBack(settingsFor(repo.url), repo.env, new RecordingLogger()),
    (error: unknown) => {
      return (
        error instanceof WriteBackError &&
        /git push to main was refused/.test(error.message) &&
        /pull-request/.test(error.hint ?? '')
      )
    },
  )
})
