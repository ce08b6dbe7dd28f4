/**
 * The Docker config as docker login / docker/login-action write it: auths
 * (base64 auth, username/password, identitytoken), credHelpers and
 * credsStore, with a real helper executable (a small sh script speaking the
 * docker-credential-helpers protocol) found on PATH.
 */
import assert from 'node:assert/strict'
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { runCredentialHelper } from '../../src/credentials/credential-helper.ts'
import { dockerConfigCredentials, dockerConfigPath } from '../../src/credentials/docker-config.ts'
import { configKeyMatches, isGoogleRegistry } from '../../src/credentials/registry-hosts.ts'
import { RegistryError } from '../../src/errors.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'

let dir: string
let helperLog: string
const savedPath = process.env['PATH']

// Answers helper.example:5000 with a password, tokens.example with an identity token,
// fails loudly for broken.example, and "not found" otherwise. Logs what came on stdin.
const HELPER = `#!/bin/sh
[ "$1" = get ] || exit 3
server=$(cat)
printf '%s\\n' "$server" >> "$HELPER_LOG"
case "$server" in
  helper.example:5000) printf '{"ServerURL":"%s","Username":"robot","Secret":"helper-secret-1"}' "$server" ;;
  tokens.example) printf '{"ServerURL":"%s","Username":"<token>","Secret":"identity-token-2"}' "$server" ;;
  broken.example) echo "keychain locked" >&2; exit 2 ;;
  *) echo "credentials not found in native keychain"; exit 1 ;;
esac
`

before(async () => {
  dir = await makeTempDir('docker-config')
  const bin = join(dir, 'bin')
  await mkdir(bin)
  await writeFile(join(bin, 'docker-credential-testhelper'), HELPER)
  await chmod(join(bin, 'docker-credential-testhelper'), 0o755)
  helperLog = join(dir, 'helper.log')
  await writeFile(helperLog, '')
  process.env['PATH'] = `${bin}:${savedPath ?? ''}`
  process.env['HELPER_LOG'] = helperLog
})
after(async () => {
  process.env['PATH'] = savedPath
  await removeDir(dir)
})

const b64 = (text: string): string => Buffer.from(text).toString('base64')

async function configDir(name: string, config: unknown): Promise<NodeJS.ProcessEnv> {
  const path = join(dir, name)
  await mkdir(path, { recursive: true })
  await writeFile(join(path, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config))
  return { DOCKER_CONFIG: path }
}

async function lookup(host: string, env: NodeJS.ProcessEnv) {
  const masked: string[] = []
  const found = await dockerConfigCredentials(host, {
    env,
    mask: (s) => void masked.push(s),
    runHelper: runCredentialHelper,
  })
  return { found, masked }
}

describe('auths', () => {
  it('decodes base64 auth (password may hold colons) and masks it at once', async () => {
    const env = await configDir('auths', { auths: { '127.0.0.1:5000': { auth: b64('alice:pa:ss') } } })
    const { found, masked } = await lookup('127.0.0.1:5000', env)
    assert.deepEqual(found, {
      username: 'alice',
      password: 'pa:ss',
      source: `the Docker config ${join(dir, 'auths', 'config.json')} (auths entry for 127.0.0.1:5000)`,
    })
    assert.deepEqual(masked, [b64('alice:pa:ss'), 'pa:ss'])
  })

  it('matches https:// keys, Docker Hub under its v1 key, and username/password fields', async () => {
    const env = await configDir('keys', {
      auths: {
        'https://index.docker.io/v1/': { auth: b64('hubuser:hubpass') },
        'https://ghcr.io': { username: 'octo', password: 'ghp_x' },
      },
    })
    assert.equal((await lookup('docker.io', env)).found?.username, 'hubuser')
    assert.equal((await lookup('ghcr.io', env)).found?.password, 'ghp_x')
    assert.equal((await lookup('quay.io', env)).found, undefined)
  })

  it('reads identitytoken as an identity token', async () => {
    const env = await configDir('identity', {
      auths: {
        'myregistry.azurecr.io': {
          auth: b64('00000000-0000-0000-0000-000000000000:'),
          identitytoken: 'refresh-3',
        },
      },
    })
    const { found, masked } = await lookup('myregistry.azurecr.io', env)
    assert.equal(found?.identityToken, 'refresh-3')
    assert.ok(masked.includes('refresh-3'))
  })

  it('no file, or an empty entry, is no credential; broken files are errors naming the file', async () => {
    assert.equal((await lookup('x.example', { DOCKER_CONFIG: join(dir, 'nowhere') })).found, undefined)
    assert.equal(
      (await lookup('x.example', await configDir('empty', { auths: { 'x.example': {} } }))).found,
      undefined,
    )
    await assert.rejects(
      lookup('x.example', await configDir('broken', '{"auths": ')),
      /the Docker config .*broken\/config\.json is not a valid JSON object/,
    )
    await assert.rejects(
      lookup('x.example', await configDir('nocolon', { auths: { 'x.example': { auth: b64('justuser') } } })),
      /"auth" is not base64 of user:password/,
    )
  })

  it('defaults to ~/.docker/config.json', () => {
    assert.equal(dockerConfigPath({ HOME: '/home/u' }), '/home/u/.docker/config.json')
    assert.equal(dockerConfigPath({ HOME: '/home/u', DOCKER_CONFIG: '/cfg' }), '/cfg/config.json')
  })
})

