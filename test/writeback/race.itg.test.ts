import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Logger } from '../../src/logger.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { writeBack } from '../../src/writeback/git/write-back.ts'
import { tempDirs } from '../harness/tmp.ts'
import { startGitHttpServer, type GitHttpServer } from './git-http-server.ts'
import { digestRef, git, seedBareRepo, showFile, subjects, syncManifest } from './git-repos.ts'
import { gitEnv, settingsFor } from './settings.ts'

const TOKEN = 'race-token-0123456789'
const OLD = digestRef('1')
const temps = tempDirs()
let server: GitHttpServer
let root: string
let env: NodeJS.ProcessEnv

before(async () => {
  root = await temps.make('wb-race')
  server = await startGitHttpServer(root, 'x-access-token', TOKEN)
  env = gitEnv(root)
})
after(async () => {
  await server?.stop()
})

/**
 * Loggers that hold every run at the start of its edit until all of them
 * have cloned, so they all start from the same head and all but one must
 * lose the push race: the retry path runs every time, not by luck.
 */
function barrierLoggers(count: number): Logger[] {
  let arrived = 0
  let release: () => void = () => {}
  const all = new Promise<void>((resolve) => (release = resolve))
  return Array.from({ length: count }, () => {
    const inner = new RecordingLogger()
    return {
      info: (m: string) => inner.info(m),
      debug: (m: string) => inner.debug(m),
      warning: (m: string) => inner.warning(m),
      group: async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
        if (name.startsWith('Write back')) {
          if (++arrived === count) release()
          await all
        }
        return fn()
      },
    }
  })
}

function manifest(image: string): string {
  return syncManifest('RootSync', 'config-management-system', 'root-sync', image)
}

test('four write-backs racing on one branch over HTTP, each to its own file: all four land, in four commits', async () => {
  const names = ['a', 'b', 'c', 'd']
  const seeded = await seedBareRepo(
    Object.fromEntries(names.map((n) => [`clusters/${n}/root-sync.yaml`, manifest(OLD)])),
    { root, name: 'four' },
  )
  const loggers = barrierLoggers(names.length)
  const results = await Promise.all(
    names.map((name, i) =>
      writeBack(
        settingsFor(`${server.url}/four.git`, {
          token: TOKEN,
          path: `clusters/${name}`,
          image: digestRef(String(i + 2)),
          maxAttempts: 8,
        }),
        env,
        loggers[i]!,
      ),
    ),
  )
  assert.deepEqual(
    results.map((r) => r.status),
    ['committed', 'committed', 'committed', 'committed'],
  )
  assert.ok(
    results.filter((r) => r.attempts === 1).length === 1,
    `exactly one run won the first round: ${results.map((r) => r.attempts).join(', ')}`,
  )
  const log = await subjects(seeded.bare, 'main')
  assert.equal(log.length, names.length + 1, log.join(' | '))
  for (const [i, name] of names.entries())
    assert.equal(
      await showFile(seeded.bare, 'main', `clusters/${name}/root-sync.yaml`),
      manifest(digestRef(String(i + 2))),
    )
  assert.equal((await git(seeded.bare, ['rev-list', '--count', 'main'])).trim(), '5')
})

test('two write-backs of different images to the same target at the same moment: both commits land, the later one wins', async () => {
  const seeded = await seedBareRepo({ 'root-sync.yaml': manifest(OLD) }, { root, name: 'same' })
  const loggers = barrierLoggers(2)
  const images = [digestRef('7'), digestRef('8')]
  const results = await Promise.all(
    images.map((image, i) =>
      writeBack(settingsFor(`${server.url}/same.git`, { token: TOKEN, image }), env, loggers[i]!),
    ),
  )
  assert.deepEqual(
    results.map((r) => r.status),
    ['committed', 'committed'],
  )
  const log = await subjects(seeded.bare, 'main')
  assert.equal(log.length, 3, log.join(' | '))
  const last = results.reduce((a, b) => (a.attempts > b.attempts ? a : b))
  const winner = images[results.indexOf(last)]!
  assert.equal(
    await showFile(seeded.bare, 'main', 'root-sync.yaml'),
    manifest(winner),
    'the run that pushed last holds the branch',
  )
  assert.equal((await git(seeded.bare, ['rev-parse', 'main'])).trim(), last.commitSha)
})

test('the branch moves before each push: the write-back retries on each new head and gives up after maxAttempts', async () => {
  const seeded = await seedBareRepo({ 'root-sync.yaml': manifest(OLD) }, { root, name: 'busy' })
  let moves = 0
  let limit = Infinity
  const busy = await startGitHttpServer(root, 'x-access-token', TOKEN, async () => {
    if (moves >= limit) return
    moves++
    // Another writer lands between our fetch and our push: a commit made directly in the bare repo.
    const tree = (await git(seeded.bare, ['rev-parse', 'main^{tree}'])).trim()
    const commit = (
      await git(seeded.bare, ['commit-tree', tree, '-p', 'main', '-m', `other writer ${moves}`])
    ).trim()
    await git(seeded.bare, ['update-ref', 'refs/heads/main', commit])
  })
  try {
    await assert.rejects(
      writeBack(
        settingsFor(`${busy.url}/busy.git`, { token: TOKEN, maxAttempts: 3 }),
        env,
        new RecordingLogger(),
      ),
      /gave up after 3 pushes: main kept moving/,
    )
    assert.equal(moves, 3)
    assert.deepEqual(await subjects(seeded.bare, 'main'), [
      'other writer 3',
      'other writer 2',
      'other writer 1',
      'seed',
    ])

    limit = moves + 2
    const image = digestRef('9')
    const result = await writeBack(
      settingsFor(`${busy.url}/busy.git`, { token: TOKEN, image, maxAttempts: 3 }),
      env,
      new RecordingLogger(),
    )
    assert.equal(result.status, 'committed')
    assert.equal(result.attempts, 3)
    const log = await subjects(seeded.bare, 'main')
    assert.deepEqual(
      log.slice(1),
      ['other writer 5', 'other writer 4', 'other writer 3', 'other writer 2', 'other writer 1', 'seed'],
      'no commit lost',
    )
    assert.equal(await showFile(seeded.bare, 'main', 'root-sync.yaml'), manifest(image))
  } finally {
    await busy.stop()
  }
})
