/**
 * The fake API server's object store for RootSyncs and RepoSyncs: create,
 * get, list, replace, JSON merge patch, server-side apply and status writes,
 * with the semantics a client can observe — resourceVersion bumps on every
 * real write (never on a no-op), metadata.generation bumps only when
 * something outside metadata and status changes, a stale resourceVersion is
 * a 409, managedFields per manager and operation, the CRD's defaults
 * (sourceType git) and enum checks (422).
 */
import { randomUUID } from 'node:crypto'
import {
  ApiError,
  applyDefaults,
  checkIdentity,
  checkPrecondition,
  conflictError,
  describe,
  details,
  GROUP,
  meta,
  OCI_AUTH_VALUES,
  validate,
  type ObjectKey,
} from './crd-rules.ts'
import {
  decodeFieldsV1,
  deletePath,
  encodeFieldsV1,
  findConflicts,
  getPath,
  isObject,
  keyPath,
  pathKey,
  sameJson,
  setPath,
  trackedLeaves,
  type FieldManagerEntry,
  type Json,
  type JsonObject,
} from './fields.ts'

export { ApiError, type ObjectKey } from './crd-rules.ts'

interface StoredObject {
  object: JsonObject
  managers: FieldManagerEntry[]
}

/** The store; one per fake cluster. */
export class ObjectStore {
  private readonly objects = new Map<string, StoredObject>()
  private revision = 1000
  /** The installed CRD's spec.oci.auth enum (an older Config Sync has no token). */
  ociAuthValues: readonly string[] = OCI_AUTH_VALUES

  /** The object with its managedFields, or undefined. */
  get(key: ObjectKey): JsonObject | undefined {
    const stored = this.objects.get(id(key))
    return stored === undefined ? undefined : render(stored)
  }

