/**
 * The validation settings both entry points take (action inputs and CLI
 * flags), parsed here once so the two accept exactly the same values, and the
 * fail-on policy that decides whether findings fail a run.
 */
import { InputError, ManifestValidationError } from '../errors.ts'
import { SEVERITY, type Finding } from './finding.ts'
import { BUNDLED_KUBERNETES_MINOR, OLDEST_KUBERNETES_MINOR } from './schema/kubernetes-version.ts'
import { CONTROLLER_NAMESPACE, DEFAULT_SCOPE } from './scope/sync-scope.ts'
import type { SourceFormat, SyncScope, ValidationOptions } from './validate.ts'

/** Which findings fail the run: errors only (default) or warnings too. */
export const FAIL_ON = { error: 'error', warning: 'warning' } as const
export type FailOn = (typeof FAIL_ON)[keyof typeof FAIL_ON]

/** The source formats of a RootSync/RepoSync (`spec.sourceFormat`). */
export const SOURCE_FORMATS: readonly SourceFormat[] = ['unstructured', 'hierarchy']

/** The RootSync a root repo is synced by when nothing else is said (Config Sync's own default name). */
export const DEFAULT_ROOT_SYNC = DEFAULT_SCOPE.name

/** Everything an entry point hands to validation and to the fail decision. */
export interface ValidationSettings {
  readonly validation: ValidationOptions
  /** Render a root kustomization and use (and, when publishing, pack) its output. */
  readonly render: boolean
  readonly failOn: FailOn
}

/** How an entry point names a setting in messages: `input "repo-sync"` or `--repo-sync`, and an example of it. */
export interface SettingName {
  readonly label: string
  readonly example: (value: string) => string
}

// Kubernetes name syntax (apimachinery validation): a DNS-1123 label and subdomain.
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/
// CONFIG-SYNC.md §3: Config Sync stalls RootSyncs with longer names and RepoSyncs with a longer namespace+name.
const MAX_ROOT_SYNC_NAME = 38
const MAX_REPO_SYNC_NAME_AND_NAMESPACE = 45

/** `unstructured` or `hierarchy`; empty means unstructured. */
export function parseSourceFormat(value: string, name: SettingName): SourceFormat {
  const text = value.trim()
  if (text === '') return 'unstructured'
  const format = SOURCE_FORMATS.find((f) => f === text)
  if (format === undefined) {
    throw new InputError(`${name.label} is "${text}", expected ${SOURCE_FORMATS.join(' or ')}`, {
      hint: `e.g. ${name.example('hierarchy')}`,
    })
  }
  return format
}

/** `error` or `warning`; empty means error. */
export function parseFailOn(value: string, name: SettingName): FailOn {
  const text = value.trim()
  if (text === '' || text === FAIL_ON.error) return FAIL_ON.error
  if (text === FAIL_ON.warning) return FAIL_ON.warning
  throw new InputError(`${name.label} is "${text}", expected error or warning`, {
    hint: `e.g. ${name.example('warning')} to fail on warnings too`,
  })
}

/**
 * A Kubernetes minor version for the schema checks: "1.33", "v1.33" and
 * "1.33.2" all mean "1.33"; empty means the newest bundled one. Checked
 * against the range the schema checks support here, so a bad value fails
 * before anything is read.
 */
export function parseKubernetesVersion(value: string, name: SettingName): string | undefined {
  const text = value.trim()
  if (text === '') return undefined
  const hint = `e.g. ${name.example(`1.${BUNDLED_KUBERNETES_MINOR}`)}`
  const match = /^v?1\.(0|[1-9]\d{0,2})(?:\.\d+)?$/.exec(text)
  if (match === null)
    throw new InputError(`${name.label} is "${text}", expected a Kubernetes minor version`, { hint })
  const minor = Number(match[1])
  if (minor < OLDEST_KUBERNETES_MINOR || minor > BUNDLED_KUBERNETES_MINOR) {
    throw new InputError(
      `${name.label} is "${text}": the schema checks support Kubernetes 1.${OLDEST_KUBERNETES_MINOR} to 1.${BUNDLED_KUBERNETES_MINOR} (the bundled schemas are 1.${BUNDLED_KUBERNETES_MINOR})`,
      { hint },
    )
  }
  return `1.${minor}`
}

/**
 * The sync scope from a RootSync name and a RepoSync `NAMESPACE/NAME`: at
 * most one may be given, nothing means the RootSync `root-sync`.
 */
