import { isAlias, isMap, isScalar, type Document, type YAMLMap } from 'yaml'
import { WriteBackError } from '../../errors.ts'
import { scalarSite, stringValue, type EditSite } from './edit-site.ts'
import { renderPlain } from './scalar-style.ts'
import { dominantEol, lineAt } from './source-text.ts'
import { SYNC_KINDS, type EditTarget } from './target.ts'

/** Config Sync's API group; a RootSync of another group is someone else's kind. */
const CONFIG_SYNC_GROUP = 'configsync.gke.io/'

type ObjectTarget = Extract<EditTarget, { type: 'object' }>

/** The sites found in one file, plus what else was seen there (for "not found" messages). */
export interface Located {
  readonly sites: EditSite[]
  readonly seen: string[]
  readonly warnings: string[]
}

/**
 * The `spec.oci.image` of every RootSync/RepoSync in `docs` that matches
 * the target by kind, name and namespace. A document without
 * `metadata.namespace` matches any namespace: kustomize or `kubectl -n`
 * usually sets it when the file is applied. `text` may be a slice of the
 * file that starts at line `lineBase` + 1 (for the line numbers in messages).
 */
export function locateSyncImages(
  text: string,
  docs: readonly Document[],
  target: ObjectTarget,
  image: string,
  lineBase = 0,
): Located {
  const located: Located = { sites: [], seen: [], warnings: [] }
  for (const doc of docs) {
    const root = doc.contents
    if (!isMap(root)) continue
    const kind = stringValue(root.get('kind', true))
    if (
      !SYNC_KINDS.some((k) => k === kind) ||
      !stringValue(root.get('apiVersion', true))?.startsWith(CONFIG_SYNC_GROUP)
    )
      continue
    const metadata = root.get('metadata', true)
    const name = isMap(metadata) ? stringValue(metadata.get('name', true)) : undefined
    const namespace = isMap(metadata) ? stringValue(metadata.get('namespace', true)) : undefined
    const line = lineAt(text, root.range?.[0] ?? 0).number + lineBase
    located.seen.push(`${kind} ${namespace ?? '(no namespace)'}/${name ?? '(no name)'} (line ${line})`)
    if (
      kind !== target.kind ||
      name !== target.name ||
      (namespace !== undefined && namespace !== target.namespace)
    )
      continue
    const what = `${kind} ${target.namespace}/${target.name} spec.oci.image (line ${line})`
    located.sites.push(imageSite(text, root, image, what))
    const spec: unknown = root.get('spec', true)
    const sourceType = isMap(spec) ? stringValue(spec.get('sourceType', true)) : undefined
    if (sourceType !== 'oci')
      located.warnings.push(
        `${what}: spec.sourceType is ${sourceType ?? 'not set (git)'}, not oci; Config Sync ignores spec.oci until it is oci`,
      )
  }
  return located
}

function imageSite(text: string, root: YAMLMap, image: string, what: string): EditSite {
  const spec = root.get('spec', true)
  const oci = isMap(spec) ? spec.get('oci', true) : undefined
  if (isAlias(spec) || isAlias(oci)) {
    throw new WriteBackError(`${what}: spec or spec.oci is an alias (*name); the image is left alone`, {
      hint: 'edit the anchored node, or put a marker on the scalar and use target: marker',
    })
  }
  if (!isMap(oci) || oci.items.length === 0) {
    throw new WriteBackError(`${what}: the object has no spec.oci mapping to set the image in`, {
      hint: 'add spec.sourceType: oci and spec.oci with image, dir and auth (see the README), then write back',
    })
  }
  const pair = oci.items.find((item) => isScalar(item.key) && item.key.value === 'image')
  if (pair !== undefined) return scalarSite(text, pair.value, image, what)
  return insertionSite(text, oci, image, what)
}

/**
 * A missing `image` key becomes one new line before the first key of
 * spec.oci, with that key's indentation and the file's line break.
 */
function insertionSite(text: string, oci: YAMLMap, image: string, what: string): EditSite {
  const firstKey = oci.items[0]?.key
  const keyStart = isScalar(firstKey) ? firstKey.range?.[0] : undefined
  if (oci.flow || keyStart === undefined) {
    throw new WriteBackError(`${what}: spec.oci has no image key and is not a block mapping to add one to`, {
      hint: 'add image: REPO@sha256:… to spec.oci by hand once; later runs update it in place',
    })
  }
  const line = lineAt(text, keyStart)
  const indent = text.slice(line.start, keyStart)
  if (!/^[ ]*$/.test(indent)) {
    throw new WriteBackError(`${what}: spec.oci has no image key and its first key does not start a line`, {
      hint: 'add image: REPO@sha256:… to spec.oci by hand once; later runs update it in place',
    })
  }
  const eol = line.eol === '' ? dominantEol(text) : line.eol
  return {
    start: line.start,
    end: line.start,
    replacement: `${indent}image: ${renderPlain(image, what)}${eol}`,
    current: undefined,
    what,
  }
}
