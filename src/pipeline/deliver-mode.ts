import { ActionError, InputError } from '../errors.ts'
import { namedReference } from '../registry/image-store.ts'
import { openImageStore } from '../registry/open-image-store.ts'
import { setOutputs } from '../action/github/action-report.ts'
import { describeStoredArtifact, findStoredArtifact } from '../tags/stored-artifact.ts'
import { targetOptionsOf, type ActionContext, type ActionMode } from '../action/context.ts'
import { requireImage } from '../action/inputs.ts'
import type { AfterPublishStep } from './after-publish-step.ts'
import type { PublishResult } from './publish.ts'
import { rolloutStep } from './rollout-step.ts'
import { writeBackStep } from './writeback-step.ts'

/**
 * `mode: rollout` and `mode: write-back` (the rollout and write-back sub-actions): deliver an artifact
 * that is already in the registry, named by `image` with a digest or a tag (e.g. the publish step's
 * `image` output). The artifact is read and its blobs checked first (a missing one is an error), the
 * verify policy gates it as after a push, then the one step runs. Nothing is uploaded or tagged.
 */
async function deliver(context: ActionContext, step: AfterPublishStep): Promise<void> {
  const { settings } = context
  const { core: inputs } = settings
  const image = requireImage(inputs)
  const reference = namedReference(image, 'image')
  if (reference === undefined) {
    throw new InputError(
      `mode "${settings.mode}" needs input "image" to name the artifact by digest or tag`,
      {
        hint: 'e.g. image: ${{ steps.publish.outputs.image }} (REPOSITORY@sha256:…)',
      },
    )
  }
  const { store } = openImageStore(image, targetOptionsOf(context), 'image')
  try {
    const artifact = await findStoredArtifact(store, reference)
    if (artifact === undefined) {
      throw new ActionError(`input "image": ${reference} does not exist in ${store.describe()}`, {
        hint: `${settings.mode} delivers an artifact that was already pushed; publish it first`,
      })
    }
    const description = await describeStoredArtifact(store, artifact)
    const digest = artifact.manifest.digest
    const pushed = {
      digest,
      reference: `${store.describe()}@${digest}`,
      tags: [],
      uploadedBlobs: 0,
      skippedBlobs: 0,
    }
    const result: PublishResult = { ...description, pushed }
    setOutputs(result)
    await step.run(context, result)
  } finally {
    store.close()
  }
}

export const rolloutMode: ActionMode = {
  run: (context) => deliver(context, rolloutStep),
}

export const writeBackMode: ActionMode = {
  run: (context) => deliver(context, writeBackStep),
}
