/**
 * The hidden first line of the sticky preview comment:
 * `<!-- configsync-oci:preview id=REPOSITORY state=BASE64URL -->`. The id
 * keeps one comment per image repository (a monorepo matrix posts one each);
 * the state remembers every tag this pull request pushed, so that cleanup
 * finds the SHA tags of commits a force-push has since dropped. Base64url,
 * because a repository name may contain `--`, which ends an HTML comment.
 */

/** How every preview comment starts. */
export const MARKER_PREFIX = '<!-- configsync-oci:preview'

/** Tags remembered at most; a pull request with more pushes forgets its oldest. */
export const MAX_REMEMBERED_TAGS = 100

/** What the comment remembers between runs. */
export interface PreviewState {
  /** The preview RootSync/RepoSync name. */
  readonly name: string
  /** Every pr-N and SHA tag the pull request pushed, oldest first. */
  readonly tags: readonly string[]
}

/** The marker line for an image repository and its state. */
export function markerLine(id: string, state: PreviewState): string {
  const encoded = Buffer.from(JSON.stringify({ v: 1, name: state.name, tags: state.tags })).toString(
    'base64url',
  )
  return `${MARKER_PREFIX} id=${id} state=${encoded} -->`
}

/** True when the comment body is the preview comment of this repository. */
export function isPreviewComment(body: string, id: string): boolean {
  return body.startsWith(`${MARKER_PREFIX} id=${id} `)
}

/** The state in a preview comment; an empty one when it cannot be read (the comment is still ours). */
export function readState(body: string, id: string): PreviewState | undefined {
  if (!isPreviewComment(body, id)) return undefined
  const encoded = /^[^\n]* state=([A-Za-z0-9_-]*) -->/.exec(body)?.[1] ?? ''
  try {
    const value = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as {
      name?: unknown
      tags?: unknown
    }
    const tags = Array.isArray(value.tags) ? value.tags.filter((t): t is string => typeof t === 'string') : []
    return { name: typeof value.name === 'string' ? value.name : '', tags }
  } catch {
    return { name: '', tags: [] }
  }
}

/** The remembered tags plus the new ones, without duplicates, newest kept when over the cap. */
export function rememberTags(previous: readonly string[], pushed: readonly string[]): string[] {
  const merged = [...previous.filter((tag) => !pushed.includes(tag)), ...pushed]
  return merged.slice(Math.max(0, merged.length - MAX_REMEMBERED_TAGS))
}
