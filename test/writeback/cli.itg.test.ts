import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { promisify } from 'node:util'
import { runCliCaptured } from '../harness/cli-io.ts'
import { tempDirs } from '../harness/tmp.ts'
import { startGitHttpServer, type GitHttpServer } from './git-http-server.ts'
import { digestRef, seedBareRepo, showFile, subjects, syncManifest } from './git-repos.ts'

const run = promisify(execFile)
const CLI = join(process.env['CONFIGSYNC_OCI_DIST'] ?? join(import.meta.dirname, '../../dist'), 'cli.js')
const TOKEN = 'cli-token-SECRET-0123456789'
const OLD = digestRef('1')
const temps = tempDirs()
let root: string
let server: GitHttpServer

before(async () => {
  root = await temps.make('wb-cli')
  server = await startGitHttpServer(root, 'x-access-token', TOKEN)
})
after(async () => {
  await server?.stop()
})

function manifest(image: string, name = 'root-sync'): string {
  return syncManifest('RootSync', 'config-management-system', name, image)
}

function env(): NodeJS.ProcessEnv {
  return { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: root }
}

test('write-back --format json commits over HTTP with the token from stdin; a rerun says no commit; the token is never printed', async () => {
  const repo = await seedBareRepo({ 'clusters/prod/sync.yaml': manifest(OLD) }, { root, name: 'cli' })
  const image = digestRef('a')
  const args = [
    'write-back',
    '--repo',
    `${server.url}/cli.git`,
    '--image',
    image,
    '--path',
    'clusters/prod/',
    '--token-stdin',
    '-q',
  ]
  const first = await runCliCaptured([...args, '--format', 'json'], { stdin: `${TOKEN}\n`, env: env() })
  assert.equal(first.code, 0, first.stderr)
  const result = JSON.parse(first.stdout) as {
    status: string
    commitSha: string
    files: { file: string; changes: { line: number }[] }[]
  }
  assert.equal(result.status, 'committed')
  assert.deepEqual(
    result.files.map((f) => [f.file, f.changes.map((c) => c.line)]),
    [['clusters/prod/sync.yaml', [11]]],
  )
  assert.equal(await showFile(repo.bare, 'main', 'clusters/prod/sync.yaml'), manifest(image))

  const again = await runCliCaptured(args, { stdin: TOKEN, env: env() })
  assert.equal(again.code, 0, again.stderr)
  assert.match(
    again.stdout,
    /RootSync config-management-system\/root-sync already has .* on http:\/\/127\.0\.0\.1:\d+\/cli\.git main: no commit/,
  )
  assert.equal((await subjects(repo.bare, 'main')).length, 2)
  for (const text of [first.stdout, first.stderr, again.stdout, again.stderr])
    assert.equal(text.includes(TOKEN), false)
})

test('the token can come from CONFIG_REPO_TOKEN; a marker target edits the marked values', async () => {
  const values =
    'rootSync:\n  image: "old" # configsync-oci: image platform\nother: "old" # configsync-oci: image else\n'
  const repo = await seedBareRepo({ 'values.yaml': values }, { root, name: 'marker' })
  const image = digestRef('b')
  const out = await runCliCaptured(
    [
      'write-back',
      '--repo',
      `${server.url}/marker.git`,
      '--image',
      image,
      '--target',
      'marker:platform',
      '-q',
    ],
    { env: { ...env(), CONFIG_REPO_TOKEN: TOKEN } },
  )
  assert.equal(out.code, 0, out.stderr)
  assert.match(
    out.stdout,
    /^committed [0-9a-f]{40} to http:\/\/127\.0\.0\.1:\d+\/marker\.git main \(1 line in 1 file\)\n--- a\/values\.yaml\n\+\+\+ b\/values\.yaml\n@@ line 2 @@\n- {2}image: "old" # configsync-oci: image platform\n\+ {2}image: "127/,
  )
  assert.equal(
    await showFile(repo.bare, 'main', 'values.yaml'),
    values.replace('"old" # configsync-oci: image platform', `"${image}" # configsync-oci: image platform`),
  )
})

test('usage errors exit 2 and name the flag', async () => {
  const cases: [string[], RegExp][] = [
    [['write-back', '--image', digestRef('c')], /--repo is required/],
    [
      ['write-back', '--repo', 'a/b', '--image', '127.0.0.1:5000/x:v1'],
      /--image "127\.0\.0\.1:5000\/x:v1" has no digest/,
    ],
    [
      ['write-back', '--repo', 'a/b', '--image', digestRef('c'), '--target', 'Deployment/x'],
      /--target "Deployment\/x" is neither/,
    ],
    [
      ['write-back', '--repo', 'a/b', '--image', digestRef('c'), '--mode', 'merge'],
      /--mode "merge" is not supported/,
    ],
    [
      ['write-back', '--repo', 'a/b', '--image', digestRef('c'), '--message', 'set {tag}'],
      /--message uses \{tag\}/,
    ],
    [
      ['write-back', '--repo', 'https://u:p@h/a/b.git', '--image', digestRef('c')],
      /--repo must not carry credentials/,
    ],
    [
      ['write-back', '--repo', 'a/b', '--image', digestRef('c'), '--path', '../x'],
      /--path "\.\.\/x" must be a path inside/,
    ],
  ]
  for (const [argv, pattern] of cases) {
    const out = await runCliCaptured(argv, { env: env() })
    assert.equal(out.code, 2, `${argv.join(' ')}: ${out.stderr}`)
    assert.match(out.stderr, pattern)
  }
  const help = await runCliCaptured(['help', 'write-back'], { env: env() })
  assert.match(help.stdout, /--token-stdin/)
})

test('the bundled CLI writes back on Node 20 too', async () => {
  const repo = await seedBareRepo({ 'root-sync.yaml': manifest(OLD) }, { root, name: 'node20' })
  const image = digestRef('d')
  const { stdout } = await run(
    '/usr/bin/node',
    [CLI, 'write-back', '--repo', repo.url, '--image', image, '--format', 'json', '-q'],
    { env: env() },
  )
  assert.equal((JSON.parse(stdout) as { status: string }).status, 'committed')
  assert.equal(await showFile(repo.bare, 'main', 'root-sync.yaml'), manifest(image))
})
