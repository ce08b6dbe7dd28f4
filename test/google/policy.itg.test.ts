/**
 * IAM policy read-modify-write through the real clients (the Artifact
 * Registry client's REST transport, google-auth-library's authorized
 * request to the IAM API) against the local fakes: etags, a concurrent
 * writer, unrelated and conditional bindings, and every failure naming the
 * missing permission or API.
 */
import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import { grantOnPolicy, type RetrySchedule } from '../../src/google/policy-update.ts'
import { repositoryApi } from '../../src/google/repository-api.ts'
import { serviceAccountPolicy } from '../../src/google/service-account-api.ts'
import { GoogleApiError } from '../../src/errors.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { startFakeArtifactRegistry, type FakeArtifactRegistry } from './fake-artifact-registry.ts'
import { startFakeIam, type FakeIam } from './fake-iam.ts'

const TOKEN = 'ya29.policy-test-token'
const RESOURCE = 'projects/acme-prod/locations/us/repositories/config'
const GSA = 'config-sync@acme-prod.iam.gserviceaccount.com'
const KSA = 'serviceAccount:acme-prod.svc.id.goog[config-management-system/root-reconciler]'
const READER = 'roles/artifactregistry.reader'
const FAST: RetrySchedule = { attempts: 5, initialDelayMs: 1, sleep: async () => {} }
let ar: FakeArtifactRegistry
let iam: FakeIam

before(async () => {
  ar = await startFakeArtifactRegistry()
  iam = await startFakeIam(ar)
})
after(async () => {
  await iam?.close()
  await ar?.close()
})
beforeEach(() => {
  ar.repositories.set(RESOURCE, { name: RESOURCE, format: 'DOCKER' })
  iam.serviceAccounts.add(GSA)
  iam.denied.clear()
  iam.disabledApis.clear()
  iam.write(RESOURCE, (p) => Object.assign(p, { version: 1, bindings: [] }))
  iam.write(GSA, (p) => Object.assign(p, { version: 1, bindings: [] }))
  iam.requests.length = 0
})

function repository(): ReturnType<typeof repositoryApi> {
  return repositoryApi(
    { project: 'acme-prod', location: 'us', repository: 'config', resource: RESOURCE, labels: {} },
    { accessToken: async () => TOKEN, endpoint: iam.url, logger: new RecordingLogger() },
  )
}

describe('repository policy (Artifact Registry getIamPolicy / setIamPolicy)', () => {
  it('grants the reader role with the etag read, keeps unrelated and conditional bindings, and a second grant writes nothing', async () => {
    iam.write(RESOURCE, (p) =>
      Object.assign(p, {
        version: 3,
        bindings: [
          {
            role: 'roles/artifactregistry.writer',
            members: ['serviceAccount:ci@acme-prod.iam.gserviceaccount.com'],
          },
          {
            role: READER,
            members: ['group:sre@acme.example'],
            condition: {
              expression: 'request.time < timestamp("2030-01-01T00:00:00Z")',
              title: 'until 2030',
            },
          },
        ],
      }),
    )
    const api = repository()
    try {
      const etag = iam.policy(RESOURCE).etag
      assert.deepEqual(await grantOnPolicy(api.policy, READER, KSA, new RecordingLogger(), { retry: FAST }), {
        outcome: 'created',
        conflicts: 0,
      })
      const set = iam.requests.find((r) => r.path.endsWith(':setIamPolicy'))
      assert.equal(
        (set?.body as { policy: { etag: string } }).policy.etag,
        etag,
        'the write carries the etag it read',
      )
      assert.equal(set?.authorization, `Bearer ${TOKEN}`)
      assert.deepEqual(iam.policy(RESOURCE).bindings, [
        {
          role: 'roles/artifactregistry.writer',
          members: ['serviceAccount:ci@acme-prod.iam.gserviceaccount.com'],
        },
        {
          role: READER,
          members: ['group:sre@acme.example'],
          condition: { expression: 'request.time < timestamp("2030-01-01T00:00:00Z")', title: 'until 2030' },
        },
        { role: READER, members: [KSA] },
      ])
      assert.equal(iam.policy(RESOURCE).version, 3)
      const writes = iam.requests.length
      assert.deepEqual(await grantOnPolicy(api.policy, READER, KSA, new RecordingLogger(), { retry: FAST }), {
        outcome: 'unchanged',
        conflicts: 0,
      })
      assert.deepEqual(
        iam.requests.slice(writes).map((r) => r.path.split(':').pop()),
        ['getIamPolicy'],
        'read, nothing written',
      )
    } finally {
      await api.close()
    }
  })

  it("a concurrent writer (409 ABORTED on a stale etag): reads again, keeps the other writer's binding, then writes", async () => {
    iam.beforeSet(RESOURCE, (p) =>
      p.bindings.push({ role: 'roles/artifactregistry.writer', members: ['user:bob@acme.example'] }),
    )
    const logger = new RecordingLogger()
    const api = repository()
    try {
      assert.deepEqual(await grantOnPolicy(api.policy, READER, KSA, logger, { retry: FAST }), {
        outcome: 'created',
        conflicts: 1,
      })
    } finally {
      await api.close()
    }
    assert.deepEqual(
      iam.requests.map((r) => r.path.split(':').pop()),
      ['getIamPolicy', 'setIamPolicy', 'getIamPolicy', 'setIamPolicy'],
    )
    assert.deepEqual(iam.policy(RESOURCE).bindings, [
      { role: 'roles/artifactregistry.writer', members: ['user:bob@acme.example'] },
      { role: READER, members: [KSA] },
    ])
    assert.ok(
      logger.lines.some((l) => /changed while we wrote it \(409 ABORTED\); reading it again/.test(l)),
      logger.lines.join('\n'),
    )
  })

  it('names the missing permission, the API to enable, and a missing repository', async () => {
    const api = repository()
    try {
      iam.denied.add('artifactregistry.repositories.setIamPolicy')
      await assert.rejects(
        grantOnPolicy(api.policy, READER, KSA, new RecordingLogger(), { retry: FAST }),
        (e: unknown) =>
          e instanceof GoogleApiError &&
          /change the IAM policy of Artifact Registry repository .*: permission denied: the credential needs artifactregistry\.repositories\.setIamPolicy/.test(
            e.message,
          ) &&
          /roles\/artifactregistry\.admin/.test(e.hint ?? ''),
      )
      iam.denied.add('artifactregistry.repositories.getIamPolicy')
      await assert.rejects(api.policy.get(), /needs artifactregistry\.repositories\.getIamPolicy/)
      iam.disabledApis.add('artifactregistry.googleapis.com')
      await assert.rejects(
        api.policy.get(),
        (e: unknown) =>
          e instanceof GoogleApiError &&
          /the API artifactregistry\.googleapis\.com is not enabled in project acme-prod/.test(e.message) &&
          e.hint === 'enable it: gcloud services enable artifactregistry.googleapis.com --project acme-prod',
      )
      iam.disabledApis.clear()
      iam.denied.clear()
      ar.repositories.delete(RESOURCE)
      assert.equal(await api.exists(), false)
      await assert.rejects(api.policy.get(), /repository config does not exist/)
    } finally {
      await api.close()
    }
  })
})

