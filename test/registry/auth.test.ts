import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { RegistryError } from '../../src/errors.ts'
import {
  Authenticator,
  basicAuthorization,
  describeCredentials,
  mergeScopes,
  parseChallenges,
  type Challenge,
  type Credentials,
} from '../../src/registry/auth.ts'
import type { HttpClient, HttpRequest, HttpResponse } from '../../src/registry/http-transport.ts'

describe('parseChallenges', () => {
  const cases: [string, string | string[] | undefined, Challenge[]][] = [
    ['nothing', undefined, []],
    ['basic', 'Basic realm="basic-realm"', [{ scheme: 'basic', params: { realm: 'basic-realm' } }]],
    [
      'bearer with service and scope',
      'Bearer realm="https://auth.example.com/token",service="registry.example.com",scope="repository:test/app:pull,push"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://auth.example.com/token',
            service: 'registry.example.com',
            scope: 'repository:test/app:pull,push',
          },
        },
      ],
    ],
    [
      'several scopes in one value, spaces around = and commas',
      'Bearer realm = "http://127.0.0.1:1/token" , service="s", scope="repository:a:pull,push repository:b:pull"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'http://127.0.0.1:1/token',
            service: 's',
            scope: 'repository:a:pull,push repository:b:pull',
          },
        },
      ],
    ],
    [
      'error= and case-insensitive names',
      'BEARER Realm="r",Error="insufficient_scope",scope="repository:a:push"',
      [{ scheme: 'bearer', params: { realm: 'r', error: 'insufficient_scope', scope: 'repository:a:push' } }],
    ],
    [
      'quoted string with escapes and a comma inside',
      'Basic realm="a \\"quoted\\", realm\\\\x"',
      [{ scheme: 'basic', params: { realm: 'a "quoted", realm\\x' } }],
    ],
    [
      'token value without quotes',
      'Bearer realm=https://a.example/token,error=invalid_token',
      [{ scheme: 'bearer', params: { realm: 'https://a.example/token', error: 'invalid_token' } }],
    ],
    [
      'two challenges in one header',
      'Basic realm="b", Bearer realm="https://t/token",service="s"',
      [
        { scheme: 'basic', params: { realm: 'b' } },
        { scheme: 'bearer', params: { realm: 'https://t/token', service: 's' } },
      ],
    ],
    [
      'two header values',
      ['Bearer realm="x"', 'Basic realm="y"'],
      [
        { scheme: 'bearer', params: { realm: 'x' } },
        { scheme: 'basic', params: { realm: 'y' } },
      ],
    ],
    ['scheme without params', 'Negotiate', [{ scheme: 'negotiate', params: {} }]],
    [
      'unterminated quote keeps what it has',
      'Basic realm="open',
      [{ scheme: 'basic', params: { realm: 'open' } }],
    ],
  ]
  for (const [name, header, expected] of cases) {
    it(name, () => assert.deepEqual(parseChallenges(header), expected))
  }
})

describe('mergeScopes', () => {
  it('joins actions per resource, sorted and deduplicated', () => {
    assert.deepEqual(mergeScopes(['repository:a:pull', 'repository:a:push,pull', 'repository:b:pull', '']), [
      'repository:a:pull,push',
      'repository:b:pull',
    ])
  })
  it('splits space-separated scope lists', () => {
    assert.deepEqual(mergeScopes(['repository:x:pull repository:y:push']), [
      'repository:x:pull',
      'repository:y:push',
    ])
  })
})

const CREDS: Credentials = {
  username: 'alice',
  password: 's3cret-pw',
  source: 'the username/password inputs',
}

describe('credentials helpers', () => {
  it('describes without the password', () => {
    assert.equal(describeCredentials(CREDS), 'the username/password inputs (user "alice")')
    assert.equal(describeCredentials(undefined), 'no credentials (anonymous)')
  })
  it('encodes Basic', () => {
    assert.equal(basicAuthorization(CREDS), `Basic ${Buffer.from('alice:s3cret-pw').toString('base64')}`)
  })
})

/** A token server in memory: records requests, answers with a numbered token. */
class FakeTokenServer implements HttpClient {
  readonly requests: HttpRequest[] = []
  status = 200
  expiresIn: number | undefined = 300
  field: 'token' | 'access_token' = 'token'
  async request(request: HttpRequest): Promise<HttpResponse> {
    this.requests.push(request)
    const payload: Record<string, unknown> = { [this.field]: `tok-${this.requests.length}` }
    if (this.expiresIn !== undefined) payload['expires_in'] = this.expiresIn
    const body = Buffer.from(this.status === 200 ? JSON.stringify(payload) : '{"details":"bad"}')
    return { status: this.status, headers: {}, body, url: new URL(request.url) }
  }
}

