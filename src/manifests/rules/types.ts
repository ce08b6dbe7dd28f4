/**
 * The validation framework's vocabulary. A rule is a plain function over one
 * object or over the whole set; rules/index.ts lists them in the order Config
 * Sync runs its validators (../shared/CONFIG-SYNC.md §4).
 */
import type { Finding } from '../finding.ts'
import type { ManifestObject } from '../parse.ts'

/** How the RootSync/RepoSync reads the directory (`spec.sourceFormat`). */
export type SourceFormat = 'unstructured' | 'hierarchy'

/** What every rule sees. */
export interface ValidationContext {
  /**
   * Objects that passed the read-time checks (READ_RULES): their apiVersion,
   * kind and metadata.name are non-empty strings and metadata is a map.
   * Config Sync never validates an object further that failed to read.
   */
  readonly objects: readonly ManifestObject[]
  /** Every object handed to validation, including those that failed the read-time checks. */
  readonly allObjects: readonly ManifestObject[]
  readonly sourceFormat: SourceFormat
}

/** A check of one object, independent of the others. */
export interface ObjectRule {
  readonly name: string
  readonly scope: 'object'
  readonly check: (object: ManifestObject, ctx: ValidationContext) => Finding[]
}

/** A check that needs the whole set of objects (duplicates, references, the empty source). */
export interface SetRule {
  readonly name: string
  readonly scope: 'set'
  readonly check: (ctx: ValidationContext) => Finding[]
}

/** Either kind of rule, as registered in rules/index.ts. */
export type Rule = ObjectRule | SetRule
