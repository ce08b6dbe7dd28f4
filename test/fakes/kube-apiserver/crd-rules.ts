/**
 * The rules of the RootSync/RepoSync CRDs and the API machinery that the
 * fake store enforces — identity of URL and body, resourceVersion
 * preconditions, the schema's enums and defaults — and the API errors
 * (metav1.Status answers) they produce.
 */
import { dottedPath, getPath, isObject, type Json, type JsonObject } from './fields.ts'

/** An API error the server turns into a metav1.Status answer. */
export class ApiError extends Error {
  readonly code: number
  readonly reason: string
  readonly details: JsonObject | undefined
  constructor(code: number, reason: string, message: string, details?: JsonObject) {
    super(message)
    this.code = code
    this.reason = reason
    this.details = details
  }
}

/** Where an object lives: resource (rootsyncs|reposyncs), namespace, name. */
export interface ObjectKey {
  readonly resource: string
  readonly namespace: string
  readonly name: string
}

/** The API group of the RSync CRDs. */
export const GROUP = 'configsync.gke.io'
/** Kind by resource. */
export const KINDS: Record<string, string> = { rootsyncs: 'RootSync', reposyncs: 'RepoSync' }

/** The body must name the kind, group, name and namespace of the URL (400 otherwise). */
export function checkIdentity(key: ObjectKey, body: JsonObject): void {
  const kind = KINDS[key.resource]
  const metadata = meta(body)
  if (body['kind'] !== undefined && body['kind'] !== kind)
    throw new ApiError(400, 'BadRequest', `the body kind ${String(body['kind'])} does not match ${kind}`)
  if (body['apiVersion'] !== undefined && !String(body['apiVersion']).startsWith(`${GROUP}/`))
    throw new ApiError(
      400,
      'BadRequest',
      `the API version in the data (${String(body['apiVersion'])}) does not match the expected API version (${GROUP}/v1beta1)`,
    )
  if (metadata['name'] !== undefined && metadata['name'] !== key.name)
    throw new ApiError(
      400,
      'BadRequest',
      `the name of the object (${String(metadata['name'])}) does not match the name on the URL (${key.name})`,
    )
  if (metadata['namespace'] !== undefined && metadata['namespace'] !== key.namespace)
    throw new ApiError(
      400,
      'BadRequest',
      'the namespace of the provided object does not match the namespace sent on the request',
    )
}

/** A resourceVersion in the body must be the current one (409 otherwise). */
export function checkPrecondition(key: ObjectKey, current: Json | undefined, body: JsonObject): void {
  const wanted = meta(body)['resourceVersion']
  if (wanted === undefined || wanted === '' || wanted === null) return
  if (wanted !== current) {
    throw new ApiError(
      409,
      'Conflict',
      `Operation cannot be fulfilled on ${key.resource}.${GROUP} "${key.name}": the object has been modified; please apply your changes to the latest version and try again`,
      details(key),
    )
  }
}

/** The 409 of an apply that changes fields other managers own. */
export function conflictError(
  key: ObjectKey,
  conflicts: readonly { manager: string; path: readonly string[] }[],
  applied: JsonObject,
): ApiError {
  const version = String(applied['apiVersion'] ?? `${GROUP}/v1beta1`)
  const lines = conflicts.map((c) => `conflict with "${c.manager}" using ${version}: ${dottedPath(c.path)}`)
  const message = `Apply failed with ${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'}: ${lines.join('\n')}`
  const causes = conflicts.map((c) => ({
    reason: 'FieldManagerConflict',
    message: `conflict with "${c.manager}" using ${version}`,
    field: dottedPath(c.path),
  }))
  return new ApiError(409, 'Conflict', message, { ...details(key), causes })
}

const ENUMS: Record<string, readonly string[]> = {
  sourceType: ['git', 'oci', 'helm'],
  sourceFormat: ['', 'hierarchy', 'unstructured'],
}
/** spec.oci.auth of Config Sync 1.24 and later; older CRDs lack token. */
export const OCI_AUTH_VALUES = ['gcenode', 'gcpserviceaccount', 'k8sserviceaccount', 'none', 'token'] as const
/** spec.oci.auth before 1.24. */
export const OCI_AUTH_VALUES_BEFORE_1_24 = [
  'gcenode',
  'gcpserviceaccount',
  'k8sserviceaccount',
  'none',
] as const

/** The CRD schema's checks that a client can trip: enums of sourceType, sourceFormat and oci.auth. */
export function validate(
  key: ObjectKey,
  object: JsonObject,
  authValues: readonly string[] = OCI_AUTH_VALUES,
): void {
  const spec = isObject(object['spec']) ? object['spec'] : {}
  const causes: { field: string; value: Json; allowed: readonly string[] }[] = []
  for (const [field, allowed] of Object.entries(ENUMS)) {
    if (spec[field] !== undefined && !allowed.includes(String(spec[field])))
      causes.push({ field: `spec.${field}`, value: spec[field]!, allowed })
  }
  const auth = getPath(object, ['spec', 'oci', 'auth'])
  if (auth !== undefined && !authValues.includes(String(auth)))
    causes.push({ field: 'spec.oci.auth', value: auth, allowed: authValues })
  if (causes.length === 0) return
  const text = causes.map(
    (c) =>
      `${c.field}: Unsupported value: ${JSON.stringify(c.value)}: supported values: ${c.allowed.map((a) => JSON.stringify(a)).join(', ')}`,
  )
  throw new ApiError(
    422,
    'Invalid',
    `${KINDS[key.resource]}.${GROUP} "${key.name}" is invalid: ${text.join(', ')}`,
    {
      ...details(key),
      causes: causes.map((c) => ({
        reason: 'FieldValueNotSupported',
        message: `Unsupported value: ${JSON.stringify(c.value)}`,
        field: c.field,
      })),
    },
  )
}

/** The CRD's structural defaults: spec.sourceType defaults to git. */
export function applyDefaults(object: JsonObject): void {
  if (!isObject(object['spec'])) object['spec'] = {}
  const spec = object['spec'] as JsonObject
  if (spec['sourceType'] === undefined) spec['sourceType'] = 'git'
}

/** metadata of an object, created when missing. */
export function meta(object: JsonObject): JsonObject {
  if (!isObject(object['metadata'])) object['metadata'] = {}
  return object['metadata'] as JsonObject
}

/** Status details naming the object. */
export function details(key: ObjectKey): JsonObject {
  return { name: key.name, group: GROUP, kind: key.resource }
}

/** rootsyncs.configsync.gke.io "NAME". */
export function describe(key: ObjectKey): string {
  return `${key.resource}.${GROUP} "${key.name}"`
}