const BEARER: Challenge = {
  scheme: 'bearer',
  params: { realm: 'https://auth.example/token', service: 'reg' },
}
const PUSH = ['repository:team/app:pull,push']

describe('Authenticator', () => {
  it('answers Basic challenges with the credentials, and nothing when anonymous', async () => {
    const server = new FakeTokenServer()
    const basic: Challenge = { scheme: 'basic', params: { realm: 'r' } }
    assert.equal(
      await new Authenticator({ http: server, credentials: CREDS }).authorization(basic, PUSH),
      basicAuthorization(CREDS),
    )
    assert.equal(await new Authenticator({ http: server }).authorization(basic, PUSH), undefined)
    assert.equal(
      await new Authenticator({ http: server, credentials: CREDS }).authorization(undefined, PUSH),
      undefined,
    )
    assert.equal(server.requests.length, 0)
  })

  it('gets a token with service, every scope and Basic credentials', async () => {
    const server = new FakeTokenServer()
    const auth = new Authenticator({ http: server, credentials: CREDS })
    const value = await auth.authorization(BEARER, ['repository:b:pull', 'repository:a:pull,push'])
    assert.equal(value, 'Bearer tok-1')
    const request = server.requests[0]
    assert.ok(request)
    const url = new URL(request.url)
    assert.equal(url.origin + url.pathname, 'https://auth.example/token')
    assert.equal(url.searchParams.get('service'), 'reg')
    assert.deepEqual(url.searchParams.getAll('scope'), ['repository:a:pull,push', 'repository:b:pull'])
    assert.equal(request.headers?.['authorization'], basicAuthorization(CREDS))
  })

  it('asks anonymously without credentials and reads access_token', async () => {
    const server = new FakeTokenServer()
    server.field = 'access_token'
    const value = await new Authenticator({ http: server }).authorization(BEARER, PUSH)
    assert.equal(value, 'Bearer tok-1')
    assert.equal(server.requests[0]?.headers?.['authorization'], undefined)
    assert.equal(new URL(server.requests[0]?.url ?? '').searchParams.has('account'), false)
  })

  it('caches per scope set until expires_in, then renews', async () => {
    let now = 1_000_000
    const server = new FakeTokenServer()
    server.expiresIn = 300
    const auth = new Authenticator({ http: server, credentials: CREDS, now: () => now })
    assert.equal(await auth.authorization(BEARER, PUSH), 'Bearer tok-1')
    assert.equal(await auth.authorization(BEARER, ['repository:team/app:push,pull']), 'Bearer tok-1')
    assert.equal(await auth.authorization(BEARER, ['repository:team/app:pull']), 'Bearer tok-2')
    now += 290_000
    assert.equal(await auth.authorization(BEARER, PUSH), 'Bearer tok-1')
    now += 10_000
    assert.equal(await auth.authorization(BEARER, PUSH), 'Bearer tok-3')
    assert.equal(server.requests.length, 3)
  })

  it('defaults to 60 s without expires_in', async () => {
    let now = 0
    const server = new FakeTokenServer()
    server.expiresIn = undefined
    const auth = new Authenticator({ http: server, now: () => now })
    await auth.authorization(BEARER, PUSH)
    now = 50_000
    assert.equal(await auth.authorization(BEARER, PUSH), 'Bearer tok-1')
    now = 60_000
    assert.equal(await auth.authorization(BEARER, PUSH), 'Bearer tok-2')
  })

  it('fetches again after invalidate()', async () => {
    const server = new FakeTokenServer()
    const auth = new Authenticator({ http: server })
    await auth.authorization(BEARER, PUSH)
    auth.invalidate()
    assert.equal(await auth.authorization(BEARER, PUSH), 'Bearer tok-2')
  })

  it('reports a refused login with the source and user, never the password', async () => {
    const server = new FakeTokenServer()
    server.status = 401
    const auth = new Authenticator({ http: server, credentials: CREDS })
    await assert.rejects(auth.authorization(BEARER, PUSH), (error: unknown) => {
      assert.ok(error instanceof RegistryError)
      assert.equal(error.status, 401)
      assert.match(
        error.message,
        /token server auth\.example rejected the username\/password inputs \(user "alice"\)/,
      )
      assert.doesNotMatch(`${error.message} ${error.hint}`, /s3cret-pw/)
      return true
    })
  })

  it('rejects a challenge without realm and an answer without token', async () => {
    const server = new FakeTokenServer()
    const auth = new Authenticator({ http: server })
    await assert.rejects(auth.authorization({ scheme: 'bearer', params: {} }, PUSH), /named no realm/)
    const empty: HttpClient = {
      request: async (r) => ({ status: 200, headers: {}, body: Buffer.from('{}'), url: new URL(r.url) }),
    }
    await assert.rejects(
      new Authenticator({ http: empty }).authorization(BEARER, PUSH),
      /answered without a token/,
    )
  })
})
