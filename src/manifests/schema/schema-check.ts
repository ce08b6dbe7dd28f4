/**
 * Schema checks beyond nomos vet: built-in kinds against the bundled
 * Kubernetes 1.36 OpenAPI schemas, custom resources against the
 * openAPIV3Schema of the CRDs declared in the repository, and the apiVersions
 * the selected Kubernetes minor serves. Loaded with a dynamic import by
 * validate.ts: the precompiled validators are a few MB of code that a run
 * without schema checks never loads.
 */
import { errorFinding, SEVERITY, type Finding } from '../finding.ts'
import type { ManifestObject } from '../parse.ts'
import {
  builtinSchemaOf,
  checkBuiltin,
  checkObjectMeta,
  loadValidators,
  type BuiltinSchema,
} from './builtin-schemas.ts'
import { closestName } from './closest-name.ts'
import { checkConfigSyncObject, isConfigSyncKind } from './config-sync-kinds.ts'
import { indexCrds, type CrdIndex, type CrdVersion } from './crd-index.ts'
import type { CrdCompiler, CrdValidator } from './crd-validator.ts'
import { FIELD_TABLE } from './field-table.ts'
import { isPlainObject } from './field-path.ts'
import { BUNDLED_KUBERNETES_MINOR, kubernetesMinor, notServedReason } from './kubernetes-version.ts'
import type { SchemaProblem } from './schema-errors.ts'

/** The codes of the schema checks (ours: Config Sync has no such check). */
export const SCHEMA_CODE = {
  /** A field the schema does not declare (kubectl's strict decoding error). */
  unknownField: 'CSO2001',
  /** Wrong type, missing required field, value not allowed, or a version the declared CRD does not serve. */
  violation: 'CSO2002',
  /** No schema is available for the kind: a warning, never a silent pass. */
  noSchema: 'CSO2003',
  /** The apiVersion is not served by the selected Kubernetes minor version. */
  notServed: 'CSO2004',
} as const

/** What the schema checks need from the validation options. */
export interface SchemaCheckOptions {
  /** "1.33" and the like; default the bundled 1.36. */
  readonly kubernetesVersion?: string
  /**
   * True for a kind whose scope nothing offline knows (not built in, no CRD,
   * not in api-resources.txt): Config Sync's KNV1021 is the one finding for
   * it, so the schema checks say nothing. Default: never.
   */
  readonly unknownScope?: (group: string, kind: string) => boolean
}

const BUILTIN_KINDS: readonly string[] = [
  ...new Set([...Object.keys(FIELD_TABLE.kinds), ...FIELD_TABLE.validated]),
]
const BUILTIN_API_VERSIONS: ReadonlySet<string> = new Set(
  BUILTIN_KINDS.map((key) => key.slice(0, key.lastIndexOf('/'))),
)

interface Run {
  readonly minor: number
  readonly crds: CrdIndex
  /** Only when the repository declares CRDs: ajv is loaded for them alone. */
  readonly compile: CrdCompiler | undefined
  readonly validators: Map<CrdVersion, CrdValidator>
  /** What to do with each apiVersion/kind, decided once per run: thousands of objects share a few kinds. */
  readonly plans: Map<string, KindPlan>
  readonly unknownScope: (group: string, kind: string) => boolean
}

/** How objects of one apiVersion/kind are checked. */
type KindPlan =
  | { readonly notServed: string }
  | { readonly skip: true }
  | { readonly configSync: string }
  | { readonly builtin: BuiltinSchema }
  | { readonly custom: true }

/** Every schema finding for objects (those that failed the read-time checks are skipped). */
export async function checkSchemas(
  objects: readonly ManifestObject[],
  options: SchemaCheckOptions = {},
): Promise<Finding[]> {
  const minor = kubernetesMinor(options.kubernetesVersion)
  const crds = indexCrds(objects)
  const compile = crds.size === 0 ? undefined : (await import('./crd-validator.ts')).createCrdCompiler()
  const run: Run = {
    minor,
    crds,
    compile,
    validators: new Map(),
    plans: new Map(),
    unknownScope: options.unknownScope ?? (() => false),
  }
  await loadValidators(
    new Set(objects.map((o) => `${String(o.object['apiVersion'])}/${String(o.object['kind'])}`)),
  )
  const findings: Finding[] = []
  for (const o of objects) {
    const { apiVersion, kind, metadata } = o.object
    if (
      typeof apiVersion !== 'string' ||
      typeof kind !== 'string' ||
      apiVersion === '' ||
      kind === '' ||
      !isPlainObject(metadata)
    )
      continue
    findings.push(...checkObject(o, apiVersion, kind, run))
  }
  return findings
}

function planOf(apiVersion: string, kind: string, run: Run): KindPlan {
  const key = `${apiVersion}/${kind}`
  let plan = run.plans.get(key)
  if (plan === undefined) {
    const notServed = notServedReason(apiVersion, kind, run.minor)
    const builtin = builtinSchemaOf(apiVersion, kind)
    if (notServed !== undefined) plan = { notServed }
    else if (isConfigSyncKind(groupOf(apiVersion), kind)) plan = { configSync: groupOf(apiVersion) }
    else if (
      builtin === undefined &&
      run.unknownScope(groupOf(apiVersion), kind) &&
      run.crds.lookup(apiVersion, kind).found === 'none'
    )
      plan = { skip: true }
    else plan = builtin === undefined ? { custom: true } : { builtin }
    run.plans.set(key, plan)
  }
  return plan
}

