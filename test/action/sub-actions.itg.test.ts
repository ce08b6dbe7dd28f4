import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { after, describe, it } from 'node:test'
import { parse } from 'yaml'
import { entrySource, renderSubActionFiles } from '../../scripts/generate-actions.ts'
import { SUB_ACTIONS } from '../../src/action/sub-actions.ts'
import { MODES } from '../../src/action/modes.ts'
import { runSubAction } from '../harness/action-runner.ts'
import { makeTempDir, removeDir, writeTree } from '../harness/tmp.ts'

const ROOT = join(import.meta.dirname, '../..')
const DIST = process.env['CONFIGSYNC_OCI_DIST'] ?? join(ROOT, 'dist')
const temps: string[] = []
after(async () => {
  for (const dir of temps) await removeDir(dir)
})

interface ActionYaml {
  inputs: Record<string, { required?: boolean; default?: string }>
  outputs: Record<string, unknown>
  runs: { using: string; main: string }
}

async function actionYaml(folder: string): Promise<ActionYaml> {
  return parse(await readFile(join(ROOT, folder, 'action.yml'), 'utf8')) as ActionYaml
}

describe('the sub-actions are generated from one definition', () => {
  it('every FOLDER/action.yml and FOLDER/README.md is what scripts/generate-actions.ts writes (node scripts/generate-actions.ts --write)', async () => {
    for (const [path, text] of await renderSubActionFiles())
      assert.equal(await readFile(join(ROOT, path), 'utf8'), text, path)
  })

  it('each runs a mode the action has, with inputs and outputs of the root action.yml, through an entry of the one dist/', async () => {
    const root = await actionYaml('.')
    assert.ok(SUB_ACTIONS.length >= 5)
    for (const sub of SUB_ACTIONS) {
      assert.ok(sub.mode in MODES, `${sub.folder}: mode ${sub.mode}`)
      const action = await actionYaml(sub.folder)
      assert.deepEqual(action.runs, { using: 'node24', main: `../dist/actions/${sub.folder}.js` })
      assert.equal(dirname(resolve(ROOT, sub.folder, action.runs.main)), join(ROOT, 'dist/actions'))
      for (const name of Object.keys(action.inputs))
        assert.deepEqual(
          action.inputs[name],
          root.inputs[name],
          `${sub.folder}: input ${name} as in action.yml`,
        )
      for (const name of Object.keys(action.outputs))
        assert.deepEqual(action.outputs[name], root.outputs[name], `${sub.folder}: output ${name}`)
      assert.ok(!('mode' in action.inputs), `${sub.folder} has no mode input`)
      assert.equal(
        await readFile(join(ROOT, 'dist/actions', `${sub.folder}.js`), 'utf8'),
        entrySource(sub, root),
      )
    }
  })

  it('the folder names are the ones the README and the docs promise', () => {
    assert.deepEqual(
      SUB_ACTIONS.map((s) => s.folder).filter((f) => existsSync(join(ROOT, f, 'action.yml'))),
      SUB_ACTIONS.map((s) => s.folder),
    )
  })
})

describe('the sub-actions run the bundle in their mode', () => {
  it('validate: the findings of a valid directory, with nothing pushed and no image', async () => {
    const workspace = await makeTempDir('sub-validate')
    temps.push(workspace)
    await writeTree(workspace, {
      'config/ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n',
    })
    const run = await runSubAction('validate', { workspace, sha: 'a'.repeat(40), inputs: { dir: 'config' } })
    assert.equal(run.code, 0, run.stdout + run.stderr)
    assert.deepEqual(
      [run.outputs['findings'], run.outputs['errors'], run.outputs['warnings']],
      ['0', '0', '0'],
    )
    assert.equal(run.outputs['digest'], undefined)
  })

  it('validate: an error is an annotation at file:line and fails the step', async () => {
    const workspace = await makeTempDir('sub-validate-bad')
    temps.push(workspace)
    await writeTree(workspace, {
      'config/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n  namespace: shop\n',
    })
    const run = await runSubAction('validate', { workspace, sha: 'a'.repeat(40), inputs: { dir: 'config' } })
    assert.equal(run.code, 1)
    assert.match(run.stdout, /::error title=KNV1036,file=config\/cm\.yaml,line=4::/)
    assert.equal(run.outputs['errors'], '1')
  })

  it('publish: pushes to an OCI layout with the commit SHA tag and sets the digest outputs', async () => {
    const workspace = await makeTempDir('sub-publish')
    temps.push(workspace)
    await writeTree(workspace, {
      'config/ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n',
    })
    const sha = 'b'.repeat(40)
    const run = await runSubAction('publish', {
      workspace,
      sha,
      inputs: { dir: 'config', image: 'oci-layout:out:v1' },
    })
    assert.equal(run.code, 0, run.stdout + run.stderr)
    assert.match(run.outputs['digest'] ?? '', /^sha256:[0-9a-f]{64}$/)
    assert.deepEqual(run.outputs['tags']?.split('\n'), [sha, 'v1'])
    const index = JSON.parse(await readFile(join(workspace, 'out/index.json'), 'utf8')) as {
      manifests: { digest: string }[]
    }
    assert.ok(index.manifests.every((m) => m.digest === run.outputs['digest']))
  })

  it('a mode input that contradicts the sub-action is refused before anything runs', async () => {
    const workspace = await makeTempDir('sub-mode')
    temps.push(workspace)
    await writeTree(workspace, {
      'config/ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n',
    })
    const run = await runSubAction('validate', {
      workspace,
      sha: 'c'.repeat(40),
      inputs: { dir: 'config', mode: 'publish', image: 'oci-layout:out' },
    })
    assert.equal(run.code, 1)
    assert.match(
      run.stdout,
      /::error::configsync-oci\/validate: this sub-action runs mode validate-only; remove the input mode \(it is publish\)/,
    )
    assert.equal(existsSync(join(workspace, 'out')), false)
  })
})
