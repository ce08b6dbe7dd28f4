/**
 * The fake API server's resource routes: GET/LIST/POST/PUT/PATCH/DELETE of
 * RootSyncs and RepoSyncs and their status subresource, with the patch
 * types a real server accepts for custom resources (JSON merge, JSON patch,
 * server-side apply; strategic merge is 415).
 */
import { parse as parseYaml } from 'yaml'
import { CONFIG_SYNC_GROUP } from './discovery.ts'
import { deletePath, isObject, setPath, type Json, type JsonObject } from './fields.ts'
import type { ScriptedReconciler } from './reconciler.ts'
import { checkPrecondition, meta } from './crd-rules.ts'
import { ApiError, mergePatch, type ObjectKey, type ObjectStore } from './store.ts'

/** One resource request, parsed from the URL. */
export interface Call {
  readonly method: string
  readonly version: string
  readonly namespace: string | undefined
  readonly resource: string
  readonly name: string | undefined
  readonly sub: string | undefined
  readonly query: URLSearchParams
  readonly body: string
  readonly contentType: string
  readonly userAgent: string
}

/** What a route answers. */
export interface Answer {
  readonly status: number
  readonly body: JsonObject
}

/** Serves one resource request. */
export function dispatch(store: ObjectStore, reconciler: ScriptedReconciler, call: Call): Answer {
  if (call.query.get('dryRun') !== null)
    throw new ApiError(400, 'BadRequest', 'dryRun is not supported by this fake')
  if (call.name === undefined) return collection(store, call)
  if (call.namespace === undefined)
    throw new ApiError(404, 'NotFound', 'the server could not find the requested resource')
  const key: ObjectKey = { resource: call.resource, namespace: call.namespace, name: call.name }
  const manager = call.query.get('fieldManager') ?? call.userAgent.split('/')[0] ?? 'unknown'
  if (call.method === 'GET') {
    if (call.sub === undefined) reconciler.observe(key)
    const object = store.get(key)
    if (object === undefined)
      throw new ApiError(404, 'NotFound', `${call.resource}.${CONFIG_SYNC_GROUP} "${call.name}" not found`, {
        name: call.name,
        group: CONFIG_SYNC_GROUP,
        kind: call.resource,
      })
    return { status: 200, body: versioned(object, call.version) }
  }
  if (call.sub !== undefined) return statusWrite(store, key, call)
  if (call.method === 'PUT')
    return { status: 200, body: versioned(store.replace(key, parseJson(call.body), manager), call.version) }
  if (call.method === 'DELETE') {
    checkDeletePrecondition(store, key, call.body)
    store.delete(key)
    return {
      status: 200,
      body: {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Success',
        details: { name: call.name, group: CONFIG_SYNC_GROUP, kind: call.resource },
      },
    }
  }
  if (call.method === 'PATCH')
    return { status: 200, body: versioned(patch(store, key, call, manager), call.version) }
  throw new ApiError(
    405,
    'MethodNotAllowed',
    `the server does not allow this method on the requested resource`,
  )
}

function collection(store: ObjectStore, call: Call): Answer {
  const kind = call.resource === 'rootsyncs' ? 'RootSync' : 'RepoSync'
  if (call.method === 'GET') {
    // Say so rather than answer as if the query were not there: an unfiltered list, or a list instead of a stream.
    for (const unsupported of ['labelSelector', 'fieldSelector', 'watch']) {
      if ((call.query.get(unsupported) ?? '') !== '')
        throw new ApiError(400, 'BadRequest', `${unsupported} is not supported by this fake`)
    }
    const items = store.list(call.resource, call.namespace).map((o) => versioned(o, call.version))
    return {
      status: 200,
      body: {
        apiVersion: `${CONFIG_SYNC_GROUP}/${call.version}`,
        kind: `${kind}List`,
        metadata: { resourceVersion: store.listVersion() },
        items,
      },
    }
  }
  if (call.method === 'POST' && call.namespace !== undefined) {
    const body = parseJson(call.body)
    const metadata = isObject(body['metadata']) ? body['metadata'] : {}
    const key = { resource: call.resource, namespace: call.namespace, name: String(metadata['name'] ?? '') }
    if (key.name === '')
      throw new ApiError(
        422,
        'Invalid',
        `${kind}.${CONFIG_SYNC_GROUP} "" is invalid: metadata.name: Required value: name or generateName is required`,
      )
    const manager = call.query.get('fieldManager') ?? call.userAgent.split('/')[0] ?? 'unknown'
    return { status: 201, body: versioned(store.create(key, body, manager), call.version) }
  }
  throw new ApiError(
    405,
    'MethodNotAllowed',
    'the server does not allow this method on the requested resource',
  )
}

