/**
 * Reads one manifest file the way Config Sync's reader does
 * (pkg/importer/reader; ../shared/CONFIG-SYNC.md §5): documents split on a
 * newline followed by `---`, empty and comment-only documents skipped, JSON as
 * exactly one object, Lists flattened, local-config objects dropped. YAML is
 * decoded with go-yaml v2 scalar rules (./yaml-schema.ts).
 *
 * Speed: ./fast-yaml.ts decodes the plain block YAML most manifests are
 * written in, js-yaml the rest (≈10× faster than `yaml`); `yaml` is only used
 * for positions (lazily) and to bound alias expansion in documents that
 * declare anchors.
 */
import { isUtf8 } from 'node:buffer'
import { load, type YAMLException } from 'js-yaml'
import { parseDocument } from 'yaml'
import { errorFinding, type Finding } from './finding.ts'
import {
  countLines,
  cutAtEndMarker,
  firstContentLine,
  splitDocuments,
  type RawDocument,
} from './documents.ts'
import { createLocator, type DocumentLocator, type ObjectPath } from './locate.ts'
import { fastLoad } from './fast-yaml.ts'
import { GO_YAML_V2_SCHEMA } from './yaml-schema.ts'

/** Files larger than this are reported (KNV2001) and never parsed. */
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024

/** The extensions Config Sync reads, matched case-sensitively. */
export const MANIFEST_EXTENSIONS: readonly string[] = ['.yaml', '.yml', '.json']

/** One Kubernetes object read from a file, with the means to point at its fields. */
export interface ManifestObject {
  /** Path relative to the source directory, forward slashes. */
  readonly file: string
  /** 1-based line where the document (or List item) starts. */
  readonly line: number
  readonly object: Readonly<Record<string, unknown>>
  /** 1-based line of the key/value at path inside this object (e.g. ['spec','replicas'] or ['spec','containers',0,'image']), falling back to the nearest existing ancestor, then to `line`. Computed lazily. */
  locate(path: readonly (string | number)[]): number
}

/** What parsing one file produced: its objects and its read errors (KNV2001). */
export interface ParsedFile {
  objects: ManifestObject[]
  findings: Finding[]
}

const KNV2001 = 'KNV2001'
// go-yaml v2 rejects documents whose aliases expand too much; `yaml` counts them without expanding.
const MAX_ALIAS_COUNT = 100
const LOCAL_CONFIG_ANNOTATION = 'config.kubernetes.io/local-config'
const IGNORED_SEGMENTS: ReadonlySet<string> = new Set(['.git', '.github', '.gitlab', '.gitlab-ci.yml'])
// `&` opening an anchor: after whitespace or a flow indicator, before a name
// character. Conservative: `&x` inside a quoted string also matches.
const ANCHOR = /(?:^|[\s[{,])&[^\s[\]{},]/

/** True for a path Config Sync would read: .yaml/.yml/.json, not under .git/.github/.gitlab, not .gitlab-ci.yml. */
export function isManifestPath(path: string): boolean {
  if (!MANIFEST_EXTENSIONS.some((ext) => path.endsWith(ext))) return false
  // Every ignored segment contains ".git"; most paths can skip the split.
  return !path.includes('.git') || !path.split('/').some((segment) => IGNORED_SEGMENTS.has(segment))
}

/** The KNV2001 finding for a file too large to read. */
export function oversizedFinding(file: string, bytes: number): Finding {
  return errorFinding(
    KNV2001,
    file,
    0,
    `file is ${bytes} bytes, over the ${MAX_MANIFEST_BYTES}-byte (16 MiB) limit for one manifest file; it was not parsed`,
  )
}

/**
 * KNV2001 for bytes that are not UTF-8, at the line of the first bad byte, or
 * undefined when they are: go-yaml refuses such a file, while a UTF-8 decode
 * would turn the bytes into U+FFFD and read on. Callers that decode with
 * 'utf8' only need to look when the text holds a U+FFFD.
 */
export function invalidUtf8Finding(file: string, bytes: Uint8Array): Finding | undefined {
  if (isUtf8(bytes)) return undefined
  const offset = firstInvalidUtf8(bytes)
  let line = 1
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++
  return errorFinding(
    KNV2001,
    file,
    line,
    `yaml: invalid UTF-8 at byte ${offset} (line ${line}): Config Sync's reader refuses a manifest that is not UTF-8. Save the file as UTF-8.`,
  )
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (RFC 3629: no overlongs, surrogates or values past U+10FFFF). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
    if (length === 0) return i
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      if (
        k === 1 &&
        ((b === 0xe0 && c < 0xa0) ||
          (b === 0xed && c > 0x9f) ||
          (b === 0xf0 && c < 0x90) ||
          (b === 0xf4 && c > 0x8f))
      )
        return i
    }
    i += length
  }
  return bytes.length
}

