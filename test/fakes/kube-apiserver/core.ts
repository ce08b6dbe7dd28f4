/**
 * The few non-Config-Sync resources token auth touches, as a real API
 * server answers them: core v1 Secrets (GET, POST, merge PATCH with a
 * resourceVersion precondition; the type is immutable), the RootSync and
 * RepoSync CustomResourceDefinitions (GET, with the installed release's
 * spec.oci.auth enum), the reconciler Deployments the reconciler-manager
 * would have created for every stored RSync (GET), and a deletecollection
 * of their pods (the restart; counted in `restarts`). RBAC is not modelled
 * for these.
 */
import { randomUUID } from 'node:crypto'
import { CONFIG_SYNC_GROUP } from './discovery.ts'
import { isObject, type Json, type JsonObject } from './fields.ts'
import { ApiError, type ObjectStore } from './store.ts'

const CMS = 'config-management-system'

/** Secrets and reconciler restarts of one fake cluster. */
export class CoreObjects {
  readonly secrets = new Map<string, JsonObject>()
  /** Deployment name → how many times its pods were deleted. */
  readonly restarts = new Map<string, number>()
  private revision = 5000

  /** The stored Secret (data base64, as the API keeps it), or undefined. */
  secret(namespace: string, name: string): JsonObject | undefined {
    return this.secrets.get(`${namespace}/${name}`)
  }

  /** A Secret's values decoded, for assertions. */
  secretValues(namespace: string, name: string): Record<string, string> | undefined {
    const data = this.secret(namespace, name)?.['data']
    if (!isObject(data)) return undefined
    return Object.fromEntries(
      Object.entries(data).map(([k, v]) => [k, Buffer.from(String(v), 'base64').toString('utf8')]),
    )
  }

  /** Seeds a Secret as kubectl create secret generic would. */
  seedSecret(
    namespace: string,
    name: string,
    values: Readonly<Record<string, string>>,
    type = 'Opaque',
  ): void {
    const data = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, Buffer.from(v).toString('base64')]),
    )
    this.secrets.set(`${namespace}/${name}`, {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: this.metadata(name, namespace),
      type,
      data,
    })
  }

  private metadata(name: string, namespace: string): JsonObject {
    return {
      name,
      namespace,
      uid: randomUUID(),
      resourceVersion: String(++this.revision),
      creationTimestamp: new Date().toISOString(),
    }
  }

  /** POST /api/v1/namespaces/NS/secrets. */
  createSecret(namespace: string, body: JsonObject): JsonObject {
    const metadata = isObject(body['metadata']) ? body['metadata'] : {}
    const name = String(metadata['name'] ?? '')
    if (name === '')
      throw new ApiError(
        422,
        'Invalid',
        'Secret "" is invalid: metadata.name: Required value: name or generateName is required',
      )
    if (metadata['namespace'] !== undefined && metadata['namespace'] !== namespace)
      throw new ApiError(
        400,
        'BadRequest',
        'the namespace of the provided object does not match the namespace sent on the request',
      )
    if (this.secrets.has(`${namespace}/${name}`))
      throw new ApiError(409, 'AlreadyExists', `secrets "${name}" already exists`, { name, kind: 'secrets' })
    const object: JsonObject = {
      ...body,
      apiVersion: 'v1',
      kind: 'Secret',
      type: body['type'] ?? 'Opaque',
      metadata: { ...metadata, ...this.metadata(name, namespace) },
    }
    checkData(object, name)
    this.secrets.set(`${namespace}/${name}`, object)
    return object
  }

  /** PATCH (application/merge-patch+json) of a Secret. */
  patchSecret(namespace: string, name: string, patch: JsonObject): JsonObject {
    const current = this.secret(namespace, name)
    if (current === undefined)
      throw new ApiError(404, 'NotFound', `secrets "${name}" not found`, { name, kind: 'secrets' })
    const currentMeta = current['metadata'] as JsonObject
    const wanted = isObject(patch['metadata']) ? patch['metadata']['resourceVersion'] : undefined
    if (wanted !== undefined && wanted !== null && wanted !== currentMeta['resourceVersion']) {
      throw new ApiError(
        409,
        'Conflict',
        `Operation cannot be fulfilled on secrets "${name}": the object has been modified; please apply your changes to the latest version and try again`,
        { name, kind: 'secrets' },
      )
    }
    if (patch['type'] !== undefined && patch['type'] !== current['type']) {
      throw new ApiError(
        422,
        'Invalid',
        `Secret "${name}" is invalid: type: Invalid value: ${JSON.stringify(patch['type'])}: field is immutable`,
        { name, kind: 'Secret' },
      )
    }
    const next = merge(structuredClone(current), patch) as JsonObject
    Object.assign(next['metadata'] as JsonObject, {
      name,
      namespace,
      uid: currentMeta['uid'],
      resourceVersion: currentMeta['resourceVersion'],
    })
    checkData(next, name)
    if (JSON.stringify(next) !== JSON.stringify(current))
      (next['metadata'] as JsonObject)['resourceVersion'] = String(++this.revision)
    this.secrets.set(`${namespace}/${name}`, next)
    return next
  }
}

