/**
 * A proxy in front of a test registry that adds what distribution 2.8 lacks:
 * DELETE /v2/NAME/manifests/TAG removes only that tag (distribution-spec 1.1,
 * as distribution 3 and zot do), by removing the tag's directory from the
 * registry's filesystem storage. Everything else is forwarded unchanged, so
 * the registry stays the real one. On 127.0.0.1 only.
 */
import { request, createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { TestRegistry } from '../harness/registry.ts'
import { closeServer } from '../harness/http.ts'

/** The running proxy. */
export interface TagDeleteProxy {
  /** 127.0.0.1:PORT, for image references. */
  readonly hostPort: string
  /** Tags it deleted, as NAME:TAG. */
  readonly deleted: string[]
  stop(): Promise<void>
}

const TAG_DELETE = /^\/v2\/(.+)\/manifests\/([A-Za-z0-9_][A-Za-z0-9._-]{0,127})$/

/** Starts the proxy for a plain-http registry. */
export async function startTagDeleteProxy(registry: TestRegistry): Promise<TagDeleteProxy> {
  const deleted: string[] = []
  const target = new URL(registry.url)
  const server = createServer((req, res) => {
    const match =
      req.method === 'DELETE' ? TAG_DELETE.exec(new URL(req.url ?? '/', 'http://proxy').pathname) : null
    if (match !== null) return void deleteTag(registry, match[1]!, match[2]!, deleted, res)
    forward(req, res, target)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    hostPort: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    deleted,
    stop: () => closeServer(server),
  }
}

async function deleteTag(
  registry: TestRegistry,
  name: string,
  tag: string,
  deleted: string[],
  res: ServerResponse,
): Promise<void> {
  const dir = join(registry.dir, 'data/docker/registry/v2/repositories', name, '_manifests/tags', tag)
  if ((await stat(dir).catch(() => undefined)) === undefined) {
    res
      .writeHead(404, { 'content-type': 'application/json' })
      .end(JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] }))
    return
  }
  await rm(dir, { recursive: true, force: true })
  deleted.push(`${name}:${tag}`)
  res.writeHead(202).end()
}

/** Forwards a request with its Host header, so the registry's Location headers point back at the proxy. */
function forward(req: IncomingMessage, res: ServerResponse, target: URL): void {
  const upstream = request(
    { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    },
  )
  upstream.on('error', () => (res.headersSent ? res.destroy() : res.writeHead(502).end()))
  req.pipe(upstream)
}
