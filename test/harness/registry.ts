/**
 * Throwaway CNCF distribution registries (Debian's docker-registry 2.8.2) on
 * 127.0.0.1, one temp dir each, in plain/basic/TLS/token modes. Facts behind
 * the choices: /work/shared/REGISTRY-TESTING.md §1–2.
 */
import { spawn, execFile } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { closeSync, openSync, rmSync } from 'node:fs'
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import type { IncomingHttpHeaders } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { createServer as createNetServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { promisify } from 'node:util'
import { startTokenServer } from './token-server.ts'
import type { TokenServer } from './token-server.ts'
import { makeTempDir, removeDir } from './tmp.ts'

const execFileAsync = promisify(execFile)

/** Transport and authentication of a test registry. */
export type RegistryMode = 'plain' | 'basic' | 'tls' | 'tls-basic' | 'token' | 'tls-token'

/** The `service` (JWT `aud`) of token-mode registries. */
export const TOKEN_SERVICE = 'test-registry'
/** The `issuer` (JWT `iss`) of token-mode registries. */
export const TOKEN_ISSUER = 'test-issuer'

/** A running registry; `stop()` it (a process exit hook is only the safety net). */
export interface TestRegistry {
  readonly mode: RegistryMode
  /** http(s)://127.0.0.1:PORT */
  readonly url: string
  /** 127.0.0.1:PORT */
  readonly hostPort: string
  /** The registry process id, to check that `stop()` left nothing behind. */
  readonly pid: number
  readonly username?: string
  readonly password?: string
  /** PEM of the self-signed server certificate (TLS modes). */
  readonly caFile?: string
  /** A directory holding only that cert as `ca.crt` (skopeo `--cert-dir`). */
  readonly certDir?: string
  /** The registry's temp dir (config, storage, log); removed by `stop()`. */
  readonly dir: string
  /** Token endpoint (token modes). */
  readonly tokenRealm?: string
  /** The in-process token server (token modes), e.g. to count token requests. */
  readonly tokenServer?: TokenServer
  /** The registry's (and token server's) log text, for no-secret-leak asserts. */
  log(): Promise<string>
  /** SIGTERM, wait for exit, stop the token server, remove `dir`; idempotent. */
  stop(): Promise<void>
}

/** Knobs of `startRegistry`. */
export interface RegistryOptions {
  /** `storage.delete.enabled`, default true. */
  deleteEnabled?: boolean
  /** Token modes: anonymous tokens get `pull`. */
  anonymousPull?: boolean
}

interface Auth {
  username?: string
  password?: string
  tokenServer?: TokenServer
  tls?: { caFile: string; certDir: string }
  yaml: string
}

const REGISTRY_BIN = '/usr/bin/docker-registry'
const READY_TIMEOUT_MS = 10_000
const live = new Map<number, { child: ChildProcess; dir: string }>()

/** Starts a registry in a fresh temp dir on a free port of 127.0.0.1. */
export async function startRegistry(
  mode: RegistryMode,
  options: RegistryOptions = {},
): Promise<TestRegistry> {
  const dir = await makeTempDir(`registry-${mode}`)
  let auth: Auth | undefined
  try {
    auth = await prepareAuth(dir, mode, options)
    for (let attempt = 1; ; attempt += 1) {
      const port = await findFreePort()
      const started = await launch(dir, port, renderConfig(dir, port, auth, options), auth.tls?.caFile)
      if (started !== 'port-taken') return toTestRegistry(mode, dir, port, started, auth)
      // Another process grabbed the port between our probe and the registry's bind.
      if (attempt === 3) throw new Error(`registry: no free port after ${attempt} attempts`)
    }
  } catch (error) {
    await auth?.tokenServer?.stop()
    await removeDir(dir)
    throw error
  }
}

async function prepareAuth(dir: string, mode: RegistryMode, options: RegistryOptions): Promise<Auth> {
  const auth: Auth = { yaml: '' }
  if (mode.startsWith('tls')) auth.tls = await makeServerCert(dir)
  if (mode === 'plain' || mode === 'tls') return auth
  auth.username = 'testuser'
  auth.password = `testpass-${randomBytes(6).toString('hex')}`
  if (mode.endsWith('basic')) {
    // distribution accepts bcrypt hashes only; -C 5 keeps hashing fast.
    const { stdout } = await execFileAsync('htpasswd', ['-nbB', '-C', '5', auth.username, auth.password])
    await writeFile(join(dir, 'htpasswd'), stdout)
    auth.yaml = `auth:\n  htpasswd:\n    realm: basic-realm\n    path: ${q(join(dir, 'htpasswd'))}\n`
    return auth
  }
  const keyFile = join(dir, 'token.key')
  const certFile = join(dir, 'token.crt')
  await openssl(['-keyout', keyFile, '-out', certFile, '-subj', '/CN=test-token-signer'])
  auth.tokenServer = await startTokenServer({
    keyPem: await readFile(keyFile, 'utf8'),
    certPem: await readFile(certFile, 'utf8'),
    service: TOKEN_SERVICE,
    issuer: TOKEN_ISSUER,
    users: { [auth.username]: auth.password },
    ...(options.anonymousPull === undefined ? {} : { anonymousPull: options.anonymousPull }),
  })
  const realm = auth.tokenServer.realm
  auth.yaml = `auth:\n  token:\n    realm: ${q(realm)}\n    service: ${TOKEN_SERVICE}\n    issuer: ${TOKEN_ISSUER}\n`
  auth.yaml += `    rootcertbundle: ${q(certFile)}\n`
  return auth
}

async function makeServerCert(dir: string): Promise<{ caFile: string; certDir: string }> {
  const caFile = join(dir, 'tls.crt')
  const san = [
    '-addext',
    'subjectAltName=IP:127.0.0.1,DNS:localhost',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
  ]
  await openssl(['-keyout', join(dir, 'tls.key'), '-out', caFile, '-subj', '/CN=127.0.0.1', ...san])
  // skopeo pairs every *.key in a cert dir with a client *.cert, so the
  // server key must not sit next to ca.crt.
  const certDir = join(dir, 'certs')
  await mkdir(certDir)
  await copyFile(caFile, join(certDir, 'ca.crt'))
  return { caFile, certDir }
}

/** A self-signed P-256 certificate and its PKCS#8 key (REGISTRY-TESTING.md §1–2). */
async function openssl(args: string[]): Promise<void> {
  const base = [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '3',
  ]
  await execFileAsync('openssl', [...base, ...args])
}

function renderConfig(dir: string, port: number, auth: Auth, options: RegistryOptions): string {
  const tls =
    auth.tls === undefined
      ? ''
      : `\n  tls:\n    certificate: ${q(auth.tls.caFile)}\n    key: ${q(join(dir, 'tls.key'))}`
  return `version: 0.1
log: {level: info, formatter: text, accesslog: {disabled: false}}
storage:
  filesystem: {rootdirectory: ${q(join(dir, 'data'))}}
  delete: {enabled: ${options.deleteEnabled ?? true}}
  maintenance: {uploadpurging: {enabled: false}}
http:
  addr: 127.0.0.1:${port}
  secret: ${randomBytes(16).toString('hex')}${tls}
${auth.yaml}`
}

/** JSON strings are valid YAML scalars, whatever the path contains. */
function q(value: string): string {
  return JSON.stringify(value)
}

/** Port 0 on 127.0.0.1, closed again: racy, so `startRegistry` retries when the bind fails. */
async function findFreePort(): Promise<number> {
  const server = createNetServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** Spawns the registry and waits for `/v2/`; 'port-taken' when it lost the race for the port. */
async function launch(
  dir: string,
  port: number,
  config: string,
  caFile?: string,
): Promise<ChildProcess | 'port-taken'> {
  const configFile = join(dir, 'config.yml')
  await writeFile(configFile, config)
  const child = spawnRegistry(configFile, join(dir, 'registry.log'))
  if (child.pid === undefined)
    throw new Error(`cannot start ${REGISTRY_BIN} (is the docker-registry package installed?)`)
  live.set(child.pid, { child, dir })
  const scheme = caFile === undefined ? 'http' : 'https'
  const ca = caFile === undefined ? undefined : await readFile(caFile, 'utf8')
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (child.exitCode === null && child.signalCode === null && Date.now() < deadline) {
    const status = await requestUrl(`${scheme}://127.0.0.1:${port}/v2/`, { ca, timeoutMs: 1000 }).then(
      (res) => res.status,
      () => 0,
    )
    if (status === 200 || status === 401) return child
    await sleep(25)
  }
  await terminate(child)
  live.delete(child.pid ?? -1)
  const log = await readFile(join(dir, 'registry.log'), 'utf8').catch(() => '')
  if (/address already in use/.test(log)) return 'port-taken'
  throw new Error(
    `registry on 127.0.0.1:${port} did not answer /v2/ within ${READY_TIMEOUT_MS} ms; log:\n${log}`,
  )
}

function spawnRegistry(configFile: string, logFile: string): ChildProcess {
  // distribution maps REGISTRY_* variables onto its config: drop them all.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('REGISTRY_')))
  const logFd = openSync(logFile, 'w')
  try {
    const child = spawn(REGISTRY_BIN, ['serve', configFile], { env, stdio: ['ignore', logFd, logFd] })
    child.on('error', () => {}) // ENOENT etc. surface as exitCode/timeout plus the log
    // Without pipes, an unref'd child cannot keep a test file from exiting;
    // the exit hook below then kills it.
    child.unref()
    hookProcessExit()
    return child
  } finally {
    closeSync(logFd)
  }
}

let hooked = false
function hookProcessExit(): void {
  if (hooked) return
  hooked = true
  // 'exit' handlers must be synchronous: SIGKILL and rmSync, no waiting.
  process.on('exit', () => {
    for (const { child, dir } of live.values()) {
      child.kill('SIGKILL')
      rmSync(dir, { recursive: true, force: true })
    }
  })
}

/** SIGTERM (the registry ignores SIGINT when backgrounded), SIGKILL after 5 s. */
async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  // ref() so that awaiting the exit keeps the event loop alive.
  child.ref()
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
  await exited
  clearTimeout(timer)
}

function toTestRegistry(
  mode: RegistryMode,
  dir: string,
  port: number,
  child: ChildProcess,
  auth: Auth,
): TestRegistry {
  const hostPort = `127.0.0.1:${port}`
  const logFile = join(dir, 'registry.log')
  const readLog = async (): Promise<string> =>
    (await readFile(logFile, 'utf8')) + (auth.tokenServer === undefined ? '' : `\n${auth.tokenServer.log()}`)
  let finalLog: string | undefined
  let stopping: Promise<void> | undefined
  return {
    mode,
    url: `${auth.tls === undefined ? 'http' : 'https'}://${hostPort}`,
    hostPort,
    pid: child.pid ?? -1,
    dir,
    ...(auth.username === undefined ? {} : { username: auth.username }),
    ...(auth.password === undefined ? {} : { password: auth.password }),
    ...(auth.tls === undefined ? {} : auth.tls),
    ...(auth.tokenServer === undefined
      ? {}
      : { tokenRealm: auth.tokenServer.realm, tokenServer: auth.tokenServer }),
    log: async () => finalLog ?? readLog(),
    stop: () => {
      stopping ??= (async () => {
        await terminate(child)
        await auth.tokenServer?.stop()
        finalLog = await readLog()
        live.delete(child.pid ?? -1)
        await removeDir(dir)
      })()
      return stopping
    },
  }
}

/** A registry response, body fully read. */
export interface RegistryResponse {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  readonly body: Buffer
}

/** Options of `requestUrl`; `ca` is the PEM to trust for https. */
export interface RequestOptions {
  method?: string
  headers?: Record<string, string>
  body?: Buffer | string
  ca?: string | undefined
  timeoutMs?: number
}

/**
 * One HTTP(S) request without connection pooling (a pooled socket would
 * outlive a stopped registry). Node's fetch cannot take a per-request CA.
 */
export async function requestUrl(url: string, options: RequestOptions = {}): Promise<RegistryResponse> {
  const { method = 'GET', headers = {}, body, ca, timeoutMs = 10_000 } = options
  const send = url.startsWith('https:') ? httpsRequest : httpRequest
  return new Promise((resolve, reject) => {
    const req = send(url, {
      method,
      headers,
      agent: false,
      timeout: timeoutMs,
      ...(ca === undefined ? {} : { ca }),
    })
    req.on('timeout', () => req.destroy(new Error(`timeout: ${method} ${url}`)))
    req.on('error', reject)
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', reject)
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      )
    })
    req.end(body)
  })
}

/** `requestUrl` against a test registry: a path (`/v2/…`) or absolute URL, trusting its CA. */
export async function requestRegistry(
  reg: TestRegistry,
  pathOrUrl: string,
  options: Omit<RequestOptions, 'ca'> = {},
): Promise<RegistryResponse> {
  const ca = reg.caFile === undefined ? undefined : await readFile(reg.caFile, 'utf8')
  return requestUrl(new URL(pathOrUrl, reg.url).href, { ...options, ca })
}
