import { structuredPatch } from 'diff'
import { isManifestPath, parseManifestFile } from '../manifests/parse.ts'
import type { ArtifactFile, LayerContent } from './layer-files.ts'
import {
  canonicalYaml,
  formatObjectId,
  isSecret,
  objectIdKey,
  objectIdOf,
  redactSecretPair,
  stableJson,
  type ObjectId,
} from './object-yaml.ts'

/**
 * The object-level diff of two artifacts: pure, over contents already read
 * (loaders in artifact-loader.ts). Objects are matched by group, kind,
 * namespace and name, so moving an object to another file is no change.
 */

/** One side of a diff: what it is and what it holds. */
export interface DiffSide {
  /** How the user named it (reference, oci-layout:…, directory). */
  readonly label: string
  /** Manifest digest, for stored artifacts. */
  readonly digest?: string
  /** Compressed layer bytes. */
  readonly layerSize: number
  readonly content: LayerContent
}

/** An object found on one side. */
export interface ObjectEntry {
  readonly id: ObjectId
  /** 'apps/Deployment shop/web' */
  readonly label: string
  readonly file: string
}

/** An object on both sides whose YAML differs. */
export interface ObjectChange extends ObjectEntry {
  readonly oldFile: string
  /** Unified diff of the canonical YAML (Secret values redacted). */
  readonly patch: string
  readonly linesAdded: number
  readonly linesRemoved: number
}

/** Summary of one side, for headers and JSON. */
export interface SideSummary {
  readonly label: string
  readonly digest?: string
  readonly diffId: string
  readonly layerSize: number
  readonly tarSize: number
  readonly files: number
  readonly objects: number
}

/** Files (any kind) added, removed or changed in content or exec bit. */
export interface FileChanges {
  readonly added: readonly string[]
  readonly removed: readonly string[]
  readonly modified: readonly string[]
}

/** The whole diff. */
export interface ArtifactDiff {
  readonly old: SideSummary
  readonly new: SideSummary
  readonly added: readonly ObjectEntry[]
  readonly removed: readonly ObjectEntry[]
  readonly changed: readonly ObjectChange[]
  readonly files: FileChanges
  /** True when both hold the same files with the same content and modes. */
  readonly identical: boolean
}

interface Located {
  readonly entry: ObjectEntry
  readonly object: Readonly<Record<string, unknown>>
}

const CONTEXT_LINES = 3

/** Compares two artifacts object by object, and file by file for everything else. */
export function diffArtifacts(oldSide: DiffSide, newSide: DiffSide): ArtifactDiff {
  const before = objectsOf(oldSide.content.files)
  const after = objectsOf(newSide.content.files)
  const added: ObjectEntry[] = []
  const removed: ObjectEntry[] = []
  const changed: ObjectChange[] = []
  for (const [key, next] of after) {
    const previous = before.get(key)
    if (previous === undefined) added.push(next.entry)
    else if (
      !sameFileBytes(previous.entry.file, next.entry.file, oldSide.content.files, newSide.content.files)
    ) {
      const change = compareObject(previous, next)
      if (change !== undefined) changed.push(change)
    }
  }
  for (const [key, previous] of before) if (!after.has(key)) removed.push(previous.entry)
  const files = fileChanges(oldSide.content.files, newSide.content.files)
  const identical = files.added.length === 0 && files.removed.length === 0 && files.modified.length === 0
  return {
    old: summarize(oldSide, before.size),
    new: summarize(newSide, after.size),
    added: sortEntries(added),
    removed: sortEntries(removed),
    changed: sortEntries(changed),
    files,
    identical,
  }
}

/** The objects of every manifest file, by identity; a second object with the same identity gets '#2'. */
function objectsOf(files: ReadonlyMap<string, ArtifactFile>): Map<string, Located> {
  const found = new Map<string, Located>()
  for (const [path, file] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!isManifestPath(path)) continue
    for (const parsed of parseManifestFile(path, file.content.toString('utf8')).objects) {
      const id = objectIdOf(parsed.object)
      let key = objectIdKey(id)
      for (let n = 2; found.has(key); n++) key = `${objectIdKey(id)}#${n}`
      const suffix = key.includes('#') ? ` ${key.slice(key.indexOf('#'))}` : ''
      found.set(key, {
        entry: { id, label: `${formatObjectId(id)}${suffix}`, file: path },
        object: parsed.object,
      })
    }
  }
  return found
}

function compareObject(previous: Located, next: Located): ObjectChange | undefined {
  // Most objects are unchanged: a key-sorted JSON comparison is ~20× cheaper than printing YAML.
  if (stableJson(previous.object) === stableJson(next.object)) return undefined
  const [a, b] = isSecret(next.entry.id)
    ? redactSecretPair(previous.object, next.object)
    : [previous.object, next.object]
  const oldYaml = canonicalYaml(a)
  const newYaml = canonicalYaml(b)
  if (oldYaml === newYaml) return undefined
  const label = next.entry.label
  const patch = structuredPatch(
    `a/${label}`,
    `b/${label}`,
    oldYaml,
    newYaml,
    previous.entry.file,
    next.entry.file,
    { context: CONTEXT_LINES },
  )
  const lines = [
    `--- ${patch.oldFileName}\t(${patch.oldHeader ?? ''})`,
    `+++ ${patch.newFileName}\t(${patch.newHeader ?? ''})`,
  ]
  let linesAdded = 0
  let linesRemoved = 0
  for (const hunk of patch.hunks) {
    lines.push(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`, ...hunk.lines)
    linesAdded += hunk.lines.filter((l) => l.startsWith('+')).length
    linesRemoved += hunk.lines.filter((l) => l.startsWith('-')).length
  }
  return {
    ...next.entry,
    oldFile: previous.entry.file,
    patch: `${lines.join('\n')}\n`,
    linesAdded,
    linesRemoved,
  }
}

/** An object read from a file with the same path and bytes on both sides cannot have changed. */
function sameFileBytes(
  oldPath: string,
  newPath: string,
  before: ReadonlyMap<string, ArtifactFile>,
  after: ReadonlyMap<string, ArtifactFile>,
): boolean {
  const a = before.get(oldPath)
  const b = after.get(newPath)
  return oldPath === newPath && a !== undefined && b !== undefined && a.content.equals(b.content)
}

function fileChanges(
  before: ReadonlyMap<string, ArtifactFile>,
  after: ReadonlyMap<string, ArtifactFile>,
): FileChanges {
  const added = [...after.keys()].filter((path) => !before.has(path)).sort()
  const removed = [...before.keys()].filter((path) => !after.has(path)).sort()
  const modified = [...after.keys()]
    .filter((path) => {
      const old = before.get(path)
      const next = after.get(path)!
      return old !== undefined && (old.executable !== next.executable || !old.content.equals(next.content))
    })
    .sort()
  return { added, removed, modified }
}

function summarize(side: DiffSide, objects: number): SideSummary {
  return {
    label: side.label,
    ...(side.digest === undefined ? {} : { digest: side.digest }),
    diffId: side.content.diffId,
    layerSize: side.layerSize,
    tarSize: side.content.tarSize,
    files: side.content.files.size,
    objects,
  }
}

function sortEntries<T extends ObjectEntry>(entries: T[]): T[] {
  return entries.sort((a, b) => {
    const ka = objectIdKey(a.id)
    const kb = objectIdKey(b.id)
    return ka < kb ? -1 : ka > kb ? 1 : a.label < b.label ? -1 : a.label > b.label ? 1 : 0
  })
}
