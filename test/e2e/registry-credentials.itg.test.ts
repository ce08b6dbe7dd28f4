/**
 * Issue 4 end to end through the bundled action (runAction): credentials
 * from a Docker config (auths, and credHelpers with a real helper script)
 * against the real basic-auth registry; create-repository with Application
 * Default Credentials (an external_account file exchanged at the local
 * Google fake) against the Artifact Registry REST fake; the Artifact
 * Registry and google-auth chunks never loaded by a plain push; registry
 * input errors. No run's output holds a password or token outside the
 * runner's ::add-mask:: commands.
 */
import assert from 'node:assert/strict'
import { chmod, cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { ACTION_BUNDLE, runAction, type ActionRun } from '../harness/action-runner.ts'
import { startRegistry, type TestRegistry } from '../harness/registry.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'
import { skopeoListTags } from '../harness/verify.ts'
import { externalAccountFile, startFakeGoogle, type FakeGoogle } from '../credentials/fake-google.ts'
import { startFakeArtifactRegistry, type FakeArtifactRegistry } from '../google/fake-artifact-registry.ts'

const EXAMPLES = join(import.meta.dirname, '../../examples/namespace')
const SHA = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00'
const EVENT = { head_commit: { id: SHA, timestamp: '2026-11-20T10:00:00Z' } }
let basic: TestRegistry
let plain: TestRegistry
let google: FakeGoogle
let ar: FakeArtifactRegistry
let work: string

before(async () => {
  ;[basic, plain] = await Promise.all([startRegistry('basic'), startRegistry('plain')])
  work = await makeTempDir('e2e-registry')
  ;[google, ar] = await Promise.all([startFakeGoogle(work), startFakeArtifactRegistry()])
})
after(async () => {
  await Promise.all([basic?.stop(), plain?.stop(), google?.close(), ar?.close()])
  await removeDir(work)
})

async function workspace(): Promise<string> {
  const ws = join(work, `ws-${Math.random().toString(36).slice(2, 8)}`)
  await cp(EXAMPLES, join(ws, 'config'), { recursive: true })
  return ws
}

/** Everything the run printed, minus the ::add-mask:: commands that hand secrets to the runner. */
function visibleOutput(run: ActionRun): string {
  return `${run.stdout.replace(/^::add-mask::.*$/gm, '')}\n${run.stderr}\n${JSON.stringify(run.outputs)}\n${run.summary}`
}

function assertNoSecret(run: ActionRun, secrets: readonly string[]): void {
  const text = visibleOutput(run)
  for (const secret of secrets)
    assert.equal(text.includes(secret), false, `output holds a secret (${secret.slice(0, 4)}…)`)
}

async function dockerConfig(name: string, config: unknown): Promise<string> {
  const dir = join(work, name)
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'config.json'), JSON.stringify(config))
  return dir
}

