/**
 * The Repo object of a hierarchy repo (pkg/validate/raw/validate/repo_validator.go;
 * CONFIG-SYNC.md §4.6): exactly one (KNV1017 none, KNV2012 several) with
 * `spec.version` 1.0.0 or 0.1.0 (KNV1027).
 */
import { GROUPS, isKind, type DeclaredObject } from '../declared-object.ts'
import { errorFinding, type Finding } from '../finding.ts'
import { describeType, fieldAt } from './object-fields.ts'
import type { SetRule } from './types.ts'

const ALLOWED_VERSIONS: ReadonlySet<string> = new Set(['1.0.0', '0.1.0'])

/** KNV1017, KNV2012, KNV1027 (and KNV1006 for a version that is not a string). */
export const repoObject: SetRule = {
  name: 'repo-object',
  scope: 'set',
  check: (ctx) => {
    const repos = ctx.objects.filter((o) => isKind(o, GROUPS.configManagement, 'Repo'))
    if (repos.length === 0) {
      // With a file that failed to read, the Repo may be in it.
      return ctx.readFailed
        ? []
        : [errorFinding('KNV1017', 'system/', 0, 'The system/ directory must declare a Repo Resource.')]
    }
    if (repos.length > 1) return multipleSingletons(repos)
    return checkVersion(repos[0]!)
  },
}

/** KNV2012 at each of several objects that must be unique. */
export function multipleSingletons(objects: readonly DeclaredObject[]): Finding[] {
  const first = objects[0]!
  const gk = first.group === '' ? first.kind : `${first.kind}.${first.group}`
  return objects.map((o) =>
    errorFinding(
      'KNV2012',
      o.source.file,
      o.source.line,
      `Unsupported number of ${gk} resource found: ${objects.length}, want: 1.`,
    ),
  )
}

function checkVersion(repo: DeclaredObject): Finding[] {
  const version = fieldAt(repo.source.object, ['spec', 'version'])
  const path = ['spec', 'version']
  if (version !== undefined && version !== null && typeof version !== 'string') {
    const message = `The following config could not be parsed as a ${repo.apiVersion}, Kind=Repo: spec.version must be a string, found ${describeType(version)}`
    return [errorFinding('KNV1006', repo.source.file, repo.source.locate(path), message)]
  }
  const text = typeof version === 'string' ? version : ''
  if (ALLOWED_VERSIONS.has(text)) return []
  return [
    errorFinding(
      'KNV1027',
      repo.source.file,
      repo.source.locate(path),
      `Unsupported Repo spec.version: "${text}". Must use version "1.0.0"`,
    ),
  ]
}
