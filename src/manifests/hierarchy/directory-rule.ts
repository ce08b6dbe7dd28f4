/**
 * Where objects sit in a hierarchy repo (pkg/validate/raw/validate/directory_validator.go;
 * ../shared/CONFIG-SYNC.md §4.6). Like Config Sync, it looks only at the
 * object's own directory; the top-level directory is checked when the tree
 * is built (KNV1039).
 */
import { directoryBaseOf, isNamespaceObject } from '../declared-object.ts'
import { errorFinding } from '../finding.ts'
import { NO_FINDINGS, type ObjectRule } from '../rules/types.ts'

/** KNV1019 a Namespace directly in namespaces/; KNV1020 a Namespace not named like its directory; KNV1009 a namespace unlike the directory. */
export const directoryRule: ObjectRule = {
  name: 'hierarchy-directory',
  scope: 'object',
  check: (o) => {
    const base = directoryBaseOf(o)
    if (isNamespaceObject(o)) {
      if (base === 'namespaces') {
        return [
          errorFinding(
            'KNV1019',
            o.source.file,
            o.source.locate(['metadata', 'name']),
            "Namespaces MUST be declared in subdirectories of 'namespaces/'. Create a subdirectory for the following Namespace configs: " +
              `"${o.name}"`,
          ),
        ]
      }
      if (o.name === base) return NO_FINDINGS
      const message = `A Namespace MUST declare \`metadata.name\` that matches the name of its directory. expected \`metadata.name\`: ${base}`
      return [errorFinding('KNV1020', o.source.file, o.source.locate(['metadata', 'name']), message)]
    }
    if (o.declaredNamespace === '' || o.declaredNamespace === base) return NO_FINDINGS
    const message = `A config MUST either declare a \`namespace\` field exactly matching the directory containing the config, "${base}", or leave the field blank.`
    return [errorFinding('KNV1009', o.source.file, o.source.locate(['metadata', 'namespace']), message)]
  },
}
