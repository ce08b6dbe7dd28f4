/**
 * ajv set up to read CRD schemas (TOOLCHAIN-NOTES.md §1.5, working setup A):
 * the draft-04 class, because CRDs use the boolean exclusiveMinimum and
 * exclusiveMaximum; x-kubernetes-int-or-string as a real keyword; every other
 * x-kubernetes-* marker ignored (strict mode off). CEL rules
 * (x-kubernetes-validations) are not evaluated: no CEL engine is bundled.
 */
import Ajv04 from 'ajv-draft-04'
import type { ErrorObject, Format } from 'ajv'
import { prepareSchema, pruneForValidation } from './structural.ts'
import { describeErrors, type SchemaProblem } from './schema-errors.ts'

/** A compiled CRD version: validates a custom resource (status ignored), or says why it could not be compiled. */
export type CrdValidator =
  | { readonly check: (object: Readonly<Record<string, unknown>>) => SchemaProblem[] }
  | { readonly error: string }

const INT32 = 2 ** 31
const INT64 = 2 ** 63
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/
// The formats the API server checks and we can check the same way; every
// other format name is accepted unchecked, as the server ignores unknown ones.
const FORMATS: Readonly<Record<string, Format>> = {
  int32: { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -INT32 && n < INT32 },
  int64: { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -INT64 && n <= INT64 },
  float: { type: 'number', validate: () => true },
  double: { type: 'number', validate: () => true },
  // Go's base64 decoder skips line breaks, so a wrapped value is valid.
  byte: { type: 'string', validate: (s: string) => BASE64.test(s.replace(/[\r\n]/g, '')) },
  date: /^\d{4}-\d{2}-\d{2}$/,
  // Lenient like kube-openapi's strfmt: seconds, fraction and zone optional.
  'date-time': /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?$/,
}

// ajv-draft-04 is CommonJS and sets both module.exports and exports.default to
// the class, so `.default` is the class under Node's ESM loader and in the bundle.
const AjvClass = Ajv04.default
type AjvInstance = InstanceType<typeof AjvClass>

/** Compiles one CRD version's openAPIV3Schema (prune: unknown fields are pruned, so reported). */
export type CrdCompiler = (openAPIV3Schema: Record<string, unknown>, prune: boolean) => CrdValidator

/** One ajv per validation run: CRD schemas belong to the repository being validated. */
export function createCrdCompiler(): CrdCompiler {
  // Not verbose and not optimized: both cost compile time (≈2–3× on the 220 kB Prometheus CRD), and
  // schemas are compiled once per run for a handful of custom resources.
  // unicodeRegExp off: RE2 patterns such as [a-z\-] are fine without the u flag and a SyntaxError with it.
  const ajv: AjvInstance = new AjvClass({
    allErrors: true,
    strict: false,
    strictTypes: false,
    validateSchema: false,
    logger: false,
    unicodeRegExp: false,
    code: { optimize: false },
  })
  ajv.addKeyword({
    keyword: 'x-kubernetes-int-or-string',
    errors: false,
    validate: (enabled: unknown, data: unknown) =>
      enabled !== true || data === null || typeof data === 'string' || Number.isInteger(data),
  })
  for (const [name, format] of Object.entries(FORMATS)) ajv.addFormat(name, format)
  const known = new Set(Object.keys(FORMATS))
  return (openAPIV3Schema, prune) => {
    const prepared = prepareSchema(openAPIV3Schema, prune)
    for (const name of prepared.formats) {
      if (!known.has(name)) ajv.addFormat(name, true)
      known.add(name)
    }
    try {
      const validate = ajv.compile(prepared.schema)
      return {
        check: (object) => {
          const { data, nullPointers } = pruneForValidation(object, prepared.schema)
          if (validate(data)) return []
          const errors = (validate.errors ?? []).filter(
            (e: ErrorObject) => !isNullableRequired(e, nullPointers),
          )
          return describeErrors(
            errors.map((e) => withParentSchema(e, prepared.schema)),
            data,
          )
        },
      }
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) }
    }
  }
}

/** A `required` error for a field that is present as null where the schema allows null. */
function isNullableRequired(error: ErrorObject, nullPointers: ReadonlySet<string>): boolean {
  const missing = (error.params as { missingProperty?: unknown }).missingProperty
  return (
    error.keyword === 'required' &&
    typeof missing === 'string' &&
    nullPointers.has(`${error.instancePath}/${missing}`)
  )
}

/** ajv's verbose parentSchema, looked up only for unknown fields (for "did you mean"). */
function withParentSchema(error: ErrorObject, root: Record<string, unknown>): ErrorObject {
  if (error.keyword !== 'additionalProperties') return error
  let node: unknown = root
  for (const raw of error.schemaPath.replace(/^#\//, '').split('/').slice(0, -1)) {
    const step = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~')
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[step] : undefined
  }
  return typeof node === 'object' && node !== null ? { ...error, parentSchema: node } : error
}
