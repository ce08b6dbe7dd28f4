/**
 * Who is calling and what they may do: bearer tokens (401 otherwise) and
 * RBAC rules per user, verb and resource, denied with the message and
 * details a real API server gives (403).
 */
import { CONFIG_SYNC_GROUP } from './discovery.ts'
import { ApiError } from './store.ts'

/** One RBAC rule: these verbs on these resources (e.g. "rootsyncs", "rootsyncs/status"), in these namespaces (all when absent). */
export interface RbacRule {
  readonly verbs: readonly string[]
  readonly resources: readonly string[]
  readonly namespaces?: readonly string[]
}

/** Tokens and rules of one fake. */
export interface AccessOptions {
  readonly tokens?: Readonly<Record<string, string>>
  readonly rbac?: Readonly<Record<string, readonly RbacRule[]>>
}

/** The user of a request; undefined means 401. Without tokens everyone is system:anonymous. */
export function authenticate(options: AccessOptions, header: string | undefined): string | undefined {
  if (options.tokens === undefined) return 'system:anonymous'
  const token = /^Bearer (.+)$/.exec(header ?? '')?.[1]
  return token === undefined ? undefined : options.tokens[token]
}

const VERB_OF: Record<string, string> = {
  GET: 'get',
  POST: 'create',
  PUT: 'update',
  PATCH: 'patch',
  DELETE: 'delete',
}

/** Throws the 403 of a real server unless a rule allows the verb on the resource. */
export function authorize(
  options: AccessOptions,
  user: string,
  method: string,
  target: { resource: string; namespace: string | undefined; name: string | undefined },
): void {
  const rules = options.rbac?.[user]
  if (rules === undefined) return
  const verb =
    method === 'GET' && target.name === undefined ? 'list' : (VERB_OF[method] ?? method.toLowerCase())
  const allowed = rules.some(
    (r) =>
      r.verbs.includes(verb) &&
      r.resources.includes(target.resource) &&
      (r.namespaces === undefined ||
        (target.namespace !== undefined && r.namespaces.includes(target.namespace))),
  )
  if (allowed) return
  const subject =
    target.name === undefined
      ? `${target.resource.split('/')[0]}.${CONFIG_SYNC_GROUP}`
      : `${target.resource.split('/')[0]}.${CONFIG_SYNC_GROUP} "${target.name}"`
  const scope =
    target.namespace === undefined ? 'at the cluster scope' : `in the namespace "${target.namespace}"`
  throw new ApiError(
    403,
    'Forbidden',
    `${subject} is forbidden: User "${user}" cannot ${verb} resource "${target.resource}" in API group "${CONFIG_SYNC_GROUP}" ${scope}`,
    {
      ...(target.name === undefined ? {} : { name: target.name }),
      group: CONFIG_SYNC_GROUP,
      kind: target.resource.split('/')[0]!,
    },
  )
}
