import { InputError } from '../errors.ts'
import { validateTag } from '../registry/image-reference.ts'

/** Where the tags of one publish come from. */
export interface TagSources {
  /** The commit SHA: the default tag. */
  readonly revision?: string
  /** The tags computed from tag rules; when given, they replace the commit SHA (the default rule, type=sha, gives it). */
  readonly computed?: readonly string[]
  /** A tag written in the image value itself. */
  readonly imageTag?: string
  /** The `tags` input / `--tag` flags. */
  readonly extra: readonly string[]
}

/**
 * The tags to push, in a stable order and without duplicates: the commit
 * SHA, the image value's tag, then the extra tags. Each must match the OCI
 * tag grammar; none at all is an input error, because an untagged manifest
 * can be deleted by registry garbage collection.
 */
export function resolveTags(sources: TagSources, inputName = 'tags'): string[] {
  const tags: string[] = []
  const add = (tag: string, name: string): void => {
    const valid = validateTag(tag, name)
    if (!tags.includes(valid)) tags.push(valid)
  }
  if (sources.computed !== undefined) for (const tag of sources.computed) add(tag, 'tag-rules')
  else if (sources.revision !== undefined) add(sources.revision, 'the commit SHA')
  if (sources.imageTag !== undefined) add(sources.imageTag, 'image')
  for (const raw of sources.extra) {
    const tag = raw.trim()
    if (tag !== '') add(tag, inputName)
  }
  if (tags.length === 0) {
    throw new InputError('there is no tag to push', {
      hint:
        sources.computed === undefined
          ? 'run in a git checkout or with GITHUB_SHA set, put a tag in the image (repo:tag), or give tags'
          : 'tag-rules gave no tag for this event: add a rule that applies to it (e.g. type=sha), or give tags',
    })
  }
  return tags
}
