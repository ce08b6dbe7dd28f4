/**
 * The rule registry. Add a rule by writing it in its own file and listing it
 * here, in the stage and order where Config Sync runs it
 * (pkg/validate/raw/raw.go; ../shared/CONFIG-SYNC.md §4.1–§4.3). The later
 * stages (selection, scope, tree, final) are steps of ../pipeline.ts.
 */
import { directoryRule } from '../hierarchy/directory-rule.ts'
import { clusterSelectorObjects } from './cluster-selector-rules.ts'
import { customResourceDefinitions } from './crd-rules.ts'
import { disallowedFields } from './disallowed-fields.ts'
import { deprecatedKinds, hierarchyOnlyKinds, unsupportedKinds } from './illegal-kinds.ts'
import { noObjects } from './no-objects.ts'
import { objectName, objectNamespace } from './object-names.ts'
import { statusField, stringMetadataValues } from './read-time.ts'
import { repoObject } from './repo-object.ts'
import { requiredFields } from './required-fields.ts'
import {
  hncDepthLabels,
  managementAnnotation,
  reservedAnnotations,
  reservedLabels,
} from './reserved-metadata.ts'
import { rsyncObjects } from './rsync-objects.ts'
import { secretsInArtifact } from './secrets.ts'
import { selfReconcile } from './self-reconcile.ts'
import type { ReadRule, Rule, SourceFormat } from './types.ts'

/** Read-time checks (§4.2), in order: an object stops at its first failing check and is not validated further. */
export const READ_RULES: readonly ReadRule[] = [requiredFields, statusField, stringMetadataValues]

/** Raw validators of an unstructured repo, in Config Sync's order (raw.Unstructured). */
export const UNSTRUCTURED_RAW_RULES: readonly Rule[] = [
  reservedAnnotations,
  reservedLabels,
  unsupportedKinds,
  hierarchyOnlyKinds,
  deprecatedKinds,
  objectName,
  objectNamespace,
  managementAnnotation,
  customResourceDefinitions,
  selfReconcile,
  disallowedFields,
  clusterSelectorObjects,
]

/** Raw validators of a hierarchy repo, in Config Sync's order (raw.Hierarchical). */
export const HIERARCHY_RAW_RULES: readonly Rule[] = [
  reservedAnnotations,
  reservedLabels,
  unsupportedKinds,
  deprecatedKinds,
  objectName,
  objectNamespace,
  directoryRule,
  hncDepthLabels,
  managementAnnotation,
  customResourceDefinitions,
  selfReconcile,
  disallowedFields,
  clusterSelectorObjects,
  repoObject,
]

/**
 * Checks of what goes into the artifact that Config Sync's parser does not
 * make: Secrets (ours), RootSync/RepoSync specs (the reconciler-manager's),
 * an empty source (ours). They never stop the parser's stages.
 */
export const ARTIFACT_RULES: readonly Rule[] = [secretsInArtifact, rsyncObjects, noObjects]

/** The raw validators for a source format. */
export function rawRulesFor(format: SourceFormat): readonly Rule[] {
  return format === 'hierarchy' ? HIERARCHY_RAW_RULES : UNSTRUCTURED_RAW_RULES
}

export { NO_FINDINGS } from './types.ts'
export type { ObjectRule, ReadRule, Rule, SetRule, SourceFormat, ValidationContext } from './types.ts'
