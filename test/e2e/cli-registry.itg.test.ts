/**
 * The CLI's registry features (issue 4): the bundled dist/cli.js on the
 * machine's Node 20 (google-auth-library and the Artifact Registry client
 * are loaded lazily and must work there), and the flag checks in-process.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { runCliCaptured } from '../harness/cli-io.ts'
import { findNode20 } from '../harness/node20.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'
import { skopeoListTags } from '../harness/verify.ts'
import { externalAccountFile, startFakeGoogle, type FakeGoogle } from '../credentials/fake-google.ts'
import { startFakeArtifactRegistry, type FakeArtifactRegistry } from '../google/fake-artifact-registry.ts'

const CLI = join(process.env['CONFIGSYNC_OCI_DIST'] ?? join(import.meta.dirname, '../../dist'), 'cli.js')
const EXAMPLES = join(import.meta.dirname, '../../examples/namespace')
let NODE20: string
let basic: TestRegistry
let google: FakeGoogle
let ar: FakeArtifactRegistry
let work: string

before(async () => {
  NODE20 = await findNode20()
  work = await makeTempDir('cli-registry')
  ;[basic, google, ar] = await Promise.all([
    startRegistry('basic'),
    startFakeGoogle(work),
    startFakeArtifactRegistry(),
  ])
})
after(async () => {
  await Promise.all([basic?.stop(), google?.close(), ar?.close()])
  await removeDir(work)
})

interface Result {
  code: number
  stdout: string
  stderr: string
}

function node20(args: string[], env: Record<string, string>): Promise<Result> {
  return new Promise((resolve) => {
    execFile(
      NODE20,
      [CLI, ...args],
      { env: { PATH: process.env['PATH'] ?? '', HOME: work, ...env }, timeout: 30_000 },
      (error, stdout, stderr) => {
        resolve({
          code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1,
          stdout,
          stderr,
        })
      },
    )
  })
}

describe('publish on Node 20', () => {
  it('has a Node 20 to run on', async () => {
    const version = await new Promise<string>((resolve) =>
      execFile(NODE20, ['--version'], (_e, out) => resolve(out.trim())),
    )
    assert.match(version, /^v20\./)
  })

  it('pushes with credentials from DOCKER_CONFIG', async () => {
    const dir = join(work, 'docker')
    await mkdir(dir, { recursive: true })
    const auth = Buffer.from(`${basic.username}:${basic.password}`).toString('base64')
    await writeFile(
      join(dir, 'config.json'),
      JSON.stringify({ auths: { [`https://${basic.hostPort}`]: { auth } } }),
    )
    const run = await node20(
      [
        'publish',
        '--dir',
        EXAMPLES,
        '--image',
        `${basic.hostPort}/cli/app`,
        '--revision',
        'abc123',
        '--retries',
        '2',
      ],
      { DOCKER_CONFIG: dir },
    )
    assert.equal(run.code, 0, run.stderr)
    assert.match(run.stderr, /Credentials for 127\.0\.0\.1:\d+: the Docker config /)
    assert.equal(`${run.stdout}${run.stderr}`.includes(basic.password ?? '\0'), false)
    assert.deepEqual(await skopeoListTags(basic, 'cli/app'), ['abc123'])
  })

  it('creates an Artifact Registry repository with ADC (google-auth-library and the AR client load on Node 20)', async () => {
    const creds = join(work, 'gha-creds-cli.json')
    await writeFile(creds, JSON.stringify(externalAccountFile(google, { realHosts: false })))
    const run = await node20(
      [
        'publish',
        '--dir',
        EXAMPLES,
        '--image',
        'us-docker.pkg.dev/cli-proj/configs/app',
        '--revision',
        'abc',
        '--create-repository',
        '--repository-label',
        'team=cli',
        '--retries',
        '0',
      ],
      { GOOGLE_APPLICATION_CREDENTIALS: creds, CONFIGSYNC_OCI_ARTIFACT_REGISTRY_ENDPOINT: ar.url },
    )
    const repo = ar.repositories.get('projects/cli-proj/locations/us/repositories/configs')
    assert.deepEqual(repo?.['labels'], { team: 'cli' }, run.stderr)
    // The registry host itself is Google's: unreachable from here.
    assert.equal(run.code, 1)
    assert.match(run.stderr, /cannot reach registry us-docker\.pkg\.dev/)
    for (const token of google.issued) assert.equal(run.stderr.includes(token), false)
  })
})

describe('publish flag checks', () => {
  const base = ['publish', '--dir', EXAMPLES, '--image', '127.0.0.1:9/x/y', '--revision', 'abc']
  const cases: [string[], string, RegExp][] = [
    [
      ['--access-token-stdin', '-u', 'me', '--password-stdin'],
      'ya29.cli-secret-token',
      /--access-token-stdin replaces --username\/--password-stdin/,
    ],
    [['--access-token-stdin'], '', /--access-token-stdin: stdin was empty/],
    [['--retries', '11'], '', /--retries is "11", expected a whole number from 0 to 10/],
    [['--repository-label', 'a=b'], '', /apply only with --create-repository/],
    [
      ['--create-repository', '--repository-label', 'A=b'],
      '',
      /--repository-label: "A=b" has a key that is not a Google label key/,
    ],
  ]
  for (const [flags, stdin, pattern] of cases) {
    it(`rejects ${flags.join(' ')}`, async () => {
      const run = await runCliCaptured([...base, ...flags], { stdin })
      assert.notEqual(run.code, 0)
      assert.match(run.stderr, pattern)
      if (stdin !== '') assert.equal(run.stderr.includes(stdin), false)
    })
  }
})
