import type { BuiltImage, PushedImage } from '../artifact/types.ts'
import type { Logger } from '../logger.ts'
import { publish, type PublishSettings } from '../publish.ts'
import { parseImageReference, repositoryName } from '../registry/image-reference.ts'
import { openImageStore } from '../registry/image-store.ts'
import type { TargetOptions } from '../registry/target-factory.ts'
import type { Publisher } from './bootstrap.ts'

/**
 * Step 4 over issue 2's publish pipeline. After packing (the hook publish
 * offers for exactly this), it asks the registry whether that manifest
 * digest is already there, so a second run reports "unchanged"; the push
 * still runs, because it is idempotent and re-points the tags. A dry run
 * stops at the hook: the digest is known, nothing is uploaded.
 */

/** The publisher for `settings`; `displayDir` is how the plan names the directory. */
export function createPublisher(settings: PublishSettings, displayDir: string, logger: Logger): Publisher {
  return async (dryRun) => {
    let existed: boolean | undefined
    const reuseExisting = async (image: BuiltImage, _layer: unknown, tags: readonly string[]): Promise<PushedImage | undefined> => {
      existed = await manifestExists(settings, image.manifestDigest, logger)
      if (!dryRun) return undefined
      const reference = `${repositoryName(parseImageReference(settings.image))}@${image.manifestDigest}`
      logger.info(`Dry run: ${reference} is packed, not pushed`)
      return { digest: image.manifestDigest, reference, tags: [...tags], uploadedBlobs: 0, skippedBlobs: 0 }
    }
    const result = await publish({ ...settings, reuseExisting }, logger)
    return { state: { reference: result.pushed.reference, tags: result.pushed.tags, existed, dir: displayDir }, result }
  }
}

/** True when the registry holds `digest`; undefined when it cannot be asked (the push will tell). */
async function manifestExists(settings: PublishSettings, digest: string, logger: Logger): Promise<boolean | undefined> {
  const options: TargetOptions = {
    logger,
    insecure: settings.insecure,
    ...(settings.credentials === undefined ? {} : { credentials: settings.credentials }),
    ...(settings.caFile === undefined ? {} : { caFile: settings.caFile }),
    // One look, no retries: a registry that is down shows itself in the push.
    registry: { ...settings.registry, retries: 0 },
  }
  const { store } = openImageStore(settings.image, options, 'image')
  try {
    return (await store.getManifest(digest)) !== undefined
  } catch (error: unknown) {
    logger.debug(`could not check whether ${store.describe()} holds ${digest}: ${error instanceof Error ? error.message : String(error)}`)
    return undefined
  } finally {
    store.close()
  }
}