/** Parses one file's text into objects (and KNV2001 findings), as Config Sync would. */
export function parseManifestFile(file: string, text: string): ParsedFile {
  // A UTF-16 code unit is at most 3 UTF-8 bytes, so short texts skip the byte count.
  if (text.length * 3 > MAX_MANIFEST_BYTES) {
    const bytes = Buffer.byteLength(text)
    if (bytes > MAX_MANIFEST_BYTES) return { objects: [], findings: [oversizedFinding(file, bytes)] }
  }
  const out: ParsedFile = { objects: [], findings: [] }
  if (file.endsWith('.json')) parseJson(file, text, out)
  else for (const doc of splitDocuments(text)) parseYamlDocument(file, doc, out)
  return out
}

function parseYamlDocument(file: string, raw: RawDocument, out: ParsedFile): void {
  const text = cutAtEndMarker(raw.text)
  const contentIndex = firstContentLine(text)
  if (contentIndex === -1) return
  const line = raw.firstLine + contentIndex
  const decoded = decodeYaml(text, raw.firstLine)
  if ('error' in decoded) {
    out.findings.push(errorFinding(KNV2001, file, decoded.line, decoded.error))
    return
  }
  const locator = createLocator(text, raw.firstLine, 'yaml')
  addDocument({ file, locator, out }, decoded.value, line)
}

type Decoded = { value: unknown } | { error: string; line: number }

function decodeYaml(text: string, firstLine: number): Decoded {
  // Most manifests are plain block YAML, which the fast path decodes exactly as js-yaml would.
  const fast = fastLoad(text)
  let value: unknown = fast?.value
  if (fast === undefined) {
    try {
      value = load(text, { schema: GO_YAML_V2_SCHEMA })
    } catch (error) {
      return yamlError(error, text, firstLine)
    }
  }
  if (!text.includes('&') || !ANCHOR.test(text)) return { value }
  return checkAliases(text, firstLine, value)
}

function yamlError(error: unknown, text: string, firstLine: number): Decoded {
  const e = error as Partial<YAMLException>
  // js-yaml reports an error at end of input one line past a missing final newline.
  const lastLine = firstLine + countLines(text, 0, text.length) - (text.endsWith('\n') ? 1 : 0)
  const line = Math.min(firstLine + (e.mark?.line ?? 0), lastLine)
  let reason = e.reason ?? (error instanceof Error ? error.message : String(error))
  if (reason === 'duplicated mapping key' && e.mark !== undefined) {
    const key = /^[^:\n]*/.exec(text.slice(e.mark.position))?.[0].trim() ?? ''
    reason = `mapping key ${key} already defined`
  }
  return { error: `yaml: line ${line}: ${reason}`, line }
}

/** js-yaml shares aliased nodes and has no limit; `yaml` counts expansions without doing them. */
function checkAliases(text: string, firstLine: number, value: unknown): Decoded {
  const doc = parseDocument(text, { version: '1.1', uniqueKeys: false, prettyErrors: false })
  const [parseError] = doc.errors
  if (parseError !== undefined) {
    // Without yaml's view of the aliases the document cannot be shown to be safe to walk.
    return { error: `yaml: ${parseError.message}`, line: firstLine + lineAt(text, parseError.pos[0]) - 1 }
  }
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error) {
    if (error instanceof ReferenceError && /excessive alias count/i.test(error.message)) {
      return {
        error: `yaml: document contains excessive aliasing (more than ${MAX_ALIAS_COUNT} alias expansions), as in a "billion laughs" attack; it was not expanded`,
        line: firstLine,
      }
    }
    // Anything else is yaml's opinion of a document js-yaml already decoded.
  }
  if (containsItself(value, new Set())) {
    return {
      error: 'yaml: an anchor value contains itself (an alias refers to one of its own ancestors)',
      line: firstLine,
    }
  }
  return { value }
}