function checkObject(o: ManifestObject, apiVersion: string, kind: string, run: Run): Finding[] {
  const plan = planOf(apiVersion, kind, run)
  if ('skip' in plan) return []
  if ('configSync' in plan) {
    const problems = checkConfigSyncObject(plan.configSync, kind, o.object)
    return problems.length === 0 ? [] : toFindings(o, `${kind} ${nameOf(o)}`, problems)
  }
  if ('builtin' in plan) {
    const problems = checkBuiltin(withoutStatus(o.object), plan.builtin)
    return problems.length === 0 ? [] : toFindings(o, `${kind} ${nameOf(o)}`, problems)
  }
  const label = `${kind} ${nameOf(o)}`
  if ('notServed' in plan) {
    return [
      errorFinding(
        SCHEMA_CODE.notServed,
        o.file,
        o.locate(['apiVersion']),
        `${label}: ${apiVersion} ${kind} is not served by Kubernetes 1.${run.minor} (kubernetes-version): ${plan.notServed}`,
      ),
    ]
  }
  const lookup = run.crds.lookup(apiVersion, kind)
  if (lookup.found === 'version') return checkCustomResource(o, label, lookup.version, run)
  if (lookup.found === 'other-versions') {
    const served = lookup.versions.length === 0 ? 'none' : lookup.versions.join(', ')
    const message = `${label}: version ${apiVersion.split('/')[1]} is not served by the CustomResourceDefinition ${lookup.crdName} declared in ${lookup.crd.file}:${lookup.crd.line} (served: ${served})`
    return [errorFinding(SCHEMA_CODE.violation, o.file, o.locate(['apiVersion']), message)]
  }
  return [
    noSchemaFinding(
      o,
      `${label}: ${missingSchemaReason(apiVersion, kind)}; it was not checked against a schema`,
    ),
  ]
}

function checkCustomResource(o: ManifestObject, label: string, version: CrdVersion, run: Run): Finding[] {
  const crdAt = `CustomResourceDefinition ${version.crdName} (${version.crd.file}:${version.crd.line})`
  if (version.schema === undefined)
    return [
      noSchemaFinding(
        o,
        `${label}: the ${crdAt} declares no openAPIV3Schema for this version; it was not checked against a schema`,
      ),
    ]
  let validator = run.validators.get(version)
  if (validator === undefined && run.compile !== undefined) {
    validator = run.compile(version.schema, version.prune)
    run.validators.set(version, validator)
  }
  if (validator === undefined) throw new Error('a CRD was found but its compiler was not loaded')
  if ('error' in validator)
    return [
      noSchemaFinding(
        o,
        `${label}: the schema of the ${crdAt} could not be used (${validator.error}); it was not checked against a schema`,
      ),
    ]
  return toFindings(o, label, [...checkObjectMeta(o.object), ...validator.check(o.object)])
}

function missingSchemaReason(apiVersion: string, kind: string): string {
  if (!BUILTIN_API_VERSIONS.has(apiVersion))
    return `no CustomResourceDefinition for ${kind} in ${apiVersion.split('/')[0]} is declared in the repository`
  const kinds = BUILTIN_KINDS.filter((k) => k.startsWith(`${apiVersion}/`)).map((k) =>
    k.slice(apiVersion.length + 1),
  )
  const suggestion = closestName(kind, kinds)
  return `${apiVersion} has no kind ${kind} in Kubernetes 1.${BUNDLED_KUBERNETES_MINOR}${suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`}`
}

function toFindings(o: ManifestObject, label: string, problems: readonly SchemaProblem[]): Finding[] {
  return problems.map((p) => {
    const code = p.kind === 'unknown' ? SCHEMA_CODE.unknownField : SCHEMA_CODE.violation
    return errorFinding(code, o.file, o.locate(p.path), `${label}: ${p.message}`)
  })
}

function noSchemaFinding(o: ManifestObject, message: string): Finding {
  return {
    code: SCHEMA_CODE.noSchema,
    severity: SEVERITY.warning,
    file: o.file,
    line: o.locate(['kind']),
    message,
  }
}

/** The API server ignores status on create and update, so it is never checked. */
function withoutStatus(object: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  if (!('status' in object)) return object
  const { status: _status, ...rest } = object
  return rest
}

function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/')
  return slash === -1 ? '' : apiVersion.slice(0, slash)
}

function nameOf(o: ManifestObject): string {
  const metadata = o.object['metadata']
  const name = isPlainObject(metadata) ? metadata['name'] : undefined
  const namespace = isPlainObject(metadata) ? metadata['namespace'] : undefined
  const text = typeof name === 'string' ? name : '(unnamed)'
  return typeof namespace === 'string' && namespace !== '' ? `${namespace}/${text}` : text
}
