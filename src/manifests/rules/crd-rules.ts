/**
 * CustomResourceDefinitions in the source (pkg/validate/raw/validate
 * illegal_crd_validator.go and crd_name.go; CONFIG-SYNC.md §4.3): malformed
 * (KNV1065), in Config Sync's own API groups (KNV1043), or not named
 * `<plural>.<group>` (KNV1048).
 */
import { isCrd } from '../declared-object.ts'
import { errorFinding, type Finding } from '../finding.ts'
import { readCrd } from '../scope/declared-crds.ts'
import { NO_FINDINGS, type ObjectRule } from './types.ts'

const RESERVED_GROUPS: ReadonlySet<string> = new Set(['configmanagement.gke.io', 'configsync.gke.io'])

/** KNV1065, KNV1043 and KNV1048 for each CRD. */
export const customResourceDefinitions: ObjectRule = {
  name: 'custom-resource-definitions',
  scope: 'object',
  kinds: new Set(['CustomResourceDefinition']),
  check: (o) => {
    if (!isCrd(o)) return NO_FINDINGS
    const reading = readCrd(o)
    if ('malformed' in reading) {
      return [
        errorFinding(
          'KNV1065',
          o.source.file,
          o.source.locate(reading.path),
          `malformed CustomResourceDefinition: ${reading.malformed}`,
        ),
      ]
    }
    const { crd } = reading
    const findings: Finding[] = []
    if (RESERVED_GROUPS.has(crd.group)) {
      findings.push(
        errorFinding(
          'KNV1043',
          o.source.file,
          o.source.locate(['spec', 'group']),
          `Config Sync does not allow configuring CRDs in the \`${crd.group}\` APIGroup. To fix, please use a different APIGroup.`,
        ),
      )
    }
    const expected = `${crd.plural}.${crd.group}`
    if (o.name !== expected) {
      findings.push(
        errorFinding(
          'KNV1048',
          o.source.file,
          o.source.locate(['metadata', 'name']),
          `Invalid CustomResourceDefinition name: \`${o.name}\`. The \`metadata.name\` MUST be in the form: \`<spec.names.plural>.<spec.group>\`. To fix, update the spec fields or change the name to \`${expected}\`.`,
        ),
      )
    }
    return findings
  },
}