describe('service account policy (IAM API)', () => {
  const store = (): ReturnType<typeof serviceAccountPolicy> =>
    serviceAccountPolicy(GSA, { accessToken: async () => TOKEN, endpoint: iam.url })

  it('grants roles/iam.workloadIdentityUser to the KSA member with etag and conflict retry', async () => {
    iam.write(GSA, (p) =>
      p.bindings.push({ role: 'roles/iam.serviceAccountTokenCreator', members: ['user:ops@acme.example'] }),
    )
    iam.beforeSet(GSA, (p) =>
      p.bindings.push({ role: 'roles/iam.serviceAccountUser', members: ['user:dev@acme.example'] }),
    )
    assert.deepEqual(
      await grantOnPolicy(store(), 'roles/iam.workloadIdentityUser', KSA, new RecordingLogger(), {
        retry: FAST,
      }),
      { outcome: 'created', conflicts: 1 },
    )
    assert.deepEqual(
      iam.policy(GSA).bindings.map((b) => b.role),
      [
        'roles/iam.serviceAccountTokenCreator',
        'roles/iam.serviceAccountUser',
        'roles/iam.workloadIdentityUser',
      ],
    )
    assert.deepEqual(
      iam.requests.map((r) => `${r.method} ${r.path}`),
      [
        `POST /v1/projects/-/serviceAccounts/${GSA}:getIamPolicy`,
        `POST /v1/projects/-/serviceAccounts/${GSA}:setIamPolicy`,
        `POST /v1/projects/-/serviceAccounts/${GSA}:getIamPolicy`,
        `POST /v1/projects/-/serviceAccounts/${GSA}:setIamPolicy`,
      ],
    )
    assert.ok(iam.requests.every((r) => r.authorization === `Bearer ${TOKEN}`))
  })

  it('names iam.serviceAccounts.setIamPolicy, the IAM API, and a service account that does not exist', async () => {
    iam.denied.add('iam.serviceAccounts.setIamPolicy')
    await assert.rejects(
      grantOnPolicy(store(), 'roles/iam.workloadIdentityUser', KSA, new RecordingLogger(), { retry: FAST }),
      (e: unknown) =>
        e instanceof GoogleApiError &&
        /needs iam\.serviceAccounts\.setIamPolicy/.test(e.message) &&
        /roles\/iam\.serviceAccountAdmin/.test(e.hint ?? ''),
    )
    iam.disabledApis.add('iam.googleapis.com')
    await assert.rejects(store().get(), /the API iam\.googleapis\.com is not enabled in project acme-prod/)
    iam.disabledApis.clear()
    iam.serviceAccounts.delete(GSA)
    await assert.rejects(
      store().get(),
      (e: unknown) =>
        e instanceof GoogleApiError &&
        /service account config-sync@acme-prod\.iam\.gserviceaccount\.com does not exist/.test(e.message) &&
        /gcloud iam service-accounts create config-sync --project acme-prod/.test(e.hint ?? ''),
    )
  })

  it('gives up after the attempts when every write conflicts', async () => {
    const flaky = store()
    let sets = 0
    const always = {
      resource: GSA,
      get: () => flaky.get(),
      set: async (policy: Parameters<typeof flaky.set>[0]) => {
        sets++
        iam.write(GSA, () => {})
        return flaky.set(policy)
      },
    }
    await assert.rejects(
      grantOnPolicy(always, 'roles/iam.workloadIdentityUser', KSA, new RecordingLogger(), {
        retry: { ...FAST, attempts: 3 },
      }),
      /the policy changed concurrently/,
    )
    assert.equal(sets, 3)
  })
})
