/**
 * Issue 15: registries that lie or hang. Each run is a real `publish` (the
 * CLI in-process) with a short --timeout; each must end non-zero, with a
 * message that says what came back, within the deadline, and leave no tag
 * in the real registry behind the proxy.
 */
import assert from 'node:assert/strict'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { runCliCaptured } from '../harness/cli-io.ts'
import { requestRegistry, startRegistry, type TestRegistry } from '../harness/registry.ts'
import { startFaultProxy, type FaultProxy } from './fault-proxy.ts'

const EXAMPLE = join(import.meta.dirname, '../../examples/namespace')
const TIMEOUT_S = 3
/** The run may end a little after its deadline (the request in flight is cut at it). */
const SLACK_MS = 2_000

let reg: TestRegistry
let proxy: FaultProxy
const servers: Server[] = []
const sockets = new Set<Socket>()
const timings: string[] = []

before(async () => {
  reg = await startRegistry('plain')
  proxy = await startFaultProxy(reg.hostPort)
})
after(async () => {
  for (const socket of sockets) socket.destroy()
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
  await proxy.close()
  await reg.stop()
  process.stdout.write(`# hang figures: ${timings.join('; ')}\n`)
})

/** A server on 127.0.0.1:0 answering every request with `handler`. */
async function serve(handler: (res: ServerResponse, method: string) => void): Promise<string> {
  const server = createServer((req, res) => {
    req.resume()
    handler(res, req.method ?? '')
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `127.0.0.1:${(server.address() as AddressInfo).port}`
}

async function publish(
  host: string,
  repo: string,
  extra: string[] = [],
): Promise<{ code: number; stderr: string; ms: number }> {
  const started = Date.now()
  const run = await runCliCaptured([
    'publish',
    '--dir',
    EXAMPLE,
    '--image',
    `${host}/${repo}`,
    '--tag',
    'v1',
    '--timeout',
    `${TIMEOUT_S}s`,
    '-q',
    ...extra,
  ])
  return { code: run.code, stderr: run.stderr, ms: Date.now() - started }
}

async function tagsOf(repo: string): Promise<string[]> {
  const answer = await requestRegistry(reg, `/v2/${repo}/tags/list`)
  if (answer.status === 404) return []
  return (JSON.parse(answer.body.toString('utf8')) as { tags: string[] | null }).tags ?? []
}

describe('a registry that answers 200 to everything', () => {
  it('HTML for everything: an error naming the host and text/html, nothing reported as pushed', async () => {
    const host = await serve((res) =>
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><title>Sign in</title>'),
    )
    const run = await publish(host, 'liar/html')
    assert.equal(run.code, 1, run.stderr)
    assert.match(
      run.stderr,
      new RegExp(`${host} answered text/html \\(HTTP 200\\).*is a proxy or login page in the way\\?`),
    )
    assert.doesNotMatch(run.stderr, /unexpected error/i)
  })

  it('truncated JSON: an error naming the host and what came back', async () => {
    const host = await serve((res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"tags": ["v1", '),
    )
    const run = await publish(host, 'liar/json')
    assert.equal(run.code, 1, run.stderr)
    assert.match(run.stderr, new RegExp(`${host} answered application/json that does not parse as JSON`))
  })

  it('a manifest PUT answered 200 without a digest: refused, and no tag in the registry', async () => {
    proxy.rules.push({
      match: (r) => r.method === 'PUT' && r.path.includes('/manifests/'),
      fault: { kind: 'status', status: 200 },
      times: 10,
    })
    try {
      const run = await publish(proxy.host, 'liar/nodigest')
      assert.equal(run.code, 1, run.stderr)
      assert.match(run.stderr, /answered HTTP 200 without a Docker-Content-Digest/)
      assert.deepEqual(await tagsOf('liar/nodigest'), [])
    } finally {
      proxy.rules.length = 0
    }
  })

  it('a manifest PUT answered 201 with another digest: refused, and no tag in the registry', async () => {
    const other = `sha256:${'0'.repeat(64)}`
    proxy.rules.push({
      match: (r) => r.method === 'PUT' && r.path.includes('/manifests/'),
      fault: { kind: 'status', status: 201, headers: { 'docker-content-digest': other } },
      times: 10,
    })
    try {
      const run = await publish(proxy.host, 'liar/wrongdigest')
      assert.equal(run.code, 1, run.stderr)
      assert.match(run.stderr, new RegExp(`registry returned digest ${other} for manifest`))
      assert.deepEqual(await tagsOf('liar/wrongdigest'), [])
    } finally {
      proxy.rules.length = 0
    }
  })

  it('a blob HEAD answered 200 without digest or length is not "present": the blobs are uploaded', async () => {
    proxy.rules.push({
      match: (r) => r.method === 'HEAD' && r.path.includes('/blobs/'),
      fault: { kind: 'status', status: 200 },
      times: 10,
    })
    try {
      const run = await runCliCaptured([
        'publish',
        '--dir',
        EXAMPLE,
        '--image',
        `${proxy.host}/liar/head`,
        '--tag',
        'v1',
        '--timeout',
        '20s',
        '--format',
        'json',
        '-q',
      ])
      assert.equal(run.code, 0, run.stderr)
      assert.equal((JSON.parse(run.stdout) as { uploadedBlobs: number }).uploadedBlobs, 2)
      assert.ok((await tagsOf('liar/head')).includes('v1'))
    } finally {
      proxy.rules.length = 0
    }
  })
})

describe('a registry that hangs', () => {
  it('never answers: the run stops at its deadline, naming the operation and what was not done', async () => {
    const host = await serve(() => {})
    const run = await publish(host, 'hang/silent')
    timings.push(`never answering: ${run.ms} ms (timeout ${TIMEOUT_S}s)`)
    assert.equal(run.code, 1, run.stderr)
    assert.match(run.stderr, new RegExp(`timeout of ${TIMEOUT_S}s passed during .*${host}`))
    assert.ok(run.ms < TIMEOUT_S * 1000 + SLACK_MS, `took ${run.ms} ms`)
  })

  it('answers one byte per second: the total deadline ends it although the idle timeout never fires', async () => {
    const host = await serve((res, method) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      if (method === 'HEAD') return void res.end()
      const drip = setInterval(() => res.write(' '), 1000)
      res.on('close', () => clearInterval(drip))
    })
    const run = await publish(host, 'hang/drip')
    timings.push(`one byte per second: ${run.ms} ms (timeout ${TIMEOUT_S}s)`)
    assert.equal(run.code, 1, run.stderr)
    assert.match(run.stderr, new RegExp(`timeout of ${TIMEOUT_S}s passed during`))
    assert.ok(run.ms < TIMEOUT_S * 1000 + SLACK_MS, `took ${run.ms} ms`)
  })

  it('a registry that stalls the manifest PUT: not done names the manifest and the tag, and no tag is written', async () => {
    proxy.rules.push({
      match: (r) => r.method === 'PUT' && r.path.includes('/manifests/'),
      fault: { kind: 'stall' },
      times: 10,
    })
    try {
      const run = await publish(proxy.host, 'hang/manifest')
      timings.push(`stalled manifest PUT: ${run.ms} ms (timeout ${TIMEOUT_S}s)`)
      assert.equal(run.code, 1, run.stderr)
      assert.match(
        run.stderr,
        /not done: the manifest sha256:[0-9a-f]{64}, tags? .*v1.* \(no tag was written\)/,
      )
      assert.ok(run.ms < TIMEOUT_S * 1000 + SLACK_MS, `took ${run.ms} ms`)
      assert.deepEqual(await tagsOf('hang/manifest'), [])
    } finally {
      proxy.rules.length = 0
    }
  })
})
