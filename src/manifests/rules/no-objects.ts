/**
 * CSO0001 (our own code): nothing to sync. Config Sync would accept an empty
 * source and delete everything it manages (or stop at KNV2006), so publishing
 * one is almost always a wrong `dir` or an over-broad ignore pattern.
 */
import { errorFinding } from '../finding.ts'
import { MANIFEST_EXTENSIONS } from '../parse.ts'
import type { SetRule } from './types.ts'

/** The code for a source directory without a single Kubernetes object. */
export const NO_OBJECTS_CODE = 'CSO0001'

/** CSO0001: the directory holds no Kubernetes object at all. */
export const noObjects: SetRule = {
  name: 'no-objects',
  scope: 'set',
  check: (ctx) => {
    // A file that failed to parse may hold the objects: its KNV2001 says enough.
    if (ctx.allObjects.length > 0 || ctx.readFailed) return []
    const where =
      ctx.sourceFormat === 'hierarchy' ? ' under system/, cluster/, clusterregistry/ or namespaces/' : ''
    return [
      errorFinding(
        NO_OBJECTS_CODE,
        '.',
        0,
        `no Kubernetes objects found: Config Sync reads only ${MANIFEST_EXTENSIONS.join(', ')} files (case-sensitive)${where}, ` +
          'skips .git, .github and .gitlab, and drops objects annotated config.kubernetes.io/local-config',
      ),
    ]
  },
}
