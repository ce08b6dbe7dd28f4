/**
 * A local fake of the Artifact Registry REST API v1 (the part
 * create-repository uses: repositories.get, repositories.create and its
 * long-running operation), as the client's REST ("fallback") transport
 * calls it. Error bodies follow https://cloud.google.com/apis/design/errors.
 * Plain http on 127.0.0.1: the client takes apiEndpoint/port/protocol.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { closeServer, listenLocal, readBody } from '../harness/http.ts'

/** How the fake misbehaves. */
export type ArtifactRegistryMode =
  'ok' | 'deny-get' | 'deny-create' | 'api-disabled' | 'race' | 'unauthenticated'

/** A request as seen. */
export interface ArRequest {
  readonly method: string
  readonly path: string
  readonly query: URLSearchParams
  readonly authorization: string | undefined
  readonly body: unknown
}

/** The running fake. */
export interface FakeArtifactRegistry {
  /** http://127.0.0.1:PORT */
  readonly url: string
  readonly requests: ArRequest[]
  /** Repositories by resource name. */
  readonly repositories: Map<string, Record<string, unknown>>
  mode: ArtifactRegistryMode
  close(): Promise<void>
}

const REPO_TYPE = 'type.googleapis.com/google.devtools.artifactregistry.v1.Repository'

/** Starts the fake on a free port of 127.0.0.1. */
export async function startFakeArtifactRegistry(): Promise<FakeArtifactRegistry> {
  const fake: Omit<FakeArtifactRegistry, 'url' | 'close'> = {
    requests: [],
    repositories: new Map(),
    mode: 'ok',
  }
  const server = createServer((req, res) => void handle(fake, req, res))
  const port = await listenLocal(server)
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    close: () => closeServer(server),
  })
}

async function handle(
  fake: Omit<FakeArtifactRegistry, 'url' | 'close'>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://fake')
  const text = await readBody(req)
  const body: unknown = text === '' ? undefined : JSON.parse(text)
  fake.requests.push({
    method: req.method ?? '',
    path: url.pathname,
    query: url.searchParams,
    authorization: req.headers.authorization,
    body,
  })
  const reply = (status: number, value: unknown): void =>
    void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value))
  const name = url.pathname.replace(/^\/v1\//, '')
  const project = /^projects\/([^/]+)/.exec(name)?.[1] ?? '?'
  if (fake.mode === 'unauthenticated')
    return reply(401, googleError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.'))
  if (fake.mode === 'api-disabled') {
    return reply(
      403,
      googleError(
        403,
        'PERMISSION_DENIED',
        `Artifact Registry API has not been used in project ${project} before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/artifactregistry.googleapis.com/overview?project=${project} then retry.`,
        'SERVICE_DISABLED',
      ),
    )
  }
  if (req.method === 'GET' && /^projects\/[^/]+\/locations\/[^/]+\/repositories\/[^/]+$/.test(name)) {
    if (fake.mode === 'deny-get')
      return reply(
        403,
        googleError(
          403,
          'PERMISSION_DENIED',
          `Permission 'artifactregistry.repositories.get' denied on resource '${name}' (or it may not exist).`,
          'IAM_PERMISSION_DENIED',
        ),
      )
    const found = fake.repositories.get(name)
    return found === undefined
      ? reply(404, googleError(404, 'NOT_FOUND', `Requested entity was not found.`))
      : reply(200, found)
  }
  if (req.method === 'POST' && /^projects\/[^/]+\/locations\/[^/]+\/repositories$/.test(name)) {
    if (fake.mode === 'deny-create')
      return reply(
        403,
        googleError(
          403,
          'PERMISSION_DENIED',
          `Permission 'artifactregistry.repositories.create' denied on resource '${name}'.`,
          'IAM_PERMISSION_DENIED',
        ),
      )
    const id = url.searchParams.get('repositoryId') ?? ''
    const created = {
      ...(body as Record<string, unknown>),
      name: `${name}/${id}`,
      createTime: new Date().toISOString(),
    }
    if (fake.mode === 'race' || fake.repositories.has(created.name)) {
      fake.repositories.set(created.name, created)
      return reply(409, googleError(409, 'ALREADY_EXISTS', 'the repository already exists'))
    }
    fake.repositories.set(created.name, created)
    return reply(200, {
      name: `${name.replace(/\/repositories$/, '')}/operations/op-1`,
      done: true,
      response: { '@type': REPO_TYPE, ...created },
    })
  }
  reply(404, googleError(404, 'NOT_FOUND', `no route ${req.method} ${url.pathname}`))
}

function googleError(code: number, status: string, message: string, reason?: string): unknown {
  const details =
    reason === undefined
      ? []
      : [
          {
            '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
            reason,
            domain: 'googleapis.com',
            metadata: { service: 'artifactregistry.googleapis.com' },
          },
        ]
  return { error: { code, message, status, details } }
}
