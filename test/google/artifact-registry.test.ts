/**
 * create-repository with the real @google-cloud/artifact-registry 4.7
 * client (REST transport, apiEndpoint/port/protocol pointing at a local
 * fake of the REST API, since Google cannot be reached from here).
 */
import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import { RegistryError, InputError } from '../../src/errors.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import {
  artifactRegistryRepository,
  endpointOptions,
  ensureRepository,
  type RepositorySettings,
} from '../../src/google/artifact-registry.ts'
import { parseImageReference } from '../../src/registry/image-reference.ts'
import { startFakeArtifactRegistry, type FakeArtifactRegistry } from './fake-artifact-registry.ts'

const TOKEN = 'ya29.fake-access-token'
const REPO = artifactRegistryRepository(
  parseImageReference('europe-west1-docker.pkg.dev/acme-prod/config/app'),
)
const NAME = 'projects/acme-prod/locations/europe-west1/repositories/config'
const SETTINGS: RepositorySettings = {
  create: true,
  description: 'Config Sync artifacts',
  labels: { team: 'platform', env: 'prod' },
}
let fake: FakeArtifactRegistry

before(async () => {
  fake = await startFakeArtifactRegistry()
})
after(() => fake?.close())
beforeEach(() => {
  fake.mode = 'ok'
  fake.repositories.clear()
  fake.requests.length = 0
})

function ensure(settings = SETTINGS, logger = new RecordingLogger()) {
  return ensureRepository(REPO, settings, { accessToken: async () => TOKEN, logger, endpoint: fake.url })
}

function failsWith(pattern: RegExp, hint: RegExp) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof RegistryError, String(error))
    assert.match(error.message, pattern)
    assert.match(error.hint ?? '', hint)
    assert.equal(`${error.message}${error.hint}`.includes(TOKEN), false)
    return true
  }
}

describe('artifactRegistryRepository', () => {
  it('reads location, project and repository from the image, domain-scoped projects too', () => {
    assert.deepEqual(REPO, { project: 'acme-prod', location: 'europe-west1', repository: 'config' })
    assert.deepEqual(
      artifactRegistryRepository(parseImageReference('us-docker.pkg.dev/example.com/proj/repo/img')),
      {
        project: 'example.com:proj',
        location: 'us',
        repository: 'repo',
      },
    )
  })

  it('refuses other registries and references without an image name', () => {
    for (const image of ['ghcr.io/acme/config', 'gcr.io/acme/app', 'us-docker.pkg.dev/acme/config']) {
      assert.throws(
        () => artifactRegistryRepository(parseImageReference(image)),
        (e: unknown) =>
          e instanceof InputError &&
          /create-repository works only for Artifact Registry images/.test(e.message),
      )
    }
  })

  it('turns an endpoint URL into client options', () => {
    assert.deepEqual(endpointOptions('http://127.0.0.1:8080'), {
      apiEndpoint: '127.0.0.1',
      port: 8080,
      protocol: 'http',
    })
    assert.deepEqual(endpointOptions('artifactregistry-psc.p.googleapis.com'), {
      apiEndpoint: 'artifactregistry-psc.p.googleapis.com',
      port: 443,
      protocol: 'https',
    })
    assert.deepEqual(endpointOptions(undefined), {})
  })
})

describe('ensureRepository against the REST fake', () => {
  it('creates a missing docker repository with description and labels, sending the token', async () => {
    const logger = new RecordingLogger()
    assert.equal(await ensure(SETTINGS, logger), 'created')
    const [get, create] = fake.requests
    assert.equal(get?.method, 'GET')
    assert.equal(get?.path, `/v1/${NAME}`)
    assert.equal(create?.method, 'POST')
    assert.equal(create?.path, '/v1/projects/acme-prod/locations/europe-west1/repositories')
    assert.equal(create?.query.get('repositoryId'), 'config')
    const sent = create?.body as Record<string, unknown>
    // format 1 is DOCKER (the REST transport sends numeric enums); the client adds an empty cleanupPolicies map.
    assert.deepEqual(
      [sent['format'], sent['description'], sent['labels']],
      [1, 'Config Sync artifacts', { team: 'platform', env: 'prod' }],
    )
    assert.ok(fake.requests.every((r) => r.authorization === `Bearer ${TOKEN}`))
    assert.match(
      logger.lines.join('\n'),
      /Created Artifact Registry repository projects\/acme-prod\/locations\/europe-west1\/repositories\/config/,
    )
    assert.equal(logger.lines.join('\n').includes(TOKEN), false)
  })

  it('leaves an existing repository as it is', async () => {
    fake.repositories.set(NAME, { name: NAME, format: 'DOCKER', description: 'theirs' })
    assert.equal(await ensure(), 'exists')
    assert.deepEqual(
      fake.requests.map((r) => r.method),
      ['GET'],
    )
    assert.equal(fake.repositories.get(NAME)?.['description'], 'theirs')
  })

  it('refuses an existing repository of another format', async () => {
    fake.repositories.set(NAME, { name: NAME, format: 'MAVEN' })
    await assert.rejects(
      ensure(),
      failsWith(/repository config exists with format MAVEN, not DOCKER/, /docker-format/),
    )
  })

  it('accepts losing a creation race (ALREADY_EXISTS)', async () => {
    fake.mode = 'race'
    assert.equal(await ensure(), 'exists')
  })

  it('names the role when creating is denied', async () => {
    fake.mode = 'deny-create'
    await assert.rejects(
      ensure(),
      failsWith(
        /may not create repositories in project acme-prod \(needs artifactregistry\.repositories\.create\)/,
        /roles\/artifactregistry\.admin .*gcloud artifacts repositories create config --repository-format=docker --location=europe-west1/,
      ),
    )
  })

  it('names the permission when reading is denied', async () => {
    fake.mode = 'deny-get'
    await assert.rejects(
      ensure(),
      failsWith(
        /may not read repository config .*artifactregistry\.repositories\.get/,
        /roles\/artifactregistry\.reader/,
      ),
    )
  })

  it('names the API to enable when it is disabled', async () => {
    fake.mode = 'api-disabled'
    await assert.rejects(
      ensure(),
      failsWith(
        /the Artifact Registry API is not enabled in project acme-prod/,
        /gcloud services enable artifactregistry\.googleapis\.com --project acme-prod/,
      ),
    )
  })

  it('says the token was refused on UNAUTHENTICATED', async () => {
    fake.mode = 'unauthenticated'
    await assert.rejects(
      ensure(),
      failsWith(/Google refused the access token/, /google-github-actions\/auth/),
    )
  })
})
