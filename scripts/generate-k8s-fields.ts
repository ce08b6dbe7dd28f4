/**
 * Generates the offline schema data the schema checks walk at run time, so
 * validation never imports @kubernetes/client-node (which crashes on Node 20
 * at import and costs ~500 ms to load):
 *
 * - src/manifests/schema/k8s-fields.generated.json: for every root kind the
 *   1.36 API serves (GA, beta and alpha, from client-node's generated models),
 *   its type, and for every reachable type its JSON property names and child
 *   types. The unknown-field walk reads only this.
 * - src/manifests/schema/builtin-validators-{core,more}.generated.ts: one
 *   static import per kubernetes-models root kind (precompiled ajv validators:
 *   types, required fields, enums, formats), keyed by apiVersion/kind, split
 *   into the two chunks of validator-tiers.ts; the JSON lists their keys.
 *
 * Run after upgrading either package (npm puts the node@24 dev dependency
 * first on PATH; the script needs Node 22+):
 *   npm run generate
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { tierOf, type ValidatorTier } from '../src/manifests/schema/validator-tiers.ts'

const ROOT = join(import.meta.dirname, '..')
// OUT_DIR lets the test regenerate elsewhere and compare with the committed files.
const OUT_DIR = process.env['OUT_DIR'] ?? join(ROOT, 'src/manifests/schema')
const require = createRequire(import.meta.url)

interface Attribute {
  readonly baseName: string
  readonly type: string
}
type ModelClass = { getAttributeTypeMap(): Attribute[] }

// Encoding of a property's child: "" a leaf (scalar, any, list or map of scalars),
// "T" an object of type T, "[T" a list of T, "{T" a map of T.
const LIST = /^Array<(\w+)>$/
const MAP = /^\{ \[key: string\]: (\w+); \}$/
// V1MicroTime is an alias of Date in client-node, not a model class.
const LEAVES = new Set(['string', 'number', 'boolean', 'any', 'object', 'Date', 'IntOrString', 'V1MicroTime'])
// Version prefix of a generated class name, with the group prefix that
// colliding names get (EventsV1Event, CoreV1Event, AuthenticationV1TokenRequest).
const CLASS_PREFIX = /^(?:[A-Z][a-z]+)?V\d+(?:(?:alpha|beta)\d+)?/

const clientNode = (await import('@kubernetes/client-node')) as unknown as Record<string, unknown>
const models = new Map<string, ModelClass>()
for (const [name, value] of Object.entries(clientNode)) {
  if (typeof value === 'function' && 'getAttributeTypeMap' in value)
    models.set(name, value as unknown as ModelClass)
}

/** apiVersion/kind → root class, from the request paths and bodies of the generated API clients. */
function rootKinds(): Map<string, string> {
  const apisDir = join(dirname(require.resolve('@kubernetes/client-node')), 'gen/apis')
  const kinds = new Map<string, string>()
  for (const file of readdirSync(apisDir).filter((f) => f.endsWith('Api.js'))) {
    const text = readFileSync(join(apisDir, file), 'utf8')
    const path = /'\/(?:api\/(v1)|apis\/([^/']+)\/([^/']+))\//.exec(text)
    if (path === null) continue
    const apiVersion = path[1] ?? `${path[2]}/${path[3]}`
    for (const [, type] of text.matchAll(/ObjectSerializer\.serialize\(body, "(\w+)"/g)) {
      const attrs =
        models
          .get(type!)
          ?.getAttributeTypeMap()
          .map((a) => a.baseName) ?? []
      if (!attrs.includes('metadata') || !attrs.includes('kind') || type!.endsWith('List')) continue
      kinds.set(`${apiVersion}/${type!.replace(CLASS_PREFIX, '')}`, type!)
    }
  }
  return kinds
}

/** Property name → encoded child, for every type reachable from the roots. */
function fieldTable(roots: Iterable<string>): Record<string, Record<string, string>> {
  const types: Record<string, Record<string, string>> = {}
  const pending = [...roots]
  for (let type = pending.pop(); type !== undefined; type = pending.pop()) {
    if (type in types) continue
    const model = models.get(type)
    if (model === undefined) throw new Error(`no model class ${type}`)
    const fields: Record<string, string> = {}
    for (const { baseName, type: t } of model.getAttributeTypeMap()) {
      fields[baseName] = encodeChild(t, pending)
    }
    types[type] = fields
  }
  return Object.fromEntries(Object.entries(types).sort(([a], [b]) => (a < b ? -1 : 1)))
}

function encodeChild(type: string, pending: string[]): string {
  const list = LIST.exec(type)?.[1]
  const map = MAP.exec(type)?.[1]
  const inner = list ?? map ?? type
  if (LEAVES.has(inner) || /^Array<|^\{/.test(inner)) return ''
  if (!models.has(inner)) throw new Error(`unexpected type string ${type}`)
  pending.push(inner)
  return list !== undefined ? `[${inner}` : map !== undefined ? `{${inner}` : inner
}

/** apiVersion/kind → kubernetes-models schema module, for every non-List root model. */
function validatorModules(): Map<string, string> {
  const base = dirname(require.resolve('kubernetes-models/package.json'))
  const found = new Map<string, string>()
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(base, dir), { withFileTypes: true })) {
      const rel = dir === '' ? entry.name : `${dir}/${entry.name}`
      if (entry.isDirectory() && entry.name !== '_schemas') walk(rel)
      if (!entry.isFile() || !entry.name.endsWith('.js') || entry.name.endsWith('List.js')) continue
      const text = readFileSync(join(base, rel), 'utf8')
      const apiVersion = /this\.apiVersion="([^"]+)"/.exec(text)?.[1]
      const kind = /this\.kind="([^"]+)"/.exec(text)?.[1]
      const schema = /_schemas\/(\w+)\.js/.exec(text)?.[1]
      if (apiVersion && kind && schema) found.set(`${apiVersion}/${kind}`, schema)
    }
  }
  walk('')
  return new Map([...found].sort(([a], [b]) => (a < b ? -1 : 1)))
}

