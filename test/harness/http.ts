/** Small pieces every local fake server shares: listen on a free port, close for good, read a body. */
import type { IncomingMessage, Server as HttpServer } from 'node:http'
import type { Server as HttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'

type LocalServer = HttpServer | HttpsServer

/** Listens on 127.0.0.1 at a free port (never a fixed one) and resolves with that port. */
export async function listenLocal(server: LocalServer): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

/** Closes the server and the keep-alive connections that would otherwise hold close() open. */
export function closeServer(server: LocalServer): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  })
}

/** A request's whole body as UTF-8 text. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk)
  return Buffer.concat(chunks).toString('utf8')
}
