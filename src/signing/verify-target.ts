import { ActionError } from '../errors.ts'
import type { Logger } from '../logger.ts'
import { isDigest, parseImageReference, repositoryName } from '../registry/image-reference.ts'
import { RegistryClient } from '../registry/registry-client.ts'
import { registryClientOptions, type TargetOptions } from '../registry/target-factory.ts'
import { verifyDigest, type VerifyResult } from './verify.ts'
import type { VerifyPolicy } from './verify-policy.ts'

/**
 * Verifies the digest an image reference names (a tag is resolved to its
 * digest first) in its registry repository.
 */
export async function verifyImage(
  image: string,
  policy: VerifyPolicy,
  options: TargetOptions,
  inputName = 'image',
): Promise<VerifyResult> {
  const ref = parseImageReference(image.trim(), inputName)
  const client = new RegistryClient(ref, registryClientOptions(ref, options))
  try {
    const reference = ref.digest ?? ref.tag
    if (reference === undefined)
      throw new ActionError(`${inputName} "${image}" names no tag or digest`, {
        hint: 'write REPOSITORY:TAG or REPOSITORY@sha256:…',
      })
    const digest = isDigest(reference) ? reference : (await client.headManifest(reference))?.digest
    if (digest === undefined) throw new ActionError(`${repositoryName(ref)}:${reference} does not exist`)
    return await verifyDigest(client, digest, policy)
  } finally {
    client.close()
  }
}

/** The verify-or-refuse gate that promote, rollout, write-back and release tagging call before changing anything. */
export class NotVerifiedError extends ActionError {
  readonly result: VerifyResult
  constructor(what: string, result: VerifyResult) {
    super(`${what} refused: ${result.message}`, {
      hint: 'only digests that verify against the policy are promoted, rolled out or written back; nothing was changed',
    })
    this.result = result
  }
}

/** Throws NotVerifiedError unless the digest verifies; no policy means no gate. */
export async function requireVerified(
  what: string,
  image: string,
  policy: VerifyPolicy | undefined,
  options: TargetOptions,
  logger: Logger,
): Promise<VerifyResult | undefined> {
  if (policy === undefined) return undefined
  const result = await verifyImage(image, policy, options)
  if (!result.verified) throw new NotVerifiedError(what, result)
  logger.info(`verified: ${result.message}`)
  return result
}
