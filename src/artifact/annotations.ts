import { InputError } from '../errors.ts'

/** Annotation keys: a reverse-domain style name, optionally with a path (org.example/team). */
const KEY_PATTERN = /^[A-Za-z0-9]([A-Za-z0-9._/-]{0,251}[A-Za-z0-9])?$/

/** Annotations that say which commit an artifact is: a user value would make them lie silently. */
const RESERVED = new Set(['org.opencontainers.image.revision', 'org.opencontainers.image.created'])

/**
 * Parses `key=value` lines (the `annotations` input, `--annotation` flags)
 * into a map. Blank lines are skipped; a key given twice is an error.
 */
export function parseAnnotations(
  lines: readonly string[],
  inputName = 'annotations',
): Record<string, string> {
  const result: Record<string, string> = {}
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '') continue
    const eq = line.indexOf('=')
    if (eq <= 0) {
      throw new InputError(`${inputName}: "${line}" is not key=value`, {
        hint: 'write one annotation per line, e.g. org.opencontainers.image.vendor=Acme',
      })
    }
    const key = line.slice(0, eq).trim()
    const value = line.slice(eq + 1).trim()
    if (!KEY_PATTERN.test(key)) {
      throw new InputError(`${inputName}: "${key}" is not a valid annotation key`, {
        hint: 'keys are letters, digits, ".", "_", "-" and "/", starting and ending with a letter or digit, e.g. org.example.team',
      })
    }
    if (RESERVED.has(key)) {
      throw new InputError(
        `${inputName}: "${key}" is set by configsync-oci from the commit and may not be overridden`,
        {
          hint: 'the revision is the commit SHA (GITHUB_SHA, or CLI --revision) and created its commit time (CLI --created); remove this annotation',
        },
      )
    }
    if (key in result) throw new InputError(`${inputName}: the key "${key}" is given twice`)
    result[key] = value
  }
  return result
}
