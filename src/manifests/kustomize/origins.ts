/**
 * Maps rendered objects back to the files they came from, through the
 * `config.kubernetes.io/origin` annotations kustomize writes with
 * `buildMetadata: [originAnnotations]`: a resource's own file (then the
 * object in it, so a finding gets the line of the field in the source), or
 * for generated objects the kustomization that configured the generator.
 */
import { readFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { load } from 'js-yaml'
import { createLocator } from '../locate.ts'
import { parseManifestFile, type ManifestObject } from '../parse.ts'

/** Where one rendered object came from, as kustomize records it. */
export interface Origin {
  readonly path?: string
  readonly repo?: string
  readonly configuredIn?: string
  readonly generator?: string
}

const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin'
// The kustomization field that holds each built-in generator's configuration.
const GENERATOR_FIELDS: Readonly<Record<string, string>> = {
  ConfigMapGenerator: 'configMapGenerator',
  SecretGenerator: 'secretGenerator',
  HelmChartInflationGenerator: 'helmCharts',
}

/** "apiVersion|kind|namespace|name": how a rendered object is matched across two renders. */
export function identityOf(object: Readonly<Record<string, unknown>>): string {
  const metadata = object['metadata']
  const meta = typeof metadata === 'object' && metadata !== null ? (metadata as Record<string, unknown>) : {}
  return [object['apiVersion'], object['kind'], meta['namespace'] ?? '', meta['name']].map(String).join('|')
}

/** The origin annotation of a rendered object, parsed; undefined when absent or unreadable. */
export function originOf(object: Readonly<Record<string, unknown>>): Origin | undefined {
  const metadata = object['metadata'] as Record<string, unknown> | undefined
  const annotations = metadata?.['annotations'] as Record<string, unknown> | undefined
  const text = annotations?.[ORIGIN_ANNOTATION]
  if (typeof text !== 'string') return undefined
  let parsed: unknown
  try {
    parsed = load(text)
  } catch {
    return undefined
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined
  const { path, repo, configuredIn, configuredBy } = parsed as Record<string, unknown>
  const generator =
    typeof configuredBy === 'object' && configuredBy !== null
      ? (configuredBy as Record<string, unknown>)['kind']
      : undefined
  return {
    ...(typeof path === 'string' ? { path } : {}),
    ...(typeof repo === 'string' ? { repo } : {}),
    ...(typeof configuredIn === 'string' ? { configuredIn } : {}),
    ...(typeof generator === 'string' ? { generator } : {}),
  }
}

/** Resolves origins (relative to the kustomization that traced them) to files of the source directory. */
export class SourceMapper {
  readonly #parsed = new Map<string, ManifestObject[]>()
  readonly #tracedFrom: string
  readonly #sourceDir: string
  readonly #fallback: string

  /** tracedFrom: the directory origin paths are relative to; fallback: the top kustomization file. */
  constructor(tracedFrom: string, sourceDir: string, fallback: string) {
    this.#tracedFrom = tracedFrom
    this.#sourceDir = sourceDir
    this.#fallback = fallback
  }

  /** The rendered object, placed at its source file and line when the origin allows, else at the kustomization. */
  place(rendered: Readonly<Record<string, unknown>>, origin: Origin | undefined): ManifestObject {
    if (origin === undefined || origin.repo !== undefined) return fixed(rendered, this.#fallback, 0)
    if (origin.path !== undefined) return this.#placeInFile(rendered, this.#sourcePath(origin.path))
    if (origin.configuredIn !== undefined) {
      const file = this.#sourcePath(origin.configuredIn)
      const field = origin.generator === undefined ? undefined : GENERATOR_FIELDS[origin.generator]
      return fixed(rendered, file, field === undefined ? 0 : (this.#lineOfKey(file, field) ?? 0))
    }
    return fixed(rendered, this.#fallback, 0)
  }

  /** Forward-slash path relative to the source directory ("../x" when outside it). */
  #sourcePath(originPath: string): string {
    return relative(this.#sourceDir, resolve(this.#tracedFrom, originPath)).split(sep).join('/')
  }

  #placeInFile(rendered: Readonly<Record<string, unknown>>, file: string): ManifestObject {
    const source = matchSource(this.#objectsOf(file), rendered)
    if (source === undefined) return fixed(rendered, file, 0)
    return { file, line: source.line, object: rendered, locate: (path) => source.locate(path) }
  }

  #objectsOf(file: string): ManifestObject[] {
    let objects = this.#parsed.get(file)
    if (objects === undefined) {
      const text = readText(join(this.#sourceDir, file))
      objects = text === undefined ? [] : parseManifestFile(file, text).objects
      this.#parsed.set(file, objects)
    }
    return objects
  }

  #lineOfKey(file: string, key: string): number | undefined {
    const text = readText(join(this.#sourceDir, file))
    return text === undefined ? undefined : createLocator(text, 1, 'yaml').lineOf([key])
  }
}

/** The source object a rendered one most likely came from: same kind, then same name, or a name kustomize prefixed or suffixed. */
function matchSource(
  candidates: readonly ManifestObject[],
  rendered: Readonly<Record<string, unknown>>,
): ManifestObject | undefined {
  const sameKind = candidates.filter((c) => c.object['kind'] === rendered['kind'])
  const name = nameOf(rendered)
  return (
    sameKind.find((c) => nameOf(c.object) === name) ??
    sameKind.find((c) => name.includes(nameOf(c.object))) ??
    (sameKind.length === 1 ? sameKind[0] : undefined)
  )
}

function nameOf(object: Readonly<Record<string, unknown>>): string {
  const metadata = object['metadata'] as Record<string, unknown> | undefined
  return typeof metadata?.['name'] === 'string' ? metadata['name'] : ''
}

function fixed(object: Readonly<Record<string, unknown>>, file: string, line: number): ManifestObject {
  return { file, line, object, locate: () => line }
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}
