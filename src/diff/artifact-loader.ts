import { stat, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { packLayer } from '../artifact/tar-layer.ts'
import type { Descriptor } from '../artifact/types.ts'
import { ActionError, InputError } from '../errors.ts'
import { collectSource } from '../manifests/collect.ts'
import { parseImageManifest, type ImageStore } from '../registry/image-store.ts'
import { OciLayoutStore } from '../registry/oci-layout-reader.ts'
import { openImageStore } from '../registry/open-image-store.ts'
import { OCI_LAYOUT_PREFIX } from '../registry/oci-layout-target.ts'
import type { TargetOptions } from '../registry/target-factory.ts'
import { MAX_LAYER_BYTES, readLayerFiles } from './layer-files.ts'
import type { DiffSide } from './object-diff.ts'

/**
 * Loads one side of a diff: a stored artifact (registry reference or OCI
 * layout) by reading its one layer in memory, or a directory by packing it
 * exactly as publish would (same exclusions, same layer) and reading that.
 */

/** Image configs are small; anything larger is not one of ours. */
const MAX_CONFIG_BYTES = 1 << 20

/** A reference that names nothing: exit code 2 in the CLI, never "differs". */
export class ArtifactNotFoundError extends ActionError {}

/** How to read the operands. */
export interface LoadOptions extends TargetOptions {
  /** Extra ignore patterns for directory operands. */
  readonly ignore?: readonly string[]
}

/** Loads OLD or NEW of `configsync-oci diff`: oci-layout:PATH[:TAG|@DIGEST], an existing directory, or a registry reference. */
export async function loadDiffOperand(
  operand: string,
  options: LoadOptions,
  name: string,
): Promise<DiffSide> {
  if (!operand.startsWith(OCI_LAYOUT_PREFIX) && (await isDirectory(operand)))
    return loadDirectorySide(operand, options.ignore ?? [])
  if (!operand.startsWith(OCI_LAYOUT_PREFIX) && looksLikePath(operand)) {
    const problem = (await pathExists(operand)) ? 'is not a directory' : 'does not exist'
    throw new InputError(`${name} directory "${operand}" ${problem}`, {
      hint: 'give an existing directory, an oci-layout:PATH[:TAG] or a REPOSITORY:TAG',
    })
  }
  const { store, reference } = openImageStore(operand, options, name)
  if (store instanceof OciLayoutStore && !(await pathExists(join(store.path, 'oci-layout')))) {
    store.close()
    const problem = (await isDirectory(store.path))
      ? `${store.path} is not an OCI layout (it has no oci-layout file)`
      : `the OCI layout ${store.path} does not exist`
    throw new ArtifactNotFoundError(`${name} "${operand}": ${problem}`, {
      hint: 'check the path; publish --image oci-layout:PATH:TAG writes a layout',
    })
  }
  try {
    if (reference === undefined && !operand.startsWith(OCI_LAYOUT_PREFIX)) {
      throw new ActionError(
        `${name} "${operand}" is neither a directory nor a reference with a tag or digest`,
        {
          hint: 'write REPOSITORY:TAG, REPOSITORY@sha256:…, oci-layout:PATH[:TAG] or a directory path (./dir)',
        },
      )
    }
    return await loadStoredSide(store, reference ?? '', operand)
  } finally {
    store.close()
  }
}

/** Reads the artifact under a tag or digest of a store. */
export async function loadStoredSide(store: ImageStore, reference: string, label: string): Promise<DiffSide> {
  const fetched = await store.getManifest(reference)
  if (fetched === undefined) {
    throw new ArtifactNotFoundError(`${label} was not found in ${store.describe()}`, {
      hint:
        store instanceof OciLayoutStore
          ? "check the tag or digest (the layout's index.json lists its tags)"
          : 'check the tag or digest (and that the credentials may pull it)',
    })
  }
  const manifest = parseImageManifest(fetched, label)
  const [layer, ...more] = manifest.layers
  if (layer === undefined || more.length > 0) {
    throw new ActionError(
      `${label} has ${manifest.layers.length} layers; a configsync-oci artifact has exactly one`,
    )
  }
  const bytes = await store.getBlob(layer.digest, MAX_LAYER_BYTES)
  if (bytes === undefined)
    throw new ArtifactNotFoundError(`${label}: its layer ${layer.digest} is missing from ${store.describe()}`)
  if (bytes.length !== layer.size)
    throw new ActionError(
      `${label}: its layer ${layer.digest} is ${bytes.length} bytes, but the manifest says ${layer.size}`,
    )
  const content = await readLayerFiles(bytes, label)
  await checkConfig(store, manifest.config, content.diffId, label)
  return { label, digest: manifest.digest, layerSize: layer.size, content }
}

/** The config blob exists, matches its digest (getBlob checks) and size, is JSON, and names the layer's diff_id. */
async function checkConfig(
  store: ImageStore,
  config: Descriptor,
  diffId: string,
  label: string,
): Promise<void> {
  const bytes = await store.getBlob(config.digest, MAX_CONFIG_BYTES)
  if (bytes === undefined)
    throw new ArtifactNotFoundError(
      `${label}: its config blob ${config.digest} is missing from ${store.describe()}`,
    )
  if (bytes.length !== config.size)
    throw new ActionError(
      `${label}: its config blob ${config.digest} is ${bytes.length} bytes, but the manifest says ${config.size}`,
    )
  let parsed: unknown
  try {
    parsed = JSON.parse(bytes.toString('utf8'))
  } catch (cause) {
    throw new ActionError(`${label}: its config blob ${config.digest} is not JSON`, { cause })
  }
  const ids = (parsed as { rootfs?: { diff_ids?: unknown } } | null)?.rootfs?.diff_ids
  if (Array.isArray(ids) && ids.length > 0 && !ids.includes(diffId)) {
    throw new ActionError(
      `${label}: its config blob ${config.digest} names diff_id ${String(ids[0])}, but the layer's uncompressed content is ${diffId}`,
    )
  }
}

/** Packs a directory into a temporary layer (publish's exclusions and .configsyncignore apply) and reads it. */
export async function loadDirectorySide(dir: string, ignore: readonly string[]): Promise<DiffSide> {
  const tree = await collectSource(resolve(dir), { ignore })
  const work = await mkdtemp(join(tmpdir(), 'configsync-oci-diff-'))
  try {
    const packed = await packLayer(tree, join(work, 'layer.tar.gz'))
    if (packed.size > MAX_LAYER_BYTES)
      throw new ActionError(
        `${dir} packs to ${packed.size} bytes, over the ${MAX_LAYER_BYTES}-byte diff limit`,
      )
    const content = await readLayerFiles(await readFile(packed.path), dir)
    return { label: dir, layerSize: packed.size, content }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/** `./x`, `../x`, `/x`, `~/x`, `.`, `..` or `x/`: meant as a directory, never as a registry reference. */
function looksLikePath(operand: string): boolean {
  return /^(\.{1,2}|~)?\//.test(operand) || operand === '.' || operand === '..' || operand.endsWith('/')
}

async function pathExists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() === true
}
