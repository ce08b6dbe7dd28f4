import { lstat, readdir, readFile, realpath, writeFile } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { ActionError, WriteBackError } from '../../errors.ts'
import { editYaml, mayContainTarget, type LineChange } from '../edit/edit-yaml.ts'
import { decodeExact } from '../edit/source-text.ts'
import { describeTarget, type EditTarget } from '../edit/target.ts'

/** The edit of one file of the checkout. */
export interface FileEdit {
  /** Path relative to the checkout, '/'-separated. */
  readonly file: string
  readonly matches: number
  /** Empty when the file already holds the image everywhere. */
  readonly changes: readonly LineChange[]
}

/** The edit of the whole checkout. */
export interface WorktreeEdit {
  /** Every file with a match, changed or not. */
  readonly files: readonly FileEdit[]
  readonly warnings: readonly string[]
}

/** Files bigger than this are not config (and not read). */
const MAX_FILE_BYTES = 8 * 1024 * 1024
const YAML_FILE = /\.ya?ml$/i

/**
 * Sets the target's image in the checkout at `root`: in the file `path`, or
 * in every .yaml/.yml file under the directory `path` (symlinks and .git are
 * skipped). Writes only the files that change. No match anywhere is an
 * error that lists what was found instead.
 */
export async function editWorktree(
  root: string,
  path: string,
  target: EditTarget,
  image: string,
): Promise<WorktreeEdit> {
  const start = await insideCheckout(root, path)
  const info = await lstat(start).catch(() => undefined)
  if (info === undefined)
    throw new WriteBackError(`config-repo-path "${path}" does not exist in the config repository`)
  if (info.isSymbolicLink())
    throw new WriteBackError(
      `config-repo-path "${path}" is a symbolic link; give the file or directory it points to`,
    )
  const single = info.isFile()
  const files = single ? [start] : await yamlFilesUnder(start)
  const edits: FileEdit[] = []
  const warnings: string[] = []
  const seen: string[] = []
  for (const file of files) {
    const name = relative(root, file).split(sep).join('/')
    const edit = await editFile(file, name, target, image, single).catch((error: unknown) => {
      if (single || !(error instanceof ActionError)) throw error
      warnings.push(`${error.message} (skipped)`)
      return undefined
    })
    if (edit === undefined) continue
    seen.push(...edit.seen.map((what) => `${name}: ${what}`))
    warnings.push(...edit.warnings)
    if (edit.matches > 0) edits.push({ file: name, matches: edit.matches, changes: edit.changes })
  }
  if (edits.length === 0) throw notFound(target, path, files.length, seen, warnings)
  return { files: edits, warnings }
}

async function editFile(file: string, name: string, target: EditTarget, image: string, single: boolean) {
  const bytes = await readFile(file)
  if (bytes.length > MAX_FILE_BYTES)
    throw new WriteBackError(`${name} is larger than ${MAX_FILE_BYTES} bytes`)
  if (!single && !mayContainTarget(bytes, target)) return { matches: 0, changes: [], seen: [], warnings: [] }
  const text = decodeExact(bytes, name)
  const edit = editYaml(text, target, image, name)
  if (edit.changes.length > 0) await writeFile(file, edit.text, 'utf8')
  return edit
}

async function insideCheckout(root: string, path: string): Promise<string> {
  const realRoot = await realpath(root)
  const target = resolve(realRoot, path === '' ? '.' : path)
  const real = await realpath(target).catch(() => target)
  if (real !== realRoot && !real.startsWith(realRoot + sep)) {
    throw new WriteBackError(`config-repo-path "${path}" leaves the config repository`, {
      hint: 'give a path relative to the repository root, e.g. clusters/prod/root-sync.yaml',
    })
  }
  return target
}

async function yamlFilesUnder(dir: string): Promise<string[]> {
  const found: string[] = []
  const entries = await readdir(dir, { withFileTypes: true })
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name)
    if (entry.isDirectory() && entry.name !== '.git') found.push(...(await yamlFilesUnder(path)))
    else if (entry.isFile() && YAML_FILE.test(entry.name)) found.push(path)
  }
  return found
}

function notFound(
  target: EditTarget,
  path: string,
  fileCount: number,
  seen: readonly string[],
  warnings: readonly string[],
): WriteBackError {
  const found = seen.length === 0 ? 'nothing of the kind' : seen.slice(0, 10).join('; ')
  const skipped = warnings.length === 0 ? '' : `; skipped: ${warnings.slice(0, 5).join('; ')}`
  return new WriteBackError(
    `no ${describeTarget(target)} in config-repo-path "${path}" (${fileCount} YAML files read); found ${found}${skipped}`,
    {
      hint: 'check target (KIND/NAMESPACE/NAME or marker[:NAME]) and config-repo-path',
    },
  )
}
