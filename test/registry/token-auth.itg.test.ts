/**
 * The bearer token flow against the real registry in token mode
 * (REGISTRY-TESTING.md §2), with the fault proxy standing in for the realm
 * so the test decides which token server answers and which scopes it
 * grants: scopes per request, insufficient scope, an expired token
 * refreshed after invalid_token, and cross-repository mounts with and
 * without pull on the source.
 */
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { RegistryError } from '../../src/errors.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { parseImageReference } from '../../src/registry/image-reference.ts'
import { RegistryClient } from '../../src/registry/registry-client.ts'
import {
  requestUrl,
  startRegistry,
  TOKEN_ISSUER,
  TOKEN_SERVICE,
  type TestRegistry,
} from '../harness/registry.ts'
import { startTokenServer, type TokenServer } from '../harness/token-server.ts'
import { skopeoRawManifest } from '../harness/verify.ts'
import { startFaultProxy, type FaultProxy, type TokenRoute } from './fault-proxy.ts'
import { smallImage } from './test-image.ts'

let reg: TestRegistry
let expired: TokenServer
const proxies: FaultProxy[] = []
const clients: RegistryClient[] = []
const loggers: RecordingLogger[] = []

before(async () => {
  reg = await startRegistry('token')
  // Signs with the registry's trusted key, but every token is 200 s past its exp (beyond the 60 s leeway).
  expired = await startTokenServer({
    keyPem: await readFile(join(reg.dir, 'token.key'), 'utf8'),
    certPem: await readFile(join(reg.dir, 'token.crt'), 'utf8'),
    service: TOKEN_SERVICE,
    issuer: TOKEN_ISSUER,
    users: { [reg.username ?? '']: reg.password ?? '' },
    ttlSeconds: -200,
  })
})
after(async () => {
  for (const c of clients) c.close()
  for (const p of proxies) await p.close()
  await expired?.stop()
  const registryLog = await reg.log()
  await reg?.stop()
  // Neither our logs nor the registry's hold the password or any token.
  for (const logger of loggers) {
    const text = logger.lines.join('\n')
    assert.equal(text.includes(reg.password ?? '\0'), false)
    assert.doesNotMatch(text, /Bearer |Basic |eyJ[A-Za-z0-9_-]{10,}/)
  }
  assert.equal(registryLog.includes(reg.password ?? '\0'), false)
})

async function proxyWith(route: Partial<TokenRoute> = {}): Promise<FaultProxy> {
  const proxy = await startFaultProxy(reg.hostPort, { upstream: () => reg.tokenRealm ?? '', ...route })
  proxies.push(proxy)
  return proxy
}

function client(
  proxy: FaultProxy,
  repo: string,
  mountFrom: string[] = [],
): { client: RegistryClient; logger: RecordingLogger } {
  const logger = new RecordingLogger()
  loggers.push(logger)
  const created = new RegistryClient(parseImageReference(`${proxy.host}/${repo}`), {
    logger,
    mountFrom,
    credentials: { username: reg.username ?? '', password: reg.password ?? '', source: 'the test login' },
    retry: { retries: 1, baseDelayMs: 10 },
  })
  clients.push(created)
  return { client: created, logger }
}

