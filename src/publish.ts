import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildImage, type SourceInfo } from './artifact/oci-image.ts'
import { packLayer, type PackedLayer } from './artifact/tar-layer.ts'
import type { PushedImage } from './artifact/types.ts'
import { ManifestValidationError } from './errors.ts'
import type { Logger } from './logger.ts'
import { collectSource } from './manifests/collect.ts'
import { hasErrors, SEVERITY, type Finding } from './manifests/finding.ts'
import { loadAndValidate } from './manifests/validate.ts'
import type { Credentials } from './registry/auth.ts'
import { resolveTags } from './registry/tags.ts'
import { createImageTarget } from './registry/target-factory.ts'

/** Everything one publish needs, already read and checked by the entry point. */
export interface PublishSettings {
  readonly dir: string
  readonly image: string
  readonly tags: readonly string[]
  readonly annotations: Readonly<Record<string, string>>
  readonly ignore: readonly string[]
  readonly source: SourceInfo
  readonly credentials?: Credentials
  readonly insecure: boolean
  readonly caFile?: string
}

/** What a publish produced, for outputs and the summary. */
export interface PublishResult {
  readonly pushed: PushedImage
  readonly target: string
  readonly layer: Omit<PackedLayer, 'path'>
  readonly manifestFiles: number
  readonly objectCount: number
  readonly findings: readonly Finding[]
}

/**
 * The composition root of the publish pipeline: collect → validate → pack →
 * build → push. Input problems (image, tags) surface before any file is read;
 * any error finding stops the run before anything is written or pushed.
 */
export async function publish(settings: PublishSettings, logger: Logger): Promise<PublishResult> {
  const destination = createImageTarget(settings.image, {
    logger,
    insecure: settings.insecure,
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
    ...(settings.caFile ? { caFile: settings.caFile } : {}),
  })
  const tags = resolveTags({
    ...(settings.source.revision ? { revision: settings.source.revision } : {}),
    ...(destination.tag ? { imageTag: destination.tag } : {}),
    extra: settings.tags,
  })
  const tree = await logger.group('Collect files', async () => {
    const collected = await collectSource(settings.dir, { ignore: settings.ignore })
    logger.info(`${collected.fileCount} files, ${collected.totalBytes} bytes under ${settings.dir}`)
    return collected
  })
  const loaded = await logger.group('Validate manifests', async () => {
    const result = await loadAndValidate(tree)
    logger.info(`${result.objects.length} objects in ${result.manifestFiles} manifest files, ${summarize(result.findings)}`)
    return result
  })
  if (hasErrors(loaded.findings)) {
    const errors = countErrors(loaded.findings)
    throw new ManifestValidationError(`${errors} validation ${errors === 1 ? 'error' : 'errors'}; nothing was pushed`, {
      findings: loaded.findings,
    })
  }
  const workDir = await mkdtemp(join(tmpdir(), 'configsync-oci-'))
  try {
    const layer = await logger.group('Pack artifact', async () => {
      const packed = await packLayer(tree, join(workDir, 'layer.tar.gz'))
      logger.info(`layer ${packed.digest} (${packed.size} bytes, tar ${packed.uncompressedSize} bytes)`)
      return packed
    })
    const image = buildImage(layer, settings.source, settings.annotations)
    const pushed = await logger.group(`Push to ${destination.target.describe()}`, async () => {
      const result = await destination.target.push(image, tags)
      logger.info(`pushed ${result.reference} (${result.uploadedBlobs} blobs uploaded, ${result.skippedBlobs} already present)`)
      return result
    })
    const { path: _path, ...layerInfo } = layer
    return {
      pushed,
      target: destination.target.describe(),
      layer: layerInfo,
      manifestFiles: loaded.manifestFiles,
      objectCount: loaded.objects.length,
      findings: loaded.findings,
    }
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}

function countErrors(findings: readonly Finding[]): number {
  return findings.filter((f) => f.severity === SEVERITY.error).length
}

function summarize(findings: readonly Finding[]): string {
  const errors = countErrors(findings)
  return `${errors} errors, ${findings.length - errors} warnings`
}
