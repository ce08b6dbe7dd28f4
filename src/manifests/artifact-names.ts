/**
 * What the consumers' tar extraction would read wrongly (../shared/CONFIG-SYNC.md §0):
 * go-containerregistry's extraction, which Config Sync uses, treats a path
 * component starting with `.wh.` as an OCI whiteout and silently drops it and
 * the file it names (CSO3001, an error); Flux's untar refuses a whole artifact
 * with a backslash in a name or a component ending in `..` (CSO3002, a
 * warning: Config Sync reads both); oci-sync holds one descriptor per
 * extracted file open until the extraction ends (CSO3003, a warning).
 */
import type { SourceEntry } from './collect.ts'
import { errorFinding, SEVERITY, type Finding } from './finding.ts'

/** Our codes for names and sizes the consumers' extraction gets wrong. */
export const ARTIFACT_NAME_CODE = {
  whiteout: 'CSO3001',
  fluxUntar: 'CSO3002',
  openFiles: 'CSO3003',
} as const

/** oci-sync's usual open-file limit (`ulimit -n`), measured: 10,001 files failed under it. */
export const OPEN_FILE_LIMIT = 1024
/** Descriptors oci-sync needs besides the files (standard streams, the registry connection, its logs): warn this far below the limit. */
export const OPEN_FILE_RESERVE = 24

const WHITEOUT_PREFIX = '.wh.'
const OPAQUE_WHITEOUT = '.wh..wh..opq'

/** Every finding about the names and the number of the tree's entries, in tree order. */
export function checkArtifactNames(entries: readonly SourceEntry[]): Finding[] {
  const findings: Finding[] = []
  let files = 0
  for (const entry of entries) {
    if (entry.kind === 'file') files++
    const slash = entry.path.lastIndexOf('/')
    const name = entry.path.slice(slash + 1)
    if (name.startsWith(WHITEOUT_PREFIX)) findings.push(whiteout(entry, name, entry.path.slice(0, slash + 1)))
    if (entry.path.includes('\\')) findings.push(fluxRefuses(entry, 'contains a backslash'))
    else if (name.endsWith('..'))
      findings.push(fluxRefuses(entry, `has a path component ending in ".." ("${name}")`))
  }
  if (files > OPEN_FILE_LIMIT - OPEN_FILE_RESERVE) findings.push(tooManyFiles(files))
  return findings
}

function whiteout(entry: SourceEntry, name: string, parent: string): Finding {
  const what = entry.kind === 'dir' ? 'directory' : 'file'
  const hides =
    name === OPAQUE_WHITEOUT
      ? `hides everything else in ${parent === '' ? 'the artifact' : `"${parent}"`}`
      : `hides "${parent}${name.slice(WHITEOUT_PREFIX.length)}"${entry.kind === 'dir' ? ', and everything in it is dropped' : ''}`
  return errorFinding(
    ARTIFACT_NAME_CODE.whiteout,
    entry.path,
    0,
    `the ${what} name starts with ".wh.", which OCI reserves for whiteouts: Config Sync's extraction silently drops it and ${hides}. Rename it, or add it to .configsyncignore.`,
  )
}

function fluxRefuses(entry: SourceEntry, problem: string): Finding {
  return {
    code: ARTIFACT_NAME_CODE.fluxUntar,
    severity: SEVERITY.warning,
    file: entry.path,
    line: 0,
    message: `the path ${problem}: Config Sync and Argo CD extract it, but Flux refuses the whole artifact. Rename it if Flux will read this artifact.`,
  }
}

function tooManyFiles(files: number): Finding {
  return {
    code: ARTIFACT_NAME_CODE.openFiles,
    severity: SEVERITY.warning,
    file: '.',
    line: 0,
    message:
      `the artifact holds ${files} files: oci-sync keeps one file descriptor open per file until the extraction ends, and under the usual limit of ${OPEN_FILE_LIMIT} open files ` +
      `(a few taken by oci-sync itself) the pull can fail with "too many open files". Publish fewer files (a narrower dir, .configsyncignore), or merge manifests into fewer files.`,
  }
}
