import { InputError } from '../errors.ts'
import { NotVerifiedError, verifyImage } from '../signing/verify-target.ts'
import { targetOptionsOf, type ActionMode } from '../action/context.ts'
import { requireImage } from '../action/inputs.ts'
import { setVerifiedOutput } from '../action/verify-gate.ts'
import { VERIFY_INPUT } from '../action/verify-inputs.ts'

/**
 * `mode: verify`: checks the signatures and attestations of the digest
 * `image` names (REPOSITORY@sha256:… or :TAG) against the verify-* policy;
 * sets `verified` and fails the step, with the reason, when it does not verify.
 */
export const verifyMode: ActionMode = {
  async run(context) {
    const image = requireImage(context.settings.core)
    const policy = context.settings.verify
    if (policy === undefined) {
      throw new InputError(
        `mode verify needs input "${VERIFY_INPUT.key}", or "${VERIFY_INPUT.identity}" (or -regexp) with "${VERIFY_INPUT.issuer}" and "${VERIFY_INPUT.trustedRoot}"`,
      )
    }
    const result = await context.logger.group(`Verify ${image}`, () =>
      verifyImage(image, policy, targetOptionsOf(context)),
    )
    setVerifiedOutput(result.verified, result.digest)
    context.logger.info(result.message)
    if (!result.verified) throw new NotVerifiedError('verify', result)
  },
}
