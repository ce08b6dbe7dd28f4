import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { promisify } from 'node:util'
import { makeTempDir, removeDir } from '../../harness/tmp.ts'

const run = promisify(execFile)
const ROOT = join(import.meta.dirname, '../../..')
const FILES = [
  'k8s-fields.generated.json',
  'builtin-validators-core.generated.ts',
  'builtin-validators-more.generated.ts',
]
let out = ''
after(async () => {
  if (out !== '') await removeDir(out)
})

test('the committed schema data is what scripts/generate-k8s-fields.ts makes from the installed packages', async () => {
  out = await makeTempDir('generated')
  await run(process.execPath, [join(ROOT, 'scripts/generate-k8s-fields.ts')], {
    env: { ...process.env, OUT_DIR: out },
  })
  for (const file of FILES) {
    const committed = await readFile(join(ROOT, 'src/manifests/schema', file), 'utf8')
    assert.equal(await readFile(join(out, file), 'utf8'), committed, `${file} is stale: run npm run generate`)
  }
})

test('the field table covers the kinds a config repo holds, with property names as JSON spells them', async () => {
  const table = JSON.parse(await readFile(join(ROOT, 'src/manifests/schema', FILES[0]!), 'utf8')) as {
    kinds: Record<string, string>
    types: Record<string, Record<string, string>>
  }
  assert.equal(table.kinds['apps/v1/Deployment'], 'V1Deployment')
  assert.equal(table.kinds['events.k8s.io/v1/Event'], 'EventsV1Event')
  assert.equal(table.kinds['v1/Event'], 'CoreV1Event')
  assert.equal(table.types['V1DeploymentSpec']?.['template'], 'V1PodTemplateSpec')
  assert.equal(table.types['V1PodSpec']?.['containers'], '[V1Container')
  assert.equal(table.types['V1JSONSchemaProps']?.['$ref'], '')
  assert.equal(table.types['V1JSONSchemaProps']?.['properties'], '{V1JSONSchemaProps')
})

test('every validator key is in exactly one tier file, and the tier files hold nothing else', async () => {
  const table = JSON.parse(await readFile(join(ROOT, 'src/manifests/schema', FILES[0]!), 'utf8')) as {
    validated: string[]
  }
  const keysIn = async (file: string): Promise<string[]> =>
    [
      ...(await readFile(join(ROOT, 'src/manifests/schema', file), 'utf8')).matchAll(
        /^ {2}'([^']+)': v\d+,$/gm,
      ),
    ].map((m) => m[1]!)
  const core = await keysIn(FILES[1]!)
  const more = await keysIn(FILES[2]!)
  assert.ok(core.includes('apps/v1/Deployment') && more.includes('policy/v1beta1/PodDisruptionBudget'))
  assert.deepEqual([...core, ...more].sort(), [...table.validated].sort())
})