/** Serves a core request, or returns undefined when the path is not one of these resources. */
export function dispatchCore(
  core: CoreObjects,
  store: ObjectStore,
  method: string,
  path: string,
  query: URLSearchParams,
  body: string,
  contentType: string,
): { status: number; body: JsonObject } | undefined {
  const secret = /^\/api\/v1\/namespaces\/([^/]+)\/secrets(?:\/([^/]+))?$/.exec(path)
  if (secret !== null) return secrets(core, method, secret[1]!, secret[2], body, contentType)
  const crd = /^\/apis\/apiextensions\.k8s\.io\/v1\/customresourcedefinitions\/([^/]+)$/.exec(path)
  if (crd !== null && method === 'GET')
    return { status: 200, body: crdDocument(crd[1]!, store.ociAuthValues) }
  const deployment = /^\/apis\/apps\/v1\/namespaces\/([^/]+)\/deployments\/([^/]+)$/.exec(path)
  if (deployment !== null && method === 'GET')
    return { status: 200, body: reconcilerDeployment(store, deployment[1]!, deployment[2]!) }
  if (path === `/api/v1/namespaces/${CMS}/pods` && method === 'DELETE')
    return { status: 200, body: deletePods(core, store, query.get('labelSelector') ?? '') }
  return undefined
}

function secrets(
  core: CoreObjects,
  method: string,
  namespace: string,
  name: string | undefined,
  body: string,
  contentType: string,
): { status: number; body: JsonObject } {
  if (name === undefined) {
    if (method !== 'POST')
      throw new ApiError(
        405,
        'MethodNotAllowed',
        'the server does not allow this method on the requested resource',
      )
    return { status: 201, body: core.createSecret(namespace, parse(body)) }
  }
  if (method === 'GET') {
    const object = core.secret(namespace, name)
    if (object === undefined)
      throw new ApiError(404, 'NotFound', `secrets "${name}" not found`, { name, kind: 'secrets' })
    return { status: 200, body: object }
  }
  if (method === 'PATCH') {
    if (contentType.split(';')[0]!.trim() !== 'application/merge-patch+json')
      throw new ApiError(
        415,
        'UnsupportedMediaType',
        'this fake accepts only application/merge-patch+json for Secrets',
      )
    return { status: 200, body: core.patchSecret(namespace, name, parse(body)) }
  }
  throw new ApiError(
    405,
    'MethodNotAllowed',
    'the server does not allow this method on the requested resource',
  )
}