  /** Every object of a resource, optionally in one namespace, sorted by namespace/name. */
  list(resource: string, namespace?: string): JsonObject[] {
    return [...this.objects.entries()]
      .filter(([k]) => k.startsWith(`${resource}/${namespace === undefined ? '' : `${namespace}/`}`))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([, stored]) => render(stored))
  }

  /** The current resourceVersion of the collection (the last write). */
  listVersion(): string {
    return String(this.revision)
  }

  /** POST: creates, or 409 AlreadyExists. */
  create(key: ObjectKey, body: JsonObject, manager: string): JsonObject {
    if (this.objects.has(id(key)))
      throw new ApiError(409, 'AlreadyExists', `${describe(key)} already exists`, details(key))
    checkIdentity(key, body)
    const object = clone(body)
    const metadata = meta(object)
    delete metadata['resourceVersion']
    delete metadata['managedFields']
    Object.assign(metadata, {
      name: key.name,
      namespace: key.namespace,
      uid: randomUUID(),
      generation: 1,
      creationTimestamp: now(),
    })
    delete object['status']
    applyDefaults(object)
    validate(key, object, this.ociAuthValues)
    metadata['resourceVersion'] = this.nextRevision()
    const entry = updateEntry(manager, object, trackedLeaves(object).map(pathKey))
    this.objects.set(id(key), { object, managers: [entry] })
    return this.get(key)!
  }

  /** PUT: replaces everything but status; needs the current resourceVersion. */
  replace(key: ObjectKey, body: JsonObject, manager: string): JsonObject {
    const stored = this.existing(key)
    checkIdentity(key, body)
    const version = meta(body)['resourceVersion']
    if (version === undefined || version === '') {
      throw new ApiError(
        422,
        'Invalid',
        `${describe(key)} is invalid: metadata.resourceVersion: Invalid value: 0x0: must be specified for an update`,
      )
    }
    checkPrecondition(key, meta(stored.object)['resourceVersion'], body)
    const next = clone(body)
    Object.assign(
      meta(next),
      pick(meta(stored.object), ['uid', 'creationTimestamp', 'generation', 'resourceVersion']),
      { name: key.name, namespace: key.namespace },
    )
    delete next['status']
    if (stored.object['status'] !== undefined) next['status'] = clone(stored.object['status'])
    return this.writeUpdate(key, stored, next, manager)
  }

  /**
   * application/merge-patch+json (RFC 7386); a resourceVersion in the patch
   * is a precondition. A patch that sets metadata.managedFields replaces the
   * ownership records, as kubectl's client-side to server-side apply
   * migration does.
   */
  mergePatch(key: ObjectKey, patch: JsonObject, manager: string): JsonObject {
    const stored = this.existing(key)
    checkPrecondition(key, meta(stored.object)['resourceVersion'], patch)
    const explicit = isObject(patch['metadata']) ? patch['metadata']['managedFields'] : undefined
    const next = mergePatch(clone(stored.object), withoutStatus(patch)) as JsonObject
    Object.assign(
      meta(next),
      pick(meta(stored.object), [
        'uid',
        'creationTimestamp',
        'generation',
        'resourceVersion',
        'name',
        'namespace',
      ]),
    )
    return this.writeUpdate(
      key,
      stored,
      next,
      manager,
      Array.isArray(explicit) ? decodeManagedFields(explicit) : undefined,
    )
  }

  /** application/apply-patch+yaml: server-side apply, creating the object when it is missing. */
  apply(key: ObjectKey, applied: JsonObject, manager: string, force: boolean): JsonObject {
    checkIdentity(key, applied)
    const stored = this.objects.get(id(key))
    if (stored === undefined) {
      if (meta(applied)['resourceVersion'] !== undefined)
        throw new ApiError(404, 'NotFound', `${describe(key)} not found`, details(key))
      this.create(key, applied, manager)
      const entry = this.objects.get(id(key))!
      entry.managers = [{ ...entry.managers[0]!, operation: 'Apply' }]
      return this.get(key)!
    }
    checkPrecondition(key, meta(stored.object)['resourceVersion'], applied)
    const self = stored.managers.find((m) => m.manager === manager && m.operation === 'Apply')
    const conflicts = findConflicts(stored.managers, self, stored.object, applied)
    if (conflicts.length > 0 && !force) throw conflictError(key, conflicts, applied)
    return this.writeApply(key, stored, self, applied, manager)
  }

  /** The reconciler's status write (the /status subresource): never bumps generation. */
  setStatus(key: ObjectKey, status: JsonObject | undefined): void {
    const stored = this.existing(key)
    if (sameJson(stored.object['status'], status)) return
    if (status === undefined) delete stored.object['status']
    else stored.object['status'] = clone(status)
    meta(stored.object)['resourceVersion'] = this.nextRevision()
  }

  /** DELETE. */
  delete(key: ObjectKey): void {
    this.existing(key)
    this.objects.delete(id(key))
    this.nextRevision()
  }

  private writeApply(
    key: ObjectKey,
    stored: StoredObject,
    self: FieldManagerEntry | undefined,
    applied: JsonObject,
    manager: string,
  ): JsonObject {
    const next = clone(stored.object)
    const appliedKeys = new Set(trackedLeaves(applied).map(pathKey))
    const others = stored.managers.filter((m) => m !== self).map((m) => ({ ...m, paths: new Set(m.paths) }))
    for (const other of others) {
      for (const k of appliedKeys)
        if (!sameJson(getPath(stored.object, keyPath(k)), getPath(applied, keyPath(k)))) other.paths.delete(k)
    }
    for (const k of self?.paths ?? []) {
      if (!appliedKeys.has(k) && !others.some((m) => m.paths.has(k))) deletePath(next, keyPath(k))
    }
    for (const k of appliedKeys) setPath(next, keyPath(k), clone(getPath(applied, keyPath(k)) ?? null))
    const entry: FieldManagerEntry = {
      manager,
      operation: 'Apply',
      apiVersion: `${GROUP}/v1beta1`,
      time: now(),
      paths: appliedKeys,
    }
    return this.commit(key, stored, next, [...others, entry])
  }

  private writeUpdate(
    key: ObjectKey,
    stored: StoredObject,
    next: JsonObject,
    manager: string,
    explicit?: FieldManagerEntry[],
  ): JsonObject {
    applyDefaults(next)
    validate(key, next, this.ociAuthValues)
    const before = new Map(trackedLeaves(stored.object).map((p) => [pathKey(p), getPath(stored.object, p)]))
    const after = new Map(trackedLeaves(next).map((p) => [pathKey(p), getPath(next, p)]))
    const changed = [...after.keys()].filter((k) => !before.has(k) || !sameJson(before.get(k), after.get(k)))
    const removed = [...before.keys()].filter((k) => !after.has(k))
    const managers = (explicit ?? stored.managers).map((m) => ({
      ...m,
      paths: new Set([...m.paths].filter((k) => !changed.includes(k) && !removed.includes(k))),
    }))
    const existing = managers.find((m) => m.manager === manager && m.operation === 'Update')
    if (existing) changed.forEach((k) => existing.paths.add(k))
    else if (changed.length > 0) managers.push(updateEntry(manager, next, changed))
    return this.commit(key, stored, next, managers)
  }

  /** Stores the new state; bumps resourceVersion only when something changed, generation only for spec changes. */
  private commit(
    key: ObjectKey,
    stored: StoredObject,
    next: JsonObject,
    managers: FieldManagerEntry[],
  ): JsonObject {
    applyDefaults(next)
    validate(key, next, this.ociAuthValues)
    const kept = managers.filter((m) => m.paths.size > 0)
    const sameManagers = JSON.stringify(summary(kept)) === JSON.stringify(summary(stored.managers))
    if (sameJson(next, stored.object) && sameManagers) return this.get(key)!
    if (!sameJson(specPart(next), specPart(stored.object)))
      meta(next)['generation'] = Number(meta(stored.object)['generation'] ?? 0) + 1
    meta(next)['resourceVersion'] = this.nextRevision()
    stored.object = next
    stored.managers = kept
    return this.get(key)!
  }

  private existing(key: ObjectKey): StoredObject {
    const stored = this.objects.get(id(key))
    if (stored === undefined) throw new ApiError(404, 'NotFound', `${describe(key)} not found`, details(key))
    return stored
  }

  private nextRevision(): string {
    this.revision += 1
    return String(this.revision)
  }
}

