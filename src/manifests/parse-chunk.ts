/**
 * Reading and parsing a run of manifest files, shared by the in-process path
 * and the parse workers (./parse-worker.ts), and the message a worker sends
 * back for one run (a chunk).
 *
 * A chunk's objects travel as JSON text: JSON.parse of the main thread's
 * share measured 3–6× cheaper than deserializing the same objects from a
 * structured clone, and the main thread is where that time counts. Values
 * JSON cannot carry exactly (NaN, ±Infinity and -0 from `.nan`, `.inf`,
 * `-0`; objects shared through YAML aliases) make their file travel as a
 * structured clone instead.
 */
import { readFileSync } from 'node:fs'
import { errorFinding, type Finding } from './finding.ts'
import { MAX_MANIFEST_BYTES, oversizedFinding, parseManifestFile, parsePlain, withLocators, type ParsedFile, type PlainParse } from './parse.ts'

/** One manifest file to read: its path in the tree, where to read it, its size from the walk. */
export interface FileJob {
  readonly path: string
  readonly absPath: string
  readonly size: number
}

/** What a worker sends for one chunk of files: their texts, and their plain parses as JSON or clones. */
export interface ChunkMessage {
  readonly chunk: number
  /** Each file's text, for the locators; undefined when it was not read. */
  readonly texts: (string | undefined)[]
  /** JSON of (PlainParse | 0)[]: 0 where the file's parse is in `cloned` instead. */
  readonly json: string
  /** By index in the chunk: parses JSON would not carry exactly. */
  readonly cloned: Record<number, PlainParse>
}

/** The text of a file, or the KNV2001 finding that replaces its parse; never reads what would be rejected anyway. */
export function readManifest(job: FileJob): { text: string } | { finding: Finding } {
  if (job.size > MAX_MANIFEST_BYTES) return { finding: oversizedFinding(job.path, job.size) }
  try {
    return { text: readFileSync(job.absPath, 'utf8') }
  } catch (error) {
    return { finding: errorFinding('KNV2001', job.path, 0, `cannot read file: ${(error as Error).message}`) }
  }
}

/** Reads and parses one file in this thread. */
export function readAndParseFile(job: FileJob): ParsedFile {
  const read = readManifest(job)
  return 'finding' in read ? { objects: [], findings: [read.finding] } : parseManifestFile(job.path, read.text)
}

/** Reads and parses jobs (chunk number `chunk`) into the message a worker posts. */
export function parseChunkForTransfer(jobs: readonly FileJob[], chunk: number): ChunkMessage {
  const texts: (string | undefined)[] = []
  const plains: (PlainParse | 0)[] = []
  const cloned: Record<number, PlainParse> = {}
  for (const job of jobs) {
    const read = readManifest(job)
    const text = 'text' in read ? read.text : undefined
    const plain = text === undefined ? { objects: [], findings: [(read as { finding: Finding }).finding], docs: [] } : parsePlain(job.path, text)
    texts.push(text)
    // An `&` may open an anchor, whose aliases share objects that JSON would copy.
    if ((text === undefined || !text.includes('&')) && plain.objects.every((o) => isJsonExact(o.object))) {
      plains.push(plain)
    } else {
      cloned[plains.length] = plain
      plains.push(0)
    }
  }
  return { chunk, texts, json: JSON.stringify(plains), cloned }
}

/** The ParsedFiles of a worker's chunk message, for the files jobs it was about. */
export function parsedFromMessage(jobs: readonly FileJob[], message: ChunkMessage): ParsedFile[] {
  const plains = JSON.parse(message.json) as (PlainParse | 0)[]
  return jobs.map((job, i) => {
    const plain = plains[i] === 0 ? message.cloned[i] : plains[i]
    if (plain === undefined) throw new Error(`parse worker sent no result for ${job.path}`)
    return withLocators(job.path, message.texts[i] ?? '', plain)
  })
}

/** True when JSON.parse(JSON.stringify(value)) equals value: only finite numbers other than -0, no undefined. */
function isJsonExact(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0)
    case 'object':
      if (value === null) return true
      if (Array.isArray(value)) return value.every(isJsonExact)
      for (const key in value) if (!isJsonExact((value as Record<string, unknown>)[key])) return false
      return true
    default:
      return false
  }
}