function patch(store: ObjectStore, key: ObjectKey, call: Call, manager: string): JsonObject {
  const type = call.contentType.split(';')[0]!.trim()
  if (type === 'application/apply-patch+yaml') {
    const fieldManager = call.query.get('fieldManager')
    if (fieldManager === null || fieldManager === '') {
      throw new ApiError(
        422,
        'Invalid',
        'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch',
      )
    }
    const force = call.query.get('force')
    if (force !== null && force !== 'true' && force !== 'false')
      throw new ApiError(400, 'BadRequest', `invalid force value ${force}`)
    return store.apply(key, parseApplied(call.body), fieldManager, force === 'true')
  }
  if (type === 'application/merge-patch+json') return store.mergePatch(key, parseJson(call.body), manager)
  if (type === 'application/json-patch+json')
    return store.mergePatch(key, jsonPatchAsMerge(store, key, call.body), manager)
  throw new ApiError(
    415,
    'UnsupportedMediaType',
    'the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml',
  )
}

/** PUT/PATCH of the status subresource: only status changes, generation never moves. */
function statusWrite(store: ObjectStore, key: ObjectKey, call: Call): Answer {
  const body = parseJson(call.body)
  const current = store.get(key)
  if (current === undefined)
    throw new ApiError(404, 'NotFound', `${call.resource}.${CONFIG_SYNC_GROUP} "${key.name}" not found`)
  checkPrecondition(key, meta(current)['resourceVersion'], body)
  const status = isObject(body['status']) ? body['status'] : {}
  const merged = call.method === 'PATCH' ? mergePatch(structuredClone(current['status']), status) : status
  const next = isObject(merged) ? merged : {}
  store.setStatus(key, next)
  return { status: 200, body: versioned(store.get(key)!, call.version) }
}

/** DeleteOptions.preconditions.resourceVersion (and .uid) must match the stored object, or 409 as the API server answers. */
function checkDeletePrecondition(store: ObjectStore, key: ObjectKey, text: string): void {
  if (text.trim() === '') return
  const options = parseJson(text)
  const preconditions = isObject(options['preconditions']) ? options['preconditions'] : {}
  const current = store.get(key)
  if (current === undefined) return
  for (const [field, label] of [
    ['resourceVersion', 'ResourceVersion'],
    ['uid', 'UID'],
  ] as const) {
    const wanted = preconditions[field]
    const actual = meta(current)[field]
    if (wanted !== undefined && wanted !== null && wanted !== actual) {
      throw new ApiError(
        409,
        'Conflict',
        `Operation cannot be fulfilled on ${key.resource}.${CONFIG_SYNC_GROUP} "${key.name}": Precondition failed: ${label} in precondition: ${String(wanted)}, ${label} in object meta: ${String(actual)}`,
        { name: key.name, group: CONFIG_SYNC_GROUP, kind: key.resource },
      )
    }
  }
}

/** RFC 6902 add/replace/remove on the current object, turned into the equivalent whole-object merge. */
function jsonPatchAsMerge(store: ObjectStore, key: ObjectKey, text: string): JsonObject {
  const operations = JSON.parse(text) as { op: string; path: string; value?: Json }[]
  const object = store.get(key)
  if (object === undefined) throw new ApiError(404, 'NotFound', `not found`)
  const before = structuredClone(object)
  for (const op of operations) {
    const path = op.path
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    if (op.op === 'remove') deletePath(object, path)
    else if (op.op === 'add' || op.op === 'replace') setPath(object, path, op.value ?? null)
    else throw new ApiError(422, 'Invalid', `unsupported JSON patch op ${op.op}`)
  }
  return diffAsMerge(before, object)
}

function diffAsMerge(before: JsonObject, after: JsonObject): JsonObject {
  const out: JsonObject = {}
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[key]
    const b = after[key]
    if (b === undefined) out[key] = null
    else if (isObject(a) && isObject(b)) {
      const nested = diffAsMerge(a, b)
      if (Object.keys(nested).length > 0) out[key] = nested
    } else if (JSON.stringify(a) !== JSON.stringify(b)) out[key] = b
  }
  return out
}

function versioned(object: JsonObject, version: string): JsonObject {
  return { ...object, apiVersion: `${CONFIG_SYNC_GROUP}/${version}` }
}

function parseJson(text: string): JsonObject {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error: unknown) {
    throw new ApiError(400, 'BadRequest', `the body of the request is not valid JSON: ${String(error)}`)
  }
  if (!isObject(value)) throw new ApiError(400, 'BadRequest', 'the body of the request is not a JSON object')
  return value
}

function parseApplied(text: string): JsonObject {
  let value: unknown
  try {
    value = parseYaml(text)
  } catch (error: unknown) {
    throw new ApiError(400, 'BadRequest', `error decoding YAML: ${String(error)}`)
  }
  if (!isObject(value)) throw new ApiError(400, 'BadRequest', 'the apply configuration is not an object')
  return value
}