/** The CRD of rootsyncs/reposyncs.configsync.gke.io, reduced to the schema path a client reads. */
function crdDocument(name: string, authValues: readonly string[]): JsonObject {
  const kind =
    name === `rootsyncs.${CONFIG_SYNC_GROUP}`
      ? 'RootSync'
      : name === `reposyncs.${CONFIG_SYNC_GROUP}`
        ? 'RepoSync'
        : undefined
  if (kind === undefined)
    throw new ApiError(
      404,
      'NotFound',
      `customresourcedefinitions.apiextensions.k8s.io "${name}" not found`,
      { name, group: 'apiextensions.k8s.io', kind: 'customresourcedefinitions' },
    )
  const oci: JsonObject = {
    type: 'object',
    properties: {
      auth: { type: 'string', enum: [...authValues] },
      image: { type: 'string' },
      dir: { type: 'string' },
    },
  }
  if (authValues.includes('token'))
    Object.assign(oci['properties'] as JsonObject, {
      secretRef: { type: 'object', properties: { name: { type: 'string' } } },
    })
  const schema = {
    openAPIV3Schema: { type: 'object', properties: { spec: { type: 'object', properties: { oci } } } },
  }
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name },
    spec: {
      group: CONFIG_SYNC_GROUP,
      names: { kind, plural: `${kind.toLowerCase()}s`, singular: kind.toLowerCase() },
      scope: 'Namespaced',
      versions: [
        { name: 'v1alpha1', served: true, storage: false, schema },
        { name: 'v1beta1', served: true, storage: true, schema },
      ],
    },
  }
}

/** root-reconciler[-NAME] / ns-reconciler-NS[-NAME-LEN] for every stored RSync (CONFIG-SYNC.md §3). */
function reconcilerNames(store: ObjectStore): string[] {
  const roots = store.list('rootsyncs').map((o) => String((o['metadata'] as JsonObject)['name']))
  const repos = store
    .list('reposyncs')
    .map((o) => o['metadata'] as JsonObject as { name: string; namespace: string })
  return [
    ...roots.map((n) => (n === 'root-sync' ? 'root-reconciler' : `root-reconciler-${n}`)),
    ...repos.map((m) =>
      m.name === 'repo-sync'
        ? `ns-reconciler-${m.namespace}`
        : `ns-reconciler-${m.namespace}-${m.name}-${m.name.length}`,
    ),
  ]
}

function reconcilerDeployment(store: ObjectStore, namespace: string, name: string): JsonObject {
  if (namespace !== CMS || !reconcilerNames(store).includes(name)) {
    throw new ApiError(404, 'NotFound', `deployments.apps "${name}" not found`, {
      name,
      group: 'apps',
      kind: 'deployments',
    })
  }
  const labels = { app: 'reconciler', 'configsync.gke.io/deployment-name': name }
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace },
    spec: { replicas: 1, selector: { matchLabels: labels }, template: { metadata: { labels } } },
  }
}

/** DELETE pods?labelSelector=…: one pod per matching reconciler Deployment. */
function deletePods(core: CoreObjects, store: ObjectStore, selector: string): JsonObject {
  const wanted = Object.fromEntries(
    selector
      .split(',')
      .filter((s) => s !== '')
      .map((s) => s.split('=') as [string, string]),
  )
  const items = reconcilerNames(store)
    .filter(
      (name) =>
        wanted['app'] === 'reconciler' &&
        wanted['configsync.gke.io/deployment-name'] === name &&
        Object.keys(wanted).length === 2,
    )
    .map((name) => {
      core.restarts.set(name, (core.restarts.get(name) ?? 0) + 1)
      return { apiVersion: 'v1', kind: 'Pod', metadata: { name: `${name}-5d8f7c9b4-x2x7k`, namespace: CMS } }
    })
  return { apiVersion: 'v1', kind: 'PodList', metadata: { resourceVersion: '' }, items }
}

function checkData(object: JsonObject, name: string): void {
  const data = object['data']
  if (data === undefined) return
  if (!isObject(data)) throw new ApiError(400, 'BadRequest', 'Secret data must be a map')
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value))
      throw new ApiError(400, 'BadRequest', `Secret "${name}": data[${key}] is not base64`)
  }
}

function merge(target: Json | undefined, patch: Json): Json {
  if (!isObject(patch)) return patch
  const result: JsonObject = isObject(target) ? target : {}
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key]
    else result[key] = merge(result[key], value)
  }
  return result
}

function parse(text: string): JsonObject {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error: unknown) {
    throw new ApiError(400, 'BadRequest', `the body of the request is not valid JSON: ${String(error)}`)
  }
  if (!isObject(value)) throw new ApiError(400, 'BadRequest', 'the body of the request is not a JSON object')
  return value
}
