/**
 * The order of the credential chain, with the Google and helper sources
 * replaced by recorders: username/password, then (Google hosts)
 * access-token or ADC, then (ghcr.io) github-token, then the Docker config,
 * then anonymous. Also: resolved once, secrets masked, never logged.
 */
import assert from 'node:assert/strict'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { credentialChain, type CredentialChainOptions } from '../../src/credentials/credential-chain.ts'
import type { HelperRunner } from '../../src/credentials/credential-helper.ts'
import type { GoogleTokenProvider } from '../../src/credentials/google-adc.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import type { Credentials } from '../../src/registry/auth.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'

const EXPLICIT: Credentials = {
  username: 'alice',
  password: 'explicit-pw',
  source: 'the username/password inputs',
}
const SECRETS = ['explicit-pw', 'ya29.access-token-input', 'ya29.adc-token', 'ghs_workflowtoken', 'config-pw']
let dir: string
let env: NodeJS.ProcessEnv

before(async () => {
  dir = await makeTempDir('chain')
  await mkdir(join(dir, 'docker'))
  const everyHost = ['us-docker.pkg.dev', 'ghcr.io', 'registry.example'].map((h) => [
    h,
    { auth: Buffer.from('cfguser:config-pw').toString('base64') },
  ])
  await writeFile(
    join(dir, 'docker', 'config.json'),
    JSON.stringify({ auths: Object.fromEntries(everyHost) }),
  )
  env = { DOCKER_CONFIG: join(dir, 'docker'), GITHUB_ACTOR: 'octocat' }
})
after(() => removeDir(dir))

interface Probe {
  options: CredentialChainOptions
  logger: RecordingLogger
  masked: string[]
  adcCalls: () => number
}

function probe(overrides: Partial<CredentialChainOptions> = {}, adc: 'token' | 'none' = 'token'): Probe {
  let calls = 0
  const googleToken: GoogleTokenProvider = async () => {
    calls++
    return adc === 'none'
      ? undefined
      : { token: 'ya29.adc-token', source: 'Google Application Default Credentials (test)' }
  }
  const runHelper: HelperRunner = async () => assert.fail('no helper is configured')
  const logger = new RecordingLogger()
  const masked: string[] = []
  const options: CredentialChainOptions = {
    env,
    logger,
    mask: (s) => void masked.push(s),
    googleToken,
    runHelper,
    ...overrides,
  }
  return { options, logger, masked, adcCalls: () => calls }
}

async function resolveFor(host: string, p: Probe): Promise<Credentials | undefined> {
  const found = await credentialChain(host, p.options).resolve()
  const log = p.logger.lines.join('\n')
  for (const secret of SECRETS) assert.equal(log.includes(secret), false, `log holds ${secret}`)
  return found
}

describe('credential chain precedence', () => {
  it('1. username/password win everywhere, and nothing else is asked', async () => {
    for (const host of ['us-docker.pkg.dev', 'ghcr.io', 'registry.example']) {
      const p = probe({
        credentials: EXPLICIT,
        accessToken: 'ya29.access-token-input',
        githubToken: 'ghs_workflowtoken',
      })
      assert.equal(await resolveFor(host, p), EXPLICIT)
      assert.equal(p.adcCalls(), 0)
    }
  })

  it('2. Google hosts: the access-token input, else ADC; both as oauth2accesstoken, masked', async () => {
    const withToken = probe({ accessToken: 'ya29.access-token-input' })
    assert.deepEqual(await resolveFor('us-docker.pkg.dev', withToken), {
      username: 'oauth2accesstoken',
      password: 'ya29.access-token-input',
      source: 'the access-token input',
    })
    assert.equal(withToken.adcCalls(), 0, 'an explicit token needs no ADC lookup')
    const adc = probe()
    assert.deepEqual(await resolveFor('us-docker.pkg.dev', adc), {
      username: 'oauth2accesstoken',
      password: 'ya29.adc-token',
      source: 'Google Application Default Credentials (test)',
    })
    assert.deepEqual(adc.masked, ['ya29.adc-token'])
    assert.match(
      adc.logger.lines.join('\n'),
      /info: Credentials for us-docker\.pkg\.dev: Google Application Default Credentials \(test\)/,
    )
  })

  it('2→4. a Google host without ADC falls through to the Docker config', async () => {
    const p = probe({}, 'none')
    assert.equal((await resolveFor('us-docker.pkg.dev', p))?.username, 'cfguser')
    assert.equal(p.adcCalls(), 1)
  })

  it('3. ghcr.io: the github-token input as the workflow actor; other hosts never get it', async () => {
    const p = probe({ githubToken: 'ghs_workflowtoken', accessToken: 'ya29.access-token-input' })
    assert.deepEqual(await resolveFor('ghcr.io', p), {
      username: 'octocat',
      password: 'ghs_workflowtoken',
      source: 'the github-token input',
    })
    assert.equal(
      (await resolveFor('registry.example', probe({ githubToken: 'ghs_workflowtoken' })))?.username,
      'cfguser',
    )
    assert.equal(p.adcCalls(), 0, 'ghcr.io is not a Google host')
  })

  it('3→4. an empty github-token leaves ghcr.io to the Docker config', async () => {
    assert.equal((await resolveFor('ghcr.io', probe({ githubToken: '' })))?.username, 'cfguser')
  })

  it('4. other hosts: the Docker config; the access-token input is for Google hosts only', async () => {
    const p = probe({ accessToken: 'ya29.access-token-input' })
    assert.equal((await resolveFor('registry.example', p))?.password, 'config-pw')
    assert.equal(p.adcCalls(), 0)
  })

  it('5. anonymous when nothing matches, saying so', async () => {
    const p = probe()
    assert.equal(await resolveFor('quay.io', p), undefined)
    assert.match(p.logger.lines.join('\n'), /Credentials for quay\.io: none found, trying anonymously/)
  })

  it('walks the chain once per source, however often it is asked', async () => {
    const p = probe()
    const source = credentialChain('us-docker.pkg.dev', p.options)
    const [a, b] = await Promise.all([source.resolve(), source.resolve()])
    assert.equal(a, b)
    assert.equal(await source.resolve(), a)
    assert.equal(p.adcCalls(), 1)
  })
})
