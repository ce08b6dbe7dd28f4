/**
 * A fake Kubernetes API server on 127.0.0.1 over HTTPS, for the one API
 * group a rollout touches (configsync.gke.io). It models what a client can
 * observe: discovery, bearer-token authentication (401), RBAC per user, verb
 * and resource (403 with the real message), GET/LIST/POST/PUT/DELETE, JSON
 * merge, JSON and server-side apply patches (store.ts), 404/409/415/422
 * answers as metav1.Status, injected faults (500, 409, …) and a scripted
 * reconciler that moves the status (reconciler.ts). kubectl talks to it too
 * (test/rootsync/kubectl-fake.itg.test.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { makeTempDir, removeDir } from '../../harness/tmp.ts'
import { makeServerCertificate } from './certs.ts'
import {
  configSyncGroup,
  configSyncResources,
  coreResources,
  coreVersions,
  CONFIG_SYNC_GROUP,
  groupList,
  versionDocument,
} from './discovery.ts'
import { authenticate, authorize, type RbacRule } from './access.ts'
import { CoreObjects, dispatchCore } from './core.ts'
import type { JsonObject } from './fields.ts'
import { ScriptedReconciler } from './reconciler.ts'
import { dispatch } from './routes.ts'
import { ApiError, ObjectStore } from './store.ts'
import { closeServer, readBody } from '../../harness/http.ts'

export type { RbacRule } from './access.ts'

/** How to start the fake. */
export interface FakeApiServerOptions {
  /** false: the configsync.gke.io group is not served (Config Sync not installed). */
  readonly configSyncInstalled?: boolean
  /** Bearer token → user name. Other requests get 401. */
  readonly tokens?: Readonly<Record<string, string>>
  /** User name → rules; a user without an entry may do everything. */
  readonly rbac?: Readonly<Record<string, readonly RbacRule[]>>
  /** The installed CRDs' spec.oci.auth enum (default: Config Sync 1.24+, with token). */
  readonly ociAuthValues?: readonly string[]
}

/** A request as the fake saw it (the Authorization header is reduced to the user). */
export interface SeenRequest {
  readonly method: string
  readonly path: string
  readonly query: URLSearchParams
  readonly contentType: string
  readonly user: string
  readonly userAgent: string
  readonly body: string
}

/** A canned failure for the next matching requests. */
export interface Fault {
  readonly method?: string
  readonly path?: RegExp
  readonly status: number
  readonly reason?: string
  readonly message?: string
  /** How many requests it hits (default 1). */
  readonly times?: number
}

/** A running fake. */
export interface FakeApiServer {
  /** https://127.0.0.1:PORT */
  readonly url: string
  /** PEM of the server certificate (its own CA). */
  readonly caPem: string
  readonly store: ObjectStore
  readonly reconciler: ScriptedReconciler
  /** Secrets and reconciler restarts (core.ts). */
  readonly core: CoreObjects
  readonly requests: SeenRequest[]
  fail(fault: Fault): void
  /** Runs `fn` once, just before the next request that matches. */
  before(method: string, path: RegExp, fn: () => void): void
  stop(): Promise<void>
}

const RESOURCE_PATH = new RegExp(
  `^/apis/${CONFIG_SYNC_GROUP.replace(/\./g, '\\.')}/(v1beta1|v1alpha1)(?:/namespaces/([^/]+))?/(rootsyncs|reposyncs)(?:/([^/]+))?(?:/(status))?$`,
)

