/**
 * Application Default Credentials through google-auth-library 10.9 against
 * a local fake of Google's token endpoints (fake-google.ts): a
 * service-account key signed with a key made here, the external_account
 * file google-github-actions/auth writes (direct and with impersonation, at
 * local URLs and at Google's real hostnames reached through the fake's
 * CONNECT proxy), the metadata server, and no ADC at all.
 */
import assert from 'node:assert/strict'
import { generateKeyPairSync } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import tls from 'node:tls'
import { after, before, describe, it } from 'node:test'
import { credentialChain } from '../../src/credentials/credential-chain.ts'
import { applicationDefaultToken } from '../../src/credentials/google-adc.ts'
import { RegistryError } from '../../src/errors.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'
import { externalAccountFile, serviceAccountKey, startFakeGoogle, type FakeGoogle } from './fake-google.ts'

let fake: FakeGoogle
let dir: string
const savedEnv = { ...process.env }

before(async () => {
  dir = await makeTempDir('adc')
  fake = await startFakeGoogle(dir)
  // google-auth-library's HTTP client (gaxios) reads these at request time; our registry client ignores them.
  process.env['HTTPS_PROXY'] = fake.url
  process.env['NO_PROXY'] = '127.0.0.1,localhost'
  await mkdir(join(dir, 'gcloud'))
  process.env['CLOUDSDK_CONFIG'] = join(dir, 'gcloud')
  process.env['METADATA_SERVER_DETECTION'] = 'none'
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), fake.caPem])
})
after(async () => {
  process.env = savedEnv
  await fake?.close()
  await removeDir(dir)
})

async function credentialsFile(name: string, content: unknown): Promise<string> {
  const file = join(dir, name)
  await writeFile(file, JSON.stringify(content), { mode: 0o600 })
  return file
}

function requestsSince(start: number): string[] {
  return fake.requests.slice(start)
}

