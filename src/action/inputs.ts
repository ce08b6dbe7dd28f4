import { isAbsolute, relative, resolve, sep } from 'node:path'
import { parseAnnotations } from '../artifact/annotations.ts'
import { InputError } from '../errors.ts'
import type { Credentials } from '../registry/auth.ts'
import type { ActionInputs } from '../settings/sections.ts'

/** Reads one raw input value ('' when unset); the action passes core.getInput. */
export type InputReader = (name: string) => string

/** Input name → field, in one table so logic never spells an input name. */
export const INPUT = {
  mode: 'mode',
  dir: 'dir',
  image: 'image',
  tags: 'tags',
  annotations: 'annotations',
  ignore: 'ignore',
  username: 'username',
  password: 'password',
  insecure: 'insecure',
  caFile: 'ca-file',
} as const

/**
 * Reads and validates every input. `mask` is called with each secret the
 * moment it is read, before anything could print it.
 */
export function readInputs(
  read: InputReader,
  mask: (secret: string) => void,
  workspace: string,
): ActionInputs {
  const password = read(INPUT.password)
  if (password !== '') mask(password)
  const username = read(INPUT.username).trim()
  const image = read(INPUT.image).trim()
  const dir = read(INPUT.dir).trim()
  if (dir === '')
    throw new InputError(`input "${INPUT.dir}" is empty`, {
      hint: 'give a directory, e.g. dir: config/ (the default is .)',
    })
  const caFile = read(INPUT.caFile).trim()
  return {
    mode: read(INPUT.mode).trim() || 'publish',
    dir: insideWorkspace(resolve(workspace, dir), dir, workspace),
    image,
    tags: list(read(INPUT.tags)),
    annotations: parseAnnotations(lines(read(INPUT.annotations)), INPUT.annotations),
    ignore: lines(read(INPUT.ignore)),
    insecure: parseBoolean(read(INPUT.insecure), INPUT.insecure),
    ...(caFile === '' ? {} : { caFile: resolve(workspace, caFile) }),
    ...credentials(username, password),
  }
}

/**
 * The `image` input, for the modes that push: it may be empty for the others
 * (validate-only), so each pushing mode asks for it before it does anything.
 */
export function requireImage(inputs: ActionInputs): string {
  if (inputs.image === '') {
    throw new InputError(`input "${INPUT.image}" is required for mode "${inputs.mode}"`, {
      hint: 'e.g. image: us-docker.pkg.dev/my-project/config/app, or oci-layout:./layout for a local OCI layout (mode: validate-only needs no image)',
    })
  }
  return inputs.image
}

function credentials(username: string, password: string): { credentials?: Credentials } {
  if (username === '' && password === '') return {}
  if (username === '' || password === '') {
    throw new InputError(
      `inputs "${INPUT.username}" and "${INPUT.password}" go together: one of them is empty`,
      {
        hint: 'set both, or neither for an anonymous push',
      },
    )
  }
  return { credentials: { username, password, source: `the ${INPUT.username}/${INPUT.password} inputs` } }
}

/** Lines of a multiline input, trimmed, without blanks. */
export function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/** A list input: one item per line or comma-separated, as docker/metadata-action accepts. */
export function list(value: string): string[] {
  return lines(value).flatMap((line) =>
    line
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  )
}

/** YAML 1.2 core booleans, as core.getBooleanInput; an empty value is false. */
export function parseBoolean(value: string, name: string): boolean {
  const text = value.trim()
  if (['true', 'True', 'TRUE'].includes(text)) return true
  if (['false', 'False', 'FALSE', ''].includes(text)) return false
  throw new InputError(`input "${name}" is "${text}", expected true or false`, { hint: `e.g. ${name}: true` })
}

/** The action packs only what the workflow checked out: a dir that leaves GITHUB_WORKSPACE is refused (symlinks out already are). */
function insideWorkspace(resolved: string, given: string, workspace: string): string {
  const rel = relative(resolve(workspace), resolved)
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new InputError(
      `input "${INPUT.dir}" is ${JSON.stringify(given)}, which is outside the workspace ${workspace}`,
      {
        hint: 'give a directory inside the checked-out repository (GITHUB_WORKSPACE), e.g. dir: config/',
      },
    )
  }
  return resolved
}