/** True if an alias points at one of its ancestors: go-yaml rejects such a document. */
function containsItself(value: unknown, ancestors: Set<object>): boolean {
  if (typeof value !== 'object' || value === null) return false
  if (ancestors.has(value)) return true
  ancestors.add(value)
  const children = Array.isArray(value) ? value : Object.values(value)
  const found = children.some((child) => containsItself(child, ancestors))
  ancestors.delete(value)
  return found
}

function parseJson(file: string, text: string, out: ParsedFile): void {
  // encoding/json rejects an empty input, but Config Sync skips empty JSON files as kubectl does.
  if (text.length === 0) return
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const position = /position (\d+)/.exec(message)?.[1]
    const line = position === undefined ? 1 : lineAt(text, Number(position))
    out.findings.push(
      errorFinding(
        KNV2001,
        file,
        line,
        `json: line ${line}: ${message.replace(/ \(line \d+ column \d+\)$/, '')}`,
      ),
    )
    return
  }
  const line = lineAt(text, text.search(/\S/))
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const found = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`
    out.findings.push(
      errorFinding(KNV2001, file, line, `a JSON manifest must hold exactly one object, found ${found}`),
    )
    return
  }
  addDocument({ file, locator: createLocator(text, 1, 'json'), out }, value, line)
}

function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

interface DocumentScope {
  readonly file: string
  readonly locator: DocumentLocator
  readonly out: ParsedFile
}

/** A decoded document: must be a mapping with a kind; then dropped, flattened or kept. */
function addDocument(scope: DocumentScope, value: unknown, line: number): void {
  if (!isMapping(value)) {
    const found = Array.isArray(value) ? 'a sequence' : value === null ? 'null' : `a ${typeof value}`
    scope.out.findings.push(
      errorFinding(
        KNV2001,
        scope.file,
        line,
        `a document must be a mapping (a Kubernetes object), found ${found}`,
      ),
    )
    return
  }
  const kind = value['kind']
  if (typeof kind !== 'string' || kind === '') {
    // The universal deserializer fails before Config Sync looks at the object.
    scope.out.findings.push(
      errorFinding(KNV2001, scope.file, line, `Object 'Kind' is missing in '${preview(value)}'`),
    )
    return
  }
  addObject(scope, value, line, [])
}

function addObject(
  scope: DocumentScope,
  value: Record<string, unknown>,
  line: number,
  path: ObjectPath,
): void {
  if (isLocalConfig(value)) return
  const items = value['items']
  if (!Array.isArray(items)) {
    scope.out.objects.push(manifestObject(scope, value, line, path))
    return
  }
  // Any object with an `items` array is a List (List, RoleList, nested Lists alike).
  items.forEach((item: unknown, index) => {
    const itemPath = [...path, 'items', index]
    const itemLine = scope.locator.lineOf(itemPath) ?? line
    if (isMapping(item)) addObject(scope, item, itemLine, itemPath)
    else
      scope.out.findings.push(
        errorFinding(KNV2001, scope.file, itemLine, `items[${index}] of a List must be an object`),
      )
  })
}

function manifestObject(
  scope: DocumentScope,
  object: Record<string, unknown>,
  line: number,
  prefix: ObjectPath,
): ManifestObject {
  const { file, locator } = scope
  return {
    file,
    line,
    object,
    locate: (path) => locator.lineOf(prefix.length === 0 ? path : [...prefix, ...path]) ?? line,
  }
}

/** Config Sync drops objects annotated local-config with any value but "false". */
function isLocalConfig(object: Record<string, unknown>): boolean {
  const metadata = object['metadata']
  if (!isMapping(metadata)) return false
  const annotations = metadata['annotations']
  if (!isMapping(annotations) || !(LOCAL_CONFIG_ANNOTATION in annotations)) return false
  // GetAnnotations() yields nothing when any value is not a string (KNV1054 reports that).
  if (!Object.values(annotations).every((v) => typeof v === 'string')) return false
  return annotations[LOCAL_CONFIG_ANNOTATION] !== 'false'
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function preview(value: unknown): string {
  const json = JSON.stringify(value)
  return json.length > 120 ? `${json.slice(0, 117)}...` : json
}
