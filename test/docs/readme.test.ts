import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'node:test'
import { parse } from 'yaml'
import { ALL_INPUT_NAMES } from '../../src/action/input-names.ts'
import { OUTPUT } from '../../src/action/github/action-report.ts'
import { renderReadme } from '../../scripts/docs-tables.ts'

const ROOT = join(import.meta.dirname, '../..')

test('the README tables match action.yml (regenerate with node scripts/docs-tables.ts --write)', async () => {
  assert.equal(await readFile(join(ROOT, 'README.md'), 'utf8'), await renderReadme())
})

test('action.yml declares exactly the inputs and outputs the code reads and sets, with defaults', async () => {
  const action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { required?: boolean; default?: string }>
    outputs: Record<string, unknown>
    runs: { using: string; main: string }
  }
  assert.deepEqual(Object.keys(action.inputs).sort(), [...ALL_INPUT_NAMES].sort())
  assert.deepEqual(Object.keys(action.outputs).sort(), Object.values(OUTPUT).sort())
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (spec.required !== true)
      assert.notEqual(spec.default, undefined, `optional input ${name} has a default`)
    assert.match(name, /^[a-z]+(-[a-z]+)*$/, `${name} is kebab-case`)
  }
  assert.deepEqual(action.runs, { using: 'node24', main: 'dist/index.js' })
})

test('the README starts with the two commands', async () => {
  const head = (await readFile(join(ROOT, 'README.md'), 'utf8')).split('\n').slice(0, 15).join('\n')
  assert.match(head, /npm ci && npm run demo/)
  assert.match(head, /\.\/scripts\/test\.sh/)
})
