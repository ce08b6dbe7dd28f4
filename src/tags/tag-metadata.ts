import type { PushedImage } from '../artifact/types.ts'

/**
 * The `json` output: metadata-action's shape (tags with and without the
 * repository, the version) plus what only exists after the push (digest,
 * pinned image, whether content changed) and the manifest annotations as
 * an object, so fromJSON(…).annotations['org.opencontainers.image.revision']
 * works in a workflow expression.
 */
export interface TagMetadata {
  /** REPOSITORY:TAG for every tag. */
  readonly tags: readonly string[]
  /** The bare tags. */
  readonly 'tag-names': readonly string[]
  /** The highest-priority tag the rules gave ('' when they gave none). */
  readonly version: string
  readonly digest: string
  /** REPOSITORY@sha256:… */
  readonly image: string
  /** False when nothing new was uploaded: an existing artifact was tagged. */
  readonly changed: boolean
  readonly annotations: Readonly<Record<string, string>>
}

/** Builds the json output from the push result. `repository` is the target's description (registry/repo or oci-layout:PATH). */
export function tagMetadata(
  repository: string,
  pushed: PushedImage,
  details: { version?: string; changed: boolean; annotations: Readonly<Record<string, string>> },
): TagMetadata {
  return {
    tags: pushed.tags.map((tag) => `${repository}:${tag}`),
    'tag-names': [...pushed.tags],
    version: details.version ?? '',
    digest: pushed.digest,
    image: pushed.reference,
    changed: details.changed,
    annotations: details.annotations,
  }
}

/** The annotations of manifest bytes ({} when it has none or is not JSON). */
export function manifestAnnotations(manifest: Buffer): Record<string, string> {
  try {
    const parsed = JSON.parse(manifest.toString('utf8')) as { annotations?: unknown }
    const annotations = parsed.annotations
    if (typeof annotations !== 'object' || annotations === null) return {}
    return Object.fromEntries(
      Object.entries(annotations).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    )
  } catch {
    return {}
  }
}
