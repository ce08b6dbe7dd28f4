/**
 * Independent verification of pushed artifacts with real clients (skopeo
 * 1.9.3, umoci 0.4.7, GNU tar), so our OCI client is never checked only by
 * itself. Behaviours relied on: /work/shared/REGISTRY-TESTING.md §3.
 */
import { AssertionError } from 'node:assert'
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { lstat, mkdir, readdir, readFile, readlink } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { TestRegistry } from './registry.ts'
import { makeTempDir, removeDir } from './tmp.ts'

const execFileAsync = promisify(execFile)

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const OCI_IMAGE_CONFIG = 'application/vnd.oci.image.config.v1+json'
/** The only layer types umoci 0.4.7 unpacks. */
const UMOCI_LAYER_TYPES = new Set([
  'application/vnd.oci.image.layer.v1.tar',
  'application/vnd.oci.image.layer.v1.tar+gzip',
])
const DIGEST = /^sha256:[a-f0-9]{64}$/

interface Descriptor {
  mediaType: string
  digest: string
}

interface LayoutManifest {
  bytes: Buffer
  config: Descriptor
  layers: Descriptor[]
}

/** The manifest bytes exactly as the registry serves them (`skopeo inspect --raw`). */
export async function skopeoRawManifest(reg: TestRegistry, ref: string): Promise<Buffer> {
  return run('skopeo', ['inspect', '--raw', ...clientFlags(reg, ''), dockerRef(reg, ref)])
}

/** Parsed `skopeo inspect` output; works for image-config artifacts only. */
export async function skopeoInspect(reg: TestRegistry, ref: string): Promise<unknown> {
  return JSON.parse(
    (await run('skopeo', ['inspect', ...clientFlags(reg, ''), dockerRef(reg, ref)])).toString('utf8'),
  )
}

/** Tags of `repo` as `skopeo list-tags` reports them. */
export async function skopeoListTags(reg: TestRegistry, repo: string): Promise<string[]> {
  const out = await run('skopeo', ['list-tags', ...clientFlags(reg, ''), dockerRef(reg, repo)])
  const parsed = JSON.parse(out.toString('utf8')) as { Tags?: unknown }
  if (!Array.isArray(parsed.Tags))
    throw new Error(`skopeo list-tags: no Tags array in ${out.toString('utf8')}`)
  return parsed.Tags.map(String)
}

/** `skopeo copy --preserve-digests` into an OCI layout, so a silent conversion fails instead. */
export async function skopeoCopyToLayout(
  reg: TestRegistry,
  ref: string,
  layoutDir: string,
  tag: string,
): Promise<void> {
  await run('skopeo', [
    'copy',
    '--preserve-digests',
    ...clientFlags(reg, 'src-'),
    dockerRef(reg, ref),
    `oci:${layoutDir}:${tag}`,
  ])
}

/** `umoci raw unpack --rootless`: the layers applied as a rootfs at `outDir` (umoci also unpacks into an existing, even non-empty, dir: pass a fresh one). */
export async function umociUnpack(layoutDir: string, tag: string, outDir: string): Promise<void> {
  await run('umoci', ['raw', 'unpack', '--rootless', '--image', `${layoutDir}:${tag}`, outDir])
}

/** Extracts every layer blob of `tag` in order with plain tar, for any config or artifact type. */
export async function extractLayoutLayers(layoutDir: string, tag: string, outDir: string): Promise<void> {
  const manifest = await readLayoutManifest(layoutDir, tag)
  await mkdir(outDir, { recursive: true })
  for (const layer of manifest.layers) {
    // -p: keep the archived modes even if the umask would strip bits.
    const mode = /gzip/.test(layer.mediaType) ? '-xzpf' : '-xpf'
    await run('tar', [mode, blobPath(layoutDir, layer.digest), '-C', outDir])
  }
}

/** One entry of a scanned tree: kind, and for files the exec bit and a content hash. */
interface TreeNode {
  kind: 'dir' | 'file' | 'symlink' | 'other'
  executable: boolean
  size: number
  content: string
}

/**
 * Same files, dirs and symlinks, same bytes, same owner-executable bit
 * (mtimes, owners and other mode bits are ignored); throws an AssertionError
 * listing every difference.
 */
