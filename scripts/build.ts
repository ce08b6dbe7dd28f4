/**
 * Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild.
 * ESM output needs a createRequire banner: bundled CommonJS dependencies
 * call require() for node built-ins (TOOLCHAIN-NOTES.md §3, gotcha 2).
 * The output is byte-identical from run to run; CI rebuilds and diffs it.
 */
import { build, type Metafile } from 'esbuild'
import { BUILD_OPTIONS } from './build-options.ts'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { existsSync } from 'node:fs'
import { SUB_ACTIONS } from '../src/action/sub-actions.ts'
import { entrySource, readRootAction } from './generate-actions.ts'

/** OUTDIR lets an engineer build a private copy for e2e tests while others build dist/. */
const OUTDIR = process.env['OUTDIR'] ?? 'dist'

await rm(OUTDIR, { recursive: true, force: true })
const result = await build({ ...BUILD_OPTIONS, outdir: OUTDIR })
await writeFile(join(OUTDIR, 'licenses.txt'), await licenses(result.metafile))
// The sub-actions' entries (FOLDER/action.yml runs ../dist/actions/FOLDER.js): fix the mode, run the shared bundle.
await mkdir(join(OUTDIR, 'actions'), { recursive: true })
const rootAction = await readRootAction()
for (const action of SUB_ACTIONS)
  await writeFile(join(OUTDIR, 'actions', `${action.folder}.js`), entrySource(action, rootAction))
console.log(`built ${(await readdir(OUTDIR)).join(', ')} in ${OUTDIR}`)

/** The license texts of every package that ends up in the bundle. */
async function licenses(metafile: Metafile): Promise<string> {
  const packages = new Set<string>()
  for (const input of Object.keys(metafile.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input.slice(input.lastIndexOf('node_modules/')))
    if (match?.[1])
      packages.add(input.slice(0, input.lastIndexOf('node_modules/')) + 'node_modules/' + match[1])
  }
  const sections: string[] = []
  for (const dir of [...packages].sort()) {
    const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as {
      name: string
      version: string
      license?: string
    }
    const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENCE']
      .map((f) => join(dir, f))
      .find((f) => existsSync(f))
    const text =
      file === undefined
        ? `(license: ${pkg.license ?? 'unknown'}, no license file shipped)`
        : (await readFile(file, 'utf8')).trim()
    sections.push(`${pkg.name}@${pkg.version} (${pkg.license ?? 'unknown'})\n\n${text}`)
  }
  return `${sections.join('\n\n' + '-'.repeat(72) + '\n\n')}\n`
}
