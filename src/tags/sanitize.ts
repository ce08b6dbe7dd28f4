/** The OCI distribution spec's tag length limit. */
export const MAX_TAG_LENGTH = 128

/**
 * Makes a value a valid OCI tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127}): every
 * run of other characters becomes `-` (as metadata-action does, so
 * `feature/foo` → `feature-foo`), leading `.` and `-` go, and the result is
 * cut to 128 characters (metadata-action does not cut; registries refuse
 * longer tags). Undefined when nothing valid is left.
 */
export function sanitizeTag(value: string): string | undefined {
  const tag = value
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, MAX_TAG_LENGTH)
  return tag === '' ? undefined : tag
}
