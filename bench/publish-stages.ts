/**
 * One publish of DIR to IMAGE, stage by stage, in a process of its own so
 * its peak RSS is its own. Prints one JSON line of timings.
 */
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { mkdtemp, rm } from 'node:fs/promises'
import { buildImage } from '../src/artifact/oci-image.ts'
import { packLayer } from '../src/artifact/tar-layer.ts'
import { NULL_LOGGER } from '../src/logger.ts'
import { collectSource } from '../src/manifests/collect.ts'
import { loadAndValidate } from '../src/manifests/validate.ts'
import { createImageTarget } from '../src/registry/target-factory.ts'

const [dir, image] = process.argv.slice(2)
if (dir === undefined || image === undefined) throw new Error('usage: publish-stages.ts DIR IMAGE')
const work = await mkdtemp(join(tmpdir(), 'bench-stages-'))
const t0 = performance.now()
const tree = await collectSource(dir)
const t1 = performance.now()
const loaded = await loadAndValidate(tree)
const t2 = performance.now()
const layer = await packLayer(tree, join(work, 'layer.tar.gz'))
const t3 = performance.now()
const built = buildImage(layer, { revision: 'bench', created: '2026-01-01T00:00:00Z' })
const target = createImageTarget(image, { logger: NULL_LOGGER }).target
const first = await target.push(built, ['bench'])
const t4 = performance.now()
const second = await target.push(built, ['bench'])
const t5 = performance.now()
await rm(work, { recursive: true, force: true })
process.stdout.write(
  `${JSON.stringify({
    files: tree.fileCount,
    objects: loaded.objects.length,
    errors: loaded.findings.filter((f) => f.severity === 'error').length,
    collectMs: t1 - t0,
    validateMs: t2 - t1,
    packMs: t3 - t2,
    pushMs: t4 - t3,
    republishMs: t5 - t4,
    uploaded: first.uploadedBlobs,
    republishUploaded: second.uploadedBlobs,
    tarBytes: layer.uncompressedSize,
    gzBytes: layer.size,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
)
