import { tmpdir } from 'node:os'
import { InputError } from '../errors.ts'
import { writeBackEnabled } from '../settings/settings.ts'
import type { PublishResult } from './publish.ts'
import { setWriteBackOutputs, writeWriteBackSummary } from '../action/github/writeback-report.ts'
import { logWriteBack } from '../report/writeback-text.ts'
import { isDigestReference } from '../writeback/edit/digest-reference.ts'
import { sourceValues } from '../writeback/git/commit-message.ts'
import { writeBack } from '../writeback/git/write-back.ts'
import { detectSourceInfo } from '../source/source-info.ts'
import { gateOnPolicy } from '../action/verify-gate.ts'
import type { AfterPublishStep } from './after-publish-step.ts'

/** Pushes tried before giving up when other writers keep moving the branch. */
const MAX_ATTEMPTS = 5

/**
 * After a push, writes the pinned image into the config repo named by
 * `config-repo`: a commit on its branch or a pull request. Its settings
 * were checked when the inputs were read, before anything is pushed.
 */
export const writeBackStep: AfterPublishStep = {
  name: 'write-back',
  enabled: writeBackEnabled,
  async run(context, result) {
    const inputs = context.settings.writeBack
    if (inputs === undefined) return
    const image = result.pushed.reference
    if (!isDigestReference(image))
      throw new InputError(`cannot write back "${image}": it is not a REPOSITORY@sha256:… reference`)
    await gateOnPolicy(context, 'write-back', image)
    const source = await detectSourceInfo(context.settings.core.dir, context.env)
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
