import { parseAllDocuments, type Document } from 'yaml'
import { WriteBackError } from '../../errors.ts'
import { documentChunks } from './document-chunks.ts'
import { applySites, type EditSite } from './edit-site.ts'
import { locateMarkers } from './locate-marker.ts'
import { locateSyncImages, type Located } from './locate-sync.ts'
import { lineAt } from './source-text.ts'
import type { EditTarget } from './target.ts'

/** One changed line, for logs, the job summary and the pull-request body. */
export interface LineChange {
  /** 1-based line number in the edited file. */
  readonly line: number
  /** The line before the edit ('' for an inserted line). */
  readonly before: string
  readonly after: string
  /** The value that was there (undefined when the key was inserted). */
  readonly from: string | undefined
  readonly what: string
}

/** The outcome of editing one file's text. */
export interface YamlEdit {
  /** The new text: the old text with only the value ranges replaced. */
  readonly text: string
  /** Every matching site, changed or not. */
  readonly matches: number
  /** The lines that change (empty when every site already holds the value). */
  readonly changes: readonly LineChange[]
  /** What was found that did not match, for "not found" messages. */
  readonly seen: readonly string[]
  readonly warnings: readonly string[]
}

/**
 * Sets the target's image to `image` in one YAML file's text without
 * re-serializing anything: the `yaml` parser gives each scalar's source
 * range, and only those characters are replaced (or one line inserted when
 * spec.oci has no image key). The result is parsed again to prove it holds
 * the new value at every site and is still valid YAML.
 */
export function editYaml(text: string, target: EditTarget, image: string, file: string): YamlEdit {
  const located = locate(text, target, image, file)
  const pending = located.sites.filter((site) => site.current !== image)
  const edited = applySites(text, pending)
  if (pending.length > 0) verify(edited, target, image, file, located.sites.length)
  return {
    text: edited,
    matches: located.sites.length,
    changes: describeChanges(text, pending),
    seen: located.seen,
    warnings: located.warnings,
  }
}

/** True when the text may hold the target at all; a cheap filter before parsing a file. */
export function mayContainTarget(text: string | Buffer, target: EditTarget): boolean {
  // Any sync kind, not just the target's: the others are listed when the target is not found.
  return target.type === 'marker'
    ? text.includes('configsync-oci:')
    : text.includes('RootSync') || text.includes('RepoSync')
}

/** Every site in the file: only the documents that may hold the target are parsed. */
function locate(text: string, target: EditTarget, image: string, file: string): Located {
  const located: Located = { sites: [], seen: [], warnings: [] }
  for (const chunk of documentChunks(text)) {
    if (!mayContainTarget(chunk.text, target)) continue
    const docs = parseDocuments(chunk.text, file, chunk.lineBase)
    const part =
      target.type === 'marker'
        ? locateMarkers(chunk.text, docs, target, image, chunk.lineBase)
        : locateSyncImages(chunk.text, docs, target, image, chunk.lineBase)
    located.sites.push(
      ...part.sites.map((site) => ({
        ...site,
        start: site.start + chunk.base,
        end: site.end + chunk.base,
        what: `${file}: ${site.what}`,
      })),
    )
    located.seen.push(...part.seen)
    located.warnings.push(...part.warnings.map((warning) => `${file}: ${warning}`))
  }
  return located
}

function parseDocuments(text: string, file: string, lineBase: number): Document[] {
  const parsed = parseAllDocuments(text, { prettyErrors: false })
  const docs = Array.isArray(parsed) ? parsed : []
  const error = docs.flatMap((doc) => doc.errors)[0]
  if (error !== undefined) {
    const line = lineAt(text, error.pos[0]).number + lineBase
    throw new WriteBackError(`${file}:${line} is not valid YAML (${error.code}); it is left alone`, {
      cause: error,
    })
  }
  return docs
}

function verify(edited: string, target: EditTarget, image: string, file: string, expected: number): void {
  let again: Located
  try {
    again = locate(edited, target, image, file)
  } catch (cause) {
    throw new WriteBackError(`${file}: the edit would break the file; it is left alone`, { cause })
  }
  if (again.sites.length !== expected || again.sites.some((site) => site.current !== image)) {
    throw new WriteBackError(
      `${file}: after the edit the value does not read back as ${image}; the file is left alone`,
    )
  }
}

function describeChanges(text: string, sites: readonly EditSite[]): LineChange[] {
  let shift = 0
  return [...sites]
    .sort((a, b) => a.start - b.start)
    .map((site) => {
      const first = lineAt(text, site.start)
      const last = lineAt(text, Math.max(site.start, site.end))
      const before = text.slice(first.start, last.end)
      const offset = site.start - first.start
      const after = before.slice(0, offset) + site.replacement + before.slice(offset + site.end - site.start)
      const inserted = site.current === undefined
      const change = {
        line: first.number + shift,
        before: inserted ? '' : before,
        after: inserted ? after.replace(/\r?\n[\s\S]*$/, '') : after,
        from: site.current,
        what: site.what,
      }
      if (inserted) shift++
      return change
    })
}
