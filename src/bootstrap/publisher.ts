import type { BuiltImage, PushedImage } from '../artifact/types.ts'
import type { Logger } from '../logger.ts'
import { publish, type PublishSettings } from '../pipeline/publish.ts'
import { parseImageReference, repositoryName } from '../registry/image-reference.ts'
import { openImageStore } from '../registry/open-image-store.ts'
import type { TargetOptions } from '../registry/target-factory.ts'
import type { Publisher } from './bootstrap.ts'
import type { RegistryHolding } from './plan.ts'

/**
 * Step 4 over issue 2's publish pipeline. After packing (the hook publish
 * offers for exactly this), it asks the registry whether that manifest
 * digest is already there and every tag names it: then nothing is pushed
 * and the step is "unchanged"; otherwise the push runs. A dry run stops at
 * the hook: the digest is known, nothing is uploaded.
 */

/** The publisher for `settings`; `displayDir` is how the plan names the directory. */
export function createPublisher(settings: PublishSettings, displayDir: string, logger: Logger): Publisher {
  return async (dryRun) => {
    let before: RegistryHolding = 'unknown'
    const reuseExisting = async (
      image: BuiltImage,
      _layer: unknown,
      tags: readonly string[],
    ): Promise<PushedImage | undefined> => {
      before = await registryHolding(settings, image.manifestDigest, tags, logger)
      const reference = `${repositoryName(parseImageReference(settings.image))}@${image.manifestDigest}`
      // Already there under every tag: pushing again would send the same bytes, so send nothing.
      if (!dryRun && before !== 'tagged') return undefined
      logger.info(
        `${reference}: validated and packed, ${dryRun ? 'not pushed' : 'already in the registry under every tag; nothing to push'}`,
      )
      return { digest: image.manifestDigest, reference, tags: [...tags], uploadedBlobs: 0, skippedBlobs: 0 }
    }
    const result = await publish({ ...settings, reuseExisting }, logger)
    return {
      state: { reference: result.pushed.reference, tags: result.pushed.tags, before, dir: displayDir },
      result,
    }
  }
}

/** Whether the registry holds `digest`, and under every tag; 'unknown' when it cannot be asked (the push will tell). */
async function registryHolding(
  settings: PublishSettings,
  digest: string,
  tags: readonly string[],
  logger: Logger,
): Promise<RegistryHolding> {
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
    if ((await store.getManifest(digest)) === undefined) return 'missing'
    for (const tag of tags) if ((await store.getManifest(tag))?.digest !== digest) return 'untagged'
    return 'tagged'
  } catch (error: unknown) {
    logger.debug(
      `could not check whether ${store.describe()} holds ${digest}: ${error instanceof Error ? error.message : String(error)}`,
    )
    return 'unknown'
  } finally {
    store.close()
  }
}
