/**
 * Built-in kinds against the Kubernetes OpenAPI schemas, offline: the
 * precompiled kubernetes-models validators check types, required fields,
 * enums and formats; the generated field table catches unknown fields. Either
 * may be missing for a kind (alpha and beta kinds have no precompiled
 * validator; removed beta kinds have no field table), and the other still runs.
 */
import type { ErrorObject } from 'ajv'
import { validate as validateObjectMetaSchema } from '@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta'
import { FIELD_TABLE, findUnknownFields, rootTypeOf, unknownFieldProblem } from './field-table.ts'
import { describeErrors, type SchemaProblem } from './schema-errors.ts'
import { tierOf, type ValidatorTier } from './validator-tiers.ts'

/** A precompiled validator: returns validity and leaves ajv errors on itself; instancePath prefixes its pointers. */
type Validator = ((data: unknown, context?: { instancePath: string }) => boolean) & {
  errors?: ErrorObject[] | null
}

/** What is known about one built-in apiVersion/kind. */
export interface BuiltinSchema {
  readonly validate?: Validator
  readonly rootType?: string
}

const OBJECT_META_TYPE = 'V1ObjectMeta'
const VALIDATED: ReadonlySet<string> = new Set(FIELD_TABLE.validated)
// Each tier is a bundle chunk of its own, imported the first time one of its kinds is checked.
const TIER_MODULES: Readonly<
  Record<ValidatorTier, () => Promise<{ VALIDATORS: Readonly<Record<string, unknown>> }>>
> = {
  core: () => import('./builtin-validators-core.generated.ts'),
  more: () => import('./builtin-validators-more.generated.ts'),
}
const loaded = new Map<ValidatorTier, Readonly<Record<string, unknown>>>()

/** Loads the validator chunks that the kinds ("apiVersion/kind") need; builtinSchemaOf uses them. */
export async function loadValidators(keys: Iterable<string>): Promise<void> {
  const tiers = new Set<ValidatorTier>()
  for (const key of keys) if (VALIDATED.has(key) && !loaded.has(tierOf(key))) tiers.add(tierOf(key))
  for (const tier of tiers) loaded.set(tier, (await TIER_MODULES[tier]()).VALIDATORS)
}

/** The schemas bundled for apiVersion/kind, or undefined when it is not a built-in kind. */
export function builtinSchemaOf(apiVersion: string, kind: string): BuiltinSchema | undefined {
  const key = `${apiVersion}/${kind}`
  const validate = VALIDATED.has(key) ? validatorOf(key) : undefined
  const rootType = rootTypeOf(apiVersion, kind)
  if (validate === undefined && rootType === undefined) return undefined
  return { ...(validate === undefined ? {} : { validate }), ...(rootType === undefined ? {} : { rootType }) }
}

/** Every problem of one built-in object (status already removed by the caller). */
export function checkBuiltin(
  object: Readonly<Record<string, unknown>>,
  schema: BuiltinSchema,
): SchemaProblem[] {
  const problems: SchemaProblem[] = []
  if (schema.validate !== undefined && !schema.validate(object))
    problems.push(...describeErrors(schema.validate.errors ?? [], object))
  if (schema.rootType !== undefined)
    problems.push(...findUnknownFields(object, schema.rootType).map(unknownFieldProblem))
  return problems
}

/** metadata of a custom resource: CRD schemas leave it to the API server, which checks it as ObjectMeta. */
export function checkObjectMeta(object: Readonly<Record<string, unknown>>): SchemaProblem[] {
  const validate = validateObjectMetaSchema as Validator
  const metadata = object['metadata']
  const problems: SchemaProblem[] = []
  if (!validate(metadata, { instancePath: '/metadata' }))
    problems.push(...describeErrors(validate.errors ?? [], object))
  problems.push(...findUnknownFields(metadata, OBJECT_META_TYPE, ['metadata']).map(unknownFieldProblem))
  return problems
}

function validatorOf(key: string): Validator {
  const validators = loaded.get(tierOf(key))
  if (validators === undefined)
    throw new Error(`the ${tierOf(key)} validators were not loaded before checking ${key}`)
  return validators[key] as Validator
}