function validatorsSource(all: Map<string, string>, tier: ValidatorTier): string {
  const modules = new Map([...all].filter(([key]) => tierOf(key) === tier))
  const lines = [
    '// Generated by scripts/generate-k8s-fields.ts from kubernetes-models; do not edit.',
    `// Precompiled ajv validators of the ${tier} tier (validator-tiers.ts): Kubernetes 1.36, plus the removed beta APIs the package carries.`,
  ]
  const names = [...modules.values()]
  names.forEach((schema, i) =>
    lines.push(`import { validate as v${i} } from 'kubernetes-models/_schemas/${schema}'`),
  )
  lines.push('', '/** apiVersion/kind → precompiled validator function. */')
  lines.push('export const VALIDATORS: Readonly<Record<string, (data: unknown) => boolean>> = {')
  ;[...modules.keys()].forEach((key, i) => lines.push(`  '${key}': v${i},`))
  lines.push('}', '')
  return lines.join('\n')
}

const kinds = rootKinds()
const sortedKinds = Object.fromEntries([...kinds].sort(([a], [b]) => (a < b ? -1 : 1)))
const modules = validatorModules()
const table = {
  kubernetes: '1.36',
  source: '@kubernetes/client-node 2.0.1 model metadata; kubernetes-models 5.1 validators',
  kinds: sortedKinds,
  validated: [...modules.keys()],
  types: fieldTable(kinds.values()),
}
writeFileSync(join(OUT_DIR, 'k8s-fields.generated.json'), `${JSON.stringify(table)}\n`)
for (const tier of ['core', 'more'] as const)
  writeFileSync(join(OUT_DIR, `builtin-validators-${tier}.generated.ts`), validatorsSource(modules, tier))
process.stdout.write(
  `${kinds.size} kinds, ${Object.keys(table.types).length} types; ${modules.size} validators\n`,
)