export async function assertTreesEqual(
  expectedDir: string,
  actualDir: string,
  options: { ignore?: (relPath: string) => boolean } = {},
): Promise<void> {
  const ignore = options.ignore ?? (() => false)
  const expected = await scanTree(expectedDir, ignore)
  const actual = await scanTree(actualDir, ignore)
  const problems: string[] = []
  for (const path of [...new Set([...expected.keys(), ...actual.keys()])].sort()) {
    const problem = compareNodes(path, expected.get(path), actual.get(path))
    if (problem !== undefined) problems.push(problem)
  }
  if (problems.length === 0) return
  const shown = problems.slice(0, 40).map((p) => `  ${p}`)
  if (problems.length > 40) shown.push(`  … and ${problems.length - 40} more`)
  throw new AssertionError({
    message: `trees differ (expected ${expectedDir}, actual ${actualDir}):\n${shown.join('\n')}`,
  })
}

function compareNodes(
  path: string,
  want: TreeNode | undefined,
  got: TreeNode | undefined,
): string | undefined {
  if (got === undefined) return `missing: ${path}`
  if (want === undefined) return `unexpected: ${path}`
  if (want.kind !== got.kind) return `${path}: expected a ${want.kind}, found a ${got.kind}`
  if (want.content !== got.content) {
    return want.kind === 'symlink'
      ? `${path}: symlink to ${want.content}, found ${got.content}`
      : `${path}: content differs (${want.size} bytes expected, ${got.size} found)`
  }
  if (want.kind === 'file' && want.executable !== got.executable) {
    return `${path}: expected ${want.executable ? '' : 'not '}executable`
  }
  return undefined
}

async function scanTree(root: string, ignore: (relPath: string) => boolean): Promise<Map<string, TreeNode>> {
  const nodes = new Map<string, TreeNode>()
  const walk = async (relDir: string): Promise<void> => {
    for (const name of await readdir(join(root, relDir))) {
      const relPath = relDir === '' ? name : `${relDir}/${name}`
      if (ignore(relPath)) continue
      const node = await readNode(join(root, relPath))
      nodes.set(relPath, node)
      if (node.kind === 'dir') await walk(relPath)
    }
  }
  await walk('')
  return nodes
}

async function readNode(path: string): Promise<TreeNode> {
  const stats = await lstat(path)
  const node: TreeNode = {
    kind: 'other',
    executable: (stats.mode & 0o100) !== 0,
    size: stats.size,
    content: '',
  }
  if (stats.isDirectory()) return { ...node, kind: 'dir' }
  if (stats.isSymbolicLink()) return { ...node, kind: 'symlink', content: await readlink(path) }
  if (!stats.isFile()) return node
  return {
    ...node,
    kind: 'file',
    content: createHash('sha256')
      .update(await readFile(path))
      .digest('hex'),
  }
}

/**
 * Copies `ref` to a temp OCI layout, checks the layout holds the registry's
 * manifest byte for byte, then compares the source tree with the layers
 * extracted by tar and, when the artifact is a runnable image, by umoci.
 */
export async function verifyPushedArtifact(
  reg: TestRegistry,
  ref: string,
  sourceDir: string,
  options: { ignore?: (relPath: string) => boolean } = {},
): Promise<{ manifest: unknown; layoutDir: string; unpackedWithUmoci: boolean }> {
  const tag = 'verify'
  const layoutDir = await makeTempDir('verify-layout')
  const work = await makeTempDir('verify-trees')
  try {
    await skopeoCopyToLayout(reg, ref, layoutDir, tag)
    const raw = await skopeoRawManifest(reg, ref)
    const local = await readLayoutManifest(layoutDir, tag)
    if (!raw.equals(local.bytes)) throw new Error(`skopeo copy changed the manifest of ${ref}`)
    await extractLayoutLayers(layoutDir, tag, join(work, 'tar'))
    await assertTreesEqual(sourceDir, join(work, 'tar'), options)
    const unpackedWithUmoci = await isUmociImage(layoutDir, local)
    if (unpackedWithUmoci) {
      await umociUnpack(layoutDir, tag, join(work, 'umoci'))
      await assertTreesEqual(sourceDir, join(work, 'umoci'), options)
    }
    return { manifest: JSON.parse(raw.toString('utf8')), layoutDir, unpackedWithUmoci }
  } catch (error) {
    await removeDir(layoutDir)
    throw error
  } finally {
    await removeDir(work)
  }
}

