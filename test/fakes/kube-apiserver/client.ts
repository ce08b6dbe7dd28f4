import { request } from 'node:https'
import type { FakeApiServer } from './server.ts'

/** An answer of the fake, parsed. */
export interface RawAnswer {
  readonly status: number
  readonly body: Record<string, unknown>
}

/** A bare HTTPS call to the fake, for tests of the fake itself (no kubeconfig, no client library). */
export function callFake(
  server: FakeApiServer,
  method: string,
  path: string,
  options: { body?: unknown; contentType?: string; token?: string } = {},
): Promise<RawAnswer> {
  const payload =
    options.body === undefined
      ? undefined
      : typeof options.body === 'string'
        ? options.body
        : JSON.stringify(options.body)
  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'fake-test/1.0' }
  if (payload !== undefined) {
    headers['content-type'] = options.contentType ?? 'application/json'
    // Node sends a DELETE body neither chunked nor sized unless told its length.
    headers['content-length'] = String(Buffer.byteLength(payload))
  }
  if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, server.url), { method, headers, ca: server.caPem }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
        }),
      )
    })
    req.on('error', reject)
    req.end(payload)
  })
}