function render(stored: StoredObject): JsonObject {
  const object = clone(stored.object)
  meta(object)['managedFields'] = stored.managers.map((m) => ({
    manager: m.manager,
    operation: m.operation,
    apiVersion: m.apiVersion,
    time: m.time,
    fieldsType: 'FieldsV1',
    fieldsV1: encodeFieldsV1(m.paths),
  }))
  return object
}

function decodeManagedFields(entries: readonly Json[]): FieldManagerEntry[] {
  return entries.filter(isObject).map((e) => ({
    manager: String(e['manager'] ?? ''),
    operation: e['operation'] === 'Apply' ? 'Apply' : 'Update',
    apiVersion: String(e['apiVersion'] ?? `${GROUP}/v1beta1`),
    time: String(e['time'] ?? now()),
    paths: new Set(decodeFieldsV1(e['fieldsV1'])),
  }))
}

function updateEntry(manager: string, _object: JsonObject, keys: Iterable<string>): FieldManagerEntry {
  return { manager, operation: 'Update', apiVersion: `${GROUP}/v1beta1`, time: now(), paths: new Set(keys) }
}

function summary(managers: readonly FieldManagerEntry[]): string[][] {
  return managers.map((m) => [m.manager, m.operation, ...[...m.paths].sort()])
}

/** RFC 7386 JSON merge patch: objects merge key by key at every depth, null removes, anything else replaces. */
export function mergePatch(target: Json | undefined, patch: Json): Json {
  if (!isObject(patch)) return patch
  const result: JsonObject = isObject(target) ? target : {}
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key]
    else result[key] = mergePatch(result[key], value)
  }
  return result
}

function specPart(object: JsonObject): JsonObject {
  const { metadata: _m, status: _s, ...rest } = object
  return rest
}

function withoutStatus(patch: JsonObject): JsonObject {
  const { status: _status, ...rest } = patch
  const metadata = isObject(rest['metadata']) ? { ...rest['metadata'] } : undefined
  if (metadata !== undefined) {
    delete metadata['resourceVersion']
    delete metadata['managedFields']
    rest['metadata'] = metadata
  }
  return rest
}

function pick(object: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(keys.filter((k) => object[k] !== undefined).map((k) => [k, object[k]!]))
}

function id(key: ObjectKey): string {
  return `${key.resource}/${key.namespace}/${key.name}`
}

function clone<T extends Json>(value: T): T {
  return structuredClone(value)
}

function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
}
