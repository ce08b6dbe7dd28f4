/**
 * A local fake of the IAM policy endpoints a bootstrap calls, as Google
 * serves them over REST (https://cloud.google.com/iam/docs/reference/rest):
 *   GET  /v1/projects/P/locations/L/repositories/R:getIamPolicy   (Artifact Registry)
 *   POST /v1/projects/P/locations/L/repositories/R:setIamPolicy
 *   POST /v1/projects/-/serviceAccounts/EMAIL:getIamPolicy        (IAM API)
 *   POST /v1/projects/-/serviceAccounts/EMAIL:setIamPolicy
 * with etags (a stale one is 409 ABORTED, as a concurrent writer causes),
 * policy versions (conditions need 3), PERMISSION_DENIED naming the
 * permission, SERVICE_DISABLED, and unknown resources. Every other request
 * is passed to issue 4's Artifact Registry fake, so one endpoint serves the
 * whole Artifact Registry API the client calls.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FakeArtifactRegistry } from './fake-artifact-registry.ts'
import { closeServer, readBody } from '../harness/http.ts'

/** A binding as stored. */
export interface FakeBinding {
  role: string
  members: string[]
  condition?: { expression: string; title?: string }
}

/** A policy as stored. */
export interface FakePolicy {
  version: number
  bindings: FakeBinding[]
  etag: string
}

/** A request as seen (IAM and passed-through ones alike). */
export interface SeenIamRequest {
  readonly method: string
  readonly path: string
  readonly body: unknown
  readonly authorization: string | undefined
}

/** The running fake. */
export interface FakeIam {
  /** http://127.0.0.1:PORT: both CONFIGSYNC_OCI_ARTIFACT_REGISTRY_ENDPOINT and CONFIGSYNC_OCI_IAM_ENDPOINT. */
  readonly url: string
  readonly requests: SeenIamRequest[]
  /** Service account emails that exist. */
  readonly serviceAccounts: Set<string>
  /** Permissions the caller lacks, e.g. artifactregistry.repositories.setIamPolicy. */
  readonly denied: Set<string>
  /** APIs that are off: artifactregistry.googleapis.com, iam.googleapis.com. */
  readonly disabledApis: Set<string>
  /** The policy of a repository resource name or a service account email (created empty on first use). */
  policy(resource: string): FakePolicy
  /** Another writer's change, stored at once (the etag moves). */
  write(resource: string, change: (policy: FakePolicy) => void): void
  /** Runs `change` as another writer right before the next setIamPolicy of `resource` is handled. */
  beforeSet(resource: string, change: (policy: FakePolicy) => void): void
  close(): Promise<void>
}

const REPOSITORY_POLICY =
  /^\/v1\/(projects\/[^/]+\/locations\/[^/]+\/repositories\/[^/:]+):(getIamPolicy|setIamPolicy)$/
const ACCOUNT_POLICY = /^\/v1\/projects\/-\/serviceAccounts\/([^/:]+):(getIamPolicy|setIamPolicy)$/

