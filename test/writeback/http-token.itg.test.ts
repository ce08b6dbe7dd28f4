import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { describeError, causeChain, WriteBackError } from '../../src/errors.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { renderWriteBackResult } from '../../src/report/writeback-text.ts'
import { writeBack } from '../../src/writeback/git/write-back.ts'
import { tempDirs } from '../harness/tmp.ts'
import { startGitHttpServer, type GitHttpServer } from './git-http-server.ts'
import { digestRef, seedBareRepo, showFile, syncManifest } from './git-repos.ts'
import { installGitShim, watchProcesses } from './secret-watch.ts'
import { gitEnv, settingsFor } from './settings.ts'

const TOKEN = 'ghs_TestToken0123456789abcdefSECRET'
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64')
const SECRETS = [TOKEN, BASIC]
const OLD = digestRef('1')
const temps = tempDirs()
let server: GitHttpServer
let bare: string

before(async () => {
  const seeded = await seedBareRepo({
    'root-sync.yaml': syncManifest('RootSync', 'config-management-system', 'root-sync', OLD),
  })
  temps.adopt(seeded.root)
  bare = seeded.bare
  server = await startGitHttpServer(seeded.root, 'x-access-token', TOKEN)
})
after(async () => {
  await server?.stop()
})

async function shimmedEnv() {
  const dir = await temps.make('wb-shim')
  const shim = await installGitShim(dir)
  return { env: gitEnv(dir, `${dir}:${process.env['PATH'] ?? '/usr/bin:/bin'}`), shim }
}

function assertNoSecret(text: string, where: string): void {
  for (const secret of SECRETS) assert.equal(text.includes(secret), false, `${where} holds the token`)
}

test('smart HTTP with Basic auth: the token authenticates every request and appears in no argv, URL, log or result', async () => {
  const { env, shim } = await shimmedEnv()
  const logger = new RecordingLogger()
  const image = digestRef('f')
  const watch = watchProcesses(SECRETS)
  const seenBefore = server.requests.length
  const result = await writeBack(
    settingsFor(`${server.url}/config.git`, { image, token: TOKEN }),
    env,
    logger,
  )
  const scans = await watch.stop()
  assert.equal(result.status, 'committed')
  assert.equal(
    await showFile(bare, 'main', 'root-sync.yaml'),
    syncManifest('RootSync', 'config-management-system', 'root-sync', image),
  )

  const requests = server.requests.slice(seenBefore)
  assert.ok(
    requests.some((r) => r.url.includes('git-upload-pack')) &&
      requests.some((r) => r.url.includes('git-receive-pack')),
    'cloned and pushed over HTTP',
  )
  assert.ok(
    requests.every((r) => r.authorized),
    'every request carried the token, none had to be challenged',
  )
  for (const r of requests) assertNoSecret(r.url, 'a request URL')

  const argv = await shim.readLog()
  assert.ok(
    argv.some((args) => args[0] === 'clone') && argv.some((args) => args[0] === 'push'),
    'the shim saw the git calls',
  )
  for (const args of argv) assertNoSecret(args.join(' '), `git argv ${args[0]}`)
  assert.deepEqual(watch.leaks, [], 'no process command line held the token')
  assert.ok(
    scans > 3 && watch.gitCommands.size > 0,
    `the /proc poller looked (${scans} scans, ${watch.gitCommands.size} git command lines)`,
  )
  assertNoSecret(logger.lines.join('\n'), 'the log')
  assertNoSecret(JSON.stringify(result), 'the result')
  const place = {
    repo: settingsFor(`${server.url}/config.git`).repo,
    target: settingsFor('a/b').target,
    image,
  }
  assertNoSecret(renderWriteBackResult(result, place, 'json'), 'the CLI output')
})

test('a wrong token fails with a hint, and neither it nor the Basic form is in the error or the log', async () => {
  const { env } = await shimmedEnv()
  const logger = new RecordingLogger()
  const wrong = 'ghs_WrongToken_abcdefSECRET'
  let caught: unknown
  await writeBack(settingsFor(`${server.url}/config.git`, { token: wrong }), env, logger).catch(
    (error: unknown) => {
      caught = error
    },
  )
  assert.ok(caught instanceof WriteBackError, String(caught))
  const { message, hint } = describeError(caught)
  assert.match(message, /git clone failed/)
  assert.match(hint ?? '', /config-repo-token/)
  const everything = [message, hint ?? '', ...causeChain(caught), ...logger.lines].join('\n')
  for (const secret of [wrong, Buffer.from(`x-access-token:${wrong}`).toString('base64'), TOKEN])
    assert.equal(everything.includes(secret), false)
})

test('no token: git does not prompt, it fails fast with the same hint', async () => {
  const { env } = await shimmedEnv()
  const started = Date.now()
  await assert.rejects(
    writeBack(settingsFor(`${server.url}/config.git`), env, new RecordingLogger()),
    (error: unknown) => {
      return error instanceof WriteBackError && /config-repo-token/.test(error.hint ?? '')
    },
  )
  assert.ok(Date.now() - started < 15_000)
})

test('credentials in the URL are refused before git runs, without echoing the password', async () => {
  assert.throws(
    () => settingsFor(`http://x-access-token:${TOKEN}@127.0.0.1:1/config.git`),
    (error: unknown) =>
      error instanceof Error &&
      /must not carry credentials/.test(error.message) &&
      !error.message.includes(TOKEN),
  )
})