describe('credentials from the Docker config (DOCKER_CONFIG)', () => {
  it('auths: pushes to the basic-auth registry with the logged-in credential, masked', async () => {
    const auth = Buffer.from(`${basic.username}:${basic.password}`).toString('base64')
    const config = await dockerConfig('docker-auths', { auths: { [basic.hostPort]: { auth } } })
    const run = await runAction({
      workspace: await workspace(),
      sha: SHA,
      event: EVENT,
      inputs: {
        dir: 'config',
        image: `${basic.hostPort}/acme/from-config`,
        'github-token': 'ghs_unused_for_this_host',
      },
      env: { DOCKER_CONFIG: config },
    })
    assert.equal(run.code, 0, run.stdout + run.stderr)
    assert.match(
      run.stdout,
      new RegExp(
        `Credentials for ${basic.hostPort.replace(/\./g, '\\.')}: the Docker config .*config\\.json \\(auths entry`,
      ),
    )
    assert.ok(run.stdout.includes(`::add-mask::${basic.password}`), 'the password was masked when read')
    assertNoSecret(run, [basic.password ?? '', auth, 'ghs_unused_for_this_host'])
    assert.deepEqual(await skopeoListTags(basic, 'acme/from-config'), [SHA])
  })

  it('credHelpers: runs docker-credential-NAME from PATH', async () => {
    const bin = join(work, 'helper-bin')
    await mkdir(bin, { recursive: true })
    const helper = join(bin, 'docker-credential-e2e')
    await writeFile(
      helper,
      `#!/bin/sh\nserver=$(cat)\n[ "$server" = "${basic.hostPort}" ] || { echo "credentials not found in native keychain"; exit 1; }\n` +
        `printf '{"ServerURL":"%s","Username":"${basic.username}","Secret":"${basic.password}"}' "$server"\n`,
    )
    await chmod(helper, 0o755)
    const config = await dockerConfig('docker-helpers', { credHelpers: { [basic.hostPort]: 'e2e' } })
    const run = await runAction({
      workspace: await workspace(),
      sha: SHA,
      event: EVENT,
      inputs: { dir: 'config', image: `${basic.hostPort}/acme/from-helper` },
      env: { DOCKER_CONFIG: config, PATH: `${bin}:${process.env['PATH'] ?? ''}` },
    })
    assert.equal(run.code, 0, run.stdout + run.stderr)
    assert.match(run.stdout, /docker-credential-e2e \(credHelpers in /)
    assertNoSecret(run, [basic.password ?? ''])
    assert.deepEqual(await skopeoListTags(basic, 'acme/from-helper'), [SHA])
  })

  it('without any credential the failure says where credentials could come from', async () => {
    const run = await runAction({
      workspace: await workspace(),
      sha: SHA,
      event: EVENT,
      inputs: { dir: 'config', image: `${basic.hostPort}/acme/anon` },
    })
    assert.equal(run.code, 1)
    assert.match(run.stdout, /requires credentials to push to .* and none were given/)
    assert.match(run.stdout, /docker login/)
  })
})

describe('create-repository (Artifact Registry fake, ADC from an external_account file)', () => {
  it('creates the repository with the ADC token, then goes on to push', async () => {
    const creds = join(work, 'gha-creds-e2e.json')
    await writeFile(creds, JSON.stringify(externalAccountFile(google, { realHosts: false })))
    const run = await runAction({
      workspace: await workspace(),
      sha: SHA,
      event: EVENT,
      inputs: {
        dir: 'config',
        image: 'europe-west1-docker.pkg.dev/acme-prod/config/app',
        'create-repository': 'true',
        'repository-description': 'Config Sync artifacts',
        'repository-labels': 'team=platform\nenv=prod',
        retries: '0',
      },
      env: { GOOGLE_APPLICATION_CREDENTIALS: creds, CONFIGSYNC_OCI_ARTIFACT_REGISTRY_ENDPOINT: ar.url },
    })
    const repo = ar.repositories.get('projects/acme-prod/locations/europe-west1/repositories/config')
    assert.deepEqual(
      [repo?.['description'], repo?.['labels']],
      ['Config Sync artifacts', { team: 'platform', env: 'prod' }],
      run.stdout,
    )
    const token = google.issued.at(-1) ?? 'none'
    assert.ok(
      ar.requests.every((r) => r.authorization === `Bearer ${token}`),
      'the AR API got the ADC token',
    )
    assert.match(
      run.stdout,
      /Created Artifact Registry repository projects\/acme-prod\/locations\/europe-west1\/repositories\/config/,
    )
    // Google's registry host cannot be reached from here: the push that follows fails on DNS, clearly.
    assert.equal(run.code, 1)
    assert.match(run.stdout, /::error::configsync-oci: .*europe-west1-docker\.pkg\.dev/)
    assert.ok(run.stdout.includes(`::add-mask::${token}`), 'the ADC token was masked')
    assertNoSecret(run, [token, google.oidc.requestToken, google.oidc.idToken])
  })

  it('permission denied names the IAM role, and nothing is pushed', async () => {
    ar.mode = 'deny-create'
    try {
      const run = await runAction({
        workspace: await workspace(),
        sha: SHA,
        event: EVENT,
        inputs: {
          dir: 'config',
          image: 'us-docker.pkg.dev/acme-dev/new/app',
          'create-repository': 'true',
          'access-token': 'ya29.e2e-access-token',
        },
        env: { CONFIGSYNC_OCI_ARTIFACT_REGISTRY_ENDPOINT: ar.url },
      })
      assert.equal(run.code, 1)
      assert.match(
        run.stdout,
        /::error::configsync-oci: create Artifact Registry repository new: the credential may not create repositories in project acme-dev/,
      )
      assert.match(run.stdout, /roles\/artifactregistry\.admin/)
      assertNoSecret(run, ['ya29.e2e-access-token'])
    } finally {
      ar.mode = 'ok'
    }
  })
})

describe('lazy loading and input checks', () => {
  it('a push without create-repository runs with the Artifact Registry and google-auth chunks deleted', async () => {
    const copy = join(work, 'dist-copy')
    await cp(dirname(ACTION_BUNDLE), copy, { recursive: true })
    const lazy = (await readdir(join(copy, 'chunks'))).filter((f) =>
      /^(artifact-registry-sdk|google-auth-sdk)-.*\.js$/.test(f),
    )
    assert.equal(lazy.length, 2, `both lazy chunks exist: ${lazy.join(', ')}`)
    for (const file of lazy) await rm(join(copy, 'chunks', file))
    // A second instance of the runner module, whose bundle path is read from CONFIGSYNC_OCI_DIST at load.
    const saved = process.env['CONFIGSYNC_OCI_DIST']
    process.env['CONFIGSYNC_OCI_DIST'] = copy
    const specifier = new URL('../harness/action-runner.ts?lazy-chunks', import.meta.url).href
    const runner = (await import(specifier)) as typeof import('../harness/action-runner.ts')
    if (saved === undefined) delete process.env['CONFIGSYNC_OCI_DIST']
    else process.env['CONFIGSYNC_OCI_DIST'] = saved
    assert.equal(runner.ACTION_BUNDLE, join(copy, 'index.js'))
    const run = await runner.runAction({
      workspace: await workspace(),
      sha: SHA,
      event: EVENT,
      inputs: { dir: 'config', image: `${plain.hostPort}/acme/lazy` },
    })
    assert.equal(run.code, 0, run.stdout + run.stderr)
    assert.deepEqual(await skopeoListTags(plain, 'acme/lazy'), [SHA])
  })

  it('bad registry inputs fail before anything is read, naming the input', async () => {
    const ws = await workspace()
    const cases: [Record<string, string>, RegExp][] = [
      [{ retries: 'lots' }, /input "retries" is "lots", expected a whole number from 0 to 10/],
      [{ 'repository-labels': 'team=platform' }, /apply only with "create-repository: true"/],
      [
        { 'create-repository': 'true', 'repository-labels': 'Team=x' },
        /repository-labels.*not a Google label key/,
      ],
      [{ 'create-repository': 'true' }, /create-repository works only for Artifact Registry images/],
      [
        { 'mount-from': 'ghcr.io/other/repo' },
        /mount-from "ghcr\.io\/other\/repo" is on ghcr\.io, but image is on 127\.0\.0\.1/,
      ],
    ]
    for (const [inputs, pattern] of cases) {
      const run = await runAction({
        workspace: ws,
        sha: SHA,
        event: EVENT,
        inputs: { dir: 'config', image: `${plain.hostPort}/acme/bad`, ...inputs },
      })
      assert.equal(run.code, 1, JSON.stringify(inputs))
      assert.match(run.stdout, pattern)
    }
    await assert.rejects(skopeoListTags(plain, 'acme/bad'), 'nothing was pushed')
  })
})