/** Starts the fake in front of issue 4's Artifact Registry fake. */
export async function startFakeIam(artifactRegistry: FakeArtifactRegistry): Promise<FakeIam> {
  let revision = 0
  const policies = new Map<string, FakePolicy>()
  const hooks = new Map<string, (policy: FakePolicy) => void>()
  const nextEtag = (): string => Buffer.from(`etag-${++revision}`).toString('base64')
  const policy = (resource: string): FakePolicy => {
    let found = policies.get(resource)
    if (found === undefined) policies.set(resource, (found = { version: 1, bindings: [], etag: nextEtag() }))
    return found
  }
  const state: State = {
    requests: [],
    serviceAccounts: new Set(),
    denied: new Set(),
    disabledApis: new Set(),
    policy,
    hooks,
    nextEtag,
    artifactRegistry,
  }
  const server = createServer((req, res) => void handle(state, req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: state.requests,
    serviceAccounts: state.serviceAccounts,
    denied: state.denied,
    disabledApis: state.disabledApis,
    policy,
    write: (resource, change) => {
      change(policy(resource))
      policy(resource).etag = nextEtag()
    },
    beforeSet: (resource, change) => void hooks.set(resource, change),
    close: () => closeServer(server),
  }
}

interface State {
  readonly requests: SeenIamRequest[]
  readonly serviceAccounts: Set<string>
  readonly denied: Set<string>
  readonly disabledApis: Set<string>
  readonly policy: (resource: string) => FakePolicy
  readonly hooks: Map<string, (policy: FakePolicy) => void>
  readonly nextEtag: () => string
  readonly artifactRegistry: FakeArtifactRegistry
}

type Reply = (status: number, value: unknown) => void

async function handle(state: State, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://fake')
  const text = await readBody(req)
  const body: unknown = text === '' ? undefined : JSON.parse(text)
  const reply: Reply = (status, value) =>
    void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value))
  const repository = REPOSITORY_POLICY.exec(url.pathname)
  const account = ACCOUNT_POLICY.exec(url.pathname)
  if (repository === null && account === null) return passThrough(state.artifactRegistry.url, req, text, res)
  state.requests.push({
    method: req.method ?? '',
    path: url.pathname,
    body,
    authorization: req.headers.authorization,
  })
  const verb = (repository ?? account)![2] as 'getIamPolicy' | 'setIamPolicy'
  const target =
    repository !== null
      ? {
          resource: repository[1]!,
          api: 'artifactregistry.googleapis.com',
          permission: `artifactregistry.repositories.${verb}`,
          exists: state.artifactRegistry.repositories.has(repository[1]!),
        }
      : {
          resource: decodeURIComponent(account![1]!),
          api: 'iam.googleapis.com',
          permission: `iam.serviceAccounts.${verb}`,
          exists: state.serviceAccounts.has(decodeURIComponent(account![1]!)),
        }
  if (state.disabledApis.has(target.api)) {
    const name =
      target.api === 'iam.googleapis.com'
        ? 'Identity and Access Management (IAM) API'
        : 'Artifact Registry API'
    return reply(
      403,
      googleError(
        403,
        'PERMISSION_DENIED',
        `${name} has not been used in project 123456 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/${target.api}/overview?project=123456 then retry.`,
        'SERVICE_DISABLED',
      ),
    )
  }
  if (state.denied.has(target.permission)) {
    return reply(
      403,
      googleError(
        403,
        'PERMISSION_DENIED',
        `Permission '${target.permission}' denied on resource '${target.resource}' (or it may not exist).`,
        'IAM_PERMISSION_DENIED',
      ),
    )
  }
  if (!target.exists)
    return reply(
      404,
      googleError(
        404,
        'NOT_FOUND',
        repository !== null ? `Repository "${target.resource}" not found` : `Unknown service account`,
      ),
    )
  if (verb === 'getIamPolicy')
    return getPolicy(
      state,
      target.resource,
      Number(url.searchParams.get('options.requestedPolicyVersion') ?? '1'),
      reply,
    )
  setPolicy(state, target.resource, body, reply)
}

function getPolicy(state: State, resource: string, requested: number, reply: Reply): void {
  const policy = state.policy(resource)
  if (policy.bindings.some((b) => b.condition !== undefined) && requested < 3) {
    return reply(
      400,
      googleError(
        400,
        'INVALID_ARGUMENT',
        'The policy contains conditional role bindings; request policy version 3.',
      ),
    )
  }
  reply(200, render(policy))
}

function setPolicy(state: State, resource: string, body: unknown, reply: Reply): void {
  state.hooks.get(resource)?.(state.policy(resource))
  if (state.hooks.delete(resource)) state.policy(resource).etag = state.nextEtag()
  const sent =
    (body as { policy?: { etag?: string; version?: number; bindings?: FakeBinding[] } } | undefined)
      ?.policy ?? {}
  const current = state.policy(resource)
  if (sent.etag !== undefined && sent.etag !== current.etag) {
    return reply(
      409,
      googleError(
        409,
        'ABORTED',
        'There were concurrent policy changes. Please retry the whole read-modify-write with exponential backoff.',
      ),
    )
  }
  const bindings = (sent.bindings ?? []).map(cleanBinding)
  if (bindings.some((b) => b.condition !== undefined) && (sent.version ?? 1) < 3) {
    return reply(
      400,
      googleError(400, 'INVALID_ARGUMENT', 'Conditional role bindings need policy version 3.'),
    )
  }
  Object.assign(current, { version: sent.version ?? 1, bindings, etag: state.nextEtag() })
  reply(200, render(current))
}

/** The client sends unset condition fields as "" and null conditions: store what they mean. */
function cleanBinding(binding: FakeBinding): FakeBinding {
  const condition = binding.condition
  const cleaned =
    condition === undefined || condition === null || condition.expression === ''
      ? undefined
      : (Object.fromEntries(
          Object.entries(condition).filter(([, v]) => v !== ''),
        ) as FakeBinding['condition'])
  return {
    role: binding.role,
    members: [...binding.members],
    ...(cleaned === undefined ? {} : { condition: cleaned }),
  }
}

function render(policy: FakePolicy): unknown {
  return {
    version: policy.version,
    etag: policy.etag,
    ...(policy.bindings.length === 0 ? {} : { bindings: policy.bindings }),
  }
}

function googleError(code: number, status: string, message: string, reason?: string): unknown {
  const details =
    reason === undefined
      ? []
      : [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason, domain: 'googleapis.com' }]
  return { error: { code, message, status, details } }
}

function passThrough(base: string, req: IncomingMessage, body: string, res: ServerResponse): void {
  const { host: _host, ...headers } = req.headers
  const forward = request(
    new URL(req.url ?? '/', base),
    { method: req.method ?? 'GET', headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    },
  )
  forward.on('error', (error) => void res.writeHead(502).end(String(error)))
  forward.end(body)
}