describe('bearer tokens from a real token server', () => {
  it('asks once for pull,push on the repository and reuses the token', async () => {
    const proxy = await proxyWith()
    const { image } = smallImage('scopes')
    await client(proxy, 'tok/app').client.push(image, ['v1', 'v2'])
    assert.deepEqual(proxy.tokenScopes, [['repository:tok/app:pull,push']])
    assert.deepEqual(await skopeoRawManifest(reg, 'tok/app:v2'), image.manifest)
  })

  it('reports a token without push as a missing permission, naming the credential', async () => {
    const proxy = await proxyWith({ filterScope: (scope) => scope.replace(/:pull,push$/, ':pull') })
    const { image } = smallImage('denied')
    await assert.rejects(client(proxy, 'tok/denied').client.push(image, ['v1']), (error: unknown) => {
      assert.ok(error instanceof RegistryError)
      assert.equal(error.status, 401)
      assert.match(
        error.message,
        /the test login \(user "testuser"\) may not push to 127\.0\.0\.1:\d+\/tok\/denied \(HTTP 401 UNAUTHORIZED/,
      )
      assert.match(error.hint ?? '', /grant that account permission to push/)
      return true
    })
  })

  it('gets a new token when the registry answers invalid_token for an expired one', async () => {
    const proxy = await proxyWith({
      upstream: (index) => (index === 0 ? expired.realm : (reg.tokenRealm ?? '')),
    })
    const { image } = smallImage('expired')
    const pushed = await client(proxy, 'tok/expired').client.push(image, ['v1'])
    assert.equal(pushed.digest, image.manifestDigest)
    assert.equal(expired.requests(), 1, 'the first token came from the expired-token server')
    assert.equal(proxy.tokenScopes.length, 2, 'exactly one refresh')
    assert.deepEqual(await skopeoRawManifest(reg, 'tok/expired:v1'), image.manifest)
  })
})

describe('identity tokens', () => {
  it('exchanges a Docker identity token with the OAuth2 refresh_token grant, never sending the password', async () => {
    const form = new URLSearchParams({
      grant_type: 'password',
      username: reg.username ?? '',
      password: reg.password ?? '',
      service: TOKEN_SERVICE,
      access_type: 'offline',
      client_id: 'test',
    })
    const answer = await requestUrl(reg.tokenRealm ?? '', {
      method: 'POST',
      body: form.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    const refresh = (JSON.parse(answer.body.toString()) as { refresh_token: string }).refresh_token
    const logger = new RecordingLogger()
    loggers.push(logger)
    const identity = new RegistryClient(parseImageReference(`${reg.hostPort}/tok/identity`), {
      logger,
      credentials: {
        username: '<token>',
        password: '',
        identityToken: refresh,
        source: 'a Docker identity token',
      },
    })
    clients.push(identity)
    const { image } = smallImage('identity')
    await identity.push(image, ['v1'])
    const lines = (reg.tokenServer?.log() ?? '').split('\n').filter((l) => l.includes('tok/identity'))
    assert.ok(
      lines.length > 0 && lines.every((l) => l.startsWith('POST /token') && l.includes('subject=testuser')),
      lines.join('\n'),
    )
    assert.equal(logger.lines.join('\n').includes(refresh), false)
  })
})

describe('cross-repository mount with token auth', () => {
  it('mounts every blob when the token holds pull on the source (several scopes in one request)', async () => {
    const proxy = await proxyWith()
    const { image } = smallImage('mount')
    await client(proxy, 'tok/src').client.push(image, ['v1'])
    const { client: dst, logger } = client(proxy, 'tok/dst', ['tok/src'])
    const pushed = await dst.push(image, ['v1'])
    assert.equal(pushed.uploadedBlobs, 0)
    assert.match(logger.lines.join('\n'), /Blobs: 0 uploaded, 2 mounted from tok\/src, 0 already in/)
    assert.ok(
      proxy.tokenScopes.some((s) => s.join(' ') === 'repository:tok/dst:pull,push repository:tok/src:pull'),
      JSON.stringify(proxy.tokenScopes),
    )
    assert.equal(
      proxy.log.filter((l) => l.startsWith('PUT') && l.includes('/blobs/uploads/')).length,
      2,
      'only the source push uploaded',
    )
    assert.deepEqual(await skopeoRawManifest(reg, 'tok/dst:v1'), image.manifest)
  })

  it('uploads instead when the token lacks pull on the source (401 insufficient_scope, no 202 fallback)', async () => {
    const proxy = await proxyWith({
      filterScope: (scope) => (scope.startsWith('repository:tok/src2:') ? undefined : scope),
    })
    const { image } = smallImage('nomount')
    await client(await proxyWith(), 'tok/src2').client.push(image, ['v1'])
    const { client: dst, logger } = client(proxy, 'tok/dst2', ['tok/src2'])
    const pushed = await dst.push(image, ['v1'])
    assert.equal(pushed.uploadedBlobs, 2)
    assert.match(
      logger.lines.join('\n'),
      /cannot mount blob sha256:[0-9a-f]{64} from tok\/src2 \(HTTP 401\); uploading it/,
    )
    assert.deepEqual(await skopeoRawManifest(reg, 'tok/dst2:v1'), image.manifest)
  })
})
