/**
 * The README's inputs and outputs tables, generated from action.yml so they
 * cannot drift: `node scripts/docs-tables.ts --write` rewrites them between
 * the markers; the docs test fails when the README differs.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'
import { SUB_ACTIONS } from '../src/action/sub-actions.ts'

interface ActionYaml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
}

const ROOT = join(import.meta.dirname, '..')

/** Markdown of both tables, from action.yml. */
export async function renderTables(): Promise<{ inputs: string; outputs: string }> {
  const action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as ActionYaml
  return {
    inputs: inputsTable(Object.entries(action.inputs)),
    outputs: outputsTable(Object.entries(action.outputs)),
  }
}

/** An inputs table (name, required, default, description) of the given action.yml inputs, in that order. */
export function inputsTable(inputs: readonly (readonly [string, ActionYaml['inputs'][string]])[]): string {
  return [
    '| Name | Required | Default | Description |',
    '| --- | --- | --- | --- |',
    ...inputs.map(([name, spec]) => {
      const fallback = spec.default === undefined ? '' : spec.default === '' ? "`''`" : `\`${spec.default}\``
      return `| \`${name}\` | ${spec.required === true ? 'yes' : 'no'} | ${fallback} | ${oneLine(spec.description)} |`
    }),
  ].join('\n')
}

/** An outputs table (name, description) of the given action.yml outputs, in that order. */
export function outputsTable(outputs: readonly (readonly [string, ActionYaml['outputs'][string]])[]): string {
  return [
    '| Name | Description |',
    '| --- | --- |',
    ...outputs.map(([name, spec]) => `| \`${name}\` | ${oneLine(spec.description)} |`),
  ].join('\n')
}

/** The README's sub-actions table (between the sub-actions markers). */
export function renderSubActionTable(): string {
  return [
    '| Sub-action | Mode | What it does |',
    '| --- | --- | --- |',
    ...SUB_ACTIONS.map(
      (action) =>
        `| [\`acme/configsync-oci/${action.folder}@v0\`](${action.folder}/README.md) | \`${action.mode}\` | ${oneLine(action.description)} |`,
    ),
  ].join('\n')
}

/** Text for one table cell: whitespace folded, pipes escaped. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')
}

/** The README with both tables replaced. */
export async function renderReadme(): Promise<string> {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8')
  const tables = await renderTables()
  return replaceBetween(
    replaceBetween(replaceBetween(readme, 'inputs', tables.inputs), 'outputs', tables.outputs),
    'sub-actions',
    renderSubActionTable(),
  )
}

function replaceBetween(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} … ${end} markers`)
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`
}

if (import.meta.main && process.argv.includes('--write')) {
  await writeFile(join(ROOT, 'README.md'), await renderReadme())
}
