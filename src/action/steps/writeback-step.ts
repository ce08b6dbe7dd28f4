import { tmpdir } from 'node:os'
import { InputError } from '../../errors.ts'
import type { PublishResult } from '../../publish.ts'
import { logWriteBack, setWriteBackOutputs, writeWriteBackSummary } from '../../report/writeback-report.ts'
import { isDigestReference } from '../../rootsync/edit/digest-reference.ts'
import { sourceValues } from '../../rootsync/git/commit-message.ts'
import { writeBack } from '../../rootsync/git/write-back.ts'
import { detectSourceInfo } from '../../source/source-info.ts'
import type { AfterPublishStep } from '../modes/publish-mode.ts'
import { readWriteBackInputs, WRITEBACK_INPUT } from '../writeback-inputs.ts'
import { gateOnPolicy } from '../verify-gate.ts'

/** Pushes tried before giving up when other writers keep moving the branch. */
const MAX_ATTEMPTS = 5

/**
 * After a push, writes the pinned image into the config repo named by
 * `config-repo`: a commit on its branch or a pull request. Its inputs are
 * checked in enabled(), before anything is pushed.
 */
export const writeBackStep: AfterPublishStep = {
  name: 'write-back',
  enabled(context) {
    const inputs = readWriteBackInputs(context.read, context.mask, context.env)
    if (inputs !== undefined && context.inputs.image.startsWith('oci-layout:')) {
      throw new InputError(`input "${WRITEBACK_INPUT.repo}" needs an image pushed to a registry; "image" is an OCI layout on disk`, {
        hint: 'set image to a registry repository, or leave config-repo empty',
      })
    }
    return inputs !== undefined
  },
  async run(context, result) {
    const inputs = readWriteBackInputs(context.read, context.mask, context.env)
    if (inputs === undefined) return
    const image = result.pushed.reference
    if (!isDigestReference(image)) throw new InputError(`cannot write back "${image}": it is not a REPOSITORY@sha256:… reference`)
    await gateOnPolicy(context, 'write-back', image)
    const source = await detectSourceInfo(context.inputs.dir, context.env)
    const settings = {
      ...inputs,
      image,
      source: sourceValues(context.env, source.revision, source.url),
      maxAttempts: MAX_ATTEMPTS,
      tempDir: context.env['RUNNER_TEMP'] || tmpdir(),
    }
    const outcome = await writeBack(settings, context.env, context.logger)
    const place = { repo: inputs.repo, target: inputs.target, image }
    logWriteBack(outcome, place, context.logger)
    setWriteBackOutputs(outcome)
    await writeWriteBackSummary(outcome, place)
  },
}