export function parseSyncScope(
  rootSync: string | undefined,
  repoSync: string | undefined,
  names: { readonly rootSync: SettingName; readonly repoSync: SettingName },
): SyncScope {
  const root = rootSync?.trim() ?? ''
  const repo = repoSync?.trim() ?? ''
  if (root !== '' && repo !== '') {
    throw new InputError(
      `exactly one of ${names.rootSync.label} and ${names.repoSync.label} may be set: a source is synced by a RootSync or by a RepoSync`,
      {
        hint: `e.g. ${names.repoSync.example('shop/repo-sync')} for a namespace repo, or ${names.rootSync.example(DEFAULT_ROOT_SYNC)} for a root repo`,
      },
    )
  }
  if (repo !== '') return parseRepoSync(repo, names.repoSync)
  const name = root === '' ? DEFAULT_ROOT_SYNC : root
  checkName(name, names.rootSync, DEFAULT_ROOT_SYNC)
  if (name.length > MAX_ROOT_SYNC_NAME) {
    throw new InputError(
      `${names.rootSync.label} "${name}" is ${name.length} characters; Config Sync allows at most ${MAX_ROOT_SYNC_NAME} for a RootSync name`,
    )
  }
  return { kind: 'root', name }
}

function parseRepoSync(text: string, name: SettingName): SyncScope {
  const parts = text.split('/')
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '') {
    throw new InputError(`${name.label} is "${text}", expected NAMESPACE/NAME of the RepoSync`, {
      hint: `e.g. ${name.example('shop/repo-sync')}`,
    })
  }
  const [namespace, syncName] = parts as [string, string]
  if (!DNS_LABEL.test(namespace) || namespace.length > 63) {
    throw new InputError(
      `${name.label}: the namespace "${namespace}" is not a valid namespace name (lower-case letters, digits and "-")`,
      {
        hint: `e.g. ${name.example('shop/repo-sync')}`,
      },
    )
  }
  if (namespace === CONTROLLER_NAMESPACE) {
    throw new InputError(
      `${name.label}: a RepoSync cannot live in ${CONTROLLER_NAMESPACE} (Config Sync's KNV1061)`,
      { hint: `e.g. ${name.example('shop/repo-sync')}` },
    )
  }
  checkName(syncName, name, 'shop/repo-sync')
  if (namespace.length + syncName.length > MAX_REPO_SYNC_NAME_AND_NAMESPACE) {
    throw new InputError(
      `${name.label} "${text}": Config Sync allows at most ${MAX_REPO_SYNC_NAME_AND_NAMESPACE} characters for a RepoSync's namespace and name together, got ${namespace.length + syncName.length}`,
    )
  }
  return { kind: 'namespace', namespace, name: syncName }
}

function checkName(value: string, name: SettingName, example: string): void {
  if (!DNS_SUBDOMAIN.test(value) || value.length > 253) {
    throw new InputError(
      `${name.label}: "${value}" is not a valid object name (lower-case letters, digits, "-" and ".")`,
      { hint: `e.g. ${name.example(example)}` },
    )
  }
}

/** How many findings of each severity. */
export function countSeverities(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === SEVERITY.error).length
  return { errors, warnings: findings.length - errors }
}

/** True when the findings fail a run under the policy: any error, or with fail-on warning any finding. */
export function failsRun(findings: readonly Finding[], failOn: FailOn): boolean {
  const { errors, warnings } = countSeverities(findings)
  return errors > 0 || (failOn === FAIL_ON.warning && warnings > 0)
}

/**
 * The error to throw when the findings fail the run, carrying all of them
 * for the reporters; undefined when they do not. `outcome` ends the message,
 * e.g. "nothing was pushed".
 */
export function validationFailure(
  findings: readonly Finding[],
  failOn: FailOn,
  outcome: string,
): ManifestValidationError | undefined {
  if (!failsRun(findings, failOn)) return undefined
  return new ManifestValidationError(`${describeFailure(findings, failOn)}; ${outcome}`, { findings })
}

/** "2 validation errors", or with fail-on warning "1 validation error and 3 warnings (fail-on: warning)". */
export function describeFailure(findings: readonly Finding[], failOn: FailOn): string {
  const { errors, warnings } = countSeverities(findings)
  if (failOn === FAIL_ON.error || warnings === 0) return plural(errors, 'validation error')
  if (errors === 0) return `${plural(warnings, 'validation warning')} (fail-on: warning)`
  return `${plural(errors, 'validation error')} and ${plural(warnings, 'warning')} (fail-on: warning)`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
