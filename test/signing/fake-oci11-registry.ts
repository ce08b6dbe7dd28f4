/**
 * A small in-memory registry that speaks the parts of distribution-spec 1.1
 * distribution 2.8 lacks: the referrers API (OCI-Subject on PUT, GET
 * /v2/<name>/referrers/<digest> with artifactType filtering) and ETag /
 * If-Match on manifests. Switchable, so one fake also plays a registry
 * without the API, or one that refuses artifact manifests.
 */
import { createHash, randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { startServer, type FakeServer, type SeenRequest } from '../registry/fake-registry.ts'

export interface Oci11Options {
  /** Answer the referrers API and send OCI-Subject (default true). */
  referrersApi?: boolean
  /** Send ETags on manifest GETs and honour If-Match on PUTs (default true). */
  conditional?: boolean
  /** Refuse manifests that carry a subject with 400 MANIFEST_INVALID. */
  refuseSubject?: boolean
  /** Refuse every manifest PUT under a tag with 403 DENIED. */
  denyTags?: boolean
}

const INDEX = 'application/vnd.oci.image.index.v1+json'
const ERROR = (code: string, message: string): string =>
  JSON.stringify({ errors: [{ code, message, detail: null }] })
const digestOf = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`

export class Oci11Registry {
  readonly blobs = new Map<string, Buffer>()
  readonly manifests = new Map<string, { type: string; body: Buffer }>()
  readonly sessions = new Set<string>()
  /** Counts of 412 answers, for tests that want to see the conditional path taken. */
  preconditionFailures = 0
  readonly options: Required<Oci11Options>
  server!: FakeServer

  constructor(options: Oci11Options) {
    this.options = {
      referrersApi: true,
      conditional: true,
      refuseSubject: false,
      denyTags: false,
      ...options,
    }
  }

  get host(): string {
    return this.server.host
  }

  handle(req: SeenRequest, res: ServerResponse): void {
    if (req.path === '/v2/') return void res.writeHead(200).end('{}')
    const match = /^\/v2\/(.+)\/(blobs\/uploads|blobs|manifests|referrers|tags)\/?([^/]*)$/.exec(req.path)
    const [, , kind = '', ref = ''] = match ?? []
    const json = { 'content-type': 'application/json' }
    if (kind === 'blobs/uploads') {
      if (req.method === 'POST') {
        const uuid = randomUUID()
        this.sessions.add(uuid)
        return void res
          .writeHead(202, { location: `/v2/x/blobs/uploads/${uuid}`, 'content-length': '0' })
          .end()
      }
      if (req.method === 'PUT' && this.sessions.delete(ref)) {
        const digest = req.query.get('digest') ?? ''
        if (digestOf(req.body) !== digest)
          return void res.writeHead(400, json).end(ERROR('DIGEST_INVALID', 'digest mismatch'))
        this.blobs.set(digest, req.body)
        return void res.writeHead(201, { 'docker-content-digest': digest }).end()
      }
      return void res.writeHead(404, json).end(ERROR('BLOB_UPLOAD_UNKNOWN', 'unknown upload'))
    }
    if (kind === 'blobs') {
      const blob = this.blobs.get(ref)
      if (blob === undefined) return void res.writeHead(404, json).end(ERROR('BLOB_UNKNOWN', 'blob unknown'))
      res.writeHead(200, { 'docker-content-digest': ref, 'content-length': blob.length })
      return void res.end(req.method === 'HEAD' ? undefined : blob)
    }
    if (kind === 'manifests') return this.#manifest(req, res, ref)
    if (kind === 'referrers' && this.options.referrersApi) return this.#referrers(req, res, ref)
    if (kind === 'tags') {
      const tags = [...this.manifests.keys()].filter((k) => !k.startsWith('sha256:'))
      return void res.writeHead(200, json).end(JSON.stringify({ name: 'x', tags }))
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('404 page not found')
  }

  #manifest(req: SeenRequest, res: ServerResponse, ref: string): void {
    const json = { 'content-type': 'application/json' }
    if (req.method === 'PUT') {
      const isTag = !ref.startsWith('sha256:')
      if (isTag && this.options.denyTags)
        return void res.writeHead(403, json).end(ERROR('DENIED', 'tags are locked'))
      const parsed = JSON.parse(req.body.toString('utf8')) as { subject?: { digest: string } }
      if (parsed.subject !== undefined && this.options.refuseSubject) {
        return void res
          .writeHead(400, json)
          .end(ERROR('MANIFEST_INVALID', 'manifest invalid: unknown field subject'))
      }
      const ifMatch = req.headers['if-match']
      const current = this.manifests.get(ref)
      if (
        this.options.conditional &&
        ifMatch !== undefined &&
        (current === undefined || `"${digestOf(current.body)}"` !== ifMatch)
      ) {
        this.preconditionFailures++
        return void res.writeHead(412, json).end(ERROR('PRECONDITION_FAILED', 'etag does not match'))
      }
      const digest = digestOf(req.body)
      const stored = { type: req.headers['content-type'] ?? '', body: req.body }
      this.manifests.set(ref, stored)
      this.manifests.set(digest, stored)
      const headers: Record<string, string> = { 'docker-content-digest': digest }
      if (parsed.subject !== undefined && this.options.referrersApi)
        headers['oci-subject'] = parsed.subject.digest
      return void res.writeHead(201, headers).end()
    }
    const found = this.manifests.get(ref)
    if (found === undefined)
      return void res.writeHead(404, json).end(ERROR('MANIFEST_UNKNOWN', 'manifest unknown'))
    const digest = digestOf(found.body)
    const headers: Record<string, string | number> = {
      'content-type': found.type,
      'docker-content-digest': digest,
      'content-length': found.body.length,
    }
    if (this.options.conditional) headers['etag'] = `"${digest}"`
    res.writeHead(200, headers)
    res.end(req.method === 'HEAD' ? undefined : found.body)
  }

  #referrers(req: SeenRequest, res: ServerResponse, subject: string): void {
    const wanted = req.query.get('artifactType')
    const manifests = [...this.manifests.entries()]
      .filter(([key]) => key.startsWith('sha256:'))
      .flatMap(([digest, { type, body }]) => {
        const m = JSON.parse(body.toString('utf8')) as {
          subject?: { digest: string }
          artifactType?: string
          annotations?: Record<string, string>
        }
        if (m.subject?.digest !== subject) return []
        if (wanted !== null && m.artifactType !== wanted) return []
        return [
          {
            mediaType: type,
            digest,
            size: body.length,
            artifactType: m.artifactType,
            annotations: m.annotations,
          },
        ]
      })
    const headers: Record<string, string> = { 'content-type': INDEX }
    if (wanted !== null) headers['oci-filters-applied'] = 'artifactType'
    res.writeHead(200, headers).end(JSON.stringify({ schemaVersion: 2, mediaType: INDEX, manifests }))
  }
}

export async function startOci11Registry(options: Oci11Options = {}): Promise<Oci11Registry> {
  const registry = new Oci11Registry(options)
  registry.server = await startServer((req, res) => registry.handle(req, res))
  return registry
}
