/**
 * Issue 14: what a consumer's extraction would read wrongly (CSO3001–CSO3003,
 * invalid UTF-8) and one finding per mistake. Each case pins code, file and
 * line of every finding of loadAndValidate over a real temporary tree.
 */
import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { collectSource } from '../../src/manifests/collect.ts'
import type { Finding } from '../../src/manifests/finding.ts'
import { loadAndValidate, type ValidationOptions } from '../../src/manifests/validate.ts'
import { makeTempDir, removeDir, writeTree } from '../harness/tmp.ts'

const dirs: string[] = []
after(async () => {
  for (const dir of dirs) await removeDir(dir)
})

async function tree(files: Record<string, string>): Promise<string> {
  const dir = await makeTempDir('exact-findings')
  dirs.push(dir)
  await writeTree(dir, files)
  return dir
}

const where = (f: Finding): string => `${f.code} ${f.severity} ${f.file}:${f.line}`

async function findingsOf(dir: string, options: ValidationOptions = {}): Promise<Finding[]> {
  return (await loadAndValidate(await collectSource(dir), options)).findings
}

const CM = (name: string, extra = ''): string =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: shop\n${extra}`

interface Case {
  readonly name: string
  readonly files: Record<string, string>
  readonly options?: ValidationOptions
  readonly expect: readonly string[]
}

const CASES: readonly Case[] = [
  {
    name: 'a file named .wh.* is an error naming it',
    files: { 'app.yaml': CM('a'), '.wh.app.yaml': CM('b') },
    expect: ['CSO3001 error .wh.app.yaml:0'],
  },
  {
    name: 'a directory named .wh.* is an error naming it',
    files: { 'a.yaml': CM('a'), '.wh.old/b.yaml': CM('b') },
    expect: ['CSO3001 error .wh.old:0'],
  },
  {
    name: 'an opaque whiteout is an error',
    files: { 'a.yaml': CM('a'), 'sub/.wh..wh..opq': 'x' },
    expect: ['CSO3001 error sub/.wh..wh..opq:0'],
  },
  {
    name: 'a name with a backslash is a Flux warning',
    files: { 'a.yaml': CM('a'), 'notes\\x.txt': 'x' },
    expect: ['CSO3002 warning notes\\x.txt:0'],
  },
  {
    name: 'a component ending in .. is a Flux warning',
    files: { 'a.yaml': CM('a'), 'weird../b.txt': 'x' },
    expect: ['CSO3002 warning weird..:0'],
  },
  { name: '.wh in the middle of a name is fine', files: { 'a.wh.yaml': CM('a') }, expect: [] },
  {
    name: 'invalid UTF-8 is KNV2001 at the line of the bad byte',
    files: { 'a.yaml': CM('a', 'data:\n  k: "caf\u00e9"\n') },
    expect: ['KNV2001 error a.yaml:8'],
  },
  {
    name: 'a quoted-label problem is only KNV1054',
    files: { 'a.yaml': CM('a', '  labels:\n    version: 1.0\n') },
    expect: ['KNV1054 error a.yaml:7'],
  },
  {
    name: 'a bad Namespace name is only KNV1055',
    files: { 'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: Shop_Front\n' },
    expect: ['KNV1055 error ns.yaml:4'],
  },
  {
    name: 'an unsupported Config Sync kind is only KNV1043',
    files: {
      'sync.yaml':
        'apiVersion: configmanagement.gke.io/v1\nkind: Sync\nmetadata:\n  name: deployments\nspec:\n  group: apps\n',
    },
    expect: ['KNV1043 error sync.yaml:2'],
  },
  {
    name: 'an unknown kind is only KNV1021, with the closest built-in kind',
    files: { 'd.yaml': 'apiVersion: apps/v1\nkind: Deploymnet\nmetadata:\n  name: web\n  namespace: shop\n' },
    expect: ['KNV1021 warning d.yaml:2'],
  },
  {
    name: 'an unknown kind gets no schema warning even when a read error stops the pipeline',
    files: {
      'w.yaml': 'apiVersion: acme.com/v1\nkind: Widget\nmetadata:\n  name: w\n  namespace: shop\n',
      'bad.yaml': 'a: [\n',
    },
    expect: ['KNV2001 error bad.yaml:1'],
  },
  {
    name: 'RootSync, RepoSync and Config Sync kinds get no "no schema" warning',
    files: {
      'rs.yaml':
        'apiVersion: configsync.gke.io/v1beta1\nkind: RepoSync\nmetadata:\n  name: repo-sync\n  namespace: shop\nspec:\n  sourceType: oci\n  sourceFormat: unstructured\n  oci:\n    image: ghcr.io/acme/shop:v1\n    auth: none\n',
      'sel.yaml':
        'apiVersion: configmanagement.gke.io/v1\nkind: NamespaceSelector\nmetadata:\n  name: sel\nspec:\n  selector:\n    matchLabels:\n      env: prod\n',
      'rg.yaml':
        'apiVersion: kpt.dev/v1alpha1\nkind: ResourceGroup\nmetadata:\n  name: rg\n  namespace: shop\n',
    },
    expect: [],
  },
  {
    name: 'a misspelled RootSync field is an unknown field',
    files: {
      'rs.yaml':
        'apiVersion: configsync.gke.io/v1beta1\nkind: RootSync\nmetadata:\n  name: other\n  namespace: config-management-system\nspec:\n  sourceType: oci\n  oci:\n    imgae: ghcr.io/acme/shop:v1\n    image: ghcr.io/acme/shop:v1\n    auth: none\n',
    },
    expect: ['CSO2001 error rs.yaml:9'],
  },
]

for (const c of CASES) {
  test(c.name, async () => {
    const dir = await tree(c.files)
    // The invalid-UTF-8 case replaces "é" (C3 A9) with a lone continuation byte.
    if (c.name.startsWith('invalid UTF-8'))
      await writeFile(
        join(dir, 'a.yaml'),
        Buffer.from(CM('a', 'data:\n  x: "1"\n  k: "caf\xa9"\n'), 'latin1'),
      )
    assert.deepEqual((await findingsOf(dir, c.options)).map(where), c.expect)
  })
}

test('the Flux and whiteout findings say why and what to do', async () => {
  const findings = await findingsOf(await tree({ 'app.yaml': CM('a'), '.wh.app.yaml': CM('b'), 'x..': 'x' }))
  assert.deepEqual(
    findings.map((f) => f.message),
    [
      'the file name starts with ".wh.", which OCI reserves for whiteouts: Config Sync\'s extraction silently drops it and hides "app.yaml". Rename it, or add it to .configsyncignore.',
      'the path has a path component ending in ".." ("x.."): Config Sync and Argo CD extract it, but Flux refuses the whole artifact. Rename it if Flux will read this artifact.',
    ],
  )
})

test('KNV1021 says in one line what is missing, and suggests the built-in kind', async () => {
  const [finding] = await findingsOf(
    await tree({
      'd.yaml': 'apiVersion: apps/v1\nkind: Deploymnet\nmetadata:\n  name: web\n  namespace: shop\n',
    }),
  )
  assert.equal(
    finding?.message,
    'no CustomResourceDefinition for "Deploymnet.apps" in the source and not a built-in type: its scope is unknown offline (did you mean Deployment?)',
  )
})

test('more files than oci-sync can hold open is one warning with the number', async () => {
  const files: Record<string, string> = {}
  for (let i = 0; i < 1001; i++) files[`f${String(i).padStart(4, '0')}.txt`] = 'x'
  files['a.yaml'] = CM('a')
  const findings = await findingsOf(await tree(files))
  assert.deepEqual(findings.map(where), ['CSO3003 warning .:0'])
  assert.match(
    findings[0]!.message,
    /^the artifact holds 1002 files: oci-sync keeps one file descriptor open per file/,
  )
  delete files['f0000.txt']
  delete files['f0001.txt']
  assert.deepEqual((await findingsOf(await tree(files))).map(where), [])
})

test('the KNV1021 advice is said once, under the count of the text report', async () => {
  const { renderFindingsText, UNKNOWN_SCOPE_ADVICE } = await import('../../src/report/text-report.ts')
  const w = (name: string): string =>
    `apiVersion: acme.com/v1\nkind: Widget\nmetadata:\n  name: ${name}\n  namespace: shop\n`
  const text = renderFindingsText(await findingsOf(await tree({ 'a.yaml': w('a'), 'b.yaml': w('b') })))
  assert.equal(text.split(UNKNOWN_SCOPE_ADVICE).length - 1, 1)
  assert.match(text, /0 errors, 2 warnings\nKNV1021: Config Sync looks such kinds up/)
})
