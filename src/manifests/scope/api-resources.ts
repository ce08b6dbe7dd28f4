/**
 * `api-resources.txt` at the root of the source: the output of `kubectl
 * api-resources`, which nomos vet reads for the scopes of kinds it cannot
 * otherwise know (pkg/vet/api_resources.go). A missing APIVERSION column or a
 * NAMESPACED value other than true/false is KNV1064.
 */
import { errorFinding, type Finding } from '../finding.ts'
import type { ObjectScope } from './scope-types.ts'

/** The file's name, at the root of the validated directory. */
export const API_RESOURCES_FILE = 'api-resources.txt'

const RERUN = `Re-run "kubectl api-resources > ${API_RESOURCES_FILE}" in the root policy directory`

/** Scopes read from the file, or the first problem (nomos vet stops there too). */
export interface ApiResources {
  readonly scopes: ReadonlyMap<string, ObjectScope>
  readonly findings: Finding[]
}

/** Parses the text of api-resources.txt. */
export function parseApiResources(text: string, file = API_RESOURCES_FILE): ApiResources {
  const lines = text.split('\n')
  const column = (lines[0] ?? '').indexOf('APIVERSION')
  if (column === -1)
    return {
      scopes: new Map(),
      findings: [errorFinding('KNV1064', file, 1, `unable to find APIVERSION column. ${RERUN}`)],
    }
  const scopes = new Map<string, ObjectScope>()
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!
    if (line.length === 0) continue
    const problem = addLine(scopes, line, column)
    if (problem !== undefined)
      return {
        scopes,
        findings: [errorFinding('KNV1064', file, i + 1, `${problem} in line: ${line.trim()}. ${RERUN}`)],
      }
  }
  return { scopes, findings: [] }
}

function addLine(scopes: Map<string, ObjectScope>, line: string, column: number): string | undefined {
  const fields = line.slice(column).trim().split(/\s+/)
  if (line.length <= column || fields.length < 3) return 'expected APIVERSION, NAMESPACED and KIND columns'
  const kind = fields[fields.length - 1]!
  const namespaced = fields[fields.length - 2]!
  const groupVersion = fields[0]!.split('/')
  const group = groupVersion.length === 2 ? groupVersion[0]! : ''
  if (namespaced !== 'true' && namespaced !== 'false')
    return `invalid NAMESPACED column value "${namespaced}"`
  scopes.set(`${group}/${kind}`, namespaced === 'true' ? 'namespace' : 'cluster')
  return undefined
}
