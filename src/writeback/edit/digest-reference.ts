import { InputError } from '../../errors.ts'
import { parseImageReference } from '../../registry/image-reference.ts'

/**
 * A digest-pinned image reference, REPOSITORY[:TAG]@sha256:HEX: the only
 * form worth writing into a RootSync, because Config Sync pulls a digest
 * once and never polls it (CONFIG-SYNC.md §1.5, PEERS.md §8 item 8).
 */
export function isDigestReference(text: string): boolean {
  // An OCI layout on disk is no place a cluster can pull from, whatever its name parses as.
  if (text.startsWith('oci-layout:')) return false
  try {
    return parseImageReference(text).digest !== undefined
  } catch {
    return false
  }
}

/** Returns `text` when it is a digest reference; otherwise an InputError naming `inputName`. */
export function requireDigestReference(text: string, inputName: string): string {
  const reference = text.trim()
  const parsed = parseImageReference(reference, inputName)
  if (parsed.digest === undefined) {
    throw new InputError(`${inputName} "${reference}" has no digest`, {
      hint: 'write back a pinned reference, e.g. us-docker.pkg.dev/my-project/config/app@sha256:<64 hex> (the publish step\'s "image" output)',
    })
  }
  return reference
}

/** The `sha256:…` part of a digest reference. */
export function digestOf(reference: string): string {
  return reference.slice(reference.lastIndexOf('@') + 1)
}