describe('credential helpers', () => {
  it('runs docker-credential-NAME get with the server on stdin (credHelpers)', async () => {
    const env = await configDir('helpers', { credHelpers: { 'helper.example:5000': 'testhelper' } })
    const { found, masked } = await lookup('helper.example:5000', env)
    assert.deepEqual(found, {
      username: 'robot',
      password: 'helper-secret-1',
      source: `docker-credential-testhelper (credHelpers in ${join(dir, 'helpers', 'config.json')})`,
    })
    assert.deepEqual(masked, ['helper-secret-1'])
    assert.match(await readFile(helperLog, 'utf8'), /^helper\.example:5000$/m)
  })

  it('treats Username <token> as an identity token (credsStore for every host)', async () => {
    const env = await configDir('store', { credsStore: 'testhelper' })
    const { found } = await lookup('tokens.example', env)
    assert.equal(found?.identityToken, 'identity-token-2')
    assert.equal(found?.password, '')
    assert.match(found?.source ?? '', /^docker-credential-testhelper \(credsStore in /)
  })

  it('falls back to auths when the helper has nothing, and Docker Hub gets its v1 URL', async () => {
    const env = await configDir('fallback', {
      credsStore: 'testhelper',
      auths: { 'https://index.docker.io/v1/': { auth: b64('hub:pw') } },
    })
    assert.equal((await lookup('docker.io', env)).found?.username, 'hub')
    assert.match(await readFile(helperLog, 'utf8'), /^https:\/\/index\.docker\.io\/v1\/$/m)
  })

  it('reports a failing or missing helper with its stderr, never its stdout', async () => {
    const env = await configDir('failing', {
      credHelpers: { 'broken.example': 'testhelper', 'absent.example': 'nosuchhelper' },
    })
    await assert.rejects(lookup('broken.example', env), (error: unknown) => {
      assert.ok(error instanceof RegistryError)
      assert.equal(
        error.message,
        'docker-credential-testhelper get failed for broken.example: keychain locked',
      )
      return true
    })
    await assert.rejects(
      lookup('absent.example', env),
      /credential helper docker-credential-nosuchhelper is not on PATH/,
    )
  })
})

describe('registry hosts', () => {
  it('knows Google registries by name, not by look-alikes', () => {
    const google = [
      'us-docker.pkg.dev',
      'europe-west1-docker.pkg.dev',
      'us-docker.pkg.dev:443',
      'gcr.io',
      'eu.gcr.io',
      'asia.gcr.io',
    ]
    const other = [
      'ghcr.io',
      'evilgcr.io',
      'gcr.io.evil.example',
      'pkg.dev.evil.example',
      '127.0.0.1:5000',
      'docker.io',
    ]
    assert.deepEqual(google.filter(isGoogleRegistry), google)
    assert.deepEqual(other.filter(isGoogleRegistry), [])
  })

  it('matches config keys by host, as docker does', () => {
    assert.equal(configKeyMatches('https://ghcr.io/v2/', 'ghcr.io'), true)
    assert.equal(configKeyMatches('ghcr.io', 'GHCR.io'), true)
    assert.equal(configKeyMatches('index.docker.io', 'docker.io'), true)
    assert.equal(configKeyMatches('ghcr.io.evil', 'ghcr.io'), false)
  })
})
