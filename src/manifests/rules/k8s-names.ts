/**
 * Kubernetes name syntax, as apimachinery's validation package defines it
 * (IsDNS1123Subdomain, IsDNS1123Label, IsQualifiedName, IsValidLabelValue)
 * and rest.IsValidPathSegmentName for RBAC names.
 */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/

/** At most 253 characters of lower-case alphanumerics, '-' and '.', alphanumeric at both ends of each dot-separated part. */
export function isDns1123Subdomain(value: string): boolean {
  return value.length <= 253 && DNS1123_SUBDOMAIN.test(value)
}

/** At most 63 lower-case alphanumerics and '-', alphanumeric at both ends: a valid Namespace name. */
export function isDns1123Label(value: string): boolean {
  return value.length <= 63 && DNS1123_LABEL.test(value)
}

/** What the API server accepts as an RBAC object name: no '/' or '%', and not '.' or '..'. */
export function isPathSegmentName(value: string): boolean {
  return value !== '.' && value !== '..' && !value.includes('/') && !value.includes('%')
}

/** Why a label key is not a qualified name (`[prefix/]name`), or undefined when it is one. */
export function qualifiedNameProblem(key: string): string | undefined {
  const parts = key.split('/')
  if (parts.length > 2)
    return 'a qualified name must consist of a name part and an optional DNS subdomain prefix separated by one "/"'
  const name = parts.length === 2 ? parts[1]! : parts[0]!
  if (parts.length === 2 && (parts[0] === '' || !isDns1123Subdomain(parts[0]!))) {
    return 'the prefix part must be a lower-case DNS subdomain (e.g. example.com)'
  }
  if (name === '') return 'the name part must be non-empty'
  if (name.length > 63) return 'the name part must be no more than 63 characters'
  if (!QUALIFIED_NAME_PART.test(name)) {
    return "the name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
  }
  return undefined
}

/** Why a label value is invalid, or undefined when it is valid (the empty value is). */
export function labelValueProblem(value: string): string | undefined {
  if (value.length > 63) return 'must be no more than 63 characters'
  if (!LABEL_VALUE.test(value)) {
    return "must be empty or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
  }
  return undefined
}
