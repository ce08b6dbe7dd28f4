import { join } from 'node:path'
import { buildImage } from '../../src/artifact/oci-image.ts'
import { packLayer } from '../../src/artifact/tar-layer.ts'
import type { PushedImage } from '../../src/artifact/types.ts'
import { NULL_LOGGER } from '../../src/logger.ts'
import { collectSource } from '../../src/manifests/collect.ts'
import { createImageTarget } from '../../src/registry/target-factory.ts'
import { makeTempDir, removeDir } from '../harness/tmp.ts'

/**
 * Packs and pushes a directory with the publish pipeline's own packer and
 * image builder but without validation, so diff and retag tests do not
 * depend on which rules the validator has (the shop fixture holds a Secret).
 */
export async function pushDirectory(
  dir: string,
  image: string,
  tags: readonly string[],
  revision = 'a'.repeat(40),
): Promise<PushedImage> {
  const work = await makeTempDir('raw-publish')
  try {
    const layer = await packLayer(await collectSource(dir), join(work, 'layer.tar.gz'))
    const built = buildImage(layer, {
      revision,
      created: '2026-11-20T10:00:00Z',
      url: 'https://github.com/acme/config',
    })
    const { target } = createImageTarget(image, { logger: NULL_LOGGER })
    try {
      return await target.push(built, tags)
    } finally {
      if ('close' in target && typeof target.close === 'function') (target.close as () => void)()
    }
  } finally {
    await removeDir(work)
  }
}