describe('Application Default Credentials', () => {
  it('service-account key: a JWT signed with the key, exchanged at oauth2.googleapis.com/token', async () => {
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    })
    const file = await credentialsFile(
      'sa.json',
      serviceAccountKey(fake, 'pusher@fake-project.iam.gserviceaccount.com', privateKey),
    )
    const start = fake.requests.length
    const token = await applicationDefaultToken({ GOOGLE_APPLICATION_CREDENTIALS: file })
    assert.match(token?.token ?? '', /^ya29\.sa-/)
    assert.equal(
      token?.source,
      `Google Application Default Credentials (GOOGLE_APPLICATION_CREDENTIALS=${file}, service_account)`,
    )
    assert.deepEqual(requestsSince(start), ['POST oauth2.googleapis.com/token'])
  })

  it('a key the fake does not know is refused with a message naming the file, not the key', async () => {
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    })
    const key = serviceAccountKey(fake, 'other@fake-project.iam.gserviceaccount.com', privateKey)
    const file = await credentialsFile('unknown-sa.json', {
      ...key,
      client_email: 'stranger@fake-project.iam.gserviceaccount.com',
    })
    await assert.rejects(
      applicationDefaultToken({ GOOGLE_APPLICATION_CREDENTIALS: file }),
      (error: unknown) => {
        assert.ok(error instanceof RegistryError)
        assert.match(
          error.message,
          /GOOGLE_APPLICATION_CREDENTIALS=.*unknown-sa\.json, service_account\): no access token: .*invalid_grant/,
        )
        assert.equal(error.message.includes('PRIVATE KEY'), false)
        return true
      },
    )
  })

  it('external_account (workload identity federation, direct): GitHub OIDC token exchanged at the STS token_url', async () => {
    const file = await credentialsFile(
      'gha-creds-direct.json',
      externalAccountFile(fake, { realHosts: false }),
    )
    const start = fake.requests.length
    const token = await applicationDefaultToken({ GOOGLE_APPLICATION_CREDENTIALS: file })
    assert.match(token?.token ?? '', /^ya29\.sts-/)
    assert.match(token?.source ?? '', /external_account, workload identity federation\)$/)
    assert.deepEqual(requestsSince(start), [`GET ${fake.host}/oidc`, `POST ${fake.host}/v1/token`])
  })

  it("external_account with service-account impersonation at Google's real hostnames", async () => {
    const file = await credentialsFile(
      'gha-creds-sa.json',
      externalAccountFile(fake, {
        realHosts: true,
        serviceAccount: 'pusher@fake-project.iam.gserviceaccount.com',
      }),
    )
    const start = fake.requests.length
    const token = await applicationDefaultToken({ GOOGLE_APPLICATION_CREDENTIALS: file })
    assert.match(token?.token ?? '', /^ya29\.impersonated-/)
    assert.deepEqual(requestsSince(start), [
      `GET ${fake.host}/oidc`,
      'POST sts.googleapis.com/v1/token',
      'POST iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/pusher@fake-project.iam.gserviceaccount.com:generateAccessToken',
    ])
  })

  it('a refused federation names the file and hints at the pool, without any token in the message', async () => {
    const content = externalAccountFile(fake, { realHosts: false }) as {
      credential_source: Record<string, unknown>
    }
    content.credential_source['url'] = `${fake.url}/oidc?audience=x`
    content.credential_source['headers'] = { Authorization: 'Bearer not-the-request-token' }
    const file = await credentialsFile('gha-creds-bad.json', content)
    await assert.rejects(
      applicationDefaultToken({ GOOGLE_APPLICATION_CREDENTIALS: file }),
      (error: unknown) => {
        assert.ok(error instanceof RegistryError)
        assert.match(
          error.message,
          /gha-creds-bad\.json, external_account, workload identity federation\): no access token/,
        )
        assert.match(error.hint ?? '', /workload identity provider/)
        for (const secret of [fake.oidc.requestToken, fake.oidc.idToken, 'not-the-request-token'])
          assert.equal(error.message.includes(secret), false)
        return true
      },
    )
  })

  it('a missing credentials file is an error that explains the auth post step', async () => {
    await assert.rejects(
      applicationDefaultToken({ GOOGLE_APPLICATION_CREDENTIALS: join(dir, 'gone.json') }),
      (error: unknown) => {
        assert.ok(error instanceof RegistryError)
        assert.match(error.message, /GOOGLE_APPLICATION_CREDENTIALS names .*gone\.json, which cannot be read/)
        assert.match(error.hint ?? '', /post step/)
        return true
      },
    )
  })

  it('the metadata server, when GCE_METADATA_HOST names one', async () => {
    process.env['GCE_METADATA_HOST'] = fake.host
    process.env['METADATA_SERVER_DETECTION'] = 'assume-present'
    try {
      const token = await applicationDefaultToken({})
      assert.match(token?.token ?? '', /^ya29\.metadata-/)
      assert.equal(token?.source, 'Google Application Default Credentials (the metadata server)')
    } finally {
      delete process.env['GCE_METADATA_HOST']
      process.env['METADATA_SERVER_DETECTION'] = 'none'
    }
  })

  it('no credentials anywhere: undefined, so the chain goes on', async () => {
    assert.equal(await applicationDefaultToken({}), undefined)
  })

  it('through the chain: a Google host gets user oauth2accesstoken and the masked ADC token', async () => {
    const file = await credentialsFile('gha-creds-chain.json', externalAccountFile(fake, { realHosts: true }))
    const masked: string[] = []
    const logger = new RecordingLogger()
    const env = { GOOGLE_APPLICATION_CREDENTIALS: file, HOME: dir }
    const found = await credentialChain('europe-west1-docker.pkg.dev', {
      env,
      logger,
      mask: (s) => void masked.push(s),
    }).resolve()
    assert.equal(found?.username, 'oauth2accesstoken')
    assert.ok(found !== undefined && fake.issued.includes(found.password))
    assert.deepEqual(masked, [found?.password])
    assert.match(
      logger.lines.join('\n'),
      /Credentials for europe-west1-docker\.pkg\.dev: Google Application Default Credentials/,
    )
    for (const token of fake.issued) assert.equal(logger.lines.join('\n').includes(token), false)
  })
})
