import { stringify } from 'yaml'
import { resourceOfRef } from './sync-spec.ts'
import type { RepositoryTarget } from './types.ts'
import type { SyncRef } from '../rootsync/types.ts'

/**
 * The gcloud and kubectl commands that make each bootstrap change by hand,
 * as Google's guide writes them ("Sync OCI artifacts from Artifact
 * Registry"). A dry run prints them; they are pure strings, run nowhere.
 */

/** `gcloud artifacts repositories create …`. */
export function createRepositoryCommand(repo: RepositoryTarget): string {
  const labels = Object.entries(repo.labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',')
  return [
    `gcloud artifacts repositories create ${repo.repository}`,
    '--repository-format=docker',
    `--location=${repo.location}`,
    `--project=${repo.project}`,
    ...(repo.description === undefined ? [] : [`--description=${quote(repo.description)}`]),
    ...(labels === '' ? [] : [`--labels=${labels}`]),
  ].join(' ')
}

/** `gcloud artifacts repositories add-iam-policy-binding …`. */
export function repositoryBindingCommand(repo: RepositoryTarget, role: string, member: string): string {
  return `gcloud artifacts repositories add-iam-policy-binding ${repo.repository} --location=${repo.location} --project=${repo.project} --role=${role} --member=${quote(member)}`
}

/** `gcloud iam service-accounts add-iam-policy-binding …`. */
export function serviceAccountBindingCommand(email: string, role: string, member: string): string {
  return `gcloud iam service-accounts add-iam-policy-binding ${email} --role=${role} --member=${quote(member)}`
}

/** This tool's own publish, which is what the guide's crane/oras step does. */
export function publishCommand(dir: string, image: string): string {
  return `configsync-oci publish --dir ${quote(dir)} --image ${quote(image)}`
}

/** `kubectl create -f - <<'EOF' … EOF`: a create, as the bootstrap sends it. */
export function createSyncCommand(yaml: string, context: string | undefined): string {
  return `kubectl${contextFlag(context)} create -f - <<'EOF'\n${yaml.trimEnd()}\nEOF`
}

/** `kubectl patch … --type merge`: an update, as the bootstrap sends it. */
export function patchSyncCommand(ref: SyncRef, patch: unknown, context: string | undefined): string {
  return `kubectl${contextFlag(context)} patch ${resourceOfRef(ref)} ${ref.name} -n ${ref.namespace} --type merge -p ${quote(JSON.stringify(patch))}`
}

/** Wait until the RSync synced exactly `hex` (status.sync.commit), then show it as nomos does. */
export function waitCommands(
  ref: SyncRef,
  hex: string,
  timeout: string,
  context: string | undefined,
): string[] {
  return [
    `kubectl${contextFlag(context)} wait ${resourceOfRef(ref)}/${ref.name} -n ${ref.namespace} --for=jsonpath='{.status.sync.commit}'=${hex} --timeout=${timeout}`,
    `nomos status${context === undefined ? '' : ` --contexts ${quote(context)}`}`,
  ]
}

/** An object as the YAML a user would apply. */
export function toYaml(object: unknown): string {
  return stringify(object, { lineWidth: 0 })
}

function contextFlag(context: string | undefined): string {
  return context === undefined ? '' : ` --context ${quote(context)}`
}

/** POSIX shell quoting: bare when safe, else single quotes. */
export function quote(text: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`
}