/** Starts a fake API server on a free port of 127.0.0.1. */
export async function startFakeApiServer(options: FakeApiServerOptions = {}): Promise<FakeApiServer> {
  const dir = await makeTempDir('fake-apiserver')
  const cert = await makeServerCertificate(dir)
  const store = new ObjectStore()
  if (options.ociAuthValues !== undefined) store.ociAuthValues = options.ociAuthValues
  const core = new CoreObjects()
  const reconciler = new ScriptedReconciler(store)
  const requests: SeenRequest[] = []
  const faults: { fault: Fault; left: number }[] = []
  const hooks: { method: string; path: RegExp; fn: () => void }[] = []
  const context: Handling = { options, store, core, reconciler, requests, faults, hooks, address: '' }
  const server = createServer({ cert: cert.certPem, key: cert.keyPem }, (req, res) => {
    readBody(req)
      .then((body) => handle(context, req, body, res))
      .catch((error: unknown) =>
        sendStatus(res, new ApiError(500, 'InternalError', `fake apiserver: ${String(error)}`)),
      )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  context.address = `127.0.0.1:${port}`
  return {
    url: `https://127.0.0.1:${port}`,
    caPem: cert.certPem,
    store,
    reconciler,
    core,
    requests,
    fail: (fault) => faults.push({ fault, left: fault.times ?? 1 }),
    before: (method, path, fn) => hooks.push({ method, path, fn }),
    stop: async () => {
      await closeServer(server)
      await removeDir(dir)
    },
  }
}

interface Handling {
  readonly options: FakeApiServerOptions
  readonly store: ObjectStore
  readonly core: CoreObjects
  readonly reconciler: ScriptedReconciler
  readonly requests: SeenRequest[]
  readonly faults: { fault: Fault; left: number }[]
  readonly hooks: { method: string; path: RegExp; fn: () => void }[]
  address: string
}

function handle(context: Handling, req: IncomingMessage, body: string, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'https://fake')
  const method = req.method ?? 'GET'
  const user = authenticate(context.options, req.headers.authorization)
  context.requests.push({
    method,
    path: url.pathname,
    query: url.searchParams,
    contentType: req.headers['content-type'] ?? '',
    user: user ?? '',
    userAgent: req.headers['user-agent'] ?? '',
    body,
  })
  try {
    takeFault(context, method, url.pathname)
    if (user === undefined) throw new ApiError(401, 'Unauthorized', 'Unauthorized')
    const discovery = discoveryDocument(context, url.pathname)
    if (discovery !== undefined) return sendJson(res, 200, discovery)
    const core =
      context.options.configSyncInstalled === false
        ? undefined
        : dispatchCore(
            context.core,
            context.store,
            method,
            url.pathname,
            url.searchParams,
            body,
            req.headers['content-type'] ?? '',
          )
    if (core !== undefined) return sendJson(res, core.status, core.body)
    const match = RESOURCE_PATH.exec(url.pathname)
    if (match === null || context.options.configSyncInstalled === false)
      throw new ApiError(404, 'NotFound', 'the server could not find the requested resource')
    const [, version, namespace, resource, name, sub] = match as unknown as [
      string,
      string,
      string | undefined,
      string,
      string | undefined,
      string | undefined,
    ]
    authorize(context.options, user, method, {
      resource: sub ? `${resource}/${sub}` : resource,
      namespace,
      name,
    })
    runHooks(context, method, url.pathname)
    const answer = dispatch(context.store, context.reconciler, {
      method,
      version,
      namespace,
      resource,
      name,
      sub,
      query: url.searchParams,
      body,
      contentType: req.headers['content-type'] ?? '',
      userAgent: req.headers['user-agent'] ?? '',
    })
    sendJson(res, answer.status, answer.body)
  } catch (error: unknown) {
    sendStatus(res, error instanceof ApiError ? error : new ApiError(500, 'InternalError', String(error)))
  }
}

function discoveryDocument(context: Handling, path: string): JsonObject | undefined {
  const installed = context.options.configSyncInstalled !== false
  if (path === '/version') return versionDocument()
  if (path === '/api') return coreVersions(context.address)
  if (path === '/api/v1') return coreResources()
  // Every namespace exists here: kubectl apply looks one up before it creates an object.
  const namespace = /^\/api\/v1\/namespaces\/([^/]+)$/.exec(path)?.[1]
  if (namespace !== undefined)
    return {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: namespace },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    }
  if (path === '/apis') return groupList(installed)
  if (!installed) return undefined
  if (path === `/apis/${CONFIG_SYNC_GROUP}`) return configSyncGroup()
  const version = new RegExp(`^/apis/${CONFIG_SYNC_GROUP.replace(/\./g, '\\.')}/(v1beta1|v1alpha1)$`).exec(
    path,
  )?.[1]
  return version === undefined ? undefined : configSyncResources(version)
}

function takeFault(context: Handling, method: string, path: string): void {
  const entry = context.faults.find(
    (f) =>
      f.left > 0 &&
      (f.fault.method === undefined || f.fault.method === method) &&
      (f.fault.path === undefined || f.fault.path.test(path)),
  )
  if (entry === undefined) return
  entry.left -= 1
  const { status, reason = 'InternalError', message = `injected ${status}` } = entry.fault
  throw new ApiError(status, reason, message)
}

function runHooks(context: Handling, method: string, path: string): void {
  const index = context.hooks.findIndex((h) => h.method === method && h.path.test(path))
  if (index < 0) return
  const [hook] = context.hooks.splice(index, 1)
  hook!.fn()
}

function sendJson(res: ServerResponse, status: number, body: JsonObject): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

function sendStatus(res: ServerResponse, error: ApiError): void {
  sendJson(res, error.code, {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: error.message,
    reason: error.reason,
    details: error.details ?? {},
    code: error.code,
  })
}
