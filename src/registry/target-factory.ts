import type { ImageTarget } from '../artifact/types.ts'
import { InputError } from '../errors.ts'
import type { Logger } from '../logger.ts'
import type { Credentials } from './auth.ts'
import { parseImageReference, validateTag } from './image-reference.ts'
import { OCI_LAYOUT_PREFIX, OciLayoutTarget } from './oci-layout-target.ts'
import { RegistryClient } from './registry-client.ts'

/** How to reach a registry; ignored for OCI layouts. */
export interface TargetOptions {
  readonly credentials?: Credentials
  readonly insecure?: boolean
  readonly caFile?: string
  readonly logger: Logger
}

/** The parsed `image` value: where to store it and the tag it names, if any. */
export interface ImageDestination {
  readonly target: ImageTarget
  /** A tag written in the image value itself (`repo:tag`, `oci-layout:PATH:TAG`). */
  readonly tag?: string
}

const TAG_TAIL = /:([^:/]+)$/

/**
 * Picks the adapter for an `image` value: `oci-layout:PATH[:TAG]` writes an
 * OCI layout, anything else is a registry reference. This is the only place
 * that knows both adapters.
 */
export function createImageTarget(image: string, options: TargetOptions, inputName = 'image'): ImageDestination {
  const value = image.trim()
  if (value === '') {
    throw new InputError(`${inputName} is empty`, {
      hint: 'give a repository such as us-docker.pkg.dev/PROJECT/REPO/config, or oci-layout:PATH for a local OCI layout',
    })
  }
  if (value.startsWith(OCI_LAYOUT_PREFIX)) return layoutDestination(value.slice(OCI_LAYOUT_PREFIX.length), inputName)
  const ref = parseImageReference(value, inputName)
  if (ref.digest !== undefined) {
    throw new InputError(`${inputName} "${value}" contains a digest`, {
      hint: 'name the repository (and optionally a tag); the digest is computed from the content',
    })
  }
  const target = new RegistryClient(ref, options)
  return ref.tag === undefined ? { target } : { target, tag: ref.tag }
}

function layoutDestination(rest: string, inputName: string): ImageDestination {
  const match = TAG_TAIL.exec(rest)
  const path = match ? rest.slice(0, match.index) : rest
  if (path === '') {
    throw new InputError(`${inputName} "${OCI_LAYOUT_PREFIX}${rest}" names no directory`, {
      hint: 'write oci-layout:PATH or oci-layout:PATH:TAG, e.g. oci-layout:build/layout:v1',
    })
  }
  const target = new OciLayoutTarget(path)
  return match ? { target, tag: validateTag(match[1]!, inputName) } : { target }
}
