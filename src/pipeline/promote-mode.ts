import { ActionError } from '../errors.ts'
import { sameRepositoryReference } from '../registry/image-store.ts'
import { openImageStore } from '../registry/open-image-store.ts'
import { setOutputs, writeSummary } from '../action/github/action-report.ts'
import { setTagOutputs, writeSummaryNote } from '../action/github/retag-report.ts'
import { describeStoredArtifact, findStoredArtifact, retagArtifact } from '../tags/stored-artifact.ts'
import { tagMetadata } from '../tags/tag-metadata.ts'
import { targetOptionsOf, type ActionMode } from '../action/context.ts'
import { requireImage } from '../action/inputs.ts'
import { TAG_INPUT } from '../action/tag-inputs.ts'
import { AFTER_PUBLISH_STEPS } from './publish-mode.ts'
import { gateOnPolicy } from '../action/verify-gate.ts'

/**
 * `mode: promote`: adds `tags` to the artifact `from` names (a tag or digest
 * of the image's repository), e.g. a tested digest to prod. Nothing is
 * packed or uploaded and the digest stays the same; the after-publish steps
 * (rollout …) run as after a push.
 */
export const promoteMode: ActionMode = {
  async run(context) {
    const { settings, logger } = context
    const { core: inputs } = settings
    const image = requireImage(inputs)
    if (settings.promote === undefined)
      throw new ActionError(`mode "${settings.mode}" has no promote settings`)
    const { from, tags } = settings.promote
    const reference = sameRepositoryReference(image, from, TAG_INPUT.from)
    const steps = AFTER_PUBLISH_STEPS.filter((step) => step.enabled(settings))
    const { store } = openImageStore(image, targetOptionsOf(context), 'image')
    try {
      const artifact = await findStoredArtifact(store, reference)
      if (artifact === undefined) {
        throw new ActionError(
          `input "${TAG_INPUT.from}": ${reference} does not exist in ${store.describe()}`,
          { hint: 'promote only tags an artifact that was already pushed' },
        )
      }
      await gateOnPolicy(context, 'promote', `${store.describe()}@${artifact.manifest.digest}`)
      const result = await logger.group(`Promote ${reference} (${artifact.manifest.digest})`, async () => {
        const description = await describeStoredArtifact(store, artifact)
        return { ...description, pushed: await retagArtifact(store, artifact, tags, logger) }
      })
      setOutputs(result)
      setTagOutputs(
        tagMetadata(result.target, result.pushed, {
          changed: false,
          annotations: artifact.manifest.annotations,
        }),
      )
      await writeSummary(result)
      await writeSummaryNote(
        `Promoted ${reference} (${artifact.manifest.digest}) to ${tags.join(', ')}; nothing was uploaded.`,
      )
      for (const step of steps) await step.run(context, result)
    } finally {
      store.close()
    }
  },
}
