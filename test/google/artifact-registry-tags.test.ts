/**
 * Artifact Registry tag deletion with the real @google-cloud/artifact-registry
 * client over its REST ("fallback") transport, pointed at a local fake of
 * projects.locations.repositories.packages.tags.delete (Google cannot be
 * reached from here), and the choice of that path for *-docker.pkg.dev images.
 */
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, beforeEach, describe, it } from 'node:test'
import { RegistryError } from '../../src/errors.ts'
import { RecordingLogger } from '../harness/recording-logger.ts'
import { artifactRegistryTagDeleter, packageResourceName } from '../../src/google/artifact-registry-tags.ts'
import { isArtifactRegistry, openTagStore } from '../../src/tags/registry-tag-store.ts'
import { parseImageReference } from '../../src/registry/image-reference.ts'

const TOKEN = 'ya29.preview-token-never-printed'
const TAGS = 'projects/acme-prod/locations/us/repositories/config/packages/team%2Fapp/tags'
let server: Server
let url: string
const seen: { method: string; path: string; authorization: string }[] = []
const existing = new Set<string>()
let deny = false

before(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://fake').pathname)
    seen.push({ method: req.method ?? '', path, authorization: req.headers.authorization ?? '' })
    const reply = (status: number, body: unknown): void =>
      void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    if (deny)
      return reply(403, {
        error: {
          code: 403,
          status: 'PERMISSION_DENIED',
          message: "Permission 'artifactregistry.tags.delete' denied on resource",
        },
      })
    const name = path.replace(/^\/v1\//, '')
    if (req.method === 'DELETE' && existing.delete(name)) return reply(200, {})
    reply(404, {
      error: { code: 404, status: 'NOT_FOUND', message: `Requested entity was not found: ${name}` },
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
after(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  seen.length = 0
  existing.clear()
  deny = false
})

const REF = parseImageReference('us-docker.pkg.dev/acme-prod/config/team/app')

describe('Artifact Registry tags', () => {
  it('names the package with / as %2F, domain-scoped projects too', () => {
    assert.equal(
      packageResourceName(REF),
      'projects/acme-prod/locations/us/repositories/config/packages/team%2Fapp',
    )
    assert.equal(
      packageResourceName(parseImageReference('europe-docker.pkg.dev/example.com/proj/repo/app')),
      'projects/example.com:proj/locations/europe/repositories/repo/packages/app',
    )
  })

  it('picks the API for LOCATION-docker.pkg.dev only', () => {
    assert.equal(isArtifactRegistry(REF), true)
    for (const image of [
      'gcr.io/acme/app',
      'ghcr.io/acme/config',
      '127.0.0.1:5000/acme/config',
      'docker.pkg.dev.example.com/a/b',
    ])
      assert.equal(isArtifactRegistry(parseImageReference(image)), false, image)
  })

  it('deletes one tag with the access token; a missing tag is absent', async () => {
    existing.add(`${TAGS}/pr-42`)
    const deleter = await artifactRegistryTagDeleter(REF, {
      accessToken: async () => TOKEN,
      logger: new RecordingLogger(),
      env: { CONFIGSYNC_OCI_ARTIFACT_REGISTRY_ENDPOINT: url },
    })
    try {
      assert.equal(await deleter.deleteTag('pr-42'), 'deleted')
      assert.equal(await deleter.deleteTag('pr-42'), 'absent')
    } finally {
      await deleter.close()
    }
    assert.deepEqual(
      seen.map((r) => [r.method, r.path]),
      [
        ['DELETE', `/v1/${TAGS}/pr-42`],
        ['DELETE', `/v1/${TAGS}/pr-42`],
      ],
    )
    assert.equal(seen[0]!.authorization, `Bearer ${TOKEN}`)
  })

  it('a refusal is a RegistryError that names the permission, without the token', async () => {
    deny = true
    const deleter = await artifactRegistryTagDeleter(REF, {
      accessToken: async () => TOKEN,
      logger: new RecordingLogger(),
      env: { CONFIGSYNC_OCI_ARTIFACT_REGISTRY_ENDPOINT: url },
    })
    try {
      await assert.rejects(deleter.deleteTag('pr-42'), (error: unknown) => {
        assert.ok(error instanceof RegistryError)
        assert.match(
          error.message,
          /Artifact Registry: cannot delete tag projects\/acme-prod\/locations\/us\/repositories\/config\/packages\/team%2Fapp\/tags\/pr-42/,
        )
        assert.match(error.hint ?? '', /artifactregistry\.tags\.delete/)
        assert.ok(!`${error.message}${error.hint}`.includes(TOKEN))
        return true
      })
    } finally {
      await deleter.close()
    }
  })

  it('openTagStore sends a *-docker.pkg.dev image’s tag deletions to the API, with the access-token input', async () => {
    existing.add(`${TAGS}/${'a'.repeat(40)}`)
    const opened = await openTagStore('us-docker.pkg.dev/acme-prod/config/team/app', {
      logger: new RecordingLogger(),
      registry: {
        accessToken: TOKEN,
        env: { CONFIGSYNC_OCI_ARTIFACT_REGISTRY_ENDPOINT: url },
        mask: () => {},
      },
    })
    try {
      assert.equal(opened.store.tagApi, true)
      assert.equal(await opened.store.deleteTag('a'.repeat(40)), 'deleted')
    } finally {
      await opened.close()
    }
    assert.deepEqual(
      seen.map((r) => r.path),
      [`/v1/${TAGS}/${'a'.repeat(40)}`],
    )
  })
})
