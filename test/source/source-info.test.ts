import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'node:test'
import { promisify } from 'node:util'
import { detectSourceInfo, normalizeTime } from '../../src/source/source-info.ts'
import { InputError } from '../../src/errors.ts'
import { tempDirs } from '../harness/tmp.ts'

const run = promisify(execFile)
const temps = tempDirs()

test('push events: GITHUB_SHA, the repository URL and the head commit time', async () => {
  const dir = await temps.make('src-info')
  const event = join(dir, 'event.json')
  await writeFile(
    event,
    JSON.stringify({ head_commit: { id: 'abc', timestamp: '2026-03-04T05:06:07+02:00' } }),
  )
  const info = await detectSourceInfo(dir, {
    GITHUB_SHA: 'abc',
    GITHUB_REPOSITORY: 'acme/cfg',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_EVENT_PATH: event,
  })
  assert.deepEqual(info, {
    revision: 'abc',
    url: 'https://github.example/acme/cfg',
    created: '2026-03-04T03:06:07Z',
  })
})

test('pull_request events use the PR head SHA, not the merge commit', async () => {
  const dir = await temps.make('src-info-pr')
  const event = join(dir, 'event.json')
  await writeFile(event, JSON.stringify({ pull_request: { head: { sha: 'headsha' } } }))
  const info = await detectSourceInfo(dir, {
    GITHUB_SHA: 'mergesha',
    GITHUB_EVENT_PATH: event,
    SOURCE_DATE_EPOCH: '0',
  })
  assert.equal(info.revision, 'headsha')
  assert.equal(info.created, '1970-01-01T00:00:00Z')
})

test('outside GitHub: the git checkout of the directory gives the commit and its time', async () => {
  const dir = await temps.make('src-info-git')
  const env = {
    ...process.env,
    GIT_COMMITTER_DATE: '2025-05-05T05:05:05Z',
    GIT_AUTHOR_DATE: '2025-05-05T05:05:05Z',
  }
  await run('git', ['init', '-q', dir])
  await writeFile(join(dir, 'a.yaml'), 'x: 1\n')
  await run('git', ['-C', dir, 'add', '.'])
  await run('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'c'], {
    env,
  })
  const { stdout } = await run('git', ['-C', dir, 'rev-parse', 'HEAD'])
  const info = await detectSourceInfo(dir, {})
  assert.deepEqual(info, { revision: stdout.trim(), created: '2025-05-05T05:05:05Z' })
})

test('explicit values win; bad times are input errors', async () => {
  const info = await detectSourceInfo(
    '/nonexistent',
    { GITHUB_SHA: 'x' },
    { revision: 'r', url: 'u', created: '2026-01-01T00:00:00.123Z' },
  )
  assert.deepEqual(info, { revision: 'r', url: 'u', created: '2026-01-01T00:00:00Z' })
  assert.throws(() => normalizeTime('yesterday', '--created'), /--created "yesterday" is not a date/)
})

test('a malformed event file is an input error naming the file (issue 15)', async () => {
  const dir = await temps.make('event-bad')
  {
    const path = join(dir, 'event.json')
    await writeFile(path, '{"head_commit": {"timestamp": ')
    const env = { GITHUB_EVENT_PATH: path, GITHUB_SHA: 'c'.repeat(40) }
    await assert.rejects(
      detectSourceInfo(dir, env),
      (e: unknown) =>
        e instanceof InputError &&
        e.message === `the event file ${path} (GITHUB_EVENT_PATH) is not valid JSON`,
    )
    await writeFile(path, '[1]')
    await assert.rejects(
      detectSourceInfo(dir, env),
      (e: unknown) => e instanceof InputError && /holds an array, not a JSON object/.test(e.message),
    )
  }
})
