/**
 * One publish of DIR to IMAGE through the product's own pipeline (publish()),
 * twice, in a process of its own so its peak RSS is its own. Stage times come
 * from the pipeline's own groups. Prints one JSON line.
 */
import { publish, type PublishSettings } from '../src/pipeline/publish.ts'
import type { Logger } from '../src/logger.ts'

const [dir, image] = process.argv.slice(2)
if (dir === undefined || image === undefined) throw new Error('usage: publish-stages.ts DIR IMAGE')

/** A logger that times each stage group of the pipeline. */
function timingLogger(times: Record<string, number>): Logger {
  return {
    info: () => {},
    debug: () => {},
    warning: () => {},
    group: async (name, fn) => {
      const start = performance.now()
      try {
        return await fn()
      } finally {
        times[name.startsWith('Push to') ? 'Push' : name] = performance.now() - start
      }
    },
  }
}

const settings: PublishSettings = {
  dir,
  image,
  tags: ['bench'],
  annotations: {},
  ignore: [],
  source: { revision: 'bench', created: '2026-01-01T00:00:00Z' },
  insecure: false,
  validation: {},
  render: false,
}
const first: Record<string, number> = {}
const result = await publish(settings, timingLogger(first))
// The peak of one publish, before the republish below validates again.
const maxRssMb = process.resourceUsage().maxRSS / 1024
const second: Record<string, number> = {}
const again = await publish(settings, timingLogger(second))
process.stdout.write(
  `${JSON.stringify({
    files: result.layer.fileCount,
    objects: result.objectCount,
    errors: result.findings.filter((f) => f.severity === 'error').length,
    collectMs: first['Collect files'],
    validateMs: first['Validate manifests'],
    packMs: first['Pack artifact'],
    pushMs: first['Push'],
    republishMs: second['Push'],
    uploaded: result.pushed.uploadedBlobs,
    republishUploaded: again.pushed.uploadedBlobs,
    tarBytes: result.layer.uncompressedSize,
    gzBytes: result.layer.size,
    maxRssMb,
  })}\n`,
)
