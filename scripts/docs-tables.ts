/**
 * The README's inputs and outputs tables, generated from action.yml so they
 * cannot drift: `node scripts/docs-tables.ts --write` rewrites them between
 * the markers; the docs test fails when the README differs.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'
import { renderSubActionTable } from './generate-actions.ts'

interface ActionYaml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
}

const ROOT = join(import.meta.dirname, '..')

/** Markdown of both tables, from action.yml. */
export async function renderTables(): Promise<{ inputs: string; outputs: string }> {
  const action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as ActionYaml
  const inputs = [
    '| Name | Required | Default | Description |',
    '| --- | --- | --- | --- |',
    ...Object.entries(action.inputs).map(([name, spec]) => {
      const fallback = spec.default === undefined ? '' : spec.default === '' ? "`''`" : `\`${spec.default}\``
      return `| \`${name}\` | ${spec.required === true ? 'yes' : 'no'} | ${fallback} | ${oneLine(spec.description)} |`
    }),
  ].join('\n')
  const outputs = [
    '| Name | Description |',
    '| --- | --- |',
    ...Object.entries(action.outputs).map(([name, spec]) => `| \`${name}\` | ${oneLine(spec.description)} |`),
  ].join('\n')
  return { inputs, outputs }
}

function oneLine(text: string): string {
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

if (process.argv.includes('--write')) {
  await writeFile(join(ROOT, 'README.md'), await renderReadme())
}