/**
 * umoci 0.4.7 rejects other config/layer types and `rootfs.type`, and panics
 * on empty `diff_ids`; a wrong `diff_ids` is still sent to it, to be caught.
 */
async function isUmociImage(layoutDir: string, manifest: LayoutManifest): Promise<boolean> {
  if (manifest.config.mediaType !== OCI_IMAGE_CONFIG) return false
  if (manifest.layers.length === 0 || !manifest.layers.every((l) => UMOCI_LAYER_TYPES.has(l.mediaType)))
    return false
  const config = JSON.parse(await readFile(blobPath(layoutDir, manifest.config.digest), 'utf8')) as unknown
  const rootfs = isRecord(config) ? config.rootfs : undefined
  return (
    isRecord(rootfs) &&
    rootfs.type === 'layers' &&
    Array.isArray(rootfs.diff_ids) &&
    rootfs.diff_ids.length > 0
  )
}

async function readLayoutManifest(layoutDir: string, tag: string): Promise<LayoutManifest> {
  const index = JSON.parse(await readFile(join(layoutDir, 'index.json'), 'utf8')) as unknown
  const entries = isRecord(index) && Array.isArray(index.manifests) ? index.manifests.filter(isRecord) : []
  const entry = entries.find(
    (m) => isRecord(m.annotations) && m.annotations['org.opencontainers.image.ref.name'] === tag,
  )
  const descriptor = toDescriptor(entry)
  if (descriptor?.mediaType !== OCI_MANIFEST)
    throw new Error(`no OCI manifest tagged ${tag} in ${layoutDir}/index.json`)
  const bytes = await readFile(blobPath(layoutDir, descriptor.digest))
  const manifest = JSON.parse(bytes.toString('utf8')) as unknown
  const config = isRecord(manifest) ? toDescriptor(manifest.config) : undefined
  const layers = isRecord(manifest) && Array.isArray(manifest.layers) ? manifest.layers.map(toDescriptor) : []
  if (config === undefined || layers.some((l) => l === undefined)) {
    throw new Error(`malformed manifest ${descriptor.digest} in ${layoutDir}`)
  }
  return { bytes, config, layers: layers.filter((l) => l !== undefined) }
}

function toDescriptor(value: unknown): Descriptor | undefined {
  if (!isRecord(value) || typeof value.mediaType !== 'string' || typeof value.digest !== 'string')
    return undefined
  return DIGEST.test(value.digest) ? { mediaType: value.mediaType, digest: value.digest } : undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function blobPath(layoutDir: string, digest: string): string {
  return join(layoutDir, 'blobs', 'sha256', digest.slice('sha256:'.length))
}

function dockerRef(reg: TestRegistry, ref: string): string {
  return `docker://${reg.hostPort}/${ref}`
}

/** skopeo flags for one side of a transfer: `prefix` is '' or 'src-'. */
function clientFlags(reg: TestRegistry, prefix: '' | 'src-'): string[] {
  const flags =
    reg.username === undefined
      ? [`--${prefix}no-creds`] // never fall back to the user's auth.json
      : [`--${prefix}creds`, `${reg.username}:${reg.password ?? ''}`]
  if (reg.certDir !== undefined) flags.push(`--${prefix}cert-dir`, reg.certDir)
  else if (reg.url.startsWith('http:')) flags.push(`--${prefix}tls-verify=false`)
  return flags
}

/**
 * execFile with explicit args. The error carries the command with any
 * credentials masked, and stderr; never execFile's own error, whose message
 * repeats the full command line (and so the password).
 */
async function run(file: string, args: string[]): Promise<Buffer> {
  try {
    const { stdout } = await execFileAsync(file, args, { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 })
    return stdout
  } catch (error) {
    const { code, stderr } = error as { code?: unknown; stderr?: Buffer | string }
    const shown = args.map((arg, i) =>
      /^--(src-|dest-)?creds$/.test(args[i - 1] ?? '') ? maskCreds(arg) : arg,
    )
    throw new Error(
      `${file} ${shown.join(' ')} failed (exit ${String(code)}): ${String(stderr ?? '').trim()}`,
    )
  }
}

function maskCreds(creds: string): string {
  const colon = creds.indexOf(':')
  return colon < 0 ? creds : `${creds.slice(0, colon)}:***`
}
