/**
 * CSO1001 (our own code): a Secret with data in the artifact. Config Sync
 * syncs it happily, but an OCI image is readable by everyone with pull access
 * to its repository, which is not Kubernetes RBAC, and its layers are not
 * encrypted. Allowed only when the caller says so (`allow-secrets`).
 */
import { GROUPS, isKind, type DeclaredObject } from '../declared-object.ts'
import { errorFinding } from '../finding.ts'
import { isMap } from './object-fields.ts'
import { NO_FINDINGS, type ObjectRule } from './types.ts'

/** The code for a Secret whose values would be published. */
export const SECRET_IN_ARTIFACT_CODE = 'CSO1001'

/** CSO1001: a Secret with non-empty `data` or `stringData`, unless allowSecrets. */
export const secretsInArtifact: ObjectRule = {
  name: 'secrets-in-artifact',
  scope: 'object',
  kinds: new Set(['Secret']),
  check: (o, ctx) => {
    if (ctx.allowSecrets || !isKind(o, GROUPS.core, 'Secret')) return NO_FINDINGS
    const field = (['data', 'stringData'] as const).find((f) => hasValues(o.source.object[f]))
    if (field === undefined) return NO_FINDINGS
    return [
      errorFinding(
        SECRET_IN_ARTIFACT_CODE,
        o.source.file,
        o.source.locate([field]),
        `Secret "${describe(o)}" has ${field}: anyone who can pull the image can read it (registry pull access is not Kubernetes RBAC, and image layers are not encrypted). ` +
          'Keep secret values out of the source (External Secrets, the Secrets Store CSI driver, sealed secrets), or publish it anyway with allow-secrets: true (CLI: --allow-secrets).',
      ),
    ]
  },
}

function hasValues(value: unknown): boolean {
  if (value === undefined || value === null) return false
  return !isMap(value) || Object.keys(value).length > 0
}

function describe(o: DeclaredObject): string {
  return o.declaredNamespace === '' ? o.name : `${o.declaredNamespace}/${o.name}`
}
